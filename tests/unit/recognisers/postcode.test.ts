import { describe, expect, it } from "vitest";
import areaData from "../../../src/recognisers/postcode-areas.json";
import { findPostcodes } from "../../../src/recognisers/postcode.js";

function spans(text: string): string[] {
  return findPostcodes(text).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

describe("findPostcodes: full UK postcodes", () => {
  const positives: [text: string, expected: string, normalised: string][] = [
    ["we're at CF62 7BN now", "CF62 7BN", "CF62 7BN"],
    ["Buckingham Palace, SW1A 1AA.", "SW1A 1AA", "SW1A 1AA"],
    ["sat nav says ta7 9hb", "ta7 9hb", "TA7 9HB"],
    ["no space CF627BN works too", "CF627BN", "CF62 7BN"],
    ["Birmingham B1 1AA", "B1 1AA", "B1 1AA"],
    ["W1A 0AX is the BBC", "W1A 0AX", "W1A 0AX"],
    ["EC1A 1BB", "EC1A 1BB", "EC1A 1BB"],
    ["Catterick Garrison DL9 4AB", "DL9 4AB", "DL9 4AB"],
    ["(PR25 2QT)", "PR25 2QT", "PR25 2QT"],
    ["two: CF62 7BN and SW1A 1AA", "CF62 7BN", "CF62 7BN"],
    ["full width ＣＦ６２ ７ＢＮ", "ＣＦ６２ ７ＢＮ", "CF62 7BN"],
    ["Leeds LS1 4AP, thanks", "LS1 4AP", "LS1 4AP"],
  ];
  for (const [text, expected, normalised] of positives) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      expect(spans(text)[0]).toBe(expected);
      expect(findPostcodes(text)[0]?.normalised).toBe(normalised);
    });
  }
});

describe("findPostcodes: several", () => {
  it("finds every postcode in order", () => {
    expect(spans("from CF62 7BN to sw1a1aa via B1 1AA.")).toEqual(["CF62 7BN", "sw1a1aa", "B1 1AA"]);
  });
});

describe("findPostcodes: near misses", () => {
  const negatives = [
    "To all my Y6 leavers",
    "KS2 maths and English tutoring",
    "meet in B12 after lunch",
    "room B12 4th floor",
    "stuck on the M1 3rd time this week",
    "KS2 1AB is not a real area",
    "CF62 is lovely",
    "CF62 7CN has a C in the inward part",
    "ABCF62 7BN inside a longer token",
    "CF62 7BNX inside a longer token",
    "Year 6 SATs 2026",
    "W1A",
    "GIR 0AA, the old Girobank code, is not a real area",
    "XB12 3DE has an unknown area",
    "ZZ1 1AB has an unknown area",
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(findPostcodes(text)).toEqual([]);
    });
  }

  it("gets through 100,000 characters of postcode-like noise", () => {
    for (const input of ["CF6".repeat(33_000), "SW1A ".repeat(20_000), "B1 1".repeat(25_000)]) {
      expect(Array.isArray(findPostcodes(input))).toBe(true);
    }
  });
});

describe("postcode-areas.json", () => {
  it("lists one- or two-letter upper-case areas without duplicates", () => {
    expect(areaData.areas.length).toBeGreaterThan(100);
    for (const area of areaData.areas) expect(area).toMatch(/^[A-Z]{1,2}$/);
    expect(new Set(areaData.areas).size).toBe(areaData.areas.length);
  });
});
