/**
 * `npm run train` is deterministic: training afresh from the repository's data gives the
 * committed model file byte for byte, so the shipped model is the one its data and settings make.
 * (It retrains the whole model, cross-validation included: the slowest test, a few minutes.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_PATH, serialise, SETTINGS, train } from "../../../scripts/train";

describe("training", () => {
  it("reproduces the committed model file exactly", { timeout: 20 * 60_000 }, () => {
    const fresh = serialise(train(SETTINGS).file);
    const committed = readFileSync(MODEL_PATH, "utf8");
    // Compare the header first: a differing threshold or file list reads better than a base64 diff.
    expect(JSON.parse(fresh).header, "run npm run train and commit src/model/model.json").toEqual(JSON.parse(committed).header);
    expect(fresh === committed, "the weights differ: run npm run train and commit src/model/model.json").toBe(true);
  });
});
