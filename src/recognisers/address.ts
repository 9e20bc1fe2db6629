/**
 * Street addresses: a house number, a street name and a street type ("27 Ashby Road",
 * "7a Mill Lane", "Flat 3, 12 Park Avenue", "12 Heol y Coed"), with the town and postcode that
 * follow it when present ("42 Orchard Street, Kendal", "… Road, Rhoose CF62 7BN"). A street alone
 * ("the new Thai place on Castle Road", "Station Road dug up again") is a place, not an
 * address, and is reported only after a cue that it is where the author lives ("I live on Ashby
 * Road", "our house on Ashby Road").
 *
 * A regular expression anchored on the house number finds number + street; home cues are found
 * keyword-first; short sticky patterns then look for a town and a postcode right after the street.
 * Every repetition is bounded (at most three name words), so the work per candidate is small and
 * there is nothing to blow up.
 */

import streetTypeData from "./street-types.json";
import { foldFullWidth } from "./fold.js";
import { postcodeAtFolded } from "./postcode.js";
import type { StreetAddressEntity } from "./types.js";

interface StreetType {
  name: string;
  abbreviations: string[];
  position: "after" | "before";
  generic: boolean;
  why: string;
}

const STREET_TYPES = streetTypeData.types as StreetType[];

/** Lower-case spelling (name or abbreviation) → its street type. */
const TYPE_BY_SPELLING = new Map<string, StreetType>();
for (const type of STREET_TYPES) {
  for (const spelling of [type.name, ...type.abbreviations]) {
    TYPE_BY_SPELLING.set(spelling.toLowerCase(), type);
  }
}

function alternation(position: StreetType["position"]): string {
  const spellings = STREET_TYPES.filter((t) => t.position === position).flatMap((t) => [
    t.name,
    ...t.abbreviations.map((a) => `${a}\\.?`),
  ]);
  // Longest first, so "Street" is tried before "St".
  return spellings.sort((a, b) => b.length - a.length).join("|");
}

/**
 * Words that cannot be part of a street name: function words, pronouns, and the nouns that follow
 * a count ("10 minutes walk", "3 kids Park…"). Matched case-insensitively, so "Took 2 Hours On Park
 * Road" finds nothing either.
 */
const STOP_WORDS = [
  "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with",
  "into", "onto", "near", "past", "my", "our", "your", "his", "her", "their", "its", "this", "that",
  "these", "those", "is", "was", "are", "were", "be", "been", "it", "i", "we", "you", "they", "he",
  "she", "me", "us", "them", "down", "up", "off", "over", "per", "more", "less", "than", "very",
  "so", "just", "not", "no", "all", "some", "any", "each", "every", "what", "which", "who", "when",
  "where", "how", "minutes", "mins", "hours", "hrs", "miles", "years", "days", "weeks", "times",
  "people", "kids", "children", "pupils", "cars",
];

const WORD_END = String.raw`(?![\p{L}\p{N}_'’])`;
const NAME_WORD = String.raw`(?!(?:${STOP_WORDS.join("|")})${WORD_END})\p{L}[\p{L}'’.\-]*`;
/** Welsh streets put the article between type and name: "Heol y Coed", "Clos yr Eglwys". */
const WELSH_NAME = String.raw`(?:(?:y|yr|'r)\s+)?${NAME_WORD}(?:\s+(?:(?:y|yr)\s+)?${NAME_WORD}){0,2}`;

/**
 * A street name and its type, in either order. Groups: name, type (English); wtype, wname (Welsh).
 * "The" alone may stand for the name: "3 The Green", "10 The Avenue".
 */
const STREET = String.raw`(?:(?<name>the\s+|(?:${NAME_WORD}\s+){1,3}?)(?<type>${alternation("after")})|(?<wtype>${alternation("before")})\s+(?<wname>${WELSH_NAME}))${WORD_END}`;

/** Starts at the house number, so the engine can skip straight to digits. */
const NUMBERED_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_£$€#@/:.\-])` +
    String.raw`(?<number>\d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?),?\s+` +
    STREET,
  "dgiu",
);
/** "Flat 3, " / "Apartment 2b " just before the house number. */
const UNIT_BEFORE = /(?<![\p{L}\p{N}_])(?:flat|apartment|apt\.?|unit|suite)\s+\d{1,4}[a-z]?,?\s+$/iu;

/**
 * "I live on", "we've moved to", "our house on", "my address is": the street that follows is home.
 * Found keyword-first (a plain ASCII pattern the engine scans quickly); the subject before the
 * keyword and the preposition after it are then checked in place.
 */
