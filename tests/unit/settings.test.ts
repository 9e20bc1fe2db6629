import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEYS,
  SETTINGS_LIMITS,
  defaultSettings,
  describeValue,
  isCalendarDate,
  parseClockTime,
  resolveSettings,
  validateSettings,
} from "../../src/settings";
import { CATEGORY_IDS, PROFILE_IDS, SEVERITIES, type Settings } from "../../src/types";
import { prng } from "../support/prng";

/** Asserts the invariants every result must hold, whatever went in. */
function expectUsable(settings: Settings): void {
  expect(Object.keys(settings).sort()).toEqual([...SETTINGS_KEYS].sort());
  const again = validateSettings(settings);
  expect(again.errors).toEqual([]);
  expect(again.settings).toEqual(settings);
}

describe("DEFAULT_SETTINGS", () => {
  it("is on, general, unlocked, Monday–Friday 08:45–15:15, nothing configured", () => {
    expect(DEFAULT_SETTINGS).toEqual({
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
  });

  it("is deeply frozen, and results never share its arrays", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.teachingHours.days)).toBe(true);
    const { settings } = validateSettings({});
    settings.schoolNames.push("Catcott");
    settings.teachingHours.days.push(6);
    expect(DEFAULT_SETTINGS.schoolNames).toEqual([]);
    expect(validateSettings({}).settings.teachingHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
    expect(Object.isFrozen(defaultSettings())).toBe(false);
  });

  it("validates with zero errors", () => {
    expectUsable(defaultSettings());
  });
});

describe("validateSettings: good input", () => {
  const complete: Settings = {
    profile: "catcott",
    enabled: false,
    locked: true,
    allowPostAnyway: false,
    schoolNames: ["Catcott Primary School", "Catcott"],
    emailDomains: ["catcott.somerset.sch.uk", "example.org"],
    teachingHours: { days: [1, 2, 3, 4], start: "09:00", end: "15:00" },
    holidays: [
      { start: "2026-10-26", end: "2026-10-30" },
      { start: "2027-02-28", end: "2027-02-28" },
      { start: "2028-02-29", end: "2028-02-29" },
    ],
    customTerms: [
      { term: "Ofsted result", category: "confidential-information", severity: "high" },
      { term: "Mr Bloggs", category: "colleague-information", severity: "low" },
    ],
    minSeverity: "medium",
    disabledCategories: ["teaching-time", "occupation-disclosed"],
  };

  it("round-trips a complete, valid settings object unchanged with zero errors", () => {
    const result = validateSettings(complete);
    expect(result.errors).toEqual([]);
    expect(result.settings).toEqual(complete);
    expect(result.settings).not.toBe(complete);
    expect(result.settings.schoolNames).not.toBe(complete.schoolNames);
  });

  it("round-trips every profile and every severity", () => {
    for (const profile of PROFILE_IDS) {
      for (const minSeverity of SEVERITIES) {
        const result = validateSettings({ profile, minSeverity });
        expect(result.errors).toEqual([]);
        expect(result.settings.profile).toBe(profile);
        expect(result.settings.minSeverity).toBe(minSeverity);
      }
    }
  });

  it("treats missing fields as normal: partial input yields zero errors and defaults elsewhere", () => {
    const result = validateSettings({ profile: "cadoxton", schoolNames: ["Cadoxton"] });
    expect(result.errors).toEqual([]);
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, profile: "cadoxton", schoolNames: ["Cadoxton"] });
    expect(validateSettings({}).errors).toEqual([]);
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings({ teachingHours: { end: "16:00" } }).settings.teachingHours).toEqual({
      days: [1, 2, 3, 4, 5],
      start: "08:45",
      end: "16:00",
    });
  });

  it("accepts the friendly forms and stores them canonically, without errors", () => {
    const result = validateSettings({
      profile: " Catcott ",
      minSeverity: "HIGH",
      schoolNames: ["  Catcott Primary  "],
      emailDomains: ["@Catcott.Somerset.SCH.UK"],
      teachingHours: { days: ["friday", "Mon", "wed", 2], start: "8:30", end: "15:30" },
      holidays: [{ start: "2026-12-25" }],
      customTerms: [{ term: " residential trip ", category: "confidential-information" }],
      disabledCategories: [" misconduct "],
    });
    expect(result.errors).toEqual([]);
    expect(result.settings).toMatchObject({
      profile: "catcott",
      minSeverity: "high",
      schoolNames: ["Catcott Primary"],
      emailDomains: ["catcott.somerset.sch.uk"],
      teachingHours: { days: [1, 2, 3, 5], start: "08:30", end: "15:30" },
      holidays: [{ start: "2026-12-25", end: "2026-12-25" }],
      customTerms: [{ term: "residential trip", category: "confidential-information", severity: "medium" }],
      disabledCategories: ["misconduct"],
    });
    expectUsable(result.settings);
  });

  it("accepts an empty list of teaching days (no teaching time at all)", () => {
    const result = validateSettings({ teachingHours: { days: [] } });
    expect(result.errors).toEqual([]);
    expect(result.settings.teachingHours.days).toEqual([]);
  });

  it("keeps a term that looks like a regular expression as literal text", () => {
    const result = validateSettings({ customTerms: [{ term: "(a+)+$ [year 6]", category: "pupil-information" }] });
    expect(result.errors).toEqual([]);
    expect(result.settings.customTerms[0]!.term).toBe("(a+)+$ [year 6]");
  });
});

/**
 * One row per way a field can be wrong. `field` is the error's exact field; `says` are fragments
 * the message must contain (what was wrong, what it got, what was used instead); `then` checks
 * the repaired value.
 */
interface BadCase {
  name: string;
  input: Record<string, unknown>;
  field: string;
  says: string[];
  then: (settings: Settings) => void;
}

const DEFAULT_DAYS = [1, 2, 3, 4, 5];
const catcottTerm = { term: "Ofsted", category: "confidential-information" };

