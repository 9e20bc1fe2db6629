/**
 * Normalisation with an offset map.
 *
 * People write around filters: "Наzelmere" with a Cyrillic Н, "s h i t", "pr1ck", "H.a.z.e.l.m.e.r.e",
 * zero-width spaces inside words. Matching works on a normalised copy, and every position in the
 * copy remembers the span of the ORIGINAL text it came from, so each finding points at what the
 * author actually typed.
 *
 * Two views:
 * - `fold`   (safe): NFKC, zero-width characters dropped, look-alike letters mapped to Latin,
 *            diacritics dropped, lower case, curly quotes straightened. Feeds every word list.
 * - `decode` (aggressive): `fold` plus leet digits/symbols inside words, spaced or dotted single
 *            letters joined, runs of 3+ repeated letters squeezed. Feeds only word lists where a
 *            false hit is unlikely (profanity, configured school names), so "Scunthorpe" or
 *            "assess" never meet it through a looser lexicon.
 */

export interface MappedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the start of its source in the original text. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`, the end (exclusive) of its source in the original text. */
  ends: Uint32Array;
}

/** Map a span of a normalised view back to the original text. */
export function originalSpan(view: MappedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < view.starts.length ? view.starts[start]! : (view.ends[view.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [view.starts[start]!, view.ends[end - 1]!];
}

/**
 * Characters people hide inside words; they carry no meaning for matching: every format character
 * (\p{Cf}: soft hyphen, zero-width and bidirectional controls, tag characters U+E0020–E007F,
 * musical formatting U+1D173–1D17A), every non-spacing or enclosing mark (\p{Mn}, \p{Me}: variation
 * selectors, combining accents, the keycap U+20E3), and the blank "letters" that render as nothing
 * (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; the braille blank U+2800).
 */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * Letters from other scripts that look like Latin ones (the classic homoglyph swaps).
 * Source: Unicode confusables.txt, restricted to the letters seen in filter evasion.
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y",
  х: "x", ѕ: "s", і: "i", ї: "i", ј: "j", ԁ: "d", һ: "h", ԛ: "q", ԝ: "w", ӏ: "l", ү: "y", ɡ: "g",
  // Greek
  α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x",
  ζ: "z", μ: "u", ω: "w", γ: "y",
  // Latin small capitals and other look-alikes
  ı: "i", ȷ: "j", ʀ: "r", ᴀ: "a", ʙ: "b", ᴄ: "c", ᴅ: "d", ᴇ: "e", ɢ: "g", ʜ: "h", ɪ: "i", ᴊ: "j",
  ᴋ: "k", ʟ: "l", ᴍ: "m", ɴ: "n", ᴏ: "o", ᴘ: "p", ꞯ: "q", ꜱ: "s", ᴛ: "t", ᴜ: "u", ᴠ: "v", ᴡ: "w",
  ʏ: "y", ᴢ: "z", ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l",
  // Quotes and apostrophes straightened so "don’t" matches "don't".
  "\u2018": "'", "\u2019": "'", "\u201B": "'", "\u2032": "'", "`": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"',
};

/** Enclosed and squared letters NFKC leaves alone (🅾, 🄰, 🅐 …): map by code-point range. */
function enclosedLetter(cp: number): string | undefined {
  const ranges: Array<[number, number]> = [
    [0x1f130, 0x1f149], // squared Latin capital letters
    [0x1f150, 0x1f169], // negative circled
    [0x1f170, 0x1f189], // negative squared
  ];
  for (const [from, to] of ranges) {
    if (cp >= from && cp <= to) return String.fromCharCode(97 + cp - from);
  }
  return undefined;
}

const COMBINING = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** Fold one code point (as a string) to its safe matching form: "" to drop it. */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (INVISIBLE.test(ch)) {
    out = "";
  } else {
    const cp = ch.codePointAt(0)!;
    const enclosed = enclosedLetter(cp);
    if (enclosed) {
      out = enclosed;
    } else {
      const lower = ch.normalize("NFKC").toLowerCase();
      out = "";
      for (const c of lower.normalize("NFD").replace(COMBINING, "")) out += LOOKALIKES[c] ?? c;
    }
  }
  if (foldCache.size < 5000) foldCache.set(ch, out);
  return out;
}

