/**
 * Word lists as data, compiled once into one index and applied to a post in one sweep.
 *
 * A lexicon file (src/lexicons/*.json) is `{name, view, note, entries: [{match, note, ...}]}`.
 * `match` is a phrase of token patterns separated by spaces:
 *   word        that exact word ("head")
 *   word*       any word starting so ("fuck*" → fucking, fucked)
 *   a|b|c       any of these (each may end in *)
 *   #           any number ("30"); `y#` a word that is "y" then digits ("y6"), likewise `yr#`
 *   _           any one word;  _?  an optional word;  word?  an optional word
 * Possessive 's is its own word: "gwen's dad" is written `_ 's dad`.
 */
import type { Token } from "./tokens.js";

export type View = "fold" | "decode";

export interface LexiconEntry {
  match: string;
  note?: string;
  /** Optional tag a rule can read (e.g. a party name's side, a word's strength). */
  tag?: string;
}

export interface LexiconFile {
  name: string;
  view?: View;
  note: string;
  entries: LexiconEntry[];
}

export interface LexHit {
  lexicon: string;
  entry: LexiconEntry;
  /** Token indexes [from, to) in the view's token list. */
  from: number;
  to: number;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

type TokenTest = { kind: "exact"; word: string } | { kind: "prefix"; prefix: string } | { kind: "num"; re: RegExp } | { kind: "any" };

interface Step {
  tests: TokenTest[];
  optional: boolean;
  /** The tests compiled for the hot path: one set lookup for every exact word. */
  words: Set<string>;
  others: TokenTest[];
}

interface Compiled {
  lexicon: string;
  entry: LexiconEntry;
  steps: Step[];
}

function parseStep(raw: string): Step {
  let optional = false;
  let body = raw;
  if (body.length > 1 && body.endsWith("?")) {
    optional = true;
    body = body.slice(0, -1);
  }
  const tests: TokenTest[] = body.split("|").map((alt): TokenTest => {
    if (alt === "_") return { kind: "any" };
    // "#" is a number; "y#" matches y6 and y6s, "#k" matches 4k.
    if (alt.includes("#")) return { kind: "num", re: new RegExp(`^${alt.split("#").map(escape).join("\\d+")}s?$`) };
    if (alt.length > 1 && alt.endsWith("*")) return { kind: "prefix", prefix: alt.slice(0, -1) };
    return { kind: "exact", word: alt };
  });
  const words = new Set(tests.flatMap((t) => (t.kind === "exact" ? [t.word] : [])));
  return { tests, optional, words, others: tests.filter((t) => t.kind !== "exact") };
}

/** Split a pattern into steps, separating possessive 's the way the tokeniser does. */
export function parsePattern(match: string): Step[] {
  const raw = match
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s-]+/)
    // Punctuation in a pattern is for the reader: words are what match ("'worked", "parents'").
    .map((w) => w.split("|").map((alt) => (alt.startsWith("'s") ? alt : alt.replace(/^['"]+|['".,!:;]+$/g, ""))).join("|"))
    .filter(Boolean)
    .flatMap((w) => (w.length > 2 && w.endsWith("'s") && !w.includes("|") ? [w.slice(0, -2), "'s"] : [w]));
  if (raw.length === 0) throw new Error(`empty lexicon pattern`);
  return raw.map(parseStep);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function passes(test: TokenTest, word: string): boolean {
  switch (test.kind) {
    case "exact":
      return word === test.word;
    case "prefix":
      return word.startsWith(test.prefix) && word.length >= test.prefix.length;
    case "num":
      return test.re.test(word);
    case "any":
      return true;
  }
}

function stepPasses(step: Step, word: string): boolean {
  if (step.words.has(word)) return true;
  for (const test of step.others) if (passes(test, word)) return true;
  return false;
}

/** Match steps from token i; returns the end index or -1. Optional steps try "present" first. */
function matchFrom(steps: Step[], s: number, tokens: Token[], i: number): number {
  if (s === steps.length) return i;
  const step = steps[s]!;
  if (i < tokens.length && stepPasses(step, tokens[i]!.norm)) {
    const end = matchFrom(steps, s + 1, tokens, i + 1);
    if (end >= 0) return end;
  }
  return step.optional ? matchFrom(steps, s + 1, tokens, i) : -1;
}

/** A compiled set of lexicons for one view: an index on each entry's possible first words. */
export class LexiconIndex {
  private exact = new Map<string, Compiled[]>();
  private prefix = new Map<string, Compiled[]>();
  private numeric: Compiled[] = [];
  private anyFirst: Compiled[] = [];
  /** Entries "_ word …": indexed by their second word, looked up with the next token's. */
  private anyFirstBySecond = new Map<string, Compiled[]>();
  private maxPrefix = 0;
  readonly names = new Set<string>();

  constructor(files: LexiconFile[]) {
    for (const file of files) {
      this.names.add(file.name);
      for (const entry of file.entries) this.add(file.name, entry);
    }
    // "_ 's mum", "_ in y#": trying these at every word was a third of the sweep. When the second
    // step is a plain word, the entry can only start before that word.
    this.anyFirst = this.anyFirst.filter((c) => {
      const [first, second] = c.steps;
      const byWord = first!.tests.length === 1 && first!.tests[0]!.kind === "any" && !first!.optional && second && !second.optional && second.tests.every((t) => t.kind === "exact");
      if (!byWord) return true;
      for (const test of second!.tests) {
        const word = (test as { word: string }).word;
        const list = this.anyFirstBySecond.get(word) ?? [];
        if (!list.includes(c)) list.push(c);
        this.anyFirstBySecond.set(word, list);
      }
      return false;
    });
  }

  private add(lexicon: string, entry: LexiconEntry): void {
    const steps = parsePattern(entry.match);
    const compiled: Compiled = { lexicon, entry, steps };
    // Index by every way the first non-optional step can begin; optional leading steps mean the
    // entry can also start at a later step, so index those too.
    for (let s = 0; s < steps.length; s++) {
      for (const test of steps[s]!.tests) this.indexBy(test, compiled);
      if (!steps[s]!.optional) break;
    }
  }

  private indexBy(test: TokenTest, c: Compiled): void {
    const push = (map: Map<string, Compiled[]>, key: string) => {
      const list = map.get(key);
      if (list) {
        if (!list.includes(c)) list.push(c);
      } else map.set(key, [c]);
    };
    if (test.kind === "exact") push(this.exact, test.word);
    else if (test.kind === "prefix") {
      push(this.prefix, test.prefix);
      this.maxPrefix = Math.max(this.maxPrefix, test.prefix.length);
    } else if (test.kind === "num") {
      if (!this.numeric.includes(c)) this.numeric.push(c);
    } else if (!this.anyFirst.includes(c)) this.anyFirst.push(c);
  }

  /**
   * The entries that may start at a word, deduplicated, in a fixed order (exact, longest prefix
   * first, numeric, any-first). Cached per distinct word: a post repeats its words, and this is
   * the hot path of every check.
   */
  private candidates(word: string): Compiled[] {
    let list = this.candidateCache.get(word);
    if (list) return list;
    const seen = new Set<Compiled>();
    list = [];
    const add = (more: Compiled[] | undefined) => {
      for (const c of more ?? []) if (!seen.has(c)) seen.add(c), list!.push(c);
    };
    add(this.exact.get(word));
    for (let p = Math.min(word.length, this.maxPrefix); p >= 1; p--) add(this.prefix.get(word.slice(0, p)));
    if (/\d/.test(word)) add(this.numeric);
    // Bounded, so a post of endless distinct words cannot grow it without limit.
    if (this.candidateCache.size >= CANDIDATE_CACHE_LIMIT) this.candidateCache.clear();
    this.candidateCache.set(word, list);
    return list;
  }

  private readonly candidateCache = new Map<string, Compiled[]>();

  /** All hits in the token list, grouped by lexicon name. Overlapping hits are all kept. */
  scan(tokens: Token[]): Map<string, LexHit[]> {
    const hits = new Map<string, LexHit[]>();
    for (const name of this.names) hits.set(name, []);
    const tryAt = (i: number, list: readonly Compiled[] | undefined) => {
      for (const c of list ?? []) {
        const end = matchFrom(c.steps, 0, tokens, i);
        if (end > i) {
          hits.get(c.lexicon)!.push({ lexicon: c.lexicon, entry: c.entry, from: i, to: end, start: tokens[i]!.start, end: tokens[end - 1]!.end });
        }
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.candidates(tokens[i]!.norm);
      tryAt(i, candidates);
      if (i + 1 < tokens.length) tryAt(i, this.anyFirstBySecond.get(tokens[i + 1]!.norm));
      // An entry that starts "_? word" is indexed by its word too: try it once per position.
      if (this.anyFirst.length) tryAt(i, this.anyFirst.filter((c) => !candidates.includes(c)));
    }
    return hits;
  }
}

const CANDIDATE_CACHE_LIMIT = 20_000;
