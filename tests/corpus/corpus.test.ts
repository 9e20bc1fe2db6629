/**
 * The corpus targets of the policy-engine issue, on corpus/dev.jsonl, for the rules alone (they
 * were written against this file, so this keeps them from decaying; it measures memory, not
 * judgement): every profile flags at most 5% of benign posts; `general` has recall ≥ 0.90 on
 * every category and macro precision ≥ 0.90. The scorer prints its figures with
 * `npx tsx tests/corpus/score.ts`. Rules and model together are measured on held-out posts by
 * `npm run eval`; tests/unit/model/engine.test.ts checks the shipped engine on this file too.
 */
import { describe, expect, it } from "vitest";
import { rulesAlone } from "../unit/rules/cases.js";
import { loadCorpus, scoreProfile } from "./score.js";
import { CATEGORY_IDS, PROFILE_IDS } from "../../src/index.js";

const posts = loadCorpus();
rulesAlone();

describe("corpus: corpus/dev.jsonl", () => {
  it("has the labelled posts the targets are measured on", () => {
    expect(posts.length).toBeGreaterThan(200);
    expect(posts.filter((p) => p.expect.length === 0).length).toBeGreaterThan(50);
  });

  for (const profile of PROFILE_IDS) {
    it(`${profile}: at most 5% of benign posts get any finding`, () => {
      const score = scoreProfile(profile, posts);
      expect(score.benign).toBeGreaterThan(50);
      expect(score.benignFlagged.length / score.benign, score.benignFlagged.join("\n")).toBeLessThanOrEqual(0.05);
    });
  }

  it("general: recall ≥ 0.90 on every category and macro precision ≥ 0.90", () => {
    const score = scoreProfile("general", posts);
    for (const category of CATEGORY_IDS) {
      const c = score.categories[category]!;
      expect(c.tp + c.fn, `${category} has labelled posts`).toBeGreaterThan(0);
      expect(c.recall, `${category} recall (tp ${c.tp}, fn ${c.fn})`).toBeGreaterThanOrEqual(0.9);
    }
    expect(score.macroPrecision).toBeGreaterThanOrEqual(0.9);
  });
});
