/**
 * Settings: the defaults, a validator that turns ANY input into a usable `Settings` plus a list
 * of plain-English errors, and the managed ▷ user ▷ defaults merge.
 *
 * Input comes from places nobody here controls: a school's enterprise policy (typed by an IT
 * technician into the Google Admin console or the Windows registry), the options page, a JSON file
 * given to the command line. So the validator never throws, whatever it is handed (null, cyclic
 * objects, getters that throw, revoked proxies, huge sparse arrays, symbols, lone surrogates), and
 * repairs field by field: a bad field falls back to its default, a bad list entry is dropped, and
 * each repair is reported once, naming the field, what was wrong and what was used instead (of a
 * list with many bad entries, the first few one by one and the rest in one summary).
 */
import { isCategoryId } from "./taxonomy";
import {
  CATEGORY_IDS,
  PROFILE_IDS,
  SEVERITIES,
  type CategoryId,
  type CustomTerm,
  type DateRange,
  type ProfileId,
  type Settings,
  type SettingsError,
  type Severity,
  type TeachingHours,
  type ValidatedSettings,
  type Weekday,
} from "./types";

/** Every top-level setting, in the order errors and managed fields are listed. */
export const SETTINGS_KEYS = [
  "profile",
  "enabled",
  "locked",
  "allowPostAnyway",
  "schoolNames",
  "emailDomains",
  "teachingHours",
  "holidays",
  "customTerms",
  "minSeverity",
  "disabledCategories",
] as const satisfies readonly (keyof Settings)[];

export type SettingsKey = (typeof SETTINGS_KEYS)[number];
// Fails to compile if Settings gains a field that SETTINGS_KEYS does not list.
type MissingSettingsKey = Exclude<keyof Settings, SettingsKey>;
const everySettingsKeyListed: MissingSettingsKey extends never ? true : never = true;
void everySettingsKeyListed;

/** Upper bounds that keep a mistyped or hostile policy from slowing every check down. */
export const SETTINGS_LIMITS = {
  schoolNames: 20,
  schoolNameLength: 100,
  emailDomains: 20,
  holidays: 100,
  customTerms: 500,
  termLength: 100,
  /** At most this many entries of any one list are even looked at. */
  entriesRead: 1000,
  /** At most this many unknown keys are reported one by one. */
  unknownKeysReported: 20,
  /** Of one list, the problems of at most this many entries are reported one by one. */
  entryProblemsReported: 5,
} as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Out of the box: on, `general` profile, Monday–Friday 08:45–15:15 (DESIGN.md). Frozen. */
export const DEFAULT_SETTINGS: Settings = deepFreeze({
  profile: "general",
  enabled: true,
  locked: false,
  allowPostAnyway: true,
  schoolNames: [],
  emailDomains: [],
  teachingHours: { days: [1, 2, 3, 4, 5], start: "08:45", end: "15:15" },
  holidays: [],
  customTerms: [],
  minSeverity: "low",
  disabledCategories: [],
});

/** A fresh, mutable copy of the defaults (DEFAULT_SETTINGS itself is frozen). */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

// ---------------------------------------------------------------------------------------------
// Reading untrusted values without ever throwing

const UNREADABLE = Symbol("unreadable");
type Read = unknown | typeof UNREADABLE;

function isObjectLike(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

function safeIsArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked proxy throws even here
  }
}

/** An own property's value; UNREADABLE when a getter or proxy trap throws. Inherited keys are ignored. */
function readOwn(target: object, key: string | number): Read {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor === undefined) return undefined;
    if ("value" in descriptor) return descriptor.value as unknown;
    return descriptor.get ? (Reflect.get(target, key) as unknown) : undefined;
  } catch {
    return UNREADABLE;
  }
}

function ownKeys(target: object): string[] | typeof UNREADABLE {
  try {
    return Object.keys(target);
  } catch {
    return UNREADABLE;
  }
}

function arrayLength(target: object): number | typeof UNREADABLE {
  try {
    const length = (target as { length?: unknown }).length;
    return typeof length === "number" && Number.isSafeInteger(length) && length >= 0 ? length : UNREADABLE;
  } catch {
    return UNREADABLE;
  }
}

