/**
 * Issue 10, item 6: disguises that passed. Text inside a right-to-left override displays reversed;
 * invisible characters beyond the zero-width ones hide letters; and the recognisers (phones,
 * emails) read the raw text, so a zero-width space or a soft hyphen inside a number or a domain hid
 * it. Each case was missed before the fix.
 */
import { describe, expect, it } from "vitest";
import { checkPost } from "../../src/index";
import { visible } from "../../src/normalise";
import { rulesAlone } from "./rules/cases";

const SCHOOL = { profile: "general", schoolNames: ["Hazelmere Primary"], emailDomains: ["hazelmere.sch.uk"] };
const categories = (text: string) => checkPost({ text }, SCHOOL).map((f) => f.category);

describe("disguises the rules now see through", () => {
  rulesAlone();

  it("a right-to-left override that displays a swear word reads as that word, highlighted whole", () => {
    for (const text of ["What a \u202Ekcuf\u202C day", "What a \u202Ekcuf day", "What a \u202Ekcuf\u2069 day"]) {
      const findings = checkPost({ text }, SCHOOL);
      const swear = findings.find((f) => f.category === "offensive-language");
      expect(swear, JSON.stringify(text)).toBeDefined();
      expect(swear!.quote.replace(/[\u202C\u202E\u2069]/g, "")).toMatch(/^kcuf/);
      expect(text.slice(swear!.start, swear!.end)).toBe(swear!.quote);
    }
  });

  it("an override with a left-to-right run nested inside displays as typed, and is read as typed", () => {
    for (const text of ["you are a \u202E\u202Dfucking idiot\u202C", "you are a \u202E\u2066fucking idiot\u2069", "\u202E\u202Dring me on 07700 900123\u202C"]) {
      expect(categories(text).length, JSON.stringify(text)).toBeGreaterThan(0);
    }
  });

  it.each([
    ["tag space", "\u{E0020}"],
    ["Hangul filler", "\u3164"],
    ["halfwidth Hangul filler", "\uFFA0"],
    ["braille blank", "\u2800"],
    ["musical formatting", "\u{1D173}"],
    ["combining keycap", "\u20E3"],
  ])("an invisible %s inside a word does not hide it", (_name, invisible) => {
    expect(categories(`what a fu${invisible}cking shambles`)).toContain("offensive-language");
  });

  it.each([
    ["zero-width space", "07700\u200B900123"],
    ["soft hyphen", "077\u00AD00 900123"],
    ["word joiner", "07700 900\u2060123"],
  ])("a %s inside a phone number does not hide it", (_name, phone) => {
    const text = `Ring me on ${phone} after school`;
    const found = checkPost({ text }, SCHOOL).find((f) => f.category === "personal-details");
    expect(found?.quote).toBe(phone);
  });

  it.each([
    ["zero-width space", "jo@hazel\u200Bmere.sch.uk"],
    ["soft hyphen", "jo@hazelmere.sch\u00AD.uk"],
  ])("a %s inside a school email domain does not hide it", (_name, email) => {
    const found = checkPost({ text: `Email me at ${email} about it` }, SCHOOL).find((f) => f.category === "school-email-or-branding");
    expect(found?.quote).toBe(email);
  });
});

describe("the recognisers' view", () => {
  it("drops invisible characters and maps every unit back to the original", () => {
    const text = "a\u200Bb\u00ADc\u{E0020}d";
    const view = visible(text);
    expect(view.text).toBe("abcd");
    for (let i = 0; i < view.text.length; i++) expect(text.slice(view.starts[i], view.ends[i])).toBe(view.text[i]);
  });

  it("is the text itself when nothing is hidden", () => {
    expect(visible("Ring me on 07700 900123").text).toBe("Ring me on 07700 900123");
  });
});
