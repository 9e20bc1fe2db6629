/**
 * Realistic benchmark posts: texts from the evaluation corpus, flagged and clean alternately,
 * joined into posts of a given length. Several variants per length (each starting elsewhere in
 * the corpus) so no engine gains from seeing the very same string every time.
 */
import { readFileSync } from "node:fs";
import { prng } from "../support/prng";
import { DEV_CORPUS } from "../support/paths";
export { prng };

interface CorpusPost {
  text: string;
  school: string;
  expect: string[];
}

export const CORPUS_PATH = DEV_CORPUS;

function readCorpus(): CorpusPost[] {
  return readFileSync(CORPUS_PATH, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusPost);
}


function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface BenchPosts {
  /** Variants of about `length` characters (cut at a word boundary at or below it). */
  byLength: Map<number, string[]>;
  /** School names the texts talk about: the settings name them as the author's school. */
  schoolNames: string[];
}

export function buildPosts(lengths: readonly number[], variants: number, seed = 2026): BenchPosts {
  const corpus = readCorpus();
  const random = prng(seed);
  const flagged = shuffled(
    corpus.filter((p) => p.expect.length > 0),
    random,
  );
  const clean = shuffled(
    corpus.filter((p) => p.expect.length === 0),
    random,
  );
  // Flagged and clean alternately: a real feed is mostly harmless, with the odd breach.
  const mixed: CorpusPost[] = [];
  for (let i = 0; i < Math.max(flagged.length, clean.length); i++) {
    if (clean[i]) mixed.push(clean[i]!);
    if (flagged[i]) mixed.push(flagged[i]!);
  }
  const byLength = new Map<number, string[]>();
  for (const length of lengths) {
    const posts: string[] = [];
    for (let v = 0; v < variants; v++) {
      let text = "";
      for (let i = Math.floor((v * mixed.length) / variants); text.length < length; i++) {
        text += `${mixed[i % mixed.length]!.text} `;
      }
      const cut = text.lastIndexOf(" ", length);
      posts.push(text.slice(0, cut > length * 0.9 ? cut : length).trimEnd());
    }
    byLength.set(length, posts);
  }
  const counts = new Map<string, number>();
  for (const p of corpus) counts.set(p.school, (counts.get(p.school) ?? 0) + 1);
  const schoolNames = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name]) => name);
  return { byLength, schoolNames };
}
