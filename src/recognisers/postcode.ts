/**
 * UK postcodes: "CF62 7BN", "SW1A 1AA", "ta7 9hb", "CF627BN". The whole postcode is required: an
 * outward part alone ("B12", "Y6", "KS2") is a room, a year group or a key stage far more often than
 * a place, so it is never reported.
 */

import areaData from "./postcode-areas.json";
import { foldFullWidth } from "./fold.js";
import type { PostcodeEntity } from "./types.js";

const AREAS: ReadonlySet<string> = new Set(areaData.areas);

/**
 * The district digit(s) and the inward part, found digit-first so the engine can skip straight to
 * digits; the one or two area letters before them are then read in code. District: 1-2 digits, or
 * a digit and a letter (SW1A). Inward: a digit and two letters, never C, I, K, M, O or V. Every
 * quantifier is at most two characters long, so there is nothing to blow up.
 */
const TAIL = String.raw`\d[A-Z\d]?[ \u00A0]?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}_])`;
const POSTCODE_TAIL = new RegExp(TAIL, "giu");
/** The same, anchored at the area letters, for reading a postcode at a known offset. */
const POSTCODE_AT = new RegExp(String.raw`(?<![\p{L}\p{N}_])([A-Z]{1,2})${TAIL}`, "iuy");

/** "4th", "2nd": an ordinal in lower case after "B12" or "M1" is a floor or a junction. */
const LOWER_CASE_ORDINAL = /\d(?:st|nd|rd|th)$/;

function entity(text: string, folded: string, start: number, end: number, areaLength: number): PostcodeEntity | null {
  const area = folded.slice(start, start + areaLength).toUpperCase();
  const whole = folded.slice(start, end);
  if (!AREAS.has(area) || LOWER_CASE_ORDINAL.test(whole)) return null;
  const compact = whole.replace(/[ \u00A0]/, "").toUpperCase();
  return {
    kind: "postcode",
    start,
    end,
    text: text.slice(start, end),
    normalised: `${compact.slice(0, -3)} ${compact.slice(-3)}`,
  };
}

const ASCII_LETTER = /[A-Za-z]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_LETTER.test(ch);
}

/** How many area letters (1 or 2) stand before `index` on their own, or 0 when they do not. */
function areaLengthBefore(s: string, index: number): number {
  if (!isLetter(s[index - 1])) return 0;
  const length = isLetter(s[index - 2]) ? 2 : 1;
  const before = s[index - length - 1];
  return before !== undefined && WORD_CHAR.test(before) ? 0 : length;
}

/** Every full UK postcode in the text, in order. */
export function findPostcodes(text: string): PostcodeEntity[] {
  const s = foldFullWidth(text);
  const found: PostcodeEntity[] = [];
  POSTCODE_TAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE_TAIL.exec(s)) !== null) {
    const areaLength = areaLengthBefore(s, m.index);
    if (areaLength === 0) continue;
    const start = m.index - areaLength;
    const postcode = entity(text, s, start, m.index + m[0].length, areaLength);
    if (postcode) found.push(postcode);
  }
  return found;
}

/**
 * The full postcode starting exactly at `index` of an already folded text (see fold.ts), if there
 * is one. Used by the address recogniser.
 */
export function postcodeAtFolded(s: string, index: number): PostcodeEntity | null {
  POSTCODE_AT.lastIndex = index;
  const m = POSTCODE_AT.exec(s);
  if (m === null) return null;
  return entity(s, s, index, index + m[0].length, m[1]!.length);
}
