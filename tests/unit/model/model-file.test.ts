/**
 * The committed model file (src/model/model.json, written by `npm run train`): within its size
 * budget, readable, trained on exactly the files the repository holds now (their checksums match,
 * so a changed corpus without a retrained model fails here), never on a test split, and with the
 * credits of the data it learned from.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MODEL_FORMAT, type ModelFile } from "../../../src/model/format";
import { activeModel, loadModel, modelProblem } from "../../../src/model/weights";
import { CATEGORY_IDS } from "../../../src/types";
import { HEADS, sha256, staffFiles, TWEET_TASKS, tweetFile } from "../../../scripts/model/data";
import { REPO_ROOT } from "../../support/paths";

const MODEL_PATH = path.join(REPO_ROOT, "src/model/model.json");
const file = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as ModelFile;
const header = file.header;

describe("the committed model file", () => {
  it("is at most 3 MB", () => {
    expect(statSync(MODEL_PATH).size).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it("loads: the product checks with it", () => {
    expect(header.format).toBe(MODEL_FORMAT);
    expect(activeModel(), modelProblem()).not.toBeNull();
    expect(activeModel()!.header.rows).toBeGreaterThan(1000);
  });

  it("scores every category but teaching time, which stays the clock's", () => {
    expect(header.heads).toEqual(CATEGORY_IDS.filter((c) => c !== "teaching-time"));
    expect(header.heads).toEqual([...HEADS]);
    expect(header.ruleAlone).toContain("teaching-time");
  });

  it("has a threshold per category, for rule silent and rule fired, in (0, 1.01]", () => {
    for (const c of header.heads) {
      for (const t of [header.thresholds[c], header.ruleThresholds[c]]) {
        expect(t, c).toBeGreaterThan(0);
        expect(t, c).toBeLessThanOrEqual(1.01);
      }
    }
  });

  it("lists every file training reads, with the checksum of the file now in the repository", () => {
    const listed = header.training.files.map((f) => f.file);
    const expected = [...staffFiles(), ...TWEET_TASKS.flatMap(({ task }) => [tweetFile(task, "train", "text"), tweetFile(task, "train", "labels")])];
    expect(listed).toEqual(expected);
    for (const f of header.training.files) {
      expect(f.sha256, `${f.file} changed since the model was trained: run npm run train`).toBe(sha256(f.file));
    }
  });

  it("never trained on a test split or the sealed split", () => {
    for (const f of header.training.files) {
      expect(f.file).not.toMatch(/(^|\/)sealed\//);
      expect(f.file).not.toMatch(/(^|[/_.-])test([/_.-]|$)/);
    }
  });

  it("credits the data it learned from", () => {
    const credits = header.training.credits.join(" ");
    expect(credits).toMatch(/TweetEval/);
    expect(credits).toMatch(/OLID|OffensEval/);
    expect(credits).toMatch(/HatEval/);
    expect(credits).toMatch(/stance/i);
  });
});

describe("a damaged model file", () => {
  const damaged = (change: (f: ModelFile) => void): ModelFile => {
    const copy = structuredClone(file);
    change(copy);
    return copy;
  };

  it("leaves the rules to decide alone and says what is wrong", () => {
    expect(loadModel(damaged((f) => (f.weights = f.weights.slice(0, 1000))))).toBeNull();
    expect(modelProblem()).toMatch(/model file damaged/);
    expect(loadModel(damaged((f) => f.header.outputs.pop()))).toBeNull();
    expect(modelProblem()).toMatch(/header\.outputs/);
    expect(loadModel(damaged((f) => ((f.header as { format: number }).format = 1)))).toBeNull();
    expect(modelProblem()).toMatch(/npm run train/);
  });

  it("an intact copy loads", () => {
    expect(loadModel(damaged(() => {}))).not.toBeNull();
    expect(modelProblem()).toBeUndefined();
  });
});
