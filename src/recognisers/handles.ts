/**
 * Social-media @handles and #hashtags, each split into lower-case words so the analysis can find
 * a school's name or school words inside them (@HazelmereMissK → hazelmere, miss, k;
 * #Y6Leavers → y6, leavers). Not handles: the "@" of an email address, "meet @ the gate", "@ 5pm".
 */

import { foldFullWidth } from "./fold.js";
import type { HandleEntity, HashtagEntity } from "./types.js";

/**
 * X allows letters, digits and "_" (15 characters); Instagram also allows "." inside (30). The
 * look-behind keeps the "@" of an email address ("jo@outlook.com") and mid-word "@" ("b@stards") out;
 * a "/" before it is fine, since profile links are written "tiktok.com/@name".
 */
const HANDLE = /(?<![\p{L}\p{N}_@.&\\+\-'’])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\p{L}\p{N}_@])/gu;
/** "@5", "@10am", "@5:30": a time or a number after "@", not an account. */
const NOT_A_HANDLE = /^(?:\d+|\d{1,2}(?:[.:]\d{2})?(?:am|pm)?)$/i;
/** "@outlook.com": the domain half of an email with the name left off. */
const LOOKS_LIKE_DOMAIN = /\.(?:com|net|org|co\.uk|org\.uk|ac\.uk|sch\.uk|gov\.uk|uk|io)$/i;

const HASHTAG = /(?<![\p{L}\p{N}_&#/\\])#([\p{L}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;

/**
 * One pass over a chunk with no separators: an upper-case run before a capitalised word
 * ("SLT" in "SLTLife"), a capitalised or lower-case word, an upper-case run, digits, or letters
 * of a script without case.
 */
const CAMEL_PART = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|\p{L}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\p{N}+$/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/**
 * Splits a handle or hashtag body into lower-case words: at "_", ".", "-", at case changes and
 * between letters and digits. Digits stay with a one- or two-letter prefix ("Y6", "KS2", "P7"),
 * an ordinal suffix stays with its number ("1st"), and a lone capital after a number stays with it
 * ("4B"). An all-lower-case run ("lastdayatschool") cannot be split without a dictionary and is
 * returned whole.
 */
export function splitCamel(s: string): string[] {
  const words: string[] = [];
  for (const chunk of s.split(SEPARATORS)) {
    if (chunk === "") continue;
    const parts = chunk.match(CAMEL_PART) ?? [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const next = parts[i + 1];
      const isLetters = !DIGITS.test(part);
      if (next !== undefined && isLetters && part.length <= 2 && DIGITS.test(next)) {
        // "Y6", "KS2": a year group or key stage is one word.
        words.push((part + next).toLowerCase());
        i++;
      } else if (next !== undefined && !isLetters && ORDINAL_SUFFIX.test(next)) {
        words.push((part + next).toLowerCase());
        i++;
      } else if (
        next !== undefined &&
        !isLetters &&
        next.length === 1 &&
        next !== next.toLowerCase() &&
        (parts[i + 2] === undefined || parts[i + 2]![0] !== parts[i + 2]![0]!.toLowerCase())
      ) {
        // "4B", "6C": a class name.
        words.push((part + next).toLowerCase());
        i++;
      } else {
        words.push(part.toLowerCase());
      }
    }
  }
  return words;
}

/**
 * Splits an all-lower-case run ("lastdayatschool") into words of `vocabulary` when it can be split
 * entirely into them (["last", "day", "at", "school"]); otherwise returns it whole. Prefers fewer,
 * longer words. Linear in the run's length times the longest vocabulary word.
 */
export function splitWithVocabulary(run: string, vocabulary: ReadonlySet<string>, longestWord = 20): string[] {
  const n = run.length;
  // best[i]: the fewest words covering run[0, i), and where the last of them starts.
  const best: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let end = 1; end <= n; end++) {
    let choice = { count: Infinity, from: -1 };
    for (let from = Math.max(0, end - longestWord); from < end; from++) {
      const before = best[from]!;
      if (before.count + 1 < choice.count && vocabulary.has(run.slice(from, end))) {
        choice = { count: before.count + 1, from };
      }
    }
    best.push(choice);
  }
  if (best[n]!.count === Infinity) return [run];
  const words: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from) words.unshift(run.slice(best[end]!.from, end));
  return words;
}

function splitWords(body: string, vocabulary: ReadonlySet<string> | undefined): string[] {
  const words = splitCamel(body);
  if (vocabulary === undefined || vocabulary.size === 0) return words;
  let longest = 0;
  for (const word of vocabulary) longest = Math.max(longest, word.length);
  return words.flatMap((w) => (w.length > 3 && !vocabulary.has(w) ? splitWithVocabulary(w, vocabulary, longest) : [w]));
}

/**
 * Every @handle in the text, in order. With a `vocabulary` (lower-case words, e.g. the school's
 * name words and school terms), lower-case runs inside the handle are split into those words too.
 */
export function findHandles(text: string, vocabulary?: ReadonlySet<string>): HandleEntity[] {
  const s = foldFullWidth(text);
  const found: HandleEntity[] = [];
  for (const m of s.matchAll(HANDLE)) {
    const handle = m[1]!;
    if (NOT_A_HANDLE.test(handle) || LOOKS_LIKE_DOMAIN.test(handle) || !HAS_LETTER.test(handle)) continue;
    const start = m.index;
    const end = start + m[0].length;
    found.push({ kind: "handle", start, end, text: text.slice(start, end), handle: text.slice(start + 1, end), words: splitWords(handle, vocabulary) });
  }
  return found;
}

/**
 * Every #hashtag in the text, in order (not "#1" or "#5": a tag needs a letter). With a
 * `vocabulary`, "#lastdayatschool" splits into ["last", "day", "at", "school"] too.
 */
export function findHashtags(text: string, vocabulary?: ReadonlySet<string>): HashtagEntity[] {
  const s = foldFullWidth(text);
  const found: HashtagEntity[] = [];
  for (const m of s.matchAll(HASHTAG)) {
    const tag = m[1]!;
    if (!HAS_LETTER.test(tag)) continue;
    const start = m.index;
    const end = start + m[0].length;
    found.push({ kind: "hashtag", start, end, text: text.slice(start, end), tag: text.slice(start + 1, end), words: splitWords(tag, vocabulary) });
  }
  return found;
}
