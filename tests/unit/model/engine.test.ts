/**
 * The shipped engine (rules and model) on corpus/dev.jsonl. The model was trained on these posts,
 * so this is no measure of judgement (`npm run eval` measures that on held-out and sealed posts);
 * it proves the engine in the product decides as training scored it — the same features, the same
 * thresholds, the same profiles — and stays quiet on the benign posts it learned.
 */
import { describe, expect, it } from "vitest";
import { checkPost, PROFILE_IDS } from "../../../src/index";
import { scorePost } from "../../../src/model/score";
import { modelFlags } from "../../../src/model/decide";
import { activeModel } from "../../../src/model/weights";
import { readStaff } from "../../../scripts/model/data";
import { extract, settingsFor } from "../../../scripts/model/pipeline";
import { loadCorpus, scoreProfile } from "../../corpus/score";

const posts = loadCorpus();

describe("the shipped engine on dev.jsonl", () => {
  for (const profile of PROFILE_IDS) {
    it(`${profile}: at most 3% of benign posts get any finding`, () => {
      const score = scoreProfile(profile, posts);
      expect(score.benignRate, score.benignFlagged.join("\n")).toBeLessThanOrEqual(0.03);
    });
  }

  it("general: macro recall ≥ 0.80 on the posts it was trained on", () => {
    expect(scoreProfile("general", posts).macroRecall).toBeGreaterThanOrEqual(0.8);
  });

  it("decides each post as training scored it (no skew between training and product)", () => {
    const model = activeModel()!;
    const { header } = model;
    const extracted = extract(readStaff("corpus/dev.jsonl"), header.features);
    expect(extracted.length).toBe(posts.length);
    for (const x of extracted) {
      // The held-out scores training chose thresholds on come from this same scoring of these features.
      const probability = scorePost(model, x).probability;
      const expected = new Set<string>([...x.ruleFired].filter((c) => header.ruleAlone.includes(c)));
      header.heads.forEach((c, h) => {
        if (modelFlags(header, c, probability[h]!, x.ruleFired.has(c), x.words)) expected.add(c);
      });
      const product = new Set(checkPost(x.post.draft, settingsFor(x.post)).map((f) => f.category));
      expect([...product].sort(), x.post.id).toEqual([...expected].sort());
    }
  });
});
