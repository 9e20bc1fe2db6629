/**
 * One sparse feature vector per post, computed from the shared analysis (src/analysis) so the
 * model sees what the rules see and more:
 *
 *   w:   words of the safe (folded) view, and words the aggressive view decodes ("cl0wns" → clowns)
 *   b:   word pairs within a sentence
 *   c:   character 3–5-grams of each word (robust to typos, plurals and disguises)
 *   lex: lexicon hits, as evidence, not verdicts        rule: each rule's own verdict
 *   ent: recognised entities (phones, emails, the author's school, handles …)
 *   att: attachments   emo: emoji   p: punctuation and shape   len: length band
 *
 * The author's own school, however written, becomes the one word "<school>": the model learns
 * "the author's school", never "Catcott". Every feature remembers the span of the original text
 * it came from, so an explanation can point at the words that carried a score.
 */
import type { Analysis } from "../analysis/index.js";
import type { Token } from "../analysis/tokens.js";
import type { RuleHit } from "../rules/types.js";
import type { CategoryId } from "../types.js";
import { ENTITY_FEATURES, LEXICON_FEATURE_NAMES } from "./feature-names.js";
import { bucket } from "./hash.js";
import { staffEvidence, isStaff } from "../rules/signals.js";

export interface FeatureOptions {
  /** Hash table size: 2^bits buckets. */
  bits: number;
  /** Character n-gram lengths, inclusive. */
  charMin: number;
  charMax: number;
}

/** A word of the post as the model reads it, with its span in the original text. */
export interface FeatureToken {
  word: string;
  start: number;
  end: number;
  sentence: number;
}

export interface PostFeatures {
  /** Bucket indexes, each once. */
  index: number[];
  value: number[];
  /** Original-text span behind each feature; -1 when it is the post as a whole. */
  start: number[];
  end: number[];
  /** The words, for explanations. */
  tokens: FeatureToken[];
}

export const SCHOOL_TOKEN = "<school>";
const MAX_CHAR_WORD = 20;
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
const ALL_CAPS = /^[A-Z]{3,}$/u;

/** Collects named features of one group (first span wins), then emits them with one weight each. */
class Group {
  readonly spans = new Map<string, [number, number]>();
  add(name: string, start = -1, end = -1): void {
    if (!this.spans.has(name)) this.spans.set(name, [start, end]);
  }
}

/** The words of the folded view, the author's school collapsed to one placeholder word. */
export function featureTokens(a: Analysis): FeatureToken[] {
  const mentions = a.schoolMentions.filter((m) => m.via === "text").sort((x, y) => x.start - y.start);
  const out: FeatureToken[] = [];
  let inMention = -1;
  // Tokens and mentions both run left to right: one sweep, linear in the post (no rescan per word).
  let next = 0;
  for (const t of a.tokens) {
    while (next < mentions.length && mentions[next]!.end <= t.start) next++;
    const candidate = mentions[next];
    const m = candidate && t.start >= candidate.start && t.end <= candidate.end ? next : -1;
    if (m >= 0) {
      if (m === inMention && out.length) {
        out[out.length - 1]!.end = t.end;
        continue;
      }
      inMention = m;
      out.push({ word: SCHOOL_TOKEN, start: t.start, end: t.end, sentence: t.sentence });
      continue;
    }
    inMention = -1;
    out.push({ word: wordOf(t), start: t.start, end: t.end, sentence: t.sentence });
  }
  return out;
}

/** Is the span inside a mention of the author's school? (Looked up near it, not across all mentions.) */
function insideSchoolMention(a: Analysis, span: { start: number; end: number }): boolean {
  const at = a.tokenIndexAt(span.start);
  return a.firstNearTokens(a.schoolMentions, at - 1, at + 1, (m) => span.start >= m.start && span.end <= m.end) !== undefined;
}

function wordOf(t: Token): string {
  const w = t.norm.toLowerCase();
  return /^\d+$/u.test(w) ? `#${Math.min(w.length, 6)}` : w;
}

