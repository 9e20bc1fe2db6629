/**
 * Offsets survive obfuscation (property-style, seeded so every run checks the same inputs).
 *
 * Flagged posts are disguised the ways people write around filters: zero-width characters inside
 * words, Cyrillic/Greek look-alike letters, full-width letters, combining accents, leet and
 * spaced or dotted letters in swear words and school names, plus emoji before the text and CRLF
 * line breaks. For every finding on every variant:
 *   - `quote === text.slice(start, end)` and 0 ≤ start < end ≤ text.length;
 *   - findings are ordered by start;
 *   - no finding starts or ends inside a disguised word.
 * And where the normaliser promises to see through a disguise (src/normalise.ts: zero-width,
 * look-alikes, full-width, diacritics in every word; leet and spacing in profanity and school
 * names) every category found on the clean post is still found on the disguised one.
 */
import { describe, expect, it } from "vitest";
import { checkPost } from "../../src/index";
import type { CategoryId, Finding } from "../../src/types";
import { prng } from "../support/prng";
import { rulesAlone } from "./rules/cases";


type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const CATCOTT = { schoolNames: ["Catcott Primary School", "Catcott"] };
const CADOXTON = { profile: "cadoxton" as const };

interface Post {
  text: string;
  settings?: object;
  /** Swear words in the text: leet and spacing are promised to be seen through in these. */
  profanity?: string[];
  /** School names in the text: spacing is promised to be seen through in these. */
  schools?: string[];
}

/** Varied flagged posts: each raises at least one category as written (checked below). */
const POSTS: Post[] = [
  { text: "Our head is a complete dickhead", profanity: ["dickhead"] },
  { text: "Jayden in my class was excluded today" },
  { text: "Ring me on 07700 900731" },
  { text: "email me at j.smith@catcott.somerset.sch.uk" },
  { text: "Vote Labour on Thursday, the Tories wrecked schools" },
  { text: "Pulled a sickie today, don't tell SLT" },
  { text: "Another long day at Catcott, the parents here are a joke", settings: CATCOTT, schools: ["Catcott"] },
  { text: "What a shit day, the kids in 4B are feral", profanity: ["shit"] },
  { text: "Marking 30 books tonight, wish me luck" },
  { text: "Ofsted came in today and we got requires improvement, not public yet" },
  { text: "Add me on Snapchat if you're in my Year 6 class" },
  { text: "Went to work still drunk from last night lol" },
  { text: "Jesus is the only way, repent before it's too late" },
  { text: "Fuck this job, seriously", profanity: ["Fuck"] },
  { text: "The head teacher at Catcott is an absolute wanker", settings: CATCOTT, profanity: ["wanker"], schools: ["Catcott"] },
  { text: "Our deputy head is pregnant but she hasn't told anyone yet" },
  { text: "One of my Y6s has been taken into care" },
  { text: "Happy birthday to me, born 04/02/1985" },
  { text: "Party at mine, 23 Larkspur Close, Barry CF63 9ZZ" },
  { text: "Follow me @miss_k_reads, all my class do #CatcottPrimary", settings: CATCOTT },
  { text: "Catcott SLT are a bunch of clowns", settings: CATCOTT, schools: ["Catcott"] },
  { text: "Those bastards in the office lost the trip money again", profanity: ["bastards"] },
  { text: "I'm a teacher and honestly this government is a disgrace, vote them out" },
  { text: "Honestly the kids at Cadoxton are little shits today", settings: CADOXTON, profanity: ["shits"], schools: ["Cadoxton"] },
  { text: "Swimming with Class 3 this morning, look at those goggles!", settings: {} },
  { text: "Year 6 leavers, you can message me on WhatsApp any time" },
  { text: "I fucking hate Mondays", profanity: ["fucking"] },
  { text: "Call in sick tomorrow? Tempting, the head would never know" },
  { text: "Absolutely fucking knackered after parents evening", profanity: ["fucking"] },
  { text: "Mr Hughes at Catcott Primary School is being disciplined, poor guy", settings: CATCOTT, schools: ["Catcott Primary School"] },
  { text: "Came into work hungover again, don't tell the head" },
];

// ---------------------------------------------------------------------------------------------
// Disguises

const ZERO_WIDTH = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];
/** Latin letter → look-alikes the normaliser lists (Cyrillic first, then Greek). */
const LOOKALIKE: Record<string, string[]> = {
  a: ["а", "α"], c: ["с"], e: ["е", "ε"], i: ["і", "ι"], o: ["о", "ο"], p: ["р", "ρ"], x: ["х", "χ"],
  y: ["у"], k: ["к", "κ"], s: ["ѕ"], j: ["ј"], d: ["ԁ"], h: ["һ"], w: ["ԝ"], l: ["ӏ"], t: ["τ"],
  A: ["А"], B: ["В"], C: ["С"], E: ["Е"], H: ["Н"], K: ["К"], M: ["М"], O: ["О"], P: ["Р"], T: ["Т"], X: ["Х"],
};
const LEET: Record<string, string[]> = { a: ["4", "@"], e: ["3"], i: ["1", "!"], o: ["0"], s: ["5", "$"], t: ["7"] };
const COMBINING_ACCENTS = ["\u0301", "\u0300", "\u0308", "\u0302", "\u0327"];
const EMOJI = ["😂", "🙄", "👍🏽", "🏳️‍🌈", "🍎🍂"];

