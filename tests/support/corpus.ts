/**
 * Reading the labelled corpora in corpus/: school-staff posts (JSON Lines, labelled by
 * corpus/LABELLING.md) and the TweetEval files (one text a line, its label on the same line of
 * the labels file).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CategoryId, Draft } from "../../src/types.js";
import { CORPUS_DIR } from "./paths.js";

export interface CorpusPost extends Draft {
  id: string;
  school: string;
  expect: CategoryId[];
  note?: string;
  obfuscated?: boolean;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function loadPosts(file: string): CorpusPost[] {
  return readJsonl<CorpusPost>(path.isAbsolute(file) ? file : path.join(CORPUS_DIR, file));
}

/** Every labelled staff-post file under corpus/ (relative paths), sorted. */
export function staffPostFiles(): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".jsonl")) out.push(path.relative(CORPUS_DIR, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

export interface LabelledText {
  text: string;
  label: number;
}

/** A TweetEval split: corpus/external/tweeteval/<task>-<split>_text.txt with its labels. */
export function loadTweetEval(task: string, split: "train" | "val", dir = path.join(CORPUS_DIR, "external/tweeteval")): LabelledText[] {
  const texts = readFileSync(path.join(dir, `${task}-${split}_text.txt`), "utf8").split("\n");
  const labels = readFileSync(path.join(dir, `${task}-${split}_labels.txt`), "utf8").split("\n");
  const out: LabelledText[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]!.trim()) continue;
    out.push({ text: texts[i]!, label: Number(labels[i]) });
  }
  return out;
}
