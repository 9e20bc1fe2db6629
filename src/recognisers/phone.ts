/**
 * UK phone numbers in the ways people write them in posts: "07700 900462", "07700900462",
 * "+44 7700 900462", "+44 (0)7700 900462", "0044 7700 900462", "(01632) 960123", "0161 496 0000",
 * "020-7946-0000", "029.2018.0000".
 *
 * A small hand-written scanner rather than one big regular expression: a number is a prefix and a
 * few digit groups, and the scanner keeps the longest run of groups that makes a valid UK number
 * (so "07700 900462 2026" yields the number and leaves the year). Every character is looked at a
 * bounded number of times, so there is no backtracking to blow up.
 *
 * What keeps dates, prices, times and codes out: a number must start with 0 or +44 (years, prices,
 * "1966" and most order numbers do not); its national digits must have a valid UK length for their
 * prefix (a 6-digit code does not); a leading group written with separators must be at least three
 * digits ("17/03/1986", "17.03.1986", "01-02-2019" start with two); it must not sit inside a longer
 * token of digits, letters, prices or decimals.
 */

import { foldFullWidth } from "./fold.js";
import type { PhoneEntity } from "./types.js";

/** Characters that may separate digit groups: space, no-break/thin spaces, dot, hyphens and dashes. */
const SPACE_LIKE = new Set([" ", "\u00A0", "\u2009", "\u202F"]);
const HYPHEN_LIKE = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013"]);

type SeparatorKind = "space" | "dot" | "hyphen";

