/**
 * The labelled data the model learns from, read from the repository (never a test split):
 *  - school-staff posts, corpus/*.jsonl, labelled for every category (corpus/LABELLING.md);
 *  - TweetEval train splits, corpus/external/tweeteval/, each labelled for one or two heads
 *    (offensive-language; political-views; religious-views), the other heads masked.
 * The sealed split (corpus/sealed/) is never read here.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CATEGORY_IDS, type CategoryId, type Draft } from "../../src/types.js";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
export const CORPUS = path.join(REPO_ROOT, "corpus");
export const TWEETEVAL = path.join(CORPUS, "external/tweeteval");

/** The model's heads: every category but teaching time, which is the clock's. */
export const HEADS: readonly CategoryId[] = CATEGORY_IDS.filter((c) => c !== "teaching-time");

export interface LabelledPost {
  id: string;
  source: "staff" | "tweet";
  file: string;
  draft: Draft;
  /** The school name configured when checking (staff posts). */
  school?: string;
  /** Expected categories (staff: all 16 judged; tweets: see `labelled`). */
  expect: CategoryId[];
  /** Categories this example is labelled for: positives are in `expect`, the rest negatives. */
  labelled: readonly CategoryId[];
  /** The writer disguised the words (leet, look-alikes, spacing…), for reporting. */
  obfuscated?: boolean;
  /** TweetEval task and label, for reporting. */
  task?: string;
  label?: number;
}

interface StaffLine {
  id: string;
  text: string;
  school: string;
  expect: CategoryId[];
  at?: string;
  attachments?: Draft["attachments"];
  obfuscated?: boolean;
}

/** The staff-post files training reads: corpus/*.jsonl (not corpus/sealed/). */
export function staffFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => path.join("corpus", f));
}

export function readStaff(file: string): LabelledPost[] {
  return readFileSync(path.resolve(REPO_ROOT, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const p = JSON.parse(l) as StaffLine;
      const draft: Draft = { text: p.text };
      if (p.at) draft.at = p.at;
      if (p.attachments) draft.attachments = p.attachments;
      const post: LabelledPost = { id: p.id, source: "staff" as const, file, draft, school: p.school, expect: p.expect, labelled: CATEGORY_IDS };
      if (p.obfuscated) post.obfuscated = true;
      return post;
    });
}

/**
 * How each TweetEval task's labels map to categories (corpus/external/README.md): OLID offensive
 * → offensive-language both ways; HatEval hate → offensive-language when hateful (a tweet that is
 * not hate may still swear, so it teaches nothing); a stance taken (against or favour) →
 * political-views (abortion, climate, feminism, Hillary Clinton) or religious-views (atheism),
 * no stance → a negative for that head only.
 */
export const TWEET_TASKS: ReadonlyArray<{ task: string; head: CategoryId; positive: (label: number) => boolean; negative: (label: number) => boolean }> = [
  { task: "offensive", head: "offensive-language", positive: (l) => l === 1, negative: (l) => l === 0 },
  { task: "hate", head: "offensive-language", positive: (l) => l === 1, negative: () => false },
  { task: "stance-abortion", head: "political-views", positive: (l) => l > 0, negative: (l) => l === 0 },
  { task: "stance-climate", head: "political-views", positive: (l) => l > 0, negative: (l) => l === 0 },
  { task: "stance-feminist", head: "political-views", positive: (l) => l > 0, negative: (l) => l === 0 },
  { task: "stance-hillary", head: "political-views", positive: (l) => l > 0, negative: (l) => l === 0 },
  { task: "stance-atheism", head: "religious-views", positive: (l) => l > 0, negative: (l) => l === 0 },
];

export function tweetFile(task: string, split: "train" | "val", part: "text" | "labels"): string {
  return path.join("corpus/external/tweeteval", `${task}-${split}_${part}.txt`);
}

export function readTweets(split: "train" | "val"): LabelledPost[] {
  const out: LabelledPost[] = [];
  for (const { task, head, positive, negative } of TWEET_TASKS) {
    const texts = readFileSync(path.join(REPO_ROOT, tweetFile(task, split, "text")), "utf8").split("\n");
    const labels = readFileSync(path.join(REPO_ROOT, tweetFile(task, split, "labels")), "utf8").split("\n");
    labels.forEach((raw, i) => {
      if (!raw.trim()) return;
      const label = Number(raw);
      const text = texts[i] ?? "";
      const pos = positive(label);
      if (!pos && !negative(label)) return;
      out.push({ id: `${task}-${split}-${i + 1}`, source: "tweet", file: tweetFile(task, split, "text"), draft: { text }, expect: pos ? [head] : [], labelled: [head], task, label });
    });
  }
  return out;
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(path.join(REPO_ROOT, file))).digest("hex");
}

/**
 * Folds for cross-validation that keep each file whole: every file was written by one writer
 * with one brief, so holding out whole files scores each post as a post by a writer the model has
 * never read, which is what the product meets. Files go, largest first, to the fold with the
 * fewest posts so far (ties: the lower fold).
 */
export function foldsByFile(posts: readonly LabelledPost[], k: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const p of posts) sizes.set(p.file, (sizes.get(p.file) ?? 0) + 1);
  const load = new Array<number>(k).fill(0);
  const folds = new Map<string, number>();
  for (const [file, size] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const fold = load.indexOf(Math.min(...load));
    folds.set(file, fold);
    load[fold]! += size;
  }
  return folds;
}
