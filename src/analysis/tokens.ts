/**
 * Words and sentences of a normalised view, each with offsets into the ORIGINAL text.
 */
import { originalSpan, type MappedText } from "../normalise.js";

export interface Token {
  /** The normalised word ("gwen", "'s", "didn't", "y6", "f***"). */
  norm: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** The original word starts with a capital letter (a name, or the start of a sentence). */
  capital: boolean;
  /** First token of its sentence (so a capital says little). */
  sentenceStart: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token, and one past its last. */
  from: number;
  to: number;
}

// A word: letters and digits, with inner apostrophes ("didn't", "o'clock") and, in the decoded
// view, masking asterisks ("f***", "sh*t"): a run of letters, digits and asterisks with at least
// one letter or digit before its first apostrophe. Every pattern here is a plain run with no
// nested or overlapping repetition, so matching is linear in the text: the earlier
// `[\p{L}\p{N}*]*[\p{L}\p{N}][\p{L}\p{N}*]*` backtracked over every "*" run (quadratic; issue 10).
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const MASKED_RUN = /[\p{L}\p{N}*]+(?:'[\p{L}\p{N}]+)*/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_MARKS = /[.!?…]+/gu;
const CLOSERS = /["')\]]*/y;
const WHITESPACE = /\s/u;
// Line breaks and emoji (which often end sentences) also end a sentence.
const OTHER_ENDS = /\n+|\p{Extended_Pictographic}+/gu;
const CAPITAL = /^\p{Lu}/u;

/** Words of `text`: each match's index and text. */
function* words(text: string, masked: boolean): Generator<{ index: number; word: string }> {
  if (!masked) {
    for (const m of text.matchAll(WORD)) yield { index: m.index, word: m[0] };
    return;
  }
  MASKED_RUN.lastIndex = 0;
  for (let m = MASKED_RUN.exec(text); m; m = MASKED_RUN.exec(text)) {
    const apostrophe = m[0].indexOf("'");
    const head = apostrophe < 0 ? m[0] : m[0].slice(0, apostrophe);
    if (HAS_LETTER_OR_DIGIT.test(head)) {
      yield { index: m.index, word: m[0] };
    } else if (apostrophe >= 0) {
      // "***'s": the stars are no word; the word starts after the apostrophe.
      MASKED_RUN.lastIndex = m.index + apostrophe + 1;
    }
  }
}

/**
 * Where sentences end, in view offsets: after a run of . ! ? … (with closing quotes or brackets)
 * that is followed by white space or the end, after line breaks and after emoji. Each run of marks
 * is read once, so "....x" is linear (a lookahead regex retried every start: quadratic).
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_MARKS)) {
    CLOSERS.lastIndex = m.index + m[0].length;
    CLOSERS.exec(text);
    const end = CLOSERS.lastIndex;
    if (end === text.length || WHITESPACE.test(text[end]!)) ends.push(end);
  }
  for (const m of text.matchAll(OTHER_ENDS)) ends.push(m.index + m[0].length);
  return ends.sort((a, b) => a - b);
}

export function tokenise(view: MappedText, original: string, masked = false): { tokens: Token[]; sentences: Sentence[] } {
  const text = view.text;
  // Sentence boundaries in view offsets.
  const bounds = sentenceEnds(text);
  bounds.push(text.length);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFrom = 0;
  let sentenceStartView = 0;
  const closeSentence = (endView: number) => {
    if (tokens.length > sentenceFrom) {
      const [s] = originalSpan(view, sentenceStartView, sentenceStartView + 1);
      const [, e] = originalSpan(view, Math.max(sentenceStartView, endView - 1), endView);
      sentences.push({ start: s, end: e, from: sentenceFrom, to: tokens.length });
      sentence++;
    }
    sentenceFrom = tokens.length;
    sentenceStartView = endView;
  };
  let b = 0;
  for (const { index: at, word } of words(text, masked)) {
    while (b < bounds.length && bounds[b]! <= at) closeSentence(bounds[b++]!);
    const wordEnd = at + word.length;
    // Split a possessive or contracted 's off ("gwen's" → "gwen" "'s") so patterns can
    // name the owner and the relation separately.
    const pushToken = (norm: string, vs: number, ve: number) => {
      const [start, end] = originalSpan(view, vs, ve);
      tokens.push({
        norm,
        start,
        end,
        sentence,
        capital: CAPITAL.test(original.slice(start, end)),
        sentenceStart: tokens.length === sentenceFrom,
      });
    };
    if (word.length > 2 && word.endsWith("'s")) {
      pushToken(word.slice(0, -2), at, wordEnd - 2);
      pushToken("'s", wordEnd - 2, wordEnd);
    } else {
      pushToken(word, at, wordEnd);
    }
  }
  while (b < bounds.length) closeSentence(bounds[b++]!);
  return { tokens, sentences };
}