const BAD_CASES: BadCase[] = [
  // profile
  { name: "profile of the wrong type", input: { profile: 3 }, field: "profile", says: ["profile must be one of", '"catcott"', "got 3", 'using "general"'], then: (s) => expect(s.profile).toBe("general") },
  { name: "unknown profile", input: { profile: "hogwarts" }, field: "profile", says: ['got "hogwarts"', 'using "general"'], then: (s) => expect(s.profile).toBe("general") },
  { name: "empty profile", input: { profile: "" }, field: "profile", says: ['got ""', 'using "general"'], then: (s) => expect(s.profile).toBe("general") },
  { name: "null profile", input: { profile: null }, field: "profile", says: ["got null"], then: (s) => expect(s.profile).toBe("general") },
  // booleans
  { name: "enabled as a string", input: { enabled: "false" }, field: "enabled", says: ["enabled must be true or false", 'got "false"', "using true"], then: (s) => expect(s.enabled).toBe(true) },
  { name: "enabled as a number", input: { enabled: 0 }, field: "enabled", says: ["got 0", "using true"], then: (s) => expect(s.enabled).toBe(true) },
  { name: "locked as an object", input: { locked: {} }, field: "locked", says: ["locked must be true or false", "got an object", "using false"], then: (s) => expect(s.locked).toBe(false) },
  { name: "allowPostAnyway as null", input: { allowPostAnyway: null }, field: "allowPostAnyway", says: ["got null", "using true"], then: (s) => expect(s.allowPostAnyway).toBe(true) },
  { name: "allowPostAnyway as a list", input: { allowPostAnyway: [false] }, field: "allowPostAnyway", says: ["got a list of 1 entry", "using true"], then: (s) => expect(s.allowPostAnyway).toBe(true) },
  // minSeverity
  { name: "minSeverity out of range", input: { minSeverity: "critical" }, field: "minSeverity", says: ['"low", "medium" or "high"', 'got "critical"', 'using "low"'], then: (s) => expect(s.minSeverity).toBe("low") },
  { name: "minSeverity as a number", input: { minSeverity: 2 }, field: "minSeverity", says: ["got 2", 'using "low"'], then: (s) => expect(s.minSeverity).toBe("low") },
  // schoolNames
  { name: "schoolNames as a single string", input: { schoolNames: "Catcott" }, field: "schoolNames", says: ["schoolNames must be a list of school names", 'got "Catcott"', "using an empty list"], then: (s) => expect(s.schoolNames).toEqual([]) },
  { name: "a school name of the wrong type", input: { schoolNames: ["Catcott", 7] }, field: "schoolNames[1]", says: ["schoolNames[1] must be a school name", "got 7", "dropped"], then: (s) => expect(s.schoolNames).toEqual(["Catcott"]) },
  { name: "an empty school name", input: { schoolNames: ["   ", "Catcott"] }, field: "schoolNames[0]", says: ["schoolNames[0] is empty", "dropped"], then: (s) => expect(s.schoolNames).toEqual(["Catcott"]) },
  { name: "a school name over 100 characters", input: { schoolNames: ["Catcott", "x".repeat(101)] }, field: "schoolNames[1]", says: ["longer than 100 characters", "dropped"], then: (s) => expect(s.schoolNames).toEqual(["Catcott"]) },
  { name: "a repeated school name", input: { schoolNames: ["Catcott", "CATCOTT"] }, field: "schoolNames[1]", says: ['"CATCOTT" repeats schoolNames[0]', "dropped"], then: (s) => expect(s.schoolNames).toEqual(["Catcott"]) },
  { name: "a school name with a line break", input: { schoolNames: ["Cat\ncott", "Catcott"] }, field: "schoolNames[0]", says: ["line break", "dropped"], then: (s) => expect(s.schoolNames).toEqual(["Catcott"]) },
  { name: "a school name with a lone surrogate", input: { schoolNames: ["Cat\uD800cott", "Catcott"] }, field: "schoolNames[0]", says: ["broken character", "dropped"], then: (s) => expect(s.schoolNames).toEqual(["Catcott"]) },
  { name: "more than 20 school names", input: { schoolNames: Array.from({ length: 23 }, (_, i) => `School ${i}`) }, field: "schoolNames", says: ["at most 20 names", "the 3 after the first 20 were dropped"], then: (s) => expect(s.schoolNames).toHaveLength(20) },
  { name: "a list of school names with nothing usable", input: { schoolNames: ["", 4] }, field: "schoolNames", says: ["schoolNames had no usable entries", "using an empty list"], then: (s) => expect(s.schoolNames).toEqual([]) },
  // emailDomains
  { name: "emailDomains as a string", input: { emailDomains: "catcott.sch.uk" }, field: "emailDomains", says: ["emailDomains must be a list of email domains", "using an empty list"], then: (s) => expect(s.emailDomains).toEqual([]) },
  { name: "an email domain with a scheme", input: { emailDomains: ["https://catcott.sch.uk", "catcott.sch.uk"] }, field: "emailDomains[0]", says: ["not a web address", 'got "https://catcott.sch.uk"', "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  { name: "a full email address", input: { emailDomains: ["head@catcott.sch.uk", "catcott.sch.uk"] }, field: "emailDomains[0]", says: ["email address", "part after the @", "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  { name: "an email domain without a dot", input: { emailDomains: ["catcott", "catcott.sch.uk"] }, field: "emailDomains[0]", says: ["must contain a dot", "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  { name: "an email domain with a space", input: { emailDomains: ["catcott sch.uk", "catcott.sch.uk"] }, field: "emailDomains[0]", says: ["contains a space", "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  { name: "a wildcard email domain", input: { emailDomains: ["*.sch.uk", "catcott.sch.uk"] }, field: "emailDomains[0]", says: ['without "*"', "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  { name: "a malformed email domain", input: { emailDomains: ["-catcott-.sch.uk", "catcott.sch.uk"] }, field: "emailDomains[0]", says: ["not a valid domain name", "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  { name: "a repeated email domain", input: { emailDomains: ["catcott.sch.uk", "@CATCOTT.sch.uk"] }, field: "emailDomains[1]", says: ["repeats emailDomains[0]", "dropped"], then: (s) => expect(s.emailDomains).toEqual(["catcott.sch.uk"]) },
  // teachingHours
  { name: "teachingHours as a string", input: { teachingHours: "9-3" }, field: "teachingHours", says: ["teachingHours must be an object", 'got "9-3"', '"start":"08:45"'], then: (s) => expect(s.teachingHours).toEqual(DEFAULT_SETTINGS.teachingHours) },
  { name: "teachingHours as a list", input: { teachingHours: [1, 2] }, field: "teachingHours", says: ["got a list of 2 entries"], then: (s) => expect(s.teachingHours).toEqual(DEFAULT_SETTINGS.teachingHours) },
  { name: "a malformed start time", input: { teachingHours: { start: "8.45am" } }, field: "teachingHours.start", says: ['teachingHours.start must be a time like "08:45"', 'got "8.45am"', 'using "08:45"'], then: (s) => expect(s.teachingHours.start).toBe("08:45") },
  { name: "an out-of-range start time", input: { teachingHours: { start: "25:00" } }, field: "teachingHours.start", says: ['got "25:00"', 'using "08:45"'], then: (s) => expect(s.teachingHours.start).toBe("08:45") },
  { name: "an end time with 60 minutes", input: { teachingHours: { end: "15:60" } }, field: "teachingHours.end", says: ['got "15:60"', 'using "15:15"'], then: (s) => expect(s.teachingHours.end).toBe("15:15") },
  { name: "a start time as a number", input: { teachingHours: { start: 845, end: "15:00" } }, field: "teachingHours.start", says: ["got 845", 'using "08:45"'], then: (s) => expect(s.teachingHours).toEqual({ days: DEFAULT_DAYS, start: "08:45", end: "15:00" }) },
  { name: "start after end", input: { teachingHours: { start: "16:00", end: "09:00" } }, field: "teachingHours", says: ['teachingHours.start ("16:00") must be earlier than teachingHours.end ("09:00")', "using"], then: (s) => expect(s.teachingHours).toEqual(DEFAULT_SETTINGS.teachingHours) },
  { name: "start equal to end", input: { teachingHours: { start: "12:00", end: "12:00" } }, field: "teachingHours", says: ["must be earlier than"], then: (s) => expect(s.teachingHours).toEqual(DEFAULT_SETTINGS.teachingHours) },
  { name: "days as a string", input: { teachingHours: { days: "weekdays" } }, field: "teachingHours.days", says: ["teachingHours.days must be a list of weekdays", 'got "weekdays"', "using [1,2,3,4,5]"], then: (s) => expect(s.teachingHours.days).toEqual(DEFAULT_DAYS) },
  { name: "day 0", input: { teachingHours: { days: [0, 1] } }, field: "teachingHours.days[0]", says: ["from 1 (Monday) to 7 (Sunday)", "got 0", "dropped"], then: (s) => expect(s.teachingHours.days).toEqual([1]) },
  { name: "day 8", input: { teachingHours: { days: [1, 8] } }, field: "teachingHours.days[1]", says: ["got 8", "dropped"], then: (s) => expect(s.teachingHours.days).toEqual([1]) },
  { name: "a fractional day", input: { teachingHours: { days: [1.5, 2] } }, field: "teachingHours.days[0]", says: ["got 1.5", "dropped"], then: (s) => expect(s.teachingHours.days).toEqual([2]) },
  { name: "an unknown day name", input: { teachingHours: { days: ["funday", "monday"] } }, field: "teachingHours.days[0]", says: ['got "funday"', "dropped"], then: (s) => expect(s.teachingHours.days).toEqual([1]) },
  { name: "a repeated day", input: { teachingHours: { days: [1, "monday"] } }, field: "teachingHours.days[1]", says: ["(Monday) repeats teachingHours.days[0]", "dropped"], then: (s) => expect(s.teachingHours.days).toEqual([1]) },
  { name: "days with nothing usable", input: { teachingHours: { days: [9, "x"] } }, field: "teachingHours.days", says: ["no usable entries", "using [1,2,3,4,5]"], then: (s) => expect(s.teachingHours.days).toEqual(DEFAULT_DAYS) },
  { name: "an unknown key in teachingHours", input: { teachingHours: { lunch: "12:00" } }, field: "teachingHours.lunch", says: ["not a known setting", "ignored"], then: (s) => expect(s.teachingHours).toEqual(DEFAULT_SETTINGS.teachingHours) },
  // holidays
  { name: "holidays as an object", input: { holidays: { start: "2026-10-26" } }, field: "holidays", says: ["holidays must be a list of date ranges", "got an object", "using an empty list"], then: (s) => expect(s.holidays).toEqual([]) },
  { name: "a holiday that is a string", input: { holidays: ["2026-10-26", { start: "2026-12-25" }] }, field: "holidays[0]", says: ["must be a date range", 'got "2026-10-26"', "dropped"], then: (s) => expect(s.holidays).toEqual([{ start: "2026-12-25", end: "2026-12-25" }]) },
  { name: "30 February", input: { holidays: [{ start: "2026-02-30", end: "2026-03-02" }, { start: "2026-12-25" }] }, field: "holidays[0].start", says: ["must be a real date", 'got "2026-02-30"', "dropped holidays[0]"], then: (s) => expect(s.holidays).toHaveLength(1) },
  { name: "29 February in a common year", input: { holidays: [{ start: "2026-02-27", end: "2026-02-29" }, { start: "2026-12-25" }] }, field: "holidays[0].end", says: ['got "2026-02-29"', "dropped holidays[0]"], then: (s) => expect(s.holidays).toHaveLength(1) },
  { name: "month 13", input: { holidays: [{ start: "2026-13-01" }, { start: "2026-12-25" }] }, field: "holidays[0].start", says: ['got "2026-13-01"'], then: (s) => expect(s.holidays).toHaveLength(1) },
  { name: "a British-order date", input: { holidays: [{ start: "26/10/2026" }, { start: "2026-12-25" }] }, field: "holidays[0].start", says: ['got "26/10/2026"'], then: (s) => expect(s.holidays).toHaveLength(1) },
  { name: "a holiday without a start", input: { holidays: [{ end: "2026-10-30" }, { start: "2026-12-25" }] }, field: "holidays[0].start", says: ["got nothing", "dropped holidays[0]"], then: (s) => expect(s.holidays).toHaveLength(1) },
  { name: "a holiday ending before it starts", input: { holidays: [{ start: "2026-10-30", end: "2026-10-26" }, { start: "2026-12-25" }] }, field: "holidays[0]", says: ['ends ("2026-10-26") before it starts ("2026-10-30")', "dropped"], then: (s) => expect(s.holidays).toHaveLength(1) },
  { name: "more than 100 holidays", input: { holidays: Array.from({ length: 102 }, (_, i) => ({ start: `2026-01-01`, end: `2026-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}` })) }, field: "holidays", says: ["at most 100 date ranges", "the 2 after the first 100 were dropped"], then: (s) => expect(s.holidays).toHaveLength(100) },
  // customTerms
  { name: "customTerms as a string", input: { customTerms: "Ofsted" }, field: "customTerms", says: ["customTerms must be a list of terms", "using an empty list"], then: (s) => expect(s.customTerms).toEqual([]) },
  { name: "a term that is empty", input: { customTerms: [catcottTerm, { term: "  ", category: "misconduct" }] }, field: "customTerms[1].term", says: ["customTerms[1].term is empty", "dropped customTerms[1]"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "a term that is a number", input: { customTerms: [catcottTerm, { term: 5, category: "misconduct" }] }, field: "customTerms[1].term", says: ["must be text", "got 5", "dropped customTerms[1]"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "a term that is too long", input: { customTerms: [catcottTerm, { term: "t".repeat(101), category: "misconduct" }] }, field: "customTerms[1].term", says: ["longer than 100 characters"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "a term with no category", input: { customTerms: [catcottTerm, { term: "Ofsted" }] }, field: "customTerms[1].category", says: ["must be one of the category ids", "got nothing", "dropped customTerms[1]"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "a term with an unknown category", input: { customTerms: [catcottTerm, catcottTerm, { term: "x", category: "gossip" }] }, field: "customTerms[2].category", says: ['got "gossip"', "dropped customTerms[2]"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "a term with a bad severity", input: { customTerms: [{ ...catcottTerm, severity: "severe" }] }, field: "customTerms[0].severity", says: ['got "severe"', 'using "medium"'], then: (s) => expect(s.customTerms).toEqual([{ ...catcottTerm, severity: "medium" }]) },
  { name: "a repeated term", input: { customTerms: [catcottTerm, { term: "OFSTED", category: "confidential-information", severity: "high" }] }, field: "customTerms[1]", says: ["repeats customTerms[0]", "dropped"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "a term that is a string", input: { customTerms: ["Ofsted", catcottTerm] }, field: "customTerms[0]", says: ["must be an object", 'got "Ofsted"', "dropped"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  { name: "an unknown key in a term", input: { customTerms: [{ ...catcottTerm, regex: true }] }, field: "customTerms[0].regex", says: ["not a known setting", "ignored"], then: (s) => expect(s.customTerms).toHaveLength(1) },
  // disabledCategories
  { name: "disabledCategories as a string", input: { disabledCategories: "teaching-time" }, field: "disabledCategories", says: ["must be a list of category ids", "using an empty list"], then: (s) => expect(s.disabledCategories).toEqual([]) },
  { name: "an unknown disabled category", input: { disabledCategories: ["teaching-time", "swearing"] }, field: "disabledCategories[1]", says: ['got "swearing"', "dropped"], then: (s) => expect(s.disabledCategories).toEqual(["teaching-time"]) },
  { name: "a disabled category as a number", input: { disabledCategories: [3, "misconduct"] }, field: "disabledCategories[0]", says: ["got 3", "dropped"], then: (s) => expect(s.disabledCategories).toEqual(["misconduct"]) },
  { name: "a repeated disabled category", input: { disabledCategories: ["misconduct", "misconduct"] }, field: "disabledCategories[1]", says: ["repeats disabledCategories[0]"], then: (s) => expect(s.disabledCategories).toEqual(["misconduct"]) },
  // unknown keys
  { name: "an unknown top-level key", input: { profle: "catcott" }, field: "profle", says: ['"profle" is not a known setting; ignored'], then: (s) => expect(s.profile).toBe("general") },
];

describe("validateSettings: each field wrong in each way", () => {
  for (const bad of BAD_CASES) {
    it(bad.name, () => {
      const result = validateSettings(bad.input);
      const matching = result.errors.filter((error) => error.field === bad.field);
      expect(matching, JSON.stringify(result.errors)).toHaveLength(1);
      const message = matching[0]!.message;
      // The message names the field it is about (the leaf, for nested paths).
      expect(message).toContain(bad.field.split(/[.[]/u)[0]!);
      for (const fragment of bad.says) expect(message).toContain(fragment);
      bad.then(result.settings);
      expectUsable(result.settings);
    });
  }

  it("keeps the good fields when others are bad", () => {
    const result = validateSettings({ profile: "catcott", enabled: "no", schoolNames: ["Catcott"], minSeverity: 9 });
    expect(result.settings.profile).toBe("catcott");
    expect(result.settings.schoolNames).toEqual(["Catcott"]);
    expect(result.errors.map((e) => e.field)).toEqual(["enabled", "minSeverity"]);
  });

  it("rejects input that is not an object as a whole, once", () => {
    for (const input of [null, 42, "catcott", true, [], [{ profile: "catcott" }], () => 1, Symbol("x"), 10n]) {
      const result = validateSettings(input);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.field).toBe("settings");
      expect(result.errors[0]!.message).toContain("using the defaults");
    }
  });
});

describe("validateSettings: a list with many bad entries", () => {
  const LISTED = SETTINGS_LIMITS.entryProblemsReported;
  const ENTRIES = SETTINGS_LIMITS.entriesRead;
  /** A list of ENTRIES: the good entries every 100th, a bad one everywhere else. */
  function mixed<T>(good: readonly T[], bad: unknown): unknown[] {
    return Array.from({ length: ENTRIES }, (_, index) => (index % 100 === 0 && index / 100 < good.length ? good[index / 100] : bad));
  }
  const lists: [string, (list: unknown[]) => unknown, unknown[], unknown, (settings: Settings) => unknown][] = [
    ["schoolNames", (list) => ({ schoolNames: list }), ["Catcott", "Cadoxton", "Le Cateau"], 42, (s) => s.schoolNames],
    ["emailDomains", (list) => ({ emailDomains: list }), ["catcott.sch.uk", "example.org"], "not a domain", (s) => s.emailDomains],
    ["holidays", (list) => ({ holidays: list }), [{ start: "2026-10-26", end: "2026-10-30" }], { start: "someday" }, (s) => s.holidays],
    ["customTerms", (list) => ({ customTerms: list }), [{ term: "Ofsted", category: "confidential-information", severity: "high" }], { term: "" }, (s) => s.customTerms],
    ["disabledCategories", (list) => ({ disabledCategories: list }), ["teaching-time", "misconduct"], "swearing", (s) => s.disabledCategories],
    ["teachingHours.days", (list) => ({ teachingHours: { days: list } }), [1, 3, 5], "someday", (s) => s.teachingHours.days],
  ];

  for (const [field, wrap, good, bad, read] of lists) {
    it(`${field}: lists the first ${LISTED} bad entries, sums up the rest in one error, keeps every good one`, () => {
      const result = validateSettings(wrap(mixed(good, bad)));
      expect(read(result.settings)).toEqual(good);
      const listed = result.errors.filter((e) => e.field.startsWith(`${field}[`));
      // Entry 0 is good; entries 1, 2, … are the first bad ones (the field may name a part: holidays[1].start).
      expect(listed.map((e) => /^[^[]*\[\d+\]/u.exec(e.field)![0])).toEqual(Array.from({ length: LISTED }, (_, index) => `${field}[${index + 1}]`));
      const unlisted = ENTRIES - good.length - LISTED;
      expect(result.errors.filter((e) => !e.field.startsWith(`${field}[`))).toEqual([
        { field, message: `…and ${unlisted} more entries of ${field} had problems (not listed one by one): all were dropped` },
      ]);
    });
  }

  it("counts repeats as problems, and tells dropped entries from entries kept after repair", () => {
    const repeats = validateSettings({ schoolNames: Array.from({ length: ENTRIES }, () => "Catcott") });
    expect(repeats.settings.schoolNames).toEqual(["Catcott"]);
    expect(repeats.errors).toHaveLength(LISTED + 1);
    expect(repeats.errors.at(-1)!.message).toBe(`…and ${ENTRIES - 1 - LISTED} more entries of schoolNames had problems (not listed one by one): all were dropped`);

    // A term with an unknown key is kept; one without a category is dropped.
    const terms = Array.from({ length: 20 }, (_, index) =>
      index % 2 === 0 ? { term: `term ${index}`, category: "misconduct", colour: "red", size: 2 } : { term: `term ${index}` },
    );
    const result = validateSettings({ customTerms: terms });
    expect(result.settings.customTerms.map((t) => t.term)).toEqual(terms.filter((_, index) => index % 2 === 0).map((t) => t.term));
    // Every error of a listed entry is shown (here two unknown keys, or the missing category).
    expect(result.errors.filter((e) => e.field.startsWith("customTerms[")).map((e) => e.field)).toEqual([
      "customTerms[0].colour",
      "customTerms[0].size",
      "customTerms[1].category",
      "customTerms[2].colour",
      "customTerms[2].size",
      "customTerms[3].category",
      "customTerms[4].colour",
      "customTerms[4].size",
    ].filter((f) => Number(/\[(\d+)\]/u.exec(f)![1]) < LISTED));
    const unlisted = terms.map((_, index) => index).filter((index) => index >= LISTED);
    const dropped = unlisted.filter((index) => index % 2 === 1).length;
    expect(result.errors.at(-1)).toEqual({
      field: "customTerms",
      message: `…and ${unlisted.length} more entries of customTerms had problems (not listed one by one): ${dropped} were dropped and ${unlisted.length - dropped} kept after repair`,
    });
  });

  it("one unlisted entry is told in the singular", () => {
    const result = validateSettings({ disabledCategories: Array.from({ length: LISTED + 1 }, (_, index) => `bad-${index}`).concat("misconduct") });
    expect(result.settings.disabledCategories).toEqual(["misconduct"]);
    expect(result.errors.at(-1)).toEqual({
      field: "disabledCategories",
      message: "…and 1 more entry of disabledCategories had a problem (not listed one by one): it was dropped",
    });
  });
});

describe("validateSettings: the whole input must be a plain object", () => {
  class SchoolSettings {
    profile = "catcott";
  }
  const notPlain: [string, unknown, string][] = [
    ["a Map", new Map([["profile", "catcott"]]), "a Map"],
    ["a Set", new Set(["catcott"]), "a Set"],
    ["a Date", new Date(0), "a Date"],
    ["a RegExp", /catcott/u, "a RegExp"],
    ["an Error", new Error("catcott"), "an Error"],
    ["a String object", new String("catcott"), "a String object"],
    ["a class instance", new SchoolSettings(), "an instance of SchoolSettings"],
    ["an object inheriting settings", Object.create({ profile: "catcott" }), "an object that inherits from another object"],
  ];

  for (const [name, input, got] of notPlain) {
    it(`falls back to the defaults for ${name}, saying it got ${got}`, () => {
      const result = validateSettings(input);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.errors).toEqual([
        { field: "settings", message: `settings must be a plain JSON object of named settings, like {"profile": "catcott"}; got ${got}; using the defaults` },
      ]);
    });
  }

  it("says the same of a non-object, and of a managed or user layer", () => {
    expect(validateSettings(42).errors).toEqual([
      { field: "settings", message: 'settings must be a plain JSON object of named settings, like {"profile": "catcott"}; got 42; using the defaults' },
    ]);
    const resolved = resolveSettings({ managed: new Map(), user: new Date(0) });
    expect(resolved.errors.map((e) => [e.field, e.message.match(/got ([^;]*)/u)?.[1]])).toEqual([
      ["managed.settings", "a Map"],
      ["user.settings", "a Date"],
    ]);
  });

  it("still reads a null-prototype object and a plain object made in another realm (an iframe, a vm)", () => {
    expect(validateSettings(Object.assign(Object.create(null), { profile: "catcott" }))).toEqual({
      settings: { ...DEFAULT_SETTINGS, profile: "catcott" },
      errors: [],
    });
    const foreign = runInNewContext('({ profile: "catcott", schoolNames: ["Catcott"] })') as unknown;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(validateSettings(foreign)).toEqual({ settings: { ...DEFAULT_SETTINGS, profile: "catcott", schoolNames: ["Catcott"] }, errors: [] });
  });

  it("names the kind of object in field errors too", () => {
    const result = validateSettings({ schoolNames: new Set(["Catcott"]) });
    expect(result.errors[0]!.message).toContain("got a Set");
  });
});

describe("validateSettings never throws", () => {
  const hostileInputs: [string, () => unknown][] = [
    ["a cyclic object", () => {
      const cyclic: Record<string, unknown> = { profile: "catcott" };
      cyclic.self = cyclic;
      cyclic.teachingHours = { days: [1], start: "09:00", end: "15:00", again: cyclic };
      cyclic.schoolNames = ["Catcott"];
      (cyclic.schoolNames as unknown[]).push(cyclic.schoolNames);
      return cyclic;
    }],
    ["getters that throw", () => {
      const input = { schoolNames: ["Catcott"] };
      for (const key of ["profile", "enabled", "holidays"]) {
        Object.defineProperty(input, key, { enumerable: true, get: () => { throw new Error("boom"); } });
      }
      return input;
    }],
    ["a list entry whose getter throws", () => {
      const names: unknown[] = ["Catcott"];
      Object.defineProperty(names, 1, { enumerable: true, get: () => { throw new Error("boom"); } });
      return { schoolNames: names };
    }],
    ["a proxy whose every trap throws", () => new Proxy({}, {
      get: () => { throw new Error("get"); },
      ownKeys: () => { throw new Error("ownKeys"); },
      getOwnPropertyDescriptor: () => { throw new Error("gopd"); },
      has: () => { throw new Error("has"); },
      getPrototypeOf: () => { throw new Error("proto"); },
    })],
    ["a revoked proxy", () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }],
    ["a revoked proxy as a field", () => { const { proxy, revoke } = Proxy.revocable([], {}); revoke(); return { schoolNames: proxy, teachingHours: proxy }; }],
    ["a huge sparse list", () => ({ schoolNames: new Array(2 ** 32 - 1), holidays: Object.assign(new Array(1e9), { 5: { start: "2026-01-01" } }) })],
    ["a huge dense list", () => ({ schoolNames: Array.from({ length: 200_000 }, (_, i) => `School ${i}`) })],
    ["a list whose length lies", () => ({ customTerms: new Proxy([], { get: (t, k) => (k === "length" ? -5 : Reflect.get(t, k)) }) })],
    ["symbols as values and keys", () => ({ profile: Symbol("catcott"), [Symbol("key")]: 1, schoolNames: [Symbol("x")] })],
    ["lone surrogates everywhere", () => ({ ["\uD800"]: 1, profile: "\uDC00", schoolNames: ["\uD83D"], customTerms: [{ term: "\uDFFF", category: "misconduct" }] })],
    ["big integers and odd numbers", () => ({ minSeverity: 1n, teachingHours: { days: [NaN, Infinity, -0, 1e308, 3n] }, enabled: NaN })],
    ["functions and classes", () => ({ profile: () => "catcott", teachingHours: class {}, holidays: [Date, new Date()] })],
    ["a null-prototype object", () => Object.assign(Object.create(null), { profile: "catcott", toString: 5 })],
    ["a JSON __proto__ key", () => JSON.parse('{"__proto__": {"profile": "catcott"}, "constructor": 1}')],
    ["inherited settings", () => Object.create({ profile: "catcott", enabled: false })],
    ["a Map, a Date, a String object", () => ({ schoolNames: new Map([["a", 1]]), holidays: new Date(), profile: new String("catcott") })],
    ["a very long string", () => ({ profile: "c".repeat(5_000_000), schoolNames: ["n".repeat(5_000_000)] })],
    ["thousands of unknown keys", () => Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, i]))],
  ];

  for (const [name, make] of hostileInputs) {
    it(`on ${name}`, () => {
      const input = make();
      let result: ReturnType<typeof validateSettings> | undefined;
      expect(() => { result = validateSettings(input); }).not.toThrow();
      expectUsable(result!.settings);
      for (const error of result!.errors) {
        expect(typeof error.field).toBe("string");
        expect(typeof error.message).toBe("string");
        expect(error.message.length).toBeLessThan(400);
      }
      expect(() => JSON.stringify(result)).not.toThrow();
      expect(() => resolveSettings({ managed: input, user: input })).not.toThrow();
    });
  }

  it("reports what it could: known fields beside throwing getters, the cut of a huge list", () => {
    const input = { schoolNames: ["Catcott"] } as Record<string, unknown>;
    Object.defineProperty(input, "profile", { enumerable: true, get: () => { throw new Error("boom"); } });
    const result = validateSettings(input);
    expect(result.settings.schoolNames).toEqual(["Catcott"]);
    expect(result.errors).toEqual([{ field: "profile", message: 'profile could not be read; using "general"' }]);

    const huge = validateSettings({ schoolNames: Array.from({ length: 5000 }, (_, i) => `School ${i}`) });
    expect(huge.settings.schoolNames).toHaveLength(SETTINGS_LIMITS.schoolNames);
    expect(huge.errors.map((e) => e.message).join("\n")).toContain("has 5000 entries; only the first 1000 were read");
  });

  it("ignores inherited properties and lists at most 20 unknown keys", () => {
    expect(validateSettings(Object.create({ profile: "catcott" })).settings.profile).toBe("general");
    const many = validateSettings(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])));
    expect(many.errors).toHaveLength(21);
    expect(many.errors.at(-1)!.message).toBe("30 more unknown settings were ignored");
  });
});

describe("helpers", () => {
  it("isCalendarDate knows leap years", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("2026-12-31")).toBe(true);
    expect(isCalendarDate("2026-1-5")).toBe(false);
    expect(isCalendarDate(" 2026-01-05")).toBe(false);
    expect(isCalendarDate("0000-01-01")).toBe(false);
  });

  it("parseClockTime reads 24-hour times only", () => {
    expect(parseClockTime("8:45")).toBe("08:45");
    expect(parseClockTime("23:59")).toBe("23:59");
    expect(parseClockTime("24:00")).toBeNull();
    expect(parseClockTime("8.45")).toBeNull();
    expect(parseClockTime("8:45pm")).toBeNull();
    expect(parseClockTime("08:5")).toBeNull();
  });

  it("describeValue is short and never throws", () => {
    expect(describeValue("x".repeat(1000)).length).toBeLessThan(50);
    expect(describeValue(Symbol("s"))).toBe("a symbol");
    expect(describeValue([1, 2])).toBe("a list of 2 entries");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => describeValue(proxy)).not.toThrow();
  });
});

describe("resolveSettings: managed ▷ user ▷ defaults", () => {
  it("takes each field from the managed policy first, then the user, then the defaults", () => {
    const result = resolveSettings({
      managed: { profile: "catcott", schoolNames: ["Catcott"] },
      user: { profile: "cadoxton", minSeverity: "high", schoolNames: ["Elsewhere"] },
    });
    expect(result.errors).toEqual([]);
    expect(result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      profile: "catcott",
      schoolNames: ["Catcott"],
      minSeverity: "high",
    });
    expect(result.managedFields).toEqual(["profile", "schoolNames"]);
  });

  it("uses the user's settings when there is no policy, with no managed fields", () => {
    const result = resolveSettings({ user: { profile: "le-cateau", enabled: false } });
    expect(result.settings.profile).toBe("le-cateau");
    expect(result.settings.enabled).toBe(false);
    expect(result.managedFields).toEqual([]);
    expect(resolveSettings({})).toEqual({ settings: DEFAULT_SETTINGS, errors: [], managedFields: [] });
  });

  it("falls back to the user's value when a managed field is invalid, and says so", () => {
    const result = resolveSettings({
      managed: { profile: "Hogwarts", minSeverity: "medium" },
      user: { profile: "catcott" },
    });
    expect(result.settings.profile).toBe("catcott");
    expect(result.settings.minSeverity).toBe("medium");
    expect(result.managedFields).toEqual(["minSeverity"]);
    expect(result.errors).toEqual([
      {
        field: "managed.profile",
        message: expect.stringContaining(`got "Hogwarts"; using the user's own setting "catcott"`) as unknown as string,
      },
    ]);
  });

  it("falls back to the default when a managed field is invalid and the user has none", () => {
    const result = resolveSettings({ managed: { teachingHours: { start: "15:00", end: "09:00" } }, user: {} });
    expect(result.settings.teachingHours).toEqual(DEFAULT_SETTINGS.teachingHours);
    expect(result.managedFields).toEqual([]);
    expect(result.errors.map((e) => e.field)).toEqual(["managed.teachingHours"]);
  });

  it("lets a managed list with some bad entries win with its good entries", () => {
    const result = resolveSettings({
      managed: { emailDomains: ["catcott.sch.uk", "not a domain"] },
      user: { emailDomains: ["elsewhere.org"] },
    });
    expect(result.settings.emailDomains).toEqual(["catcott.sch.uk"]);
    expect(result.managedFields).toEqual(["emailDomains"]);
    expect(result.errors.map((e) => e.field)).toEqual(["managed.emailDomains[1]"]);
  });

  it("falls back to the user's list when nothing in the managed list is usable", () => {
    const result = resolveSettings({ managed: { schoolNames: [""] }, user: { schoolNames: ["Catcott"] } });
    expect(result.settings.schoolNames).toEqual(["Catcott"]);
    expect(result.managedFields).toEqual([]);
    expect(result.errors.map((e) => e.field)).toEqual(["managed.schoolNames[0]", "managed.schoolNames"]);
  });

  it("prefixes user errors with user. and says when the policy overrides them", () => {
    const result = resolveSettings({ managed: { profile: "catcott" }, user: { profile: 5, holidays: "summer" } });
    expect(result.errors.map((e) => e.field)).toEqual(["user.profile", "user.holidays"]);
    expect(result.errors[0]!.message).toContain("the school's managed setting applies instead");
    expect(result.errors[1]!.message).toContain("using an empty list");
  });

  it("prefixes every error, including unknown keys and whole-input errors", () => {
    const result = resolveSettings({ managed: "catcott", user: { colour: "blue" } });
    expect(result.errors.map((e) => e.field)).toEqual(["managed.settings", "user.colour"]);
  });

  it("never throws on odd layers", () => {
    for (const layers of [null, undefined, 5, "x", [], { managed: null, user: 7 }]) {
      const result = resolveSettings(layers as never);
      expectUsable(result.settings);
    }
  });
});

describe("resolveSettings: locked", () => {
  it("ignores the user's enabled: false when the policy locks Second Look on", () => {
    const result = resolveSettings({ managed: { locked: true }, user: { enabled: false } });
    expect(result.settings.enabled).toBe(true);
    expect(result.settings.locked).toBe(true);
    expect(result.managedFields).toEqual(["enabled", "locked"]);
  });

  it("lets the policy itself switch Second Look off, locked or not", () => {
    expect(resolveSettings({ managed: { locked: true, enabled: false }, user: { enabled: true } }).settings.enabled).toBe(false);
    expect(resolveSettings({ managed: { enabled: false }, user: { enabled: true } }).settings.enabled).toBe(false);
  });

  it("leaves the user's switch alone when the policy does not lock", () => {
    const unlocked = resolveSettings({ managed: { locked: false, profile: "catcott" }, user: { enabled: false } });
    expect(unlocked.settings.enabled).toBe(false);
    expect(unlocked.managedFields).toEqual(["profile", "locked"]);
  });

  it("does not let the user lock themselves into anything: only the policy's lock forces enabled", () => {
    const result = resolveSettings({ user: { locked: true, enabled: false } });
    expect(result.settings.enabled).toBe(false);
    expect(result.managedFields).toEqual([]);
  });

  it("says truthfully what an invalid managed enabled falls back to under a lock", () => {
    const result = resolveSettings({ managed: { locked: true, enabled: "off" }, user: { enabled: false } });
    expect(result.settings.enabled).toBe(true);
    expect(result.errors).toEqual([
      {
        field: "managed.enabled",
        message: 'enabled must be true or false; got "off"; using true, because the policy locks checking on',
      },
    ]);
    const userSide = resolveSettings({ managed: { locked: true }, user: { enabled: "no" } });
    expect(userSide.errors[0]!.message).toContain("the school's managed setting applies instead");
  });

  it("does not force enabled when the policy's locked value is invalid", () => {
    const result = resolveSettings({ managed: { locked: "yes" }, user: { enabled: false } });
    expect(result.settings.enabled).toBe(false);
    expect(result.settings.locked).toBe(false);
    expect(result.errors.map((e) => e.field)).toEqual(["managed.locked"]);
  });
});


const INTERESTING_STRINGS = [
  "", " ", "catcott", "Catcott", "general", "le-cateau", "LOW", "high", "medium", "monday", "Sun", "08:45",
  "8:45", "25:61", "15:15", "2026-02-29", "2024-02-29", "2026-10-26", "@catcott.sch.uk", "catcott.sch.uk",
  "https://x.org", "a@b.c", "teaching-time", "misconduct", "pupil-information", "\uD800", "\uDFFF\uD800",
  "😀", "null", "true", "__proto__", "constructor", "x".repeat(120), "\n", "\u0000", "Cat\u200Bcott",
];
const FIELD_NAMES = [...SETTINGS_KEYS, "days", "start", "end", "term", "category", "severity", "__proto__", "extra"];

function fuzzValue(random: () => number, depth: number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (depth > 3 || roll < 0.45) {
    return pick<() => unknown>([
      () => pick(INTERESTING_STRINGS),
      () => Math.floor(random() * 20) - 5,
      () => pick([NaN, Infinity, -Infinity, -0, 1.5, 1e21, Number.MAX_SAFE_INTEGER]),
      () => random() < 0.5,
      () => null,
      () => undefined,
      () => pick(CATEGORY_IDS),
      () => pick(PROFILE_IDS),
      () => String.fromCharCode(...Array.from({ length: Math.floor(random() * 8) }, () => Math.floor(random() * 0xffff))),
    ])();
  }
  if (roll < 0.7) {
    return Array.from({ length: Math.floor(random() * 6) }, () => fuzzValue(random, depth + 1));
  }
  const object: Record<string, unknown> = {};
  const size = Math.floor(random() * 7);
  for (let i = 0; i < size; i++) object[pick(FIELD_NAMES)] = fuzzValue(random, depth + 1);
  return object;
}

/** Mostly settings-shaped objects whose fields are random, plus some wholly random values. */
function fuzzSettings(random: () => number): unknown {
  if (random() < 0.15) return fuzzValue(random, 0);
  const input: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) if (random() < 0.6) input[key] = fuzzValue(random, 1);
  return input;
}

describe("fuzz", () => {
  it("500 random inputs never throw and always yield settings that validate with zero errors", () => {
    const random = prng(20261123);
    let withErrors = 0;
    for (let round = 0; round < 500; round++) {
      const input = fuzzSettings(random);
      let result: ReturnType<typeof validateSettings> | undefined;
      try {
        result = validateSettings(input);
      } catch (error) {
        throw new Error(`round ${round} threw on ${describeValue(input)}: ${String(error)}`);
      }
      expectUsable(result.settings);
      if (result.errors.length > 0) withErrors++;
      for (const error of result.errors) expect(error.message).toMatch(/\S/u);

      const resolved = resolveSettings({ managed: input, user: fuzzSettings(random) });
      expectUsable(resolved.settings);
      for (const field of resolved.managedFields) expect(SETTINGS_KEYS).toContain(field);
    }
    // The generator must actually exercise the error paths, or this test proves little.
    expect(withErrors).toBeGreaterThan(250);
  });
});