/** Builds a view and its offset map in typed arrays that grow by doubling (no per-unit boxing). */
class Builder {
  private parts: string[] = [];
  private length = 0;
  private starts: Uint32Array;
  private ends: Uint32Array;
  constructor(expected = 64) {
    this.starts = new Uint32Array(Math.max(16, expected));
    this.ends = new Uint32Array(Math.max(16, expected));
  }
  push(s: string, start: number, end: number): void {
    if (this.length + s.length > this.starts.length) this.grow(this.length + s.length);
    for (let i = 0; i < s.length; i++) {
      this.starts[this.length] = start;
      this.ends[this.length++] = end;
    }
    this.parts.push(s);
  }
  private grow(needed: number): void {
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
  done(): MappedText {
    return { text: this.parts.join(""), starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

const ASCII_SAFE = /^[\x20-\x7e\n\r\t]*$/;

/** Right-to-left override … pop directional formatting: "\u202Ekcuf\u202C" displays as "fuck". */
const RLO = "\u202E";
// Paragraph separators (bidi class B) end an override too, as does its pop.
const OVERRIDE_ENDS = /[\u202C\u2069\n\r\u001C-\u001E\u0085\u2029]/g;
/**
 * Another embedding, override or isolate inside the override: its text may display left to right
 * again ("\u202E\u202Dfucking\u202C" shows "fucking"). Rather than model the whole bidi algorithm,
 * such a run is read in logical order, as the author typed it.
 */
const NESTED_DIRECTION = /[\u202A\u202B\u202D\u202E\u2066-\u2068]/;

/**
 * Each code point of `original` as it DISPLAYS, with its source span: the text inside a
 * right-to-left override is read back to front, and each of its characters maps to the whole
 * override (a reversed run has no smaller span that reads right).
 */
function* displayOrder(original: string): Generator<[string, number, number]> {
  let i = 0;
  while (i < original.length) {
    const override = original.indexOf(RLO, i);
    const plainEnd = override < 0 ? original.length : override;
    for (; i < plainEnd; ) {
      const width = original.codePointAt(i)! > 0xffff ? 2 : 1;
      yield [original.slice(i, i + width), i, i + width];
      i += width;
    }
    if (override < 0) return;
    OVERRIDE_ENDS.lastIndex = override;
    const end = OVERRIDE_ENDS.exec(original)?.index ?? original.length;
    const run = original.slice(override + 1, end);
    if (NESTED_DIRECTION.test(run)) {
      // Logical order: the override character itself, then the run as typed.
      yield [RLO, override, override + 1];
      i = override + 1;
      continue;
    }
    for (const ch of [...run].reverse()) yield [ch, override, end];
    i = end;
  }
}

/**
 * The original text without its invisible characters (see INVISIBLE), overrides read in display
 * order, nothing else changed: what the recognisers (phones, emails, addresses…) read, so
 * "07700\u200B900123" or "head@hazel\u00ADmere.sch.uk" are still a phone and an email. Spans map
 * back to the original through the offset map.
 */
export function visible(original: string): MappedText {
  if (!INVISIBLE.test(original)) return identity(original);
  const out = new Builder(original.length);
  for (const [ch, start, end] of displayOrder(original)) if (!INVISIBLE.test(ch)) out.push(ch, start, end);
  return out.done();
}

/** A view that is the text itself: every unit maps to its own position. */
function identity(text: string): MappedText {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/** The safe view: see the module comment. Lone surrogates are kept as they are. */
export function fold(original: string): MappedText {
  // Fast path: plain ASCII only needs lower-casing and the backtick straightened.
  if (ASCII_SAFE.test(original)) return identity(original.toLowerCase().replace(/`/g, "'"));
  const out = new Builder(original.length);
  for (const [ch, start, end] of displayOrder(original)) out.push(foldChar(ch), start, end);
  return out.done();
}

/** Leet and symbol substitutions, applied only inside a word that also has letters. */
const LEET: Record<string, string> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
  "@": "a", $: "s", "!": "i", "|": "l",
};

const isLetter = (c: string | undefined): boolean => c !== undefined && c >= "a" && c <= "z";
const isLeet = (c: string | undefined): boolean => c !== undefined && c in LEET;
const isWordish = (c: string | undefined): boolean => isLetter(c) || isLeet(c) || c === "*";

/**
 * The aggressive view, built from the safe one (offsets compose: they still point at the original).
 */
export function decode(folded: MappedText): MappedText {
  const src = folded.text;
  const n = src.length;
  const out = new Builder(n);
  const emit = (s: string, i: number) => out.push(s, folded.starts[i]!, folded.ends[i]!);
  const lettered = wordsWithLetters(src);

  let i = 0;
  while (i < n) {
    const c = src[i]!;
    // Spaced or dotted letters: "s h i t", "h.a.z.e.l.m.e.r.e", "b r y n  g l a s" — a run of single
    // letters, each followed by one separator, is joined into a word; a doubled separator inside the
    // run marks a word break. Three letters at least, so "a b" or "I a" stay as they are.
    if (isLetter(c) && !isLetter(src[i - 1]) && !isLetter(src[i + 1])) {
      const run = spacedRun(src, i);
      if (run.letters >= 3) {
        for (const [at, breakBefore] of run.parts) {
          if (breakBefore !== undefined) emit(" ", breakBefore);
          emit(src[at]!, at);
        }
        i = run.end;
        continue;
      }
    }
    // Leet inside words: "pr1ck", "b@stards", "tw4ts"; but "2026", "£30" and "5:40" stay numbers.
    if (isLeet(c) && leetAsLetter(src, i, lettered)) {
      emit(LEET[c]!, i);
      i++;
      continue;
    }
    // Runs of 3+ of the same letter squeeze to one: "fuuuuck", "shiiiit".
    if (isLetter(c) && src[i + 1] === c && src[i + 2] === c) {
      let j = i;
      while (src[j + 1] === c) j++;
      out.push(c, folded.starts[i]!, folded.ends[j]!);
      i = j + 1;
      continue;
    }
    emit(c, i);
    i++;
  }
  return out.done();
}

function isSpacer(c: string | undefined): boolean {
  return c === " " || c === "." || c === "-" || c === "_";
}

interface SpacedRun {
  letters: number;
  /** [index of a letter, index of the separator before it when it starts a new word]. */
  parts: Array<[number, number | undefined]>;
  end: number;
}

/** Reads "x y z" / "x.y.z" / "l e  c a t" from position i (a lone letter). */
function spacedRun(src: string, i: number): SpacedRun {
  const parts: Array<[number, number | undefined]> = [[i, undefined]];
  const sep = src[i + 1];
  let j = i;
  if (!isSpacer(sep)) return { letters: 1, parts, end: i + 1 };
  for (;;) {
    // One separator joins letters; two of the same separator break words inside the run.
    const single = src[j + 1] === sep && isLetter(src[j + 2]) && !isLetter(src[j + 3]);
    const double = src[j + 1] === sep && src[j + 2] === sep && isLetter(src[j + 3]) && !isLetter(src[j + 4]);
    if (single) {
      j += 2;
      parts.push([j, undefined]);
    } else if (double && sep === " ") {
      parts.push([j + 3, j + 1]);
      j += 3;
    } else break;
  }
  return { letters: parts.length, parts, end: j + 1 };
}

/**
 * For each position, does the word around it (letters, leet symbols, masks) contain a real letter?
 * Computed once per text in one pass, so a long run of digits or symbols stays linear.
 */
function wordsWithLetters(src: string): Uint8Array {
  const marks = new Uint8Array(src.length);
  let i = 0;
  while (i < src.length) {
    if (!isWordish(src[i])) {
      i++;
      continue;
    }
    let j = i;
    let letter = false;
    for (; j < src.length && isWordish(src[j]); j++) if (isLetter(src[j])) letter = true;
    if (letter) marks.fill(1, i, j);
    i = j;
  }
  return marks;
}

/** Should the leet character at i be read as a letter? */
function leetAsLetter(src: string, i: number, inLetteredWord: Uint8Array): boolean {
  // "!" and "|" end sentences and separate things far more often than they replace letters:
  // only treat them as letters when letters sit on both sides ("pr!ck", "tw!t").
  const c = src[i]!;
  if (c === "!" || c === "|") return isLetter(src[i - 1]) && (isLetter(src[i + 1]) || isLeet(src[i + 1]));
  if (c === "$") return isLetter(src[i - 1]) || isLetter(src[i + 1]);
  return inLetteredWord[i] === 1;
}
