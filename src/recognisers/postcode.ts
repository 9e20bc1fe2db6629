/**
 * UK postcodes: "CF62 7BN", "SW1A 1AA", "ta7 9hb", "CF627BN". The whole postcode is required: an
 * outward part alone ("B12", "Y6", "KS2") is a room, a year group or a key stage far more often than
 * a place, so it is never reported.
 */

import areaData from "./postcode-areas.json";
import { foldFullWidth } from "./fold.js";
import type { PostcodeEntity } from "./types.js";

/** Longest first, so "BA" is tried before "B". */
const AREAS = [...areaData.areas].sort((a, b) => b.length - a.length || a.localeCompare(b));

/**
 * area + district (1-2 digits, or a digit and a letter as in SW1A) + optional space + inward part
 * (a digit and two letters; the inward letters never use C, I, K, M, O or V).
 * Bounded: every quantifier is at most two characters long, so there is nothing to blow up.
 */
const POSTCODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${AREAS.join("|")})(\d[A-Z\d]?)|(GIR))[ \u00A0]?(\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}_])`,
  "giu",
);

/** "4th", "2nd": an ordinal in lower case after "B12" or "M1" is a floor or a junction. */
const LOWER_CASE_ORDINAL = /^\d(?:st|nd|rd|th)$/;

/** Every full UK postcode in the text, in order. */
export function findPostcodes(text: string): PostcodeEntity[] {
  const s = foldFullWidth(text);
  const found: PostcodeEntity[] = [];
  for (const m of s.matchAll(POSTCODE)) {
    const inward = m[4]!;
    if (LOWER_CASE_ORDINAL.test(inward)) continue;
    const outward = m[3] ?? m[1]! + m[2]!;
    const start = m.index;
    const end = start + m[0].length;
    found.push({
      kind: "postcode",
      start,
      end,
      text: text.slice(start, end),
      normalised: `${outward} ${inward}`.toUpperCase(),
    });
  }
  return found;
}

/** Does the text at `index` start a full postcode? Used by the address recogniser. */
export function postcodeAt(text: string, index: number): PostcodeEntity | null {
  const sticky = new RegExp(POSTCODE.source, "yiu");
  sticky.lastIndex = index;
  const m = sticky.exec(text);
  if (m === null || LOWER_CASE_ORDINAL.test(m[4]!)) return null;
  const outward = m[3] ?? m[1]! + m[2]!;
  return {
    kind: "postcode",
    start: index,
    end: index + m[0].length,
    text: text.slice(index, index + m[0].length),
    normalised: `${outward} ${m[4]!}`.toUpperCase(),
  };
}
