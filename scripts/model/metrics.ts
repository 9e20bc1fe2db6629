/**
 * Scoring decisions the way docs/taxonomy.md defines them: under a profile, a post's expected
 * categories are its labels ∩ the profile's; a post expecting none is benign, and is a false
 * positive if anything at all is reported.
 */
import { getProfile } from "../../src/profiles/index.js";
import { CATEGORY_IDS, PROFILE_IDS, type CategoryId, type ProfileId } from "../../src/types.js";

export interface Judged {
  id: string;
  expect: readonly CategoryId[];
  /** What the engine reported under a profile covering all 16 categories. */
  got: ReadonlySet<CategoryId>;
}

export interface CategoryCount {
  tp: number;
  fp: number;
  fn: number;
}

export interface ProfileReport {
  profile: ProfileId;
  posts: number;
  benign: number;
  benignFlagged: number;
  categories: Partial<Record<CategoryId, CategoryCount>>;
  macroRecall: number;
  macroPrecision: number;
  /** Expected category → what was reported instead when it was missed, and what a false alarm stood for. */
  confusion: Map<string, number>;
}

export const recall = (c: CategoryCount) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN);
export const precision = (c: CategoryCount) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN);

export function coveredBy(profile: ProfileId): Set<CategoryId> {
  return new Set(Object.keys(getProfile(profile).categories) as CategoryId[]);
}

export function report(profile: ProfileId, judged: readonly Judged[]): ProfileReport {
  const covered = coveredBy(profile);
  const categories: Partial<Record<CategoryId, CategoryCount>> = {};
  for (const c of CATEGORY_IDS) if (covered.has(c)) categories[c] = { tp: 0, fp: 0, fn: 0 };
  let benign = 0;
  let benignFlagged = 0;
  const confusion = new Map<string, number>();
  const bump = (key: string) => confusion.set(key, (confusion.get(key) ?? 0) + 1);
  for (const j of judged) {
    const expected = new Set(j.expect.filter((c) => covered.has(c)));
    const got = new Set([...j.got].filter((c) => covered.has(c)));
    if (!expected.size) {
      benign++;
      if (got.size) benignFlagged++;
    }
    for (const c of covered) {
      const n = categories[c]!;
      if (expected.has(c) && got.has(c)) n.tp++;
      else if (expected.has(c)) n.fn++;
      else if (got.has(c)) n.fp++;
    }
    const missed = [...expected].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !expected.has(c));
    for (const m of missed) for (const x of extra.length ? extra : ["(nothing)"]) bump(`${m} → ${x}`);
    for (const x of extra) if (!missed.length) bump(`${expected.size ? "(labelled other)" : "(benign)"} → ${x}`);
  }
  const counted = Object.values(categories).filter((c) => c!.tp + c!.fn > 0);
  const macroRecall = counted.reduce((s, c) => s + recall(c!), 0) / (counted.length || 1);
  const withFlags = Object.values(categories).filter((c) => c!.tp + c!.fp > 0);
  const macroPrecision = withFlags.reduce((s, c) => s + precision(c!), 0) / (withFlags.length || 1);
  return { profile, posts: judged.length, benign, benignFlagged, categories, macroRecall, macroPrecision, confusion };
}

export function reportAll(judged: readonly Judged[]): ProfileReport[] {
  return PROFILE_IDS.map((p) => report(p, judged));
}
