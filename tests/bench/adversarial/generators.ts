/**
 * Adversarial inputs for `npm run bench -- --adversarial` and tests/unit/adversarial.test.ts:
 * each generator builds a text of (about) a requested length that aims at one regular expression,
 * recogniser or rule, where a careless pattern or a nested loop would be super-linear. Issue 10's
 * probe found runs of sentence marks, "…", masked words and insults far from their targets; the
 * rest cover every other recogniser and every lexicon, so a new slow path shows up here first.
 */
import { LEXICONS } from "../../../src/lexicons/index.js";
import { prng } from "../../support/prng.js";

export interface AdversarialCase {
  text: string;
  settings?: Record<string, unknown>;
}

export interface Generator {
  id: string;
  /** What it aims at. */
  aims: string;
  make(length: number): AdversarialCase;
}

/** `unit` repeated to `length` characters (whole units, then a tail so the text is exactly that long). */
function repeat(unit: string, length: number, tail = ""): string {
  const body = unit.repeat(Math.max(1, Math.floor((length - tail.length) / unit.length)));
  return body + tail;
}

/** Words from `pool`, one sentence, no punctuation: everything lands in one sentence. */
function soup(pool: readonly string[], length: number, seed: number): string {
  const random = prng(seed);
  let out = "";
  while (out.length < length) out += `${pool[Math.floor(random() * pool.length)]!} `;
  return out.slice(0, length);
}