/**
 * Is this object plain data, as JSON.parse or structured cloning makes it? Its prototype is null
 * or an `Object.prototype`, told apart from a Map's or a class's prototype by having none of its
 * own, so a plain object from another realm (an iframe, another extension context) counts too.
 * UNREADABLE when a proxy's trap throws.
 */
function isPlainData(value: object): boolean | typeof UNREADABLE {
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    return UNREADABLE;
  }
}

/** A built-in's or a class's name, when it is a short plain identifier fit to show. */
const SHOWABLE_NAME = /^[A-Za-z_$][\w$]{0,39}$/u;
const BOXED_PRIMITIVES = new Set(["Boolean", "Number", "String", "Symbol", "BigInt"]);

function withArticle(name: string): string {
  return /^[AEIO]/u.test(name) ? `an ${name}` : `a ${name}`;
}

/** What kind of non-plain object this is: "a Map", "a Date", "an instance of SchoolSettings". */
function describeObjectKind(value: object): string {
  const tag = Object.prototype.toString.call(value).slice("[object ".length, -1);
  if (tag !== "Object" && SHOWABLE_NAME.test(tag)) {
    return BOXED_PRIMITIVES.has(tag) ? `${withArticle(tag)} object` : withArticle(tag);
  }
  // Read, never call: only a data property holding a function with a data-property name is used.
  const proto = Object.getPrototypeOf(value) as object;
  const constructor = Object.getOwnPropertyDescriptor(proto, "constructor")?.value as unknown;
  const name = typeof constructor === "function" ? (Object.getOwnPropertyDescriptor(constructor, "name")?.value as unknown) : undefined;
  if (typeof name === "string" && name !== "Object" && SHOWABLE_NAME.test(name)) return `an instance of ${name}`;
  return "an object that inherits from another object";
}

const MAX_SHOWN_CHARS = 40;

/** A short, safe description of any value for an error message ("got …"). Never throws. */
export function describeValue(value: unknown): string {
  try {
    if (value === UNREADABLE) return "a value that could not be read";
    switch (typeof value) {
      case "undefined":
        return "nothing";
      case "string": {
        const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
        return JSON.stringify(shown);
      }
      case "number":
      case "boolean":
        return String(value);
      case "bigint":
        return `the big integer ${String(value)}`;
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default:
        if (value === null || value === undefined) return "null";
        if (safeIsArray(value)) {
          const length = arrayLength(value);
          if (length === UNREADABLE) return "a list";
          return length === 0 ? "an empty list" : `a list of ${length} ${length === 1 ? "entry" : "entries"}`;
        }
        if (isPlainData(value) === false) return describeObjectKind(value);
        return "an object";
    }
  } catch {
    return "a value that could not be read";
  }
}

