/**
 * The author's own date of birth: a full date (day, month and a plausible birth year, 1930–2015)
 * with a birth cue ("born", "birthday", "DOB", "I'm 42", "turning 40", "send me some cake") and a
 * first-person word ("my", "me", "I'm", "mine", "it's") within the same sentence or about 60
 * characters of it. "Deadline is 20 April", "term ends 18/12/2026" and "Sunday 14 March" are
 * not birth dates; "my son was born 17/03/2015" is someone else's.
 *
 * Dates are found by one regular expression (numeric, ISO, "9 March 1986", "March 9th, 1986",
 * "4th Feb 85"); every part of it is a bounded run of digits or a fixed word, so it cannot
 * backtrack badly. The context tests run only around the few dates found.
 */

import { foldFullWidth } from "./fold.js";
import type { BirthDateEntity } from "./types.js";

export const BIRTH_YEAR_MIN = 1930;
export const BIRTH_YEAR_MAX = 2015;

const MONTH_NAMES = [
  "jan(?:uary)?",
  "feb(?:ruary)?",
  "mar(?:ch)?",
  "apr(?:il)?",
  "may",
  "june?",
  "july?",
  "aug(?:ust)?",
  "sep(?:t(?:ember)?)?",
  "oct(?:ober)?",
  "nov(?:ember)?",
  "dec(?:ember)?",
];
const MONTH = String.raw`(?:${MONTH_NAMES.join("|")})(?!\p{L})\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:\d{4}|['’]?\d{2})(?!\p{N})`;

/*
 * Each date form is a sticky pattern tried only where a date can start: at a run of digits (found
 * by a plain /\d+/ scan) or at a month name. Scanning once for those starts and trying the forms
 * there is several times faster than one big alternation tried at every character.
 */
/** 17/03/1986, 23.11.1990, 4-2-85: one separator throughout. */
const NUMERIC_AT = /(?<nd>\d{1,2})(?<sep>[/.\-])(?<nm>\d{1,2})\k<sep>(?<ny>\d{4}|\d{2})(?!\p{N}|[/.\-]\d)/uy;
/** 1986-03-17 */
const ISO_AT = /(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?![\p{N}\-])/uy;
/** 9 March 1986, 9th of March, 1986, 4th Feb '85 */
const DAY_MONTH_YEAR_AT = new RegExp(
  String.raw`(?<td>${DAY})${ORDINAL}\s+(?:of\s+)?(?<tm>${MONTH}),?\s+(?<ty>${YEAR})`,
  "iuy",
);
/** March 9th 1986, March 9, 1986 */
const MONTH_DAY_YEAR_AT = new RegExp(
  String.raw`(?<mm>${MONTH})\s+(?<md>${DAY})${ORDINAL},?\s+(?<my>${YEAR})`,
  "iuy",
);
const DIGIT_RUN = /\d+/g;
const MONTH_START = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

function tryAt(pattern: RegExp, s: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(s);
}

/** Every date-shaped match in the text, in order, not overlapping. */
function dateMatches(s: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  DIGIT_RUN.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = DIGIT_RUN.exec(s)) !== null) {
    const at = run.index;
    const prev = s[at - 1];
    if (prev !== undefined && LETTER_OR_DIGIT.test(prev)) continue;
    const numericAllowed = prev === undefined || !"/.:-".includes(prev);
    const m =
      (numericAllowed ? (tryAt(NUMERIC_AT, s, at) ?? tryAt(ISO_AT, s, at)) : null) ??
      tryAt(DAY_MONTH_YEAR_AT, s, at);
    if (m !== null) {
      matches.push(m);
      DIGIT_RUN.lastIndex = at + m[0].length;
    }
  }
  const digitFirst = matches.slice();
  let next = 0; // the first digit-first match that does not end before the current month
  MONTH_START.lastIndex = 0;
  while ((run = MONTH_START.exec(s)) !== null) {
    const prev = s[run.index - 1];
    if (prev !== undefined && LETTER_OR_DIGIT.test(prev)) continue;
    const m = tryAt(MONTH_DAY_YEAR_AT, s, run.index);
    if (m === null) continue;
    const end = m.index + m[0].length;
    MONTH_START.lastIndex = end;
    // "9 March 1986" may already have been read digit-first; do not read it twice. Both lists
    // are in order, so one pointer walks the digit-first matches once.
    while (next < digitFirst.length && digitFirst[next]!.index + digitFirst[next]![0].length <= m.index) next++;
    const overlapping = next < digitFirst.length && digitFirst[next]!.index < end;
    if (!overlapping) matches.push(m);
  }
  return matches.sort((x, y) => x.index - y.index);
}