/** A plain word form of each lexicon entry's first alternative (patterns read as words). */
function entryWords(lexicon: { entries: { match: string }[] }): string[] {
  return lexicon.entries.map((entry) =>
    entry.match
      .split(/\s+/)
      .map((step) => step.split("|")[0]!.replace(/[*?]$/, "").replace(/^_$/, "the").replace(/#/g, "6"))
      .join(" "),
  );
}

const SCHOOL = { schoolNames: ["Hazelmere Primary", "Ysgol Bryn Glas"], emailDomains: ["hazelmere.sch.uk"] };

const FIXED: Generator[] = [
  { id: "dots", aims: "sentence splitter: '.' run with no space after", make: (n) => ({ text: repeat(".", n, "x") }) },
  { id: "bangs-and-questions", aims: "sentence splitter: '!?' runs", make: (n) => ({ text: repeat("!?", n, "x") }) },
  { id: "ellipses", aims: "sentence splitter after normalisation: '…' (NFKC → '...')", make: (n) => ({ text: repeat("…", n, "x") }) },
  { id: "quote-closers", aims: "sentence end's closing quotes", make: (n) => ({ text: repeat(".\")'", n, "x") }) },
  { id: "stars", aims: "masked-word pattern: a run of '*'", make: (n) => ({ text: repeat("*", n) }) },
  { id: "f-then-stars", aims: "masked-word pattern: one letter and a long mask", make: (n) => ({ text: `f${"*".repeat(n - 1)}` }) },
  { id: "star-letter-pairs", aims: "masked-word pattern: alternating letters and stars", make: (n) => ({ text: repeat("a*", n) }) },
  { id: "masked-words", aims: "masked profanity: many masked words (findings cap)", make: (n) => ({ text: repeat("f*** ", n) }) },
  { id: "insults-far-from-targets", aims: "disparaging-remarks: insults and targets in one long sentence", make: (n) => {
    const k = Math.floor((n - 9) / 16);
    return { text: `my class ${"fucking ".repeat(k)}${"parents ".repeat(k)}` };
  } },
  { id: "insults-and-targets-interleaved", aims: "disparaging-remarks: every insult beside a target", make: (n) => ({ text: repeat("the parents are useless ", n) }) },
  { id: "one-long-sentence", aims: "per-sentence work: one sentence of ordinary words", make: (n) => ({ text: soup(["the", "class", "head", "said", "we", "would", "go", "on", "a", "trip", "to", "the", "museum"], n, 1) }) },
  { id: "many-short-sentences", aims: "per-sentence work: thousands of sentences", make: (n) => ({ text: repeat("My class. ", n) }) },
  { id: "newlines", aims: "sentence splitter: line breaks", make: (n) => ({ text: repeat("\n", n, "x") }) },
  { id: "spaces", aims: "whitespace runs", make: (n) => ({ text: repeat(" ", n, "x") }) },
  { id: "spaced-letters", aims: "decode: spaced single letters joined into one word", make: (n) => ({ text: repeat("s ", n) }) },
  { id: "dotted-letters", aims: "decode: dotted single letters", make: (n) => ({ text: repeat("h.", n) }) },
  { id: "double-spaced-letters", aims: "decode: spaced letters with word breaks", make: (n) => ({ text: repeat("a b  ", n) }) },
  { id: "leet-run", aims: "decode: leet digits and symbols inside a word", make: (n) => ({ text: repeat("a1$!@", n) }) },
  { id: "repeated-letter", aims: "decode: a run of one letter squeezed", make: (n) => ({ text: repeat("a", n) }) },
  { id: "apostrophes", aims: "word pattern: inner apostrophes", make: (n) => ({ text: repeat("a'", n) }) },
  { id: "possessives", aims: "tokeniser: possessive split", make: (n) => ({ text: repeat("gwen's ", n) }) },
  { id: "digits", aims: "phone recogniser: one long run of digits", make: (n) => ({ text: repeat("0", n) }) },
  { id: "spaced-digits", aims: "phone recogniser: digits with separators", make: (n) => ({ text: repeat("07 ", n) }) },
  { id: "phone-like-groups", aims: "phone recogniser: many near-phones", make: (n) => ({ text: repeat("+44 (0) 7700-900 ", n) }) },
  { id: "phones", aims: "phone recogniser: many real-looking numbers (findings cap)", make: (n) => ({ text: repeat("ring 07700 900123 ", n) }) },
  { id: "at-signs", aims: "email and handle recognisers: '@' run", make: (n) => ({ text: repeat("@", n) }) },
  { id: "email-like", aims: "email recogniser: local parts and dots without an end", make: (n) => ({ text: repeat("a.b@c.", n) }) },
  { id: "emails", aims: "email recogniser: many school addresses", make: (n) => ({ text: repeat("x@hazelmere.sch.uk ", n), settings: SCHOOL }) },
  { id: "hashes", aims: "hashtag recogniser: '#' run", make: (n) => ({ text: repeat("#", n) }) },
  { id: "handles", aims: "handle recogniser: many handles", make: (n) => ({ text: repeat("@a_b ", n) }) },
  { id: "date-like", aims: "date recogniser: slashes and numbers", make: (n) => ({ text: repeat("1/", n) }) },
  { id: "birthday-cues", aims: "date recogniser: cue words without dates", make: (n) => ({ text: repeat("born on the 1st of ", n) }) },
  { id: "address-like", aims: "address recogniser: number then capitalised words, no street type", make: (n) => ({ text: `12 ${repeat("Aa ", n - 3)}` }) },
  { id: "addresses", aims: "address recogniser: many street addresses", make: (n) => ({ text: repeat("12 High Street, ", n) }) },
  { id: "postcode-like", aims: "postcode recogniser: letter-digit runs", make: (n) => ({ text: repeat("AB1", n) }) },
  { id: "scare-quotes", aims: "disparaging: scare-quote pattern", make: (n) => ({ text: repeat("'aaaa ", n) }) },
  { id: "school-name-parts", aims: "school names: partial names never completed", make: (n) => ({ text: repeat("Hazel Ysgol Bryn ", n), settings: SCHOOL }) },
  { id: "school-names", aims: "school names: many mentions (findings cap)", make: (n) => ({ text: repeat("Hazelmere Primary is rubbish. ", n), settings: SCHOOL }) },
  { id: "custom-term-hits", aims: "custom terms: more hits than a warning can show", make: (n) => ({ text: repeat("ofsted ", n), settings: { customTerms: [{ term: "ofsted", category: "confidential-information", severity: "high" }] } }) },
  { id: "long-school-hashtag", aims: "one school mention thousands of words long, insults and targets after it", make: (n) => {
    const tag = `#Hazelmere${"_a".repeat(Math.floor(n / 8))}`;
    const k = Math.floor((n - tag.length) / 14);
    return { text: `${tag} ${"staff ".repeat(k)}${"fucking ".repeat(k)}`.slice(0, n), settings: SCHOOL };
  } },
  { id: "custom-terms-many-hits", aims: "custom terms: more hits in all than a spread argument list allows", make: (n) => ({
    text: repeat("x ", n),
    settings: { customTerms: ["x", "x x", "x x x", "x x x x"].map((term) => ({ term, category: "confidential-information", severity: "high" })) },
  }) },
  { id: "zero-width", aims: "fold: invisible characters dropped", make: (n) => ({ text: repeat("\u200B", n, "x") }) },
  { id: "combining-marks", aims: "fold: one letter and many combining marks", make: (n) => ({ text: `a${"\u0301".repeat(n - 1)}` }) },
  { id: "non-latin", aims: "fold: the slow (non-ASCII) path", make: (n) => ({ text: soup(["Наzelmere", "шкoла", "fuсk", "ďěťí", "😀", "مرحبا"], n, 2) }) },
  { id: "emoji", aims: "sentence splitter: emoji as sentence ends", make: (n) => ({ text: repeat("😀", n) }) },
  { id: "lone-surrogates", aims: "fold and the model's features: unpaired surrogates", make: (n) => ({ text: repeat("\uD800a", n) }) },
  { id: "random-symbols", aims: "every pattern at once: random characters from a nasty alphabet", make: (n) => {
    const alphabet = ".!?…*@#'-_/:()0123456789aAsS \n\u200B\u00AD😀";
    const chars = [...alphabet];
    const random = prng(3);
    let out = "";
    while (out.length < n) out += chars[Math.floor(random() * chars.length)]!;
    return { text: out.slice(0, n), settings: SCHOOL };
  } },
];

/** One soup per lexicon (its words in one endless sentence), and one of every lexicon together. */
const LEXICON_SOUPS: Generator[] = [
  ...LEXICONS.map((lexicon, i): Generator => ({
    id: `lexicon-${lexicon.name}`,
    aims: `rules reading the ${lexicon.name} lexicon: its words in one long sentence`,
    make: (n) => ({ text: soup(entryWords(lexicon), n, 100 + i), settings: SCHOOL }),
  })),
  {
    id: "every-lexicon",
    aims: "every rule at once: words of every lexicon in one long sentence",
    make: (n) => ({ text: soup(LEXICONS.flatMap(entryWords), n, 99), settings: SCHOOL }),
  },
  {
    id: "every-lexicon-sentences",
    aims: "every rule at once: words of every lexicon in short sentences",
    make: (n) => ({ text: soup([...LEXICONS.flatMap(entryWords), ".", "!", "\n"], n, 98), settings: SCHOOL }),
  },
];

export const GENERATORS: readonly Generator[] = [...FIXED, ...LEXICON_SOUPS];
