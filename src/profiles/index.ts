/**
 * The built-in policy profiles: one JSON data file per school policy in policies/, plus
 * `general`. Each maps the categories its policy covers to a severity and the verbatim clause the
 * warning quotes. The JSON is imported statically so a bundler inlines it into the browser worker;
 * nothing here reads files at run time.
 *
 * The data is checked once when this module loads: a malformed profile is a bug in this
 * repository (tests/unit/profiles.test.ts lints the files), so it fails loudly rather than
 * producing warnings that cite nothing.
 */
import {
  CATEGORY_IDS,
  PROFILE_IDS,
  SEVERITIES,
  type CategoryId,
  type ProfileId,
  type Severity,
} from "../types";
import cadoxtonData from "./cadoxton.json";
import catcottData from "./catcott.json";
import generalData from "./general.json";
import leCateauData from "./le-cateau.json";
import modelPolicyDraftData from "./model-policy-draft.json";
import stThomasOfCanterburyData from "./st-thomas-of-canterbury.json";

/** How one profile treats one category: how serious a hit is, and the clause it breaks. */
export interface ProfileRule {
  severity: Severity;
  /** The verbatim text of the policy's clause (for `general`, Second Look's own guidance). */
  clause: string;
}

export interface Profile {
  id: ProfileId;
  /** The policy's own title, quoted with every clause. */
  title: string;
  /** Built-in names of the school; settings may add more. Empty for the model policy. */
  schoolNames: readonly string[];
  /** Built-in email domains of the school; settings may add more. */
  emailDomains: readonly string[];
  /** Exactly the categories this policy covers; a category not listed is never reported. */
  categories: Readonly<Partial<Record<CategoryId, ProfileRule>>>;
}

export interface ProfileSummary {
  id: ProfileId;
  title: string;
  schoolNames: readonly string[];
}

/** The keys a profile file may have; the test suite rejects any other. */
export const PROFILE_FILE_KEYS = ["id", "title", "schoolNames", "emailDomains", "categories"] as const;
export const PROFILE_RULE_KEYS = ["severity", "clause"] as const;

const RAW_PROFILES: Record<ProfileId, unknown> = {
  general: generalData,
  "le-cateau": leCateauData,
  "model-policy-draft": modelPolicyDraftData,
  catcott: catcottData,
  cadoxton: cadoxtonData,
  "st-thomas-of-canterbury": stThomasOfCanterburyData,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "");
}

function checkedProfile(expectedId: ProfileId, raw: unknown): Profile {
  const fail = (what: string): never => {
    throw new Error(`Profile data "${expectedId}" is malformed: ${what}`);
  };
  if (!isRecord(raw)) return fail("not an object");
  for (const key of Object.keys(raw)) {
    if (!(PROFILE_FILE_KEYS as readonly string[]).includes(key)) fail(`unknown key "${key}"`);
  }
  if (raw.id !== expectedId) fail(`id is ${JSON.stringify(raw.id)}`);
  if (typeof raw.title !== "string" || raw.title.trim() === "") fail("title must be a non-empty string");
  if (!isStringList(raw.schoolNames)) fail("schoolNames must be a list of non-empty strings");
  if (!isStringList(raw.emailDomains)) fail("emailDomains must be a list of non-empty strings");
  if (!isRecord(raw.categories)) return fail("categories must be an object");

  const categories: Partial<Record<CategoryId, ProfileRule>> = {};
  for (const [category, rule] of Object.entries(raw.categories)) {
    if (!(CATEGORY_IDS as readonly string[]).includes(category)) fail(`unknown category "${category}"`);
    if (!isRecord(rule)) return fail(`${category} must be an object`);
    for (const key of Object.keys(rule)) {
      if (!(PROFILE_RULE_KEYS as readonly string[]).includes(key)) fail(`${category} has unknown key "${key}"`);
    }
    if (!(SEVERITIES as readonly unknown[]).includes(rule.severity)) fail(`${category} has a bad severity`);
    if (typeof rule.clause !== "string" || rule.clause.trim() === "") fail(`${category} has no clause`);
    categories[category as CategoryId] = Object.freeze({
      severity: rule.severity as Severity,
      clause: rule.clause as string,
    });
  }
  return Object.freeze({
    id: expectedId,
    title: raw.title as string,
    schoolNames: Object.freeze([...(raw.schoolNames as string[])]),
    emailDomains: Object.freeze([...(raw.emailDomains as string[])]),
    categories: Object.freeze(categories),
  });
}

/** Every built-in profile, by id. */
export const PROFILES: Readonly<Record<ProfileId, Profile>> = Object.freeze(
  Object.fromEntries(PROFILE_IDS.map((id) => [id, checkedProfile(id, RAW_PROFILES[id])])) as Record<
    ProfileId,
    Profile
  >,
);

export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === "string" && (PROFILE_IDS as readonly string[]).includes(value);
}

/** The profile with this id; undefined when a string is not a built-in profile id. */
export function getProfile(id: ProfileId): Profile;
export function getProfile(id: string): Profile | undefined;
export function getProfile(id: string): Profile | undefined {
  return isProfileId(id) ? PROFILES[id] : undefined;
}

/** The profiles for a picker, in the order of `PROFILE_IDS` (`general` first). */
export function listProfiles(): ProfileSummary[] {
  return PROFILE_IDS.map((id) => {
    const { title, schoolNames } = PROFILES[id];
    return { id, title, schoolNames };
  });
}
