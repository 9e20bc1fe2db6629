/**
 * The 16 categories of docs/taxonomy.md as data: what the matcher reports and what the
 * warning, popup and options page show. The ids come from `CATEGORY_IDS` (the contract); the
 * titles and descriptions are written for the member of staff reading a warning, so they say
 * what the post does, not what the rule module is called.
 */
import { CATEGORY_IDS, type CategoryId } from "./types";

export interface Category {
  id: CategoryId;
  /** A short human label, e.g. "Identifies your school". */
  title: string;
  /** One plain-English line: what this category looks for. */
  description: string;
}

const CATEGORY_TEXT: Record<CategoryId, Omit<Category, "id">> = {
  "workplace-identified": {
    title: "Identifies your school",
    description: "The post names or clearly points to the school where you work.",
  },
  "occupation-disclosed": {
    title: "Mentions your job",
    description: "The post says you work in a school or talks about your own school work.",
  },
  "disparaging-remarks": {
    title: "Negative remarks about school",
    description:
      "The post criticises, mocks or complains about the school, its staff, pupils, parents or governors.",
  },
  "pupil-information": {
    title: "Information about pupils",
    description:
      "The post shares details about identifiable pupils or their families, such as behaviour, needs or circumstances.",
  },
  "colleague-information": {
    title: "Information about colleagues",
    description:
      "The post shares a colleague's private matters, such as absence, health, pregnancy or disciplinary issues.",
  },
  "confidential-information": {
    title: "Confidential school matters",
    description:
      "The post reveals internal school business, such as inspections, safeguarding cases, exclusions or staffing changes.",
  },
  "images-of-pupils": {
    title: "Photos from school",
    description: "The post has a photo or video that may show pupils or was taken at school or on a trip.",
  },
  "pupil-contact": {
    title: "Contact with pupils",
    description:
      "The post invites or arranges contact with pupils, past pupils or parents through a personal account.",
  },
  "personal-details": {
    title: "Your personal details",
    description: "The post gives your home address, personal phone number or date of birth.",
  },
  "political-views": {
    title: "Political views",
    description: "The post states a personal political view or campaigns for a party or candidate.",
  },
  "religious-views": {
    title: "Religious views",
    description: "The post states personal religious views or tries to persuade others to a faith.",
  },
  "speaking-for-school": {
    title: "Speaking for the school",
    description: "The post speaks, or seems to speak, on behalf of the school from a personal account.",
  },
  "school-email-or-branding": {
    title: "School email or logo",
    description: "The post uses a school email address, or the school's name or logo as a personal brand.",
  },
  misconduct: {
    title: "Misconduct made public",
    description:
      "The post reveals work-related misbehaviour or unlawful conduct, such as faking illness or drink-driving.",
  },
  "offensive-language": {
    title: "Offensive language",
    description: "The post contains swearing, slurs, sexual content, harassment or discriminatory remarks.",
  },
  "teaching-time": {
    title: "Posting in school hours",
    description: "The post is being written during the school's teaching hours.",
  },
};

/** Every category, in the order of `CATEGORY_IDS` (the order of TAXONOMY.md). */
export const CATEGORIES: readonly Category[] = CATEGORY_IDS.map((id) => ({ id, ...CATEGORY_TEXT[id] }));

const CATEGORY_INDEX: ReadonlyMap<string, Category> = new Map(CATEGORIES.map((c) => [c.id, c]));

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" && CATEGORY_INDEX.has(value);
}

/** The category with this id; undefined when a string is not one of the 16 ids. */
export function categoryById(id: CategoryId): Category;
export function categoryById(id: string): Category | undefined;
export function categoryById(id: string): Category | undefined {
  return CATEGORY_INDEX.get(id);
}