function separatorKind(ch: string | undefined): SeparatorKind | null {
  if (ch === undefined) return null;
  if (SPACE_LIKE.has(ch)) return "space";
  if (ch === ".") return "dot";
  if (HYPHEN_LIKE.has(ch)) return "hyphen";
  return null;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** A digit string is a plausible UK national number (leading 0) of the right length for its prefix. */
function isValidNational(national: string): boolean {
  if (national[0] !== "0") return false;
  const len = national.length;
  switch (national[1]) {
    case "7": // mobiles, pagers, personal numbers: always 11 digits
    case "2": // London, Cardiff, Belfast, Southampton, Portsmouth, Coventry
    case "3": // non-geographic at geographic rates
    case "9": // premium rate
      return len === 11;
    case "1": // geographic; a few areas still have 10-digit numbers (e.g. 016977 xxxx)
    case "5": // 0500 (10), 055/056 (11)
    case "8": // 0800 (10 or 11), 084x/087x (11)
      return len === 10 || len === 11;
    default: // 00 (international), 04, 06 are not UK national numbers
      return false;
  }
}

/** Words just before a number that say it is a reference, not something you can ring. */
const REFERENCE_CUE = /\b(?:order|ref|reference|invoice|tracking|account|a\/c|customer|membership|policy)\s*(?:no\.?|number|#)?\s*:?\s*$/i;

interface Group {
  /** Offset just past the group's last digit. */
  end: number;
  digits: string;
  /** How this group was separated from the previous one (null for the first, or after a prefix). */
  separator: SeparatorKind | null;
}

interface Parsed {
  international: boolean;
  /** Digits already implied by the prefix: "0" after +44. */
  nationalPrefix: string;
  groups: Group[];
}

/** Reads "+44", "(+44)", "+ 44", "0044", "00 44" at i; returns the offset after it, or -1. */
function readInternationalPrefix(s: string, i: number): number {
  let p = i;
  const paren = s[p] === "(";
  if (paren) p++;
  if (s[p] === "+") {
    p++;
    if (s[p] === " ") p++;
  } else if (s[p] === "0" && s[p + 1] === "0") {
    if (paren) return -1;
    p += 2;
    if (s[p] === " ") p++;
  } else {
    return -1;
  }
  if (s[p] !== "4" || s[p + 1] !== "4") return -1;
  p += 2;
  if (paren) {
    if (s[p] !== ")") return -1;
    p++;
  }
  // "+447700…" directly, or a single separator before the rest.
  return p;
}

function readDigits(s: string, i: number): number {
  let p = i;
  while (isDigit(s[p])) p++;
  return p;
}

/** Parses a candidate number starting at i into a prefix and digit groups, or null. */
function parseCandidate(s: string, i: number): Parsed | null {
  const groups: Group[] = [];
  let p = readInternationalPrefix(s, i);
  let international = false;
  let nationalPrefix = "";
  if (p >= 0) {
    international = true;
    nationalPrefix = "0";
    if (separatorKind(s[p]) !== null && (isDigit(s[p + 1]) || s[p + 1] === "(")) p++;
    // "+44 (0)7700…": the trunk zero in brackets.
    if (s[p] === "(" && s[p + 1] === "0" && s[p + 2] === ")") {
      p += 3;
      if (separatorKind(s[p]) === "space") p++;
    } else if (s[p] === "0" && isDigit(s[p + 1])) {
      p++; // "+44 07700…", a common slip
    }
    if (!isDigit(s[p])) return null;
  } else if (s[i] === "(") {
    // "(01632) 960123": an area code in brackets.
    p = i + 1;
    if (s[p] !== "0") return null;
    const end = readDigits(s, p);
    const len = end - p;
    if (len < 3 || len > 6 || s[end] !== ")") return null;
    groups.push({ end, digits: s.slice(p, end), separator: null });
    p = end + 1;
    if (separatorKind(s[p]) === "space") p++;
    if (!isDigit(s[p])) return null;
  } else {
    p = i;
  }

  // Digit groups, each after at most one separator. Stop once there are more digits than any UK
  // number has; the caller keeps the longest valid prefix.
  let totalDigits = nationalPrefix.length + (groups[0]?.digits.length ?? 0);
  let separator: SeparatorKind | null = null;
  while (isDigit(s[p])) {
    const end = readDigits(s, p);
    const digits = s.slice(p, end);
    groups.push({ end, digits, separator });
    totalDigits += digits.length;
    if (totalDigits >= 11 || groups.length > 11) break;
    separator = separatorKind(s[end]);
    if (separator === null || !isDigit(s[end + 1])) break;
    p = end + 1;
  }
  return { international, nationalPrefix, groups };
}

/** Is the run of groups [0, count) laid out like a phone number rather than a date or a list? */
function isPlausibleLayout(parsed: Parsed, count: number): boolean {
  const groups = parsed.groups.slice(0, count);
  // A null separator is the join after a prefix or "(01632)", which is not counted.
  const separators = groups.slice(1).flatMap((g) => (g.separator === null ? [] : [g.separator]));
  if (groups.length === 1) return true;
  // Spaced-out digits, "0 7 7 0 0 9 0 0 4 6 2", written to dodge filters.
  if (
    groups.every((g) => g.digits.length === 1) &&
    separators.length === groups.length - 1 &&
    separators.every((k) => k === "space")
  ) {
    return true;
  }
  // One kind of separator throughout, apart from the space after "(01632)".
  const kinds = new Set(separators);
  if (kinds.size > 1) return false;
  if (groups.some((g) => g.digits.length < 2)) return false;
  // The first group of a national number is an area or mobile code: at least "020", never "04".
  const firstGroupMinimum = parsed.international ? 2 : 3;
  return (groups[0]?.digits.length ?? 0) >= firstGroupMinimum;
}

function precededByToken(s: string, start: number): boolean {
  const prev = s[start - 1];
  if (prev === undefined) return false;
  if (isWordChar(prev) || "£$€¥#@+&".includes(prev)) return true;
  const prevPrev = s[start - 2];
  // "3.01632…", "5,01632…", "AB-01632…" continue a token; "tel:07700…" and "…462/07700…" do not.
  if (".,-".includes(prev) && isWordChar(prevPrev)) return true;
  if (prev === ":" && isDigit(prevPrev)) return true;
  return false;
}

/** Kisses straight after a number ("07700900462x", "…462xx") do not make it part of a word. */
const KISSES = /[xX]+(?![\p{L}\p{N}_])/uy;

function followedByToken(s: string, end: number): boolean {
  const next = s[end];
  if (next === undefined) return false;
  if (next === "x" || next === "X") {
    KISSES.lastIndex = end;
    if (KISSES.test(s)) return false;
  }
  if (isWordChar(next)) return true;
  // "07700.5", "07700,000", "0161:30" continue a number. "/" does not: "01632 960123/4" and
  // "07700 900462/07700 900463" are how people write alternatives.
  return ".,:".includes(next) && isDigit(s[end + 1]);
}

/** Where a number may start; the look-behind skips the zeros inside longer numbers cheaply. */
const CANDIDATE_START = /(?<![\p{L}\p{N}_£$€¥#@+&])[+(0]/gu;

/** Every UK phone number in the text, in order, with offsets into the original text. */
export function findPhones(text: string): PhoneEntity[] {
  const s = foldFullWidth(text);
  const found: PhoneEntity[] = [];
  const starts = CANDIDATE_START;
  starts.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(s)) !== null) {
    const start = m.index;
    if (precededByToken(s, start)) continue;
    const parsed = parseCandidate(s, start);
    if (parsed === null) continue;
    // The longest run of groups that is a valid, plausibly written number.
    let national = parsed.nationalPrefix;
    let accepted: { count: number; national: string } | null = null;
    for (let count = 1; count <= parsed.groups.length; count++) {
      const group = parsed.groups[count - 1]!;
      national += group.digits;
      // Too long, or a prefix no UK number has ("00…", "04…"): no longer run can be valid.
      if (national.length > 11 || (national.length >= 2 && !"1235789".includes(national[1]!))) break;
      const end = group.end;
      if (isValidNational(national) && isPlausibleLayout(parsed, count) && !followedByToken(s, end)) {
        accepted = { count, national };
      }
    }
    if (accepted === null) continue;
    const end = parsed.groups[accepted.count - 1]!.end;
    if (REFERENCE_CUE.test(s.slice(Math.max(0, start - 30), start))) {
      starts.lastIndex = end;
      continue;
    }
    found.push({
      kind: "phone",
      start,
      end,
      text: text.slice(start, end),
      mobile: /^07[1-57-9]/.test(accepted.national),
      national: accepted.national,
    });
    starts.lastIndex = end;
  }
  return found;
}
