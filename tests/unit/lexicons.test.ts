/**
 * Lints the word lists in src/lexicons/*.json: they are data with a schema (src/analysis/lexicon.ts)
 * and a reason for every entry, and each one is read by some rule.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePattern } from "../../src/analysis/lexicon";
import { LEXICONS } from "../../src/lexicons/index";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const lexiconDir = path.join(repoRoot, "src/lexicons");
const rulesDir = path.join(repoRoot, "src/rules");

const files = readdirSync(lexiconDir)
  .filter((f) => f.endsWith(".json"))
  .sort();

interface RawEntry {
  match?: unknown;
  note?: unknown;
  tag?: unknown;
}
interface RawLexicon {
  name?: unknown;
  view?: unknown;
  note?: unknown;
  entries?: unknown;
}

function load(file: string): RawLexicon {
  return JSON.parse(readFileSync(path.join(lexiconDir, file), "utf8")) as RawLexicon;
}

const entriesOf = (lex: RawLexicon): RawEntry[] => (Array.isArray(lex.entries) ? (lex.entries as RawEntry[]) : []);
const nonEmpty = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";

/**
 * The words of a pattern as the author wrote them, split the way parsePattern splits them
 * (spaces and hyphens), then each step into its alternatives.
 */
function alternatives(match: string): string[] {
  return match
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s-]+/)
    .filter(Boolean)
    .flatMap((step) => step.split("|"));
}

/**
 * What a tokenised word can be: letters, digits and apostrophes, plus the pattern language's own
 * marks (* prefix, # number, _ any word, ? optional). Anything else can never match a word (the
 * tokeniser drops punctuation and symbols), so an entry holding it is silently dead or means
 * something other than it says.
 */
const ALTERNATIVE = /^[a-z0-9'*#_?]+$/;

/**
 * A note says why *this* entry is there. One file-level sentence pasted onto every entry says
 * nothing about any of them, so a note may be shared by a few entries (synonyms, spellings) at most.
 */
const MAX_ENTRIES_PER_NOTE = 3;

/** Notes used by more than `limit` entries, with how many entries use each. */
function oversharedNotes(entries: RawEntry[], limit: number): { note: string; entries: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (!nonEmpty(e.note)) continue;
    const key = String(e.note).trim().toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > limit).map(([note, n]) => ({ note, entries: n }));
}

describe.each(files.map((f) => [f]))("%s", (file) => {
  const lex = load(file);
  const entries = entriesOf(lex);

  it("is named after its file, says why it exists and has a known view", () => {
    expect(lex.name).toBe(file.replace(/\.json$/, ""));
    expect(nonEmpty(lex.note), "lexicon note").toBe(true);
    if (lex.view !== undefined) expect(["fold", "decode"]).toContain(lex.view);
    expect(entries.length).toBeGreaterThan(0);
  });

  it("every entry has a non-empty match", () => {
    const bad = entries.filter((e) => !nonEmpty(e.match));
    expect(bad).toEqual([]);
  });

  it("every entry has a non-empty note saying why it is there", () => {
    const missing = entries.filter((e) => !nonEmpty(e.note)).map((e) => e.match);
    expect(missing, `${missing.length} of ${entries.length} entries have no note`).toEqual([]);
  });

  it(`each note says why its own entry is there (no note shared by more than ${MAX_ENTRIES_PER_NOTE} entries)`, () => {
    expect(oversharedNotes(entries, MAX_ENTRIES_PER_NOTE)).toEqual([]);
  });

  it("has no duplicate match", () => {
    const seen = new Set<string>();
    const dups: unknown[] = [];
    for (const e of entries) {
      const key = String(e.match).trim().toLowerCase();
      if (seen.has(key)) dups.push(e.match);
      seen.add(key);
    }
    expect(dups).toEqual([]);
  });

  it("every pattern parses", () => {
    for (const e of entries) expect(() => parsePattern(String(e.match)), String(e.match)).not.toThrow();
  });

  // Alternatives are single words, so "site manager|office manager" silently becomes the steps
  // "site", "manager|office", "manager": the same word turns up twice in one step or in two steps'
  // alternative lists. Write one entry per phrase, or "site|office manager".
  it("no phrase is hidden inside an a|b alternative (a word repeated across or within steps)", () => {
    const bad: string[] = [];
    for (const e of entries) {
      const steps = String(e.match).toLowerCase().split(/[\s-]+/).filter(Boolean).map((step) => step.replace(/\?$/, "").split("|"));
      const seen = new Map<string, number>();
      // Every step's words, so "most useless|most pathetic" (a lone "most" step) is caught too.
      const alternated = new Set(steps.flatMap((alts) => (alts.length > 1 ? alts : [])));
      steps.forEach((alts, index) => {
        if (new Set(alts).size < alts.length) bad.push(`${String(e.match)}: a word twice in one step`);
        for (const alt of alts) {
          if (alt !== "_" && seen.has(alt) && seen.get(alt) !== index && alternated.has(alt)) bad.push(`${String(e.match)}: "${alt}" in two steps`);
          seen.set(alt, index);
        }
      });
    }
    expect(bad).toEqual([]);
  });

  it("every alternative is a word the tokeniser can produce (no punctuation or symbols inside a step)", () => {
    const bad: string[] = [];
    for (const e of entries) {
      for (const alt of alternatives(String(e.match))) if (!ALTERNATIVE.test(alt)) bad.push(`${String(e.match)} → "${alt}"`);
    }
    expect(bad).toEqual([]);
  });
});

describe("lexicons and rules", () => {
  const ruleSources = readdirSync(rulesDir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(path.join(rulesDir, f), "utf8"))
    .join("\n");
  const referenced = new Set([...ruleSources.matchAll(/\b(?:hits|has|hitsInSentenceOf)\(\s*"([^"]+)"/g)].map((m) => m[1]!));
  const names = files.map((f) => f.replace(/\.json$/, ""));

  it("the rules refer to lexicons by name", () => {
    expect(referenced.size).toBeGreaterThan(0);
  });

  it("every lexicon a rule names exists", () => {
    for (const name of referenced) expect(names, `a.hits("${name}")`).toContain(name);
  });

  it("every lexicon file is read by some rule", () => {
    for (const name of names) expect([...referenced], `${name}.json`).toContain(name);
  });

  it("every lexicon file is compiled into the index the analysis uses", () => {
    expect(LEXICONS.map((l) => l.name).sort()).toEqual([...names].sort());
  });
});

describe("the alternative check itself", () => {
  it("catches punctuation and symbols inside a step, which can never match a word", () => {
    expect(alternatives("£#k").every((a) => ALTERNATIVE.test(a))).toBe(false);
    expect(alternatives("_ , our").every((a) => ALTERNATIVE.test(a))).toBe(false);
    expect(alternatives("mr.|mrs.").every((a) => ALTERNATIVE.test(a))).toBe(false);
    expect(alternatives("parents' evening|meeting").every((a) => ALTERNATIVE.test(a))).toBe(true);
  });
});

describe("the shared-note check itself", () => {
  it("flags a note pasted onto more entries than the limit, and allows a few synonyms to share one", () => {
    const pasted = ["a", "b", "c", "d"].map((match) => ({ match, note: "a word from this list" }));
    expect(oversharedNotes(pasted, 3)).toEqual([{ note: "a word from this list", entries: 4 }]);
    expect(oversharedNotes(pasted.slice(0, 3), 3)).toEqual([]);
    expect(oversharedNotes([{ match: "x", note: "Same" }, { match: "y", note: "same " }], 1)).toEqual([{ note: "same", entries: 2 }]);
  });
});