/** A rewrite of one word. */
type WordDisguise = (word: string, random: Random) => string;

const zeroWidth: WordDisguise = (word, random) => {
  const at = 1 + Math.floor(random() * (word.length - 1));
  return word.slice(0, at) + pick(random, ZERO_WIDTH) + word.slice(at);
};

const lookalikes: WordDisguise = (word, random) => {
  const chars = [...word];
  const candidates = chars.map((c, i) => (LOOKALIKE[c] ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return word;
  for (let n = 0; n < 1 + Math.floor(random() * 2); n++) {
    const i = pick(random, candidates);
    chars[i] = pick(random, LOOKALIKE[chars[i]!] ?? [chars[i]!]);
  }
  return chars.join("");
};

const fullWidth: WordDisguise = (word) =>
  [...word].map((c) => (/[A-Za-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("");

const combining: WordDisguise = (word, random) => {
  const at = 1 + Math.floor(random() * (word.length - 1));
  return word.slice(0, at) + pick(random, COMBINING_ACCENTS) + word.slice(at);
};

const leet: WordDisguise = (word, random) => {
  const chars = [...word];
  const candidates = chars.map((c, i) => (LEET[c.toLowerCase()] && i > 0 ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return word;
  const i = pick(random, candidates);
  chars[i] = pick(random, LEET[chars[i]!.toLowerCase()]!);
  return chars.join("");
};

const spaced: WordDisguise = (word, random) => [...word].join(pick(random, [" ", "."]));

interface Disguise {
  name: string;
  /** Which words it may rewrite. */
  applies: "words" | "profanity" | "schools";
  rewrite: WordDisguise;
  /** Does the normaliser promise to see through it? */
  promised: boolean;
}

const DISGUISES: Disguise[] = [
  { name: "zero-width", applies: "words", rewrite: zeroWidth, promised: true },
  { name: "look-alikes", applies: "words", rewrite: lookalikes, promised: true },
  { name: "full-width", applies: "words", rewrite: fullWidth, promised: true },
  { name: "combining accents", applies: "words", rewrite: combining, promised: true },
  { name: "leet (profanity)", applies: "profanity", rewrite: leet, promised: true },
  { name: "spaced (profanity)", applies: "profanity", rewrite: spaced, promised: true },
  { name: "spaced (school names)", applies: "schools", rewrite: spaced, promised: true },
  { name: "leet (school names)", applies: "schools", rewrite: leet, promised: false },
];

/**
 * Plain words of the post: letters only, not part of an email, handle, hashtag, number or
 * contraction (the recognisers read those on the original text, and no disguise is promised there).
 */
function plainWords(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
    const before = text[m.index - 1] ?? " ";
    const after = text[m.index + m[0].length] ?? " ";
    const afterNext = text[m.index + m[0].length + 1] ?? " ";
    if (/[\w@.#'/]/.test(before) || /[\w@'/]/.test(after) || (after === "." && /\S/.test(afterNext))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function spansOf(text: string, words: readonly string[] | undefined): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const word of words ?? []) {
    const at = text.indexOf(word);
    if (at >= 0) out.push({ start: at, end: at + word.length });
  }
  return out;
}

/** Rewrites some of the eligible words (at least one); the rest stay as they were. */
function disguise(post: Post, d: Disguise, random: Random): { text: string; rewritten: { start: number; end: number }[] } | undefined {
  const spans = d.applies === "words" ? plainWords(post.text) : spansOf(post.text, d.applies === "profanity" ? post.profanity : post.schools);
  if (spans.length === 0) return undefined;
  const chosen = spans.filter(() => random() < 0.5);
  if (chosen.length === 0) chosen.push(pick(random, spans));
  let text = "";
  let at = 0;
  const rewritten: { start: number; end: number }[] = [];
  for (const span of chosen) {
    text += post.text.slice(at, span.start);
    const word = d.rewrite(post.text.slice(span.start, span.end), random);
    rewritten.push({ start: text.length, end: text.length + word.length });
    text += word;
    at = span.end;
  }
  return { text: text + post.text.slice(at), rewritten };
}

/** Layout changes that are not word disguises: offsets must hold, categories are not promised. */
function relayout(text: string, random: Random): string {
  let out = text;
  if (random() < 0.5) out = `${pick(random, EMOJI)} ${out}`;
  if (random() < 0.5) out = out.replace(/, /g, () => (random() < 0.5 ? ",\r\n" : ", "));
  if (random() < 0.5) out = `${out}\r\n${pick(random, EMOJI)}`;
  if (random() < 0.3) out = out.replace(/ /, "  \t");
  // Invisible and combining characters anywhere at all, digits and addresses included (between
  // code points, never inside a surrogate pair).
  for (let n = Math.floor(random() * 3); n > 0; n--) {
    let at = Math.floor(random() * (out.length + 1));
    if (/[\uDC00-\uDFFF]/.test(out[at] ?? "")) at--;
    out = out.slice(0, at) + pick(random, [...ZERO_WIDTH, ...COMBINING_ACCENTS]) + out.slice(at);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function expectSoundOffsets(text: string, findings: readonly Finding[]): void {
  let previous = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), JSON.stringify({ text, f })).toBe(true);
    expect(f.start >= 0 && f.start < f.end && f.end <= text.length, JSON.stringify({ text, f })).toBe(true);
    expect(f.quote, JSON.stringify({ text, f })).toBe(text.slice(f.start, f.end));
    expect(f.start, `findings out of order in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(previous);
    previous = f.start;
  }
}

/**
 * A disguised word is still one word: no finding may start or end strictly inside it (a span
 * that cut "d\u200bickhead" or "s h i t" in two would highlight the wrong thing).
 * Returns a description of each cut.
 */
function wordsCut(text: string, findings: readonly Finding[], words: readonly { start: number; end: number }[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    for (const w of words) {
      const inside = (at: number) => at > w.start && at < w.end;
      if (inside(f.start) || inside(f.end)) out.push(`${f.category} ${JSON.stringify(f.quote)} cuts ${JSON.stringify(text.slice(w.start, w.end))}`);
    }
  }
  return out;
}

const categoriesOf = (findings: readonly Finding[]): Set<CategoryId> => new Set(findings.map((f) => f.category));

const TRIALS_PER_DISGUISE = 12;

/** A promise broken: a category lost, or a disguised word cut by a finding's span. */
interface Problem {
  kind: "lost" | "cut";
  disguise: string;
  clean: string;
  disguised: string;
  detail: string;
}

/**
 * Disguises the normaliser promises to handle but where this engine still loses a category or
 * cuts the disguised word. Each is reported to the lead; the entry names the post and the disguise, and the test below
 * fails both when a new loss appears and when a listed one no longer happens (so the list
 * shrinks as the engine is fixed).
 */
const BIRTH_DATE_CUES =
  "the birth-date recogniser (src/recognisers/dates.ts) reads its cue words (\"birthday to me\", \"born\") on the original text, so a disguised cue word hides the date";
const KNOWN_PROBLEMS: { kind: Problem["kind"]; disguise: string; post: string; why: string }[] = [
  { kind: "lost", disguise: "look-alikes", post: "Happy birthday to me, born 04/02/1985", why: BIRTH_DATE_CUES },
];

describe("offsets survive obfuscation", () => {
  // The disguises test normalisation and the rules; the model's own spans are tested in tests/unit/model/.
  rulesAlone();
  it("every post raises something as written", () => {
    for (const post of POSTS) {
      expect(checkPost({ text: post.text }, post.settings).length, post.text).toBeGreaterThan(0);
    }
  });

  const problems: Problem[] = [];

  for (const d of DISGUISES) {
    it(`${d.name}: quote === text.slice(start, end), in order${d.promised ? ", categories kept" : ""}`, () => {
      const random = prng(0x5eed ^ d.name.length ^ (d.name.charCodeAt(0) << 8));
      let variants = 0;
      for (const post of POSTS) {
        const clean = categoriesOf(checkPost({ text: post.text }, post.settings));
        for (let trial = 0; trial < TRIALS_PER_DISGUISE; trial++) {
          const result = disguise(post, d, random);
          if (result === undefined) break;
          const disguised = result.text;
          variants++;
          const findings = checkPost({ text: disguised }, post.settings);
          expectSoundOffsets(disguised, findings);
          for (const detail of wordsCut(disguised, findings, result.rewritten)) {
            problems.push({ kind: "cut", disguise: d.name, clean: post.text, disguised, detail });
          }
          const laidOut = relayout(disguised, random);
          expectSoundOffsets(laidOut, checkPost({ text: laidOut }, post.settings));
          if (!d.promised) continue;
          const found = categoriesOf(findings);
          const lost = [...clean].filter((c) => !found.has(c));
          if (lost.length) problems.push({ kind: "lost", disguise: d.name, clean: post.text, disguised, detail: `lost ${lost.join(", ")}` });
        }
      }
      expect(variants).toBeGreaterThan(0);
    });
  }

  it("promised disguises lose no category and cut no word (beyond the known, reported problems)", () => {
    const same = (k: (typeof KNOWN_PROBLEMS)[number], p: Problem) => k.kind === p.kind && k.disguise === p.disguise && k.post === p.clean;
    const unexpected = problems.filter((p) => !KNOWN_PROBLEMS.some((k) => same(k, p)));
    expect(unexpected.map((p) => `${p.disguise}: ${JSON.stringify(p.disguised)}: ${p.detail}`)).toEqual([]);
    for (const k of KNOWN_PROBLEMS) {
      expect(problems.some((p) => same(k, p)), `no longer happens, remove from KNOWN_PROBLEMS: ${k.kind} / ${k.disguise} / ${k.post}`).toBe(true);
    }
  });
});