/** How a fallback value is shown after "using …". */
function describeSetting(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return "an empty list";
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// Text checks

// With the u flag a well-formed surrogate pair is one code point, so this matches only a lone
// (broken) surrogate, which would garble the text wherever it is shown or encoded.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;

/** Why a piece of free text (school name, custom term) is unusable, or null when it is fine. */
function textProblem(text: string, maxChars: number): string | null {
  if (text === "") return "is empty";
  // Cheap length guard first: a code point is at most two UTF-16 units.
  if (text.length > maxChars * 2 || [...text].length > maxChars) {
    return `is longer than ${maxChars} characters`;
  }
  if (LONE_SURROGATE.test(text)) return "contains a broken character";
  if (CONTROL_CHARACTER.test(text)) return "contains a line break or control character";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates, times and weekdays

const CLOCK_TIME = /^(\d{1,2}):(\d{2})$/u;

/** "8:45" / "08:45" → "08:45"; null when it is not a 24-hour time. */
export function parseClockTime(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = CLOCK_TIME.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for a real calendar date written YYYY-MM-DD (leap years included; no 30 February). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

/** English day names and their usual short forms, matched case-insensitively. */
export const WEEKDAY_NAMES: Readonly<Record<string, Weekday>> = Object.freeze({
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
});

const WEEKDAY_LABELS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function parseWeekday(value: unknown): Weekday | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 7 ? (value as Weekday) : null;
  }
  if (typeof value === "string") {
    const key = value.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(WEEKDAY_NAMES, key) ? WEEKDAY_NAMES[key]! : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Email domains

const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;

/** Why an email domain is unusable, or null; `domain` is already trimmed, lower-cased, "@"-stripped. */
function domainProblem(domain: string): string | null {
  if (domain === "") return "is empty";
  if (/\s/u.test(domain)) return "contains a space";
  if (/^[a-z][a-z0-9+.-]*:/u.test(domain) || domain.includes("/")) {
    return 'must be a domain such as "catcott.somerset.sch.uk", not a web address';
  }
  if (domain.includes("@")) return "looks like an email address; give only the part after the @";
  if (domain.includes("*")) return 'must be a plain domain without "*" (every *.sch.uk address counts anyway)';
  if (!domain.includes(".")) return 'must contain a dot, like "catcott.somerset.sch.uk"';
  if (domain.length > 253) return "is longer than a domain name can be";
  if (!domain.split(".").every((label) => DOMAIN_LABEL.test(label))) {
    return "is not a valid domain name (letters, digits, hyphens and dots only; use the xn-- form for accented names)";
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The validator

/** A whole field that could not be used: the caller decides what falls back in its place. */
interface Rejection {
  field: string;
  /** What was wrong, without the "; using …" part. */
  problem: string;
}

/** Either a finished error or a field-level rejection still waiting for its fallback text. */
type Entry = { error: SettingsError } | { rejection: Rejection; key: SettingsKey };

interface LayerResult {
  /** Only the fields this input set and that could be used (maybe after repairs). */
  values: Partial<Settings>;
  entries: Entry[];
}

/** Where a problem is told: the whole report, or one list's entries (see EntryReport). */
interface ErrorSink {
  error(field: string, message: string): void;
}

class Report implements ErrorSink {
  readonly entries: Entry[] = [];
  error(field: string, message: string): void {
    this.entries.push({ error: { field, message } });
  }
  reject(key: SettingsKey, field: string, problem: string): Rejected {
    this.entries.push({ rejection: { field, problem }, key });
    return REJECTED;
  }
}

const REJECTED = Symbol("rejected");
type Rejected = typeof REJECTED;

/** Reports every own key of `target` that is not in `known`, as "… is not a known setting; ignored". */
function reportUnknownKeys(target: object, known: readonly string[], prefix: string, report: ErrorSink): void {
  const keys = ownKeys(target);
  if (keys === UNREADABLE) {
    report.error(prefix || "settings", `the names of the ${prefix || "settings"} could not be read; only known settings were checked`);
    return;
  }
  const unknown = keys.filter((key) => !known.includes(key));
  const shown = unknown.slice(0, SETTINGS_LIMITS.unknownKeysReported);
  for (const key of shown) {
    const name = key.length > MAX_SHOWN_CHARS ? `${key.slice(0, MAX_SHOWN_CHARS)}…` : key;
    const field = prefix ? `${prefix}.${name}` : name;
    report.error(field, `${JSON.stringify(field)} is not a known setting; ignored`);
  }
  if (unknown.length > shown.length) {
    report.error(prefix || "settings", `${unknown.length - shown.length} more unknown settings were ignored`);
  }
}

/**
 * The problems of one list's entries: every error of the first few entries that have any is
 * passed on, the rest are counted and told in one summary, so a list of a thousand bad entries
 * gives a handful of errors instead of a thousand (nobody reads the thousand, and they crowd out
 * the other fields' errors).
 */
class EntryReport implements ErrorSink {
  private entriesListed = 0;
  private entryHasProblem = false;
  private entryListed = false;
  private unlisted = 0;
  private unlistedDropped = 0;

  constructor(
    private readonly report: ErrorSink,
    private readonly field: string,
  ) {}

  startEntry(): void {
    this.entryHasProblem = false;
  }

  error(field: string, message: string): void {
    if (!this.entryHasProblem) {
      this.entryHasProblem = true;
      this.entryListed = this.entriesListed < SETTINGS_LIMITS.entryProblemsReported;
      if (this.entryListed) this.entriesListed++;
    }
    if (this.entryListed) this.report.error(field, message);
  }

  endEntry(dropped: boolean): void {
    if (!this.entryHasProblem || this.entryListed) return;
    this.unlisted++;
    if (dropped) this.unlistedDropped++;
  }

  /** The summary of the entries not listed, if there were any. */
  finish(): void {
    const count = this.unlisted;
    if (count === 0) return;
    const dropped = this.unlistedDropped;
    let outcome: string;
    if (dropped === count) outcome = count === 1 ? "it was dropped" : "all were dropped";
    else if (dropped === 0) outcome = count === 1 ? "it was kept after repair" : "all were kept after repair";
    else outcome = `${dropped} were dropped and ${count - dropped} kept after repair`;
    const more = count === 1 ? `1 more entry of ${this.field} had a problem` : `${count} more entries of ${this.field} had problems`;
    this.report.error(this.field, `…and ${more} (not listed one by one): ${outcome}`);
  }
}

/**
 * Walks a list entry by entry: entries `parse` rejects are dropped (it reports why), duplicates
 * (same `identity`) are dropped and reported, and the list is cut to `max`. A non-empty list in
 * which nothing survives is rejected as a whole, so the field falls back instead of silently
 * becoming empty.
 */
function validateList<T>(
  key: SettingsKey,
  field: string,
  value: unknown,
  report: Report,
  options: {
    expected: string;
    max: number;
    noun: string;
    /** Reads one entry, telling `report` what was wrong with it; null drops it. */
    parse: (entry: unknown, entryField: string, report: ErrorSink) => T | null;
    identity: (item: T) => string;
    describe: (item: T) => string;
  },
): T[] | Rejected {
  if (!isObjectLike(value) || !safeIsArray(value)) {
    return report.reject(key, field, `${field} must be ${options.expected}; got ${describeValue(value)}`);
  }
  const length = arrayLength(value);
  if (length === UNREADABLE) return report.reject(key, field, `${field} could not be read`);
  const readable = Math.min(length, SETTINGS_LIMITS.entriesRead);
  if (length > readable) {
    report.error(field, `${field} has ${length} entries; only the first ${readable} were read`);
  }
  const kept: T[] = [];
  const seen = new Map<string, number>();
  const entryReport = new EntryReport(report, field);
  /** One entry, parsed and not a repeat; null when it is dropped (entryReport is told why). */
  const readEntry = (list: object, index: number, entryField: string): T | null => {
    const entry = readOwn(list, index);
    if (entry === UNREADABLE) {
      entryReport.error(entryField, `${entryField} could not be read; dropped`);
      return null;
    }
    const item = options.parse(entry, entryField, entryReport);
    if (item === null) return null;
    const first = seen.get(options.identity(item));
    if (first !== undefined) {
      entryReport.error(entryField, `${entryField} ${options.describe(item)} repeats ${field}[${first}]; dropped`);
      return null;
    }
    return item;
  };
  let overflow = 0;
  for (let index = 0; index < readable; index++) {
    entryReport.startEntry();
    const item = readEntry(value, index, `${field}[${index}]`);
    entryReport.endEntry(item === null);
    if (item === null) continue;
    if (kept.length >= options.max) {
      overflow++;
      continue;
    }
    seen.set(options.identity(item), index);
    kept.push(item);
  }
  entryReport.finish();
  if (overflow > 0) {
    report.error(
      field,
      `${field} may hold at most ${options.max} ${options.noun}; the ${overflow} after the first ${options.max} were dropped`,
    );
  }
  if (readable > 0 && kept.length === 0) {
    return report.reject(key, field, `${field} had no usable entries`);
  }
  return kept;
}

function validateEnum<T extends string>(
  key: SettingsKey,
  value: unknown,
  allowed: readonly T[],
  report: Report,
): T | Rejected {
  if (typeof value === "string") {
    const normalised = value.trim().toLowerCase();
    const match = allowed.find((option) => option === normalised);
    if (match !== undefined) return match;
  }
  return report.reject(key, key, `${key} must be one of ${quoteList(allowed)}; got ${describeValue(value)}`);
}

function validateBoolean(key: SettingsKey, value: unknown, report: Report): boolean | Rejected {
  if (typeof value === "boolean") return value;
  return report.reject(key, key, `${key} must be true or false; got ${describeValue(value)}`);
}

function validateSchoolNames(value: unknown, report: Report): string[] | Rejected {
  const max = SETTINGS_LIMITS.schoolNameLength;
  return validateList("schoolNames", "schoolNames", value, report, {
    expected: 'a list of school names, like ["Catcott Primary School", "Catcott"]',
    max: SETTINGS_LIMITS.schoolNames,
    noun: "names",
    parse: (entry, field, entryReport) => {
      if (typeof entry !== "string") {
        entryReport.error(field, `${field} must be a school name written as text; got ${describeValue(entry)}; dropped`);
        return null;
      }
      const name = entry.trim();
      const problem = textProblem(name, max);
      if (problem) {
        entryReport.error(field, `${field} ${problem}; got ${describeValue(entry)}; dropped`);
        return null;
      }
      return name;
    },
    identity: (name) => name.toLowerCase(),
    describe: (name) => JSON.stringify(name),
  });
}

function validateEmailDomains(value: unknown, report: Report): string[] | Rejected {
  return validateList("emailDomains", "emailDomains", value, report, {
    expected: 'a list of email domains, like ["catcott.somerset.sch.uk"]',
    max: SETTINGS_LIMITS.emailDomains,
    noun: "domains",
    parse: (entry, field, entryReport) => {
      if (typeof entry !== "string") {
        entryReport.error(field, `${field} must be an email domain written as text; got ${describeValue(entry)}; dropped`);
        return null;
      }
      const domain = entry.trim().toLowerCase().replace(/^@/u, "");
      const problem = domainProblem(domain);
      if (problem) {
        entryReport.error(field, `${field} ${problem}; got ${describeValue(entry)}; dropped`);
        return null;
      }
      return domain;
    },
    identity: (domain) => domain,
    describe: (domain) => JSON.stringify(domain),
  });
}

const TEACHING_HOURS_KEYS = ["days", "start", "end"] as const;

function validateTeachingHours(value: unknown, report: Report): TeachingHours | Rejected {
  const defaults = DEFAULT_SETTINGS.teachingHours;
  if (!isObjectLike(value) || safeIsArray(value) || typeof value === "function") {
    return report.reject(
      "teachingHours",
      "teachingHours",
      `teachingHours must be an object like {"days": [1, 2, 3, 4, 5], "start": "08:45", "end": "15:15"}; got ${describeValue(value)}`,
    );
  }
  reportUnknownKeys(value, TEACHING_HOURS_KEYS, "teachingHours", report);
  const hours: TeachingHours = { days: [...defaults.days], start: defaults.start, end: defaults.end };

  const days = readOwn(value, "days");
  if (days !== undefined) {
    // The days sub-list repairs itself like any list, but falls back to the default days (not
    // to another layer) because teachingHours is one setting.
    const sub = new Report();
    const parsed = validateList("teachingHours", "teachingHours.days", days, sub, {
      expected: 'a list of weekdays, numbers 1 = Monday to 7 = Sunday, like [1, 2, 3, 4, 5]',
      max: 7,
      noun: "days",
      parse: (entry, field, entryReport) => {
        const day = parseWeekday(entry);
        if (day === null) {
          entryReport.error(
            field,
            `${field} must be a weekday number from 1 (Monday) to 7 (Sunday) or a day name like "monday"; got ${describeValue(entry)}; dropped`,
          );
        }
        return day;
      },
      identity: (day) => String(day),
      describe: (day) => `(${WEEKDAY_LABELS[day]})`,
    });
    for (const entry of sub.entries) {
      if ("error" in entry) report.entries.push(entry);
      else report.error(entry.rejection.field, `${entry.rejection.problem}; using ${describeSetting(defaults.days)}`);
    }
    if (parsed !== REJECTED) hours.days = [...parsed].sort((a, b) => a - b);
  }

  for (const key of ["start", "end"] as const) {
    const raw = readOwn(value, key);
    if (raw === undefined) continue;
    const time = parseClockTime(raw);
    if (time === null) {
      const field = `teachingHours.${key}`;
      report.error(
        field,
        `${field} must be a time like "08:45" (24-hour clock); got ${describeValue(raw)}; using ${JSON.stringify(defaults[key])}`,
      );
    } else {
      hours[key] = time;
    }
  }

  if (hours.start >= hours.end) {
    return report.reject(
      "teachingHours",
      "teachingHours",
      `teachingHours.start (${JSON.stringify(hours.start)}) must be earlier than teachingHours.end (${JSON.stringify(hours.end)})`,
    );
  }
  return hours;
}

const DATE_RANGE_KEYS = ["start", "end"] as const;

function validateHolidays(value: unknown, report: Report): DateRange[] | Rejected {
  return validateList("holidays", "holidays", value, report, {
    expected: 'a list of date ranges, like [{"start": "2026-10-26", "end": "2026-10-30"}]',
    max: SETTINGS_LIMITS.holidays,
    noun: "date ranges",
    parse: (entry, field, entryReport) => {
      if (!isObjectLike(entry) || safeIsArray(entry) || typeof entry === "function") {
        entryReport.error(
          field,
          `${field} must be a date range like {"start": "2026-10-26", "end": "2026-10-30"}; got ${describeValue(entry)}; dropped`,
        );
        return null;
      }
      reportUnknownKeys(entry, DATE_RANGE_KEYS, field, entryReport);
      const start = readOwn(entry, "start");
      let end = readOwn(entry, "end");
      if (!isCalendarDate(start)) {
        entryReport.error(
          `${field}.start`,
          `${field}.start must be a real date written like "2026-10-26"; got ${describeValue(start)}; dropped ${field}`,
        );
        return null;
      }
      // A single day off (an INSET day, a bank holiday) may give only its start.
      if (end === undefined) end = start;
      if (!isCalendarDate(end)) {
        entryReport.error(
          `${field}.end`,
          `${field}.end must be a real date written like "2026-10-30"; got ${describeValue(end)}; dropped ${field}`,
        );
        return null;
      }
      if (end < start) {
        entryReport.error(field, `${field} ends (${JSON.stringify(end)}) before it starts (${JSON.stringify(start)}); dropped`);
        return null;
      }
      return { start, end };
    },
    identity: (range) => `${range.start}/${range.end}`,
    describe: (range) => `(${range.start} to ${range.end})`,
  });
}

const CUSTOM_TERM_KEYS = ["term", "category", "severity"] as const;

function validateCustomTerms(value: unknown, report: Report): CustomTerm[] | Rejected {
  const max = SETTINGS_LIMITS.termLength;
  return validateList("customTerms", "customTerms", value, report, {
    expected: 'a list of terms, like [{"term": "Ofsted result", "category": "confidential-information"}]',
    max: SETTINGS_LIMITS.customTerms,
    noun: "terms",
    parse: (entry, field, entryReport) => {
      if (!isObjectLike(entry) || safeIsArray(entry) || typeof entry === "function") {
        entryReport.error(
          field,
          `${field} must be an object like {"term": "Ofsted result", "category": "confidential-information", "severity": "high"}; got ${describeValue(entry)}; dropped`,
        );
        return null;
      }
      reportUnknownKeys(entry, CUSTOM_TERM_KEYS, field, entryReport);
      const rawTerm = readOwn(entry, "term");
      const term = typeof rawTerm === "string" ? rawTerm.trim() : null;
      const termProblem = term === null ? "must be text (matched literally, not a pattern)" : textProblem(term, max);
      if (term === null || termProblem) {
        entryReport.error(`${field}.term`, `${field}.term ${termProblem}; got ${describeValue(rawTerm)}; dropped ${field}`);
        return null;
      }
      const rawCategory = readOwn(entry, "category");
      const category = typeof rawCategory === "string" ? rawCategory.trim() : rawCategory;
      if (!isCategoryId(category)) {
        entryReport.error(
          `${field}.category`,
          `${field}.category must be one of the category ids, like "confidential-information" or "pupil-information"; got ${describeValue(rawCategory)}; dropped ${field}`,
        );
        return null;
      }
      let severity: Severity = "medium";
      const rawSeverity = readOwn(entry, "severity");
      if (rawSeverity !== undefined) {
        const normalised = typeof rawSeverity === "string" ? rawSeverity.trim().toLowerCase() : null;
        const match = SEVERITIES.find((s) => s === normalised);
        if (match === undefined) {
          entryReport.error(
            `${field}.severity`,
            `${field}.severity must be ${quoteList(SEVERITIES)}; got ${describeValue(rawSeverity)}; using "medium"`,
          );
        } else {
          severity = match;
        }
      }
      return { term, category, severity };
    },
    identity: (item) => `${item.category}\u0000${item.term.toLowerCase()}`,
    describe: (item) => `(${JSON.stringify(item.term)} as ${item.category})`,
  });
}

function validateDisabledCategories(value: unknown, report: Report): CategoryId[] | Rejected {
  return validateList("disabledCategories", "disabledCategories", value, report, {
    expected: 'a list of category ids, like ["teaching-time"]',
    max: CATEGORY_IDS.length,
    noun: "categories",
    parse: (entry, field, entryReport) => {
      const id = typeof entry === "string" ? entry.trim() : entry;
      if (!isCategoryId(id)) {
        entryReport.error(
          field,
          `${field} must be one of the category ids, like "teaching-time"; got ${describeValue(entry)}; dropped`,
        );
        return null;
      }
      return id;
    },
    identity: (id) => id,
    describe: (id) => JSON.stringify(id),
  });
}

type FieldValidator<K extends SettingsKey> = (value: unknown, report: Report) => Settings[K] | Rejected;

const FIELD_VALIDATORS: { [K in SettingsKey]: FieldValidator<K> } = {
  profile: (value, report) => validateEnum<ProfileId>("profile", value, PROFILE_IDS, report),
  enabled: (value, report) => validateBoolean("enabled", value, report),
  locked: (value, report) => validateBoolean("locked", value, report),
  allowPostAnyway: (value, report) => validateBoolean("allowPostAnyway", value, report),
  schoolNames: validateSchoolNames,
  emailDomains: validateEmailDomains,
  teachingHours: validateTeachingHours,
  holidays: validateHolidays,
  customTerms: validateCustomTerms,
  minSeverity: (value, report) => validateEnum<Severity>("minSeverity", value, SEVERITIES, report),
  disabledCategories: validateDisabledCategories,
};

/** Validates one layer of input: which fields it sets usably, and every problem found. Never throws. */
function validateLayer(input: unknown): LayerResult {
  const report = new Report();
  const values: Partial<Settings> = {};
  try {
    if (input === undefined) return { values, entries: report.entries };
    const notSettings = () =>
      report.error(
        "settings",
        `settings must be a plain JSON object of named settings, like {"profile": "catcott"}; got ${describeValue(input)}; using the defaults`,
      );
    if (!isObjectLike(input) || safeIsArray(input) || typeof input === "function") {
      notSettings();
      return { values, entries: report.entries };
    }
    const plain = isPlainData(input);
    if (plain === UNREADABLE) {
      report.error("settings", "settings could not be read; using the defaults");
      return { values, entries: report.entries };
    }
    if (!plain) {
      // A Map, a Date or a class instance keeps its data where the validator does not look (or
      // inherits it), so reading its own keys would silently give the defaults: say so instead.
      notSettings();
      return { values, entries: report.entries };
    }
    reportUnknownKeys(input, SETTINGS_KEYS, "", report);
    for (const key of SETTINGS_KEYS) {
      const raw = readOwn(input, key);
      if (raw === undefined) continue; // partial input is normal
      if (raw === UNREADABLE) {
        report.reject(key, key, `${key} could not be read`);
        continue;
      }
      const validator = FIELD_VALIDATORS[key] as FieldValidator<typeof key>;
      const result = validator(raw, report);
      if (result !== REJECTED) (values as Record<string, unknown>)[key] = result;
    }
  } catch {
    // Belt and braces: every read above is guarded, but nothing a caller passes may crash the
    // extension. Whatever was validated before the failure is kept.
    report.error("settings", "settings could not be fully read; the rest uses the defaults");
  }
  return { values, entries: report.entries };
}

function finishErrors(entries: Entry[], fallbackFor: (key: SettingsKey) => string, prefix = ""): SettingsError[] {
  return entries.map((entry) => {
    const error =
      "error" in entry
        ? entry.error
        : { field: entry.rejection.field, message: `${entry.rejection.problem}; ${fallbackFor(entry.key)}` };
    return prefix ? { field: `${prefix}${error.field}`, message: error.message } : error;
  });
}

function assemble(pick: (key: SettingsKey) => unknown): Settings {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  for (const key of SETTINGS_KEYS) {
    const value = pick(key);
    if (value !== undefined) settings[key] = value;
  }
  return settings as unknown as Settings;
}

/**
 * Turns any input into usable settings. Missing fields take their defaults silently; every
 * field or entry that had to be repaired, dropped or ignored yields one error naming it, except
 * that a list's entries past the first few with problems share one summary error.
 * Never throws.
 */
export function validateSettings(input: unknown): ValidatedSettings {
  const layer = validateLayer(input);
  return {
    settings: assemble((key) => layer.values[key]),
    errors: finishErrors(layer.entries, (key) => `using ${describeSetting(DEFAULT_SETTINGS[key])}`),
  };
}

export interface SettingsLayers {
  /** From the school's enterprise policy (the browser's managed storage). */
  managed?: unknown;
  /** From the staff member's own choices (options page, popup, command line). */
  user?: unknown;
}

export interface ResolvedSettings extends ValidatedSettings {
  /** The settings fixed by the school's policy: the options page shows them read-only. */
  managedFields: SettingsKey[];
}

/**
 * Merges managed ▷ user ▷ defaults, field by field. A field the managed policy sets usably wins
 * (and is listed in `managedFields`); a managed field that is unusable falls back to the user's
 * value, else the default. When the policy locks Second Look (`locked: true`) the user cannot
 * switch it off: `enabled` is true unless the policy itself sets it false.
 * Errors carry "managed." or "user." before the field. Never throws.
 */
export function resolveSettings(layers: SettingsLayers): ResolvedSettings {
  let managedInput: unknown;
  let userInput: unknown;
  try {
    managedInput = (layers as SettingsLayers | null | undefined)?.managed;
    userInput = (layers as SettingsLayers | null | undefined)?.user;
  } catch {
    // A hostile layers object: treat both layers as absent rather than fail.
  }
  const managed = validateLayer(managedInput);
  const user = validateLayer(userInput);

  const settings = assemble((key) => managed.values[key] ?? user.values[key]);
  const managedFields: SettingsKey[] = SETTINGS_KEYS.filter((key) => managed.values[key] !== undefined);
  const lockKeepsEnabled = managed.values.locked === true && managed.values.enabled === undefined;
  if (lockKeepsEnabled) {
    // The policy decides that Second Look stays on, so the switch is the school's, not the user's.
    settings.enabled = true;
    managedFields.push("enabled");
    managedFields.sort((a, b) => SETTINGS_KEYS.indexOf(a) - SETTINGS_KEYS.indexOf(b));
  }

  const errors = [
    ...finishErrors(
      managed.entries,
      (key) =>
        key === "enabled" && lockKeepsEnabled
          ? "using true, because the policy locks checking on"
          : user.values[key] !== undefined
            ? `using the user's own setting ${describeSetting(user.values[key])}`
            : `using ${describeSetting(DEFAULT_SETTINGS[key])}`,
      "managed.",
    ),
    ...finishErrors(
      user.entries,
      (key) =>
        managed.values[key] !== undefined || (key === "enabled" && lockKeepsEnabled)
          ? "the school's managed setting applies instead"
          : `using ${describeSetting(DEFAULT_SETTINGS[key])}`,
      "user.",
    ),
  ];
  return { settings, errors, managedFields };
}
