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
// view, masking asterisks ("f***", "sh*t").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const WORD_MASKED = /[\p{L}\p{N}*]*[\p{L}\p{N}][\p{L}\p{N}*]*(?:'[\p{L}\p{N}]+)*|[\p{L}]\*+/gu;
// Sentence ends: . ! ? … or a line break, followed by space or end; emoji often end sentences too.
const SENTENCE_END = /[.!?…]+["')\]]*(?=\s|$)|\n+|\p{Extended_Pictographic}+/gu;
const CAPITAL = /^\p{Lu}/u;

export function tokenise(view: MappedText, original: string, masked = false): { tokens: Token[]; sentences: Sentence[] } {
  const text = view.text;
  // Sentence boundaries in view offsets.
  const bounds: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) bounds.push(m.index + m[0].length);
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
  for (const m of text.matchAll(masked ? WORD_MASKED : WORD)) {
    const at = m.index;
    while (b < bounds.length && bounds[b]! <= at) closeSentence(bounds[b++]!);
    let word = m[0];
    let wordEnd = at + word.length;
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
