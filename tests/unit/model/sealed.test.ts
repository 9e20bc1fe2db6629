/**
 * The sealed split (corpus/sealed/) measures the product on posts nobody tuned on. Nothing may
 * train on it or choose anything by it: training reads only corpus/*.jsonl, no training or tuning
 * script names the folder, and none of its posts appears in a training file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staffFiles } from "../../../scripts/model/data";
import { loadPosts } from "../../support/corpus";
import { CORPUS_DIR, REPO_ROOT } from "../../support/paths";

const SEALED = path.join(CORPUS_DIR, "sealed");
const sealedFiles = readdirSync(SEALED).filter((f) => f.endsWith(".jsonl"));

describe("the sealed split", () => {
  it("is there to be scored", () => {
    expect(sealedFiles.length).toBeGreaterThan(0);
    const posts = sealedFiles.flatMap((f) => loadPosts(path.join(SEALED, f)));
    expect(posts.length).toBeGreaterThanOrEqual(600);
  });

  it("is not among the files training reads", () => {
    for (const f of staffFiles()) expect(f).not.toMatch(/sealed/);
  });

  it("is named by no training or tuning script (only the evaluation may read it)", () => {
    const dirs = ["scripts/model", "src/model"];
    const files = [path.join(REPO_ROOT, "scripts/train.ts"), ...dirs.flatMap((d) => readdirSync(path.join(REPO_ROOT, d)).filter((f) => f.endsWith(".ts")).map((f) => path.join(REPO_ROOT, d, f)))];
    // A string naming the folder is a path to it; comments that warn about it are fine.
    for (const f of files) expect(readFileSync(f, "utf8"), path.relative(REPO_ROOT, f)).not.toMatch(/["'`][^"'`\n]*sealed[^"'`\n]*["'`]/i);
  });

  it("shares no post with a training file", () => {
    const fold = (t: string) => t.toLowerCase().replace(/\s+/gu, " ").trim();
    const training = new Set(staffFiles().flatMap((f) => loadPosts(path.join(REPO_ROOT, f)).map((p) => fold(p.text))));
    const shared = sealedFiles.flatMap((f) => loadPosts(path.join(SEALED, f))).filter((p) => training.has(fold(p.text)));
    expect(shared.map((p) => p.id)).toEqual([]);
  });
});
