/**
 * The contract of the browser-free core. The extension, the command line and the tests all
 * speak these types; nothing here touches a browser API.
 */

/** The 16 categories of docs/taxonomy.md. The ids are a contract: never rename or drop one. */
export const CATEGORY_IDS = [
  "workplace-identified",
  "occupation-disclosed",
  "disparaging-remarks",
  "pupil-information",
  "colleague-information",
  "confidential-information",
  "images-of-pupils",
  "pupil-contact",
  "personal-details",
  "political-views",
  "religious-views",
  "speaking-for-school",
  "school-email-or-branding",
  "misconduct",
  "offensive-language",
  "teaching-time",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export const SEVERITIES = ["low", "medium", "high"] as const;
/** `high`: a clear breach (the warning asks for a deliberate choice); `medium`: likely; `low`: advice. */
export type Severity = (typeof SEVERITIES)[number];

export const PROFILE_IDS = [
  "general",
  "le-cateau",
  "model-policy-draft",
  "catcott",
  "cadoxton",
  "st-thomas-of-canterbury",
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const SITES = ["facebook", "x", "instagram"] as const;
export type Site = (typeof SITES)[number];

export interface Attachment {
  kind: "image" | "video" | "other";
}

/** What the author is about to post. */
export interface Draft {
  text: string;
  /** ISO local date-time, e.g. "2026-11-23T10:15". Absent: the time is not judged. */
  at?: string;
  attachments?: Attachment[];
  site?: Site;
}

export interface Clause {
  /** The policy's title, e.g. "Hazelmere Primary — Social Media for Staff Policy". */
  policy: string;
  /** The verbatim text of the clause this finding enforces. */
  text: string;
}

export interface Finding {
  category: CategoryId;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text: quote === text.slice(start, end). */
  start: number;
  end: number;
  quote: string;
  /** One plain-English sentence: why this may breach the policy. */
  reason: string;
  suggestion?: string;
  clause: Clause;
}

/** "HH:MM", 24-hour clock. */
export type ClockTime = string;
/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface TeachingHours {
  days: Weekday[];
  start: ClockTime;
  end: ClockTime;
}

/** An inclusive range of local dates, "YYYY-MM-DD". */
export interface DateRange {
  start: string;
  end: string;
}

/** A literal term a school adds (never a regular expression). */
export interface CustomTerm {
  term: string;
  category: CategoryId;
  severity: Severity;
}

/**
 * One settings shape for managed browser policy, the options page and the command line.
 * `validateSettings` turns any input into this, field by field.
 */
export interface Settings {
  profile: ProfileId;
  enabled: boolean;
  locked: boolean;
  allowPostAnyway: boolean;
  /** Names of the author's own school, added to the profile's built-in names. */
  schoolNames: string[];
  /** The school's email domains, e.g. "hazelmere.somerset.sch.uk"; any *.sch.uk counts anyway. */
  emailDomains: string[];
  teachingHours: TeachingHours;
  holidays: DateRange[];
  customTerms: CustomTerm[];
  minSeverity: Severity;
  disabledCategories: CategoryId[];
}

export interface SettingsError {
  /** The field that was wrong, as a path: "teachingHours.start", "customTerms[2].category". */
  field: string;
  /** What was wrong and what was used instead, in plain English. */
  message: string;
}

export interface ValidatedSettings {
  settings: Settings;
  errors: SettingsError[];
}
