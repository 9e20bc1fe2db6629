import { describe, expect, it } from "vitest";
import { findEmails } from "../../../src/recognisers/email.js";

const SCHOOL_DOMAINS = ["oakfield.org.uk", "@hollinsbrook.academy"];

function spans(text: string): string[] {
  return findEmails(text, SCHOOL_DOMAINS).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

describe("findEmails: addresses and whether they are the school's", () => {
  const positives: [text: string, expected: string, address: string, isSchool: boolean][] = [
    ["Get in touch: s.ahmed@oakfieldprimary.sch.uk 📚", "s.ahmed@oakfieldprimary.sch.uk", "s.ahmed@oakfieldprimary.sch.uk", true],
    ["email m.dobson@lecateau.n-yorks.sch.uk — I check it", "m.dobson@lecateau.n-yorks.sch.uk", "m.dobson@lecateau.n-yorks.sch.uk", true],
    ["Send photos to me at sianbakes84@gmail.com and I'll", "sianbakes84@gmail.com", "sianbakes84@gmail.com", false],
    ["office@lecateau.n-yorks.sch.uk.", "office@lecateau.n-yorks.sch.uk", "office@lecateau.n-yorks.sch.uk", true],
    ["R.Evans@Cadoxton.Vale.SCH.UK in capitals", "R.Evans@Cadoxton.Vale.SCH.UK", "r.evans@cadoxton.vale.sch.uk", true],
    ["configured domain j.smith@oakfield.org.uk works", "j.smith@oakfield.org.uk", "j.smith@oakfield.org.uk", true],
    ["subdomain j.smith@staff.oakfield.org.uk too", "j.smith@staff.oakfield.org.uk", "j.smith@staff.oakfield.org.uk", true],
    ["with @ in config: amy@hollinsbrook.academy", "amy@hollinsbrook.academy", "amy@hollinsbrook.academy", true],
    ["not a lookalike: jo@notoakfield.org.uk", "jo@notoakfield.org.uk", "jo@notoakfield.org.uk", false],
    ["my old one is miss_k_reads@hotmail.co.uk lol", "miss_k_reads@hotmail.co.uk", "miss_k_reads@hotmail.co.uk", false],
    ["(first.last+tag@example.co.uk)", "first.last+tag@example.co.uk", "first.last+tag@example.co.uk", false],
    ["jo [at] gmail [dot] com", "jo [at] gmail [dot] com", "jo@gmail.com", false],
    ["jo (at) catcott.somerset.sch.uk", "jo (at) catcott.somerset.sch.uk", "jo@catcott.somerset.sch.uk", true],
    ["write to jo.bloggs AT gmail DOT co DOT uk", "jo.bloggs AT gmail DOT co DOT uk", "jo.bloggs@gmail.co.uk", false],
    ["full width ＪＯ＠ＧＭＡＩＬ．ＣＯＭ", "ＪＯ＠ＧＭＡＩＬ．ＣＯＭ", "jo@gmail.com", false],
  ];
  for (const [text, expected, address, isSchool] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(spans(text)).toEqual([expected]);
      expect(findEmails(text, SCHOOL_DOMAINS)[0]).toMatchObject({ kind: "email", address, isSchool });
    });
  }

  it("marks disguised addresses", () => {
    expect(findEmails("jo [at] gmail [dot] com")[0]?.obfuscated).toBe(true);
    expect(findEmails("jo@gmail.com")[0]?.obfuscated).toBe(false);
  });

  it("works without configured domains", () => {
    expect(findEmails("a.b@oakfield.org.uk")[0]?.isSchool).toBe(false);
  });
});

describe("findEmails: near misses", () => {
  const negatives = [
    "Don't @ me.",
    "Follow my new TikTok @LeCateauMissR",
    "Year 5 teacher @ Hollins Brook Primary",
    "Cwm D3rw3n SLT are a bunch of w@nkers.",
    "meet me at home dot",
    "CALL ME AT 5.30",
    "a@b",
    "x@y.5",
    "jo@.com",
    "see you at gmail dot com",
    "@gmail.com is down",
    "price is 5@£3.99",
    `${"a".repeat(70)}@gmail.com has a local part longer than 64`,
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(findEmails(text, SCHOOL_DOMAINS)).toEqual([]);
    });
  }

  it("gets through 100,000 characters of email-like noise", () => {
    const inputs = [
      "a".repeat(100_000),
      "a@".repeat(50_000),
      "a.".repeat(50_000) + "@",
      "a@b.".repeat(25_000),
      "x [at] y [dot] ".repeat(7_000),
      "a AT b DOT ".repeat(9_000),
      "a@" + "b.".repeat(50_000),
    ];
    for (const input of inputs) expect(Array.isArray(findEmails(input, SCHOOL_DOMAINS))).toBe(true);
  });
});