export function postFeatures(a: Analysis, ruleHits: ReadonlyMap<CategoryId, readonly RuleHit[]>, options: FeatureOptions): PostFeatures {
  const tokens = featureTokens(a);
  const words = new Group();
  const pairs = new Group();
  const chars = new Group();
  const marks = new Group();

  // A group keeps the first span of each feature, so a word seen before adds no character n-gram
  // (and need not build them again: most of a long post's words are repeats).
  const charsDone = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    words.add(`w:${t.word}`, t.start, t.end);
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) pairs.add(`b:${t.word} ${next.word}`, t.start, next.end);
    if (t.word !== SCHOOL_TOKEN && t.word.length <= MAX_CHAR_WORD && !charsDone.has(t.word)) {
      charsDone.add(t.word);
      const padded = `<${t.word}>`;
      for (let n = options.charMin; n <= options.charMax; n++) {
        for (let s = 0; s + n <= padded.length; s++) chars.add(`c:${padded.slice(s, s + n)}`, t.start, t.end);
      }
    }
  }
  // Words only the aggressive view reads ("s h i t", "cl0wns", "f***").
  const folded = new Set(tokens.map((t) => t.word));
  for (const t of a.decodedTokens) {
    const w = t.norm.toLowerCase();
    if (w.length > 1 && !folded.has(w) && !insideSchoolMention(a, t)) words.add(`w:${w}`, t.start, t.end);
  }

  for (const name of LEXICON_FEATURE_NAMES) {
    const hits = a.hits(name);
    if (!hits.length) continue;
    marks.add(`lex:${name}`, hits[0]!.start, hits[0]!.end);
    for (const h of hits) if (h.entry.tag) marks.add(`lex:${name}:${h.entry.tag}`, h.start, h.end);
  }
  for (const [category, hits] of ruleHits) if (hits.length) marks.add(`rule:${category}`, hits[0]!.start, hits[0]!.end);
  for (const feature of ENTITY_FEATURES) for (const span of feature.find(a)) marks.add(`ent:${feature.name}`, span.start, span.end);
  if (staffEvidence(a).length) marks.add("sig:staff-words");
  if (isStaff(a)) marks.add("sig:staff");
  for (const attachment of a.draft.attachments ?? []) {
    marks.add("att:any");
    marks.add(`att:${attachment.kind}`);
  }
  for (const m of a.text.matchAll(PICTOGRAPH)) marks.add(`emo:${m[0]}`, m.index, m.index + m[0].length);
  punctuation(a, marks);
  marks.add(`len:${lengthBand(tokens.length)}`);

  const out: PostFeatures = { index: [], value: [], start: [], end: [], tokens };
  const seen = new Map<number, number>();
  const emit = (group: Group, value: number) => {
    for (const [name, [start, end]] of group.spans) {
      const index = bucket(name, options.bits);
      const at = seen.get(index);
      if (at !== undefined) {
        out.value[at]! += value;
        continue;
      }
      seen.set(index, out.index.length);
      out.index.push(index);
      out.value.push(value);
      out.start.push(start);
      out.end.push(end);
    }
  };
  // Text groups are scaled by their size so a long post does not outweigh a short one; evidence
  // features count fully whatever the length.
  for (const group of [words, pairs, chars]) if (group.spans.size) emit(group, 1 / Math.sqrt(group.spans.size));
  emit(marks, 1);
  return out;
}

function punctuation(a: Analysis, marks: Group): void {
  const text = a.text;
  for (const m of text.matchAll(/!{2,}|\?{2,}|\.{3,}|…|\?!|!\?/gu)) {
    const kind = m[0].startsWith("!") ? "p:!!" : m[0].startsWith("?") && m[0].length > 1 ? "p:??" : m[0].includes("?") ? "p:?!" : "p:...";
    marks.add(kind, m.index, m.index + m[0].length);
  }
  if (/\?/u.test(text)) marks.add("p:?");
  // Scare quotes round one or two words ('optional', "streamlined") mock the word they wrap.
  for (const m of text.matchAll(/(?:^|[\s(])(['"‘“])([\p{L}-]+(?: [\p{L}-]+)?)(['"’”])(?=[\s.,!?)]|$)/gu)) marks.add("p:scare-quote", m.index, m.index + m[0].length);
  for (const t of a.tokens) if (ALL_CAPS.test(text.slice(t.start, t.end))) marks.add("p:caps", t.start, t.end);
}

function lengthBand(words: number): string {
  if (words <= 3) return "1-3";
  if (words <= 8) return "4-8";
  if (words <= 20) return "9-20";
  if (words <= 50) return "21-50";
  return "51+";
}
