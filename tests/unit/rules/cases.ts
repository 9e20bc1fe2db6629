/**
 * ESLint-style case tables for the rules: `valid` posts must not raise the category, `invalid`
 * posts must, with a finding whose quote is exactly the original text at its offsets and holds the
 * words that make it a breach. Every case runs through the public `checkPost`, so a rule is tested
 * the way the extension and the command line use it.
 *
 * The sentences are written fresh for these tests (not taken from corpus/dev.jsonl): the
 * product is judged on posts it has not seen, so the tests should be too.
 *
 * These tables test the rules, so they run with the learned model switched off (`useModel(null)`):
 * the model may overrule an imprecise rule, and what the rules and model decide together is
 * measured on held-out posts by `npm run eval` and tested in tests/unit/model/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useModel } from "../../../src/model/weights";
import { checkPost } from "../../../src/index";
import { getProfile } from "../../../src/profiles/index";
import { PROFILE_IDS, type Attachment, type CategoryId, type Finding, type ProfileId } from "../../../src/types";

/** The school every case is written about unless it says otherwise (an invented one). */
export const DEFAULT_SCHOOL = "Hazelmere Primary School";

export interface Case {
  text: string;
  /** ISO local date-time. Cases default to none, so teaching time is never judged by accident. */
  at?: string;
  attachments?: Attachment[];
  /** Settings merged over `{profile: "general", schoolNames: [DEFAULT_SCHOOL]}`. */
  settings?: Record<string, unknown>;
  /** Why the case is here, when the text alone does not say (a near miss, an obfuscation …). */
  why?: string;
}

export interface InvalidCase extends Case {
  /** Words (case-insensitive) the finding's quote must contain. */
  words: string[];
}

export function settingsFor(c: Case, profile: ProfileId = "general"): Record<string, unknown> {
  return { profile, schoolNames: [DEFAULT_SCHOOL], ...c.settings };
}

export function findingsOf(category: CategoryId, c: Case, profile: ProfileId = "general"): Finding[] {
  const draft: { text: string; at?: string; attachments?: Attachment[] } = { text: c.text };
  if (c.at !== undefined) draft.at = c.at;
  if (c.attachments !== undefined) draft.attachments = c.attachments;
  return checkPost(draft, settingsFor(c, profile)).filter((f) => f.category === category);
}

const label = (c: Case) => (c.why ? `${JSON.stringify(c.text)} (${c.why})` : JSON.stringify(c.text));

/**
 * The rule's cases under the general profile, then the profile contract on every invalid case:
 * a profile that does not cover the category never reports it; one that does reports it with its
 * own severity and its own verbatim clause and policy title.
 */
export function ruleCases(category: CategoryId, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  rulesAlone();
  // A file may add only one kind of case (a regression list); vitest refuses an empty suite.
  if (cases.valid.length) describe(`${category}: valid`, () => {
    it.each(cases.valid.map((c) => [label(c), c] as const))("%s", (_name, c) => {
      const found = findingsOf(category, c);
      expect(found.map((f) => f.quote)).toEqual([]);
    });
  });

  if (cases.invalid.length) describe(`${category}: invalid`, () => {
    it.each(cases.invalid.map((c) => [label(c), c] as const))("%s", (_name, c) => {
      const found = findingsOf(category, c);
      expect(found.length, "expected a finding").toBeGreaterThan(0);
      for (const f of found) {
        expect(f.quote).toBe(c.text.slice(f.start, f.end));
        expect(f.start).toBeLessThan(f.end);
      }
      const withWords = found.find((f) => c.words.every((w) => f.quote.toLowerCase().includes(w.toLowerCase())));
      expect(withWords?.quote, `a quote holding ${JSON.stringify(c.words)}; got ${JSON.stringify(found.map((f) => f.quote))}`).toBeDefined();
    });
  });

  if (cases.invalid.length) describe(`${category}: profiles`, () => {
    for (const profileId of PROFILE_IDS) {
      const profile = getProfile(profileId);
      const covered = profile.categories[category];
      it(`${profileId} ${covered ? "reports it with its own clause" : "never reports it"}`, () => {
        for (const c of cases.invalid) {
          const found = findingsOf(category, c, profileId);
          if (!covered) {
            expect(found, c.text).toEqual([]);
            continue;
          }
          expect(found.length, c.text).toBeGreaterThan(0);
          for (const f of found) {
            expect(f.clause).toEqual({ policy: profile.title, text: covered.clause });
            expect(f.severity).toBe(covered.severity);
          }
        }
      });
    }
  });
}

/** Run this file's checks on the rules alone (see the note at the top), restoring the model after. */
export function rulesAlone(): void {
  beforeAll(() => useModel(null));
  afterAll(() => useModel(undefined));
}