/** Words that make a date a birth date. */
const BIRTH_CUE =
  /(?:\b(?:born|birthdays?|birth\s+day|b-?day|b['’]day|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|years?\s+old|send\s+(?:me\s+)?(?:some\s+)?cake|(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|turning|turned|turn)\s+\d{1,3})\b|🎂)/iu;
/** Words that make it the author's own. */
const FIRST_PERSON = /\b(?:i|i['’]m|i\s+am|i\s+was|me|my|mine|myself|it['’]s)\b/iu;
/** Someone else's birthday, unless the author also speaks of their own. */
const THIRD_PARTY =
  /\b(?:my|our|his|her|their)\s+(?:(?:little|baby|eldest|youngest|oldest|middle|big|new|best)\s+)?(?:sons?|daughters?|boys?|girls?|kids?|child(?:ren)?|baby|mum|mam|mom|mother|dad|father|husband|hubby|wife|partner|brother|sister|nan|nana|nanna|gran|grandma|grandad|grandpa|grandson|granddaughter|niece|nephew|cousin|aunt|auntie|uncle|friend|bestie|twins?|dog|cat|mother-in-law|father-in-law)\b/iu;
const SELF_CUE =
  /\b(?:my\s+(?:birthday|bday|b['’]day|date\s+of\s+birth|dob|d\.o\.b)|birthday\s+to\s+me|i\s+was\s+born|i['’]m\s+\d|i\s+am\s+\d|i['’]ll\s+be\s+\d|i\s+will\s+be\s+\d|i\s+turn(?:ed)?\s+\d|mine)\b/iu;

/** How far context may be from the date, and how far a sentence is followed to its ends. */
const NEAR = 60;
const SENTENCE_LIMIT = 150;

const MONTH_BY_PREFIX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function monthNumber(name: string): number {
  return MONTH_BY_PREFIX[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** "85" → 1985, "'09" → 2009: two-digit years up to 15 are this century, the rest the last. */
function fullYear(year: string): number {
  const digits = year.replace(/^['’]/, "");
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= BIRTH_YEAR_MAX % 100 ? 2000 + n : 1900 + n;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(g: Record<string, string | undefined>): DateParts | null {
  if (g.nd !== undefined) {
    const a = Number(g.nd);
    const b = Number(g.nm);
    const year = fullYear(g.ny!);
    // Day first, as written in the UK; month first only when the day-first reading cannot be.
    if (isValidDate(year, b, a)) return { year, month: b, day: a };
    if (isValidDate(year, a, b)) return { year, month: a, day: b };
    return null;
  }
  if (g.iy !== undefined) return { year: Number(g.iy), month: Number(g.im), day: Number(g.id) };
  if (g.td !== undefined) return { year: fullYear(g.ty!), month: monthNumber(g.tm!), day: Number(g.td) };
  if (g.md !== undefined) return { year: fullYear(g.my!), month: monthNumber(g.mm!), day: Number(g.md) };
  return null;
}

/** A sentence ends at ! ? or a newline, or a full stop followed by a space ("23.11.1990" is not). */
function isSentenceEnd(s: string, i: number): boolean {
  const ch = s[i];
  if (ch === "!" || ch === "?" || ch === "\n") return true;
  if (ch === ".") {
    const next = s[i + 1];
    return next === undefined || next === " " || next === "\n" || next === "\u00A0";
  }
  return false;
}

/** The stretch around a date in which a birth cue counts: its sentence, or NEAR characters. */
function contextOf(s: string, start: number, end: number): string {
  let sentenceStart = start;
  while (sentenceStart > 0 && start - sentenceStart < SENTENCE_LIMIT && !isSentenceEnd(s, sentenceStart - 1)) {
    sentenceStart--;
  }
  let sentenceEnd = end;
  while (sentenceEnd < s.length && sentenceEnd - end < SENTENCE_LIMIT && !isSentenceEnd(s, sentenceEnd)) {
    sentenceEnd++;
  }
  const from = Math.max(0, Math.min(sentenceStart, start - NEAR));
  const to = Math.min(s.length, Math.max(sentenceEnd, end + NEAR));
  return s.slice(from, to);
}

function isOwnBirthDate(context: string): boolean {
  if (!BIRTH_CUE.test(context) || !FIRST_PERSON.test(context)) return false;
  return !THIRD_PARTY.test(context) || SELF_CUE.test(context);
}

/** Full dates that read as the author's own date of birth, with offsets of the date itself. */
export function findBirthDates(text: string): BirthDateEntity[] {
  const s = foldFullWidth(text);
  const found: BirthDateEntity[] = [];
  for (const m of dateMatches(s)) {
    const parts = partsOf(m.groups ?? {});
    if (parts === null) continue;
    const { year, month, day } = parts;
    if (year < BIRTH_YEAR_MIN || year > BIRTH_YEAR_MAX || !isValidDate(year, month, day)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!isOwnBirthDate(contextOf(s, start, end))) continue;
    found.push({ kind: "birth-date", start, end, text: text.slice(start, end), year, month, day });
  }
  return found;
}