const CUE_KEYWORD = /\b(?:(liv(?:e|ed|ing)|mov(?:ed|ing))|(house|home|flat|address))\b/gi;
const SUBJECT_BEFORE_VERB = /\b(?:i|we)(?:'ve|’ve|'m|’m|'re|’re|\s+have|\s+am|\s+are)?\s+$/i;
const OWNER_BEFORE_NOUN = /\b(?:our|my)\s+(?:new\s+|old\s+)?$/i;
const AFTER_VERB = /\s+(?:on|at|in|to|into|down)\s+/y;
const AFTER_NOUN = /(?:\s+is)?\s+(?:on|at|in)\s+|\s+is\s+/y;
const STREET_AT = new RegExp(STREET, "dyiu");

/** Where a cued street starts, for each home cue in the text. */
function cuedStreetStarts(s: string): number[] {
  const starts: number[] = [];
  CUE_KEYWORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_KEYWORD.exec(s)) !== null) {
    const before = s.slice(Math.max(0, m.index - 20), m.index);
    const isVerb = m[1] !== undefined;
    if (!(isVerb ? SUBJECT_BEFORE_VERB : OWNER_BEFORE_NOUN).test(before)) continue;
    const after = isVerb ? AFTER_VERB : AFTER_NOUN;
    after.lastIndex = m.index + m[0].length;
    const preposition = after.exec(s);
    if (preposition !== null) starts.push(after.lastIndex);
  }
  return starts;
}

/** Any home cue in the stretch before an address (the same sentence, roughly). */
const CUE_BEFORE = new RegExp(
  String.raw`(?:\b(?:live|lives|lived|living|moved|moving|address|house|home|flat|deliver|delivered|delivery|parcel|post|send|sent|staying|round|over|party|come|pop)\b)[^.!?\n]{0,40}$`,
  "iu",
);

/** The word before a number that makes it a count, year group or room, not a house number. */
const NOT_A_HOUSE_NUMBER = /(?:^|[^\p{L}])(?:year|yr|y|class|room|page|chapter|level|stage|top|aged|age|platform|bus|route|junction|line|gate|score|scored|over|under|about|only|just)\s*$/iu;

