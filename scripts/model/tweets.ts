/**
 * Real tweets labelled by others (TweetEval), scored by the product under the general profile
 * with no school configured: offensive tweets (OLID) as offensive-language, hateful ones (HatEval)
 * as offensive-language, and tweets that take a side (SemEval 2016 stance) as political-views or,
 * for atheism, religious-views.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkPost } from "../../src/check.js";
import { useModel } from "../../src/model/weights.js";
import type { CategoryId } from "../../src/types.js";
import { REPO_ROOT, TWEET_TASKS } from "./data.js";

export interface Tweet {
  text: string;
  label: number;
}

export function readTweetSplit(task: string, split: "train" | "val" | "test", dir = path.join(REPO_ROOT, "corpus/external/tweeteval")): Tweet[] {
  const texts = readFileSync(path.join(dir, `${task}-${split}_text.txt`), "utf8").split("\n");
  const labels = readFileSync(path.join(dir, `${task}-${split}_labels.txt`), "utf8").split("\n");
  return labels.flatMap((l, i) => (l.trim() ? [{ text: texts[i] ?? "", label: Number(l) }] : []));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function count(tweets: readonly Tweet[], head: CategoryId, positive: (label: number) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const t of tweets) {
    const flagged = checkPost({ text: t.text }, { profile: "general" }).some((f) => f.category === head);
    const yes = positive(t.label);
    if (yes && flagged) c.tp++;
    else if (yes) c.fn++;
    else if (flagged) c.fp++;
    else c.tn++;
  }
  return c;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/** Macro-F1 over both classes, as OffensEval reports it. */
export function macroF1(c: Counts): number {
  return (f1(c.tp, c.fp, c.fn) + f1(c.tn, c.fn, c.fp)) / 2;
}

function line(task: string, c: Counts): string {
  const recall = c.tp / (c.tp + c.fn || 1);
  const flagRate = c.fp / (c.fp + c.tn || 1);
  const precision = c.tp / (c.tp + c.fp || 1);
  const main = task === "offensive" ? `macro-F1 ${macroF1(c).toFixed(2)}` : `caught ${recall.toFixed(2)}`;
  return `${main.padEnd(16)} recall ${recall.toFixed(2)}  precision ${precision.toFixed(2)}  flagged when not ${flagRate.toFixed(2)}  (n ${c.tp + c.fp + c.fn + c.tn})`;
}

export function tweetReport(sets: ReadonlyArray<{ task: string; posts: readonly Tweet[] }>): string[] {
  const lines: string[] = [];
  for (const { task, posts } of sets) {
    const mapping = TWEET_TASKS.find((t) => t.task === task)!;
    // HatEval: "not hate" tweets may still be offensive, so precision and flag rate say little there.
    useModel(null);
    const rules = count(posts, mapping.head, mapping.positive);
    useModel(undefined);
    const model = count(posts, mapping.head, mapping.positive);
    lines.push(`  ${task.padEnd(16)} → ${mapping.head}`);
    lines.push(`    rules        ${line(task, rules)}`);
    lines.push(`    rules+model  ${line(task, model)}`);
  }
  return lines;
}