/** A town after a comma: capitalised words, hyphenated ones included ("Stoke-on-Trent"). */
const TOWN_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*`;
const TOWN = new RegExp(String.raw`,[ \u00A0]*(${TOWN_WORD}(?:[ \u00A0]+${TOWN_WORD}){0,2})`, "yu");
/** Capitalised words that start a new sentence or clause after a comma, not a town. */
const NOT_A_TOWN = new Set([
  "i", "the", "this", "that", "it", "he", "she", "we", "they", "you", "please", "thanks", "thank",
  "but", "and", "so", "not", "no", "yes", "just", "anyway", "also", "then", "now", "today",
  "tonight", "tomorrow", "yesterday", "oh", "ok", "okay", "sorry", "call", "ring", "text",
  "message", "email", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "if", "when", "which", "where", "who", "what", "near", "opposite", "next",
]);
const BEFORE_POSTCODE = /,?[ \u00A0]*/y;

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

const WELSH_ARTICLES = new Set(["y", "yr", "'r"]);

/**
 * The name words that really belong to the street: a Welsh name stops at the first word that is
 * neither capitalised nor an article ("Ffordd Las today" → "Las").
 */
function trimWelshName(wname: string): string {
  const words = wname.split(/\s+/);
  let keep = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isCapitalised(word)) keep = i + 1;
    else if (!WELSH_ARTICLES.has(word.toLowerCase())) break;
  }
  // Recover the exact original spacing by cutting the string after the kept words.
  let offset = 0;
  for (let i = 0; i < keep; i++) {
    offset = wname.indexOf(words[i]!, offset) + words[i]!.length;
  }
  return wname.slice(0, offset);
}

interface StreetMatch {
  start: number;
  /** Offset just past the street type or name. */
  end: number;
  type: StreetType;
  /** Every name word is capitalised ("Ashby Road", not "ashby road"). */
  capitalised: boolean;
}

/** The street of a match made with the "d" flag, from its group offsets. */
function streetOf(m: RegExpExecArray): StreetMatch | null {
  const groups = m.groups ?? {};
  const at = m.indices?.groups ?? {};
  if (groups.type !== undefined) {
    const type = TYPE_BY_SPELLING.get(groups.type.replace(/\.$/, "").toLowerCase());
    const [start] = at.name ?? [];
    const [, end] = at.type ?? [];
    if (!type || start === undefined || end === undefined) return null;
    const capitalised = groups.name!.trim().split(/\s+/).every(isCapitalised);
    return { start, end, type, capitalised };
  }
  const type = TYPE_BY_SPELLING.get((groups.wtype ?? "").toLowerCase());
  const [start] = at.wtype ?? [];
  const [nameStart] = at.wname ?? [];
  if (!type || start === undefined || nameStart === undefined) return null;
  const name = trimWelshName(groups.wname!);
  if (name === "") return null;
  const end = nameStart + name.length;
  return { start, end, type, capitalised: isCapitalised(groups.wtype!) };
}

/** Town and postcode right after the street, if there are any. */
function readTail(s: string, from: number): { end: number; town?: string; postcode?: string } {
  let end = from;
  let town: string | undefined;
  TOWN.lastIndex = from;
  const townMatch = TOWN.exec(s);
  if (townMatch) {
    const words = townMatch[1]!.split(/[ \u00A0]+/);
    const kept: string[] = [];
    for (const word of words) {
      if (NOT_A_TOWN.has(word.toLowerCase())) break;
      kept.push(word);
    }
    if (kept.length > 0) {
      town = kept.join(" ");
      const townStart = from + townMatch[0].indexOf(kept[0]!);
      // The kept words are a prefix of the matched ones, so find where the last one ends.
      let cursor = townStart;
      for (const word of kept) cursor = s.indexOf(word, cursor) + word.length;
      end = cursor;
    }
  }
  BEFORE_POSTCODE.lastIndex = end;
  const gap = BEFORE_POSTCODE.exec(s);
  const postcode = postcodeAtFolded(s, end + (gap ? gap[0].length : 0));
  if (postcode) return { end: postcode.end, town, postcode: postcode.normalised };
  return { end, town };
}

function hasCueBefore(s: string, start: number): boolean {
  return CUE_BEFORE.test(s.slice(Math.max(0, start - 60), start));
}

/**
 * Street addresses in the text, in order. A cued street inside a numbered address ("I live at
 * 27 Ashby Road") is reported once, as the numbered address.
 */
export function findStreetAddresses(text: string): StreetAddressEntity[] {
  const s = foldFullWidth(text);
  const found: StreetAddressEntity[] = [];

  NUMBERED_ADDRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBERED_ADDRESS.exec(s)) !== null) {
    const groups = m.groups ?? {};
    const numberStart = m.index;
    if (NOT_A_HOUSE_NUMBER.test(s.slice(Math.max(0, numberStart - 12), numberStart))) {
      // Try again from the next character, in case the street starts another number.
      NUMBERED_ADDRESS.lastIndex = numberStart + 1;
      continue;
    }
    const unit = UNIT_BEFORE.exec(s.slice(Math.max(0, numberStart - 24), numberStart));
    const start = unit ? numberStart - unit[0].length : numberStart;
    const street = streetOf(m);
    if (street === null) continue;
    const tail = readTail(s, street.end);
    const cued = hasCueBefore(s, start);
    // Lower-case streets ("27 ashby road") and generic types ("3 Peaks Walk") need support.
    const supported = cued || tail.town !== undefined || tail.postcode !== undefined;
    if (!street.capitalised && !cued) continue;
    if (street.type.generic && !supported) continue;
    found.push({
      kind: "street-address",
      start,
      end: tail.end,
      text: text.slice(start, tail.end),
      houseNumber: groups.number!,
      ...(unit ? { unit: unit[0].replace(/,?\s+$/, "") } : {}),
      street: text.slice(street.start, street.end),
      ...(tail.town !== undefined ? { town: tail.town } : {}),
      ...(tail.postcode !== undefined ? { postcode: tail.postcode } : {}),
      cued,
    });
    NUMBERED_ADDRESS.lastIndex = tail.end;
  }

  // Both lists are in text order, so one pointer finds any numbered address a cued one overlaps.
  const numbered = found.slice();
  let next = 0;
  for (const cueEnd of cuedStreetStarts(s)) {
    STREET_AT.lastIndex = cueEnd;
    const m = STREET_AT.exec(s);
    if (m === null) continue;
    const street = streetOf(m);
    if (street === null) continue;
    const start = street.start;
    const tail = readTail(s, street.end);
    while (next < numbered.length && numbered[next]!.end <= start) next++;
    if (next < numbered.length && numbered[next]!.start < tail.end) continue;
    found.push({
      kind: "street-address",
      start,
      end: tail.end,
      text: text.slice(start, tail.end),
      street: text.slice(street.start, street.end),
      ...(tail.town !== undefined ? { town: tail.town } : {}),
      ...(tail.postcode !== undefined ? { postcode: tail.postcode } : {}),
      cued: true,
    });
  }

  return found.sort((a, b) => a.start - b.start);
}
