import { describe, expect, it } from "vitest";
import streetTypeData from "../../../src/recognisers/street-types.json";
import { findStreetAddresses } from "../../../src/recognisers/address.js";

function spans(text: string): string[] {
  return findStreetAddresses(text).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

describe("findStreetAddresses: addresses with a house number", () => {
  const positives: [text: string, expected: string][] = [
    [
      "slipped her lead this morning near our house, 14 Haig Road, Catterick Garrison. Please ring me",
      "14 Haig Road, Catterick Garrison",
    ],
    ["Parcel keeps going to the wrong house. It's 42 Chapel Street, Leyland, NOT 24!! Evri", "42 Chapel Street, Leyland"],
    ["pick-up from 7a Mill Lane at 6", "7a Mill Lane"],
    ["new flat! Flat 3, 12 Park Avenue, come and visit", "Flat 3, 12 Park Avenue"],
    ["send it to 3 Station View, Leeds LS1 4AP please", "3 Station View, Leeds LS1 4AP"],
    ["We're at 12 Heol y Coed, Barry CF62 7BN now", "12 Heol y Coed, Barry CF62 7BN"],
    ["party at 5 Ffordd Las tonight", "5 Ffordd Las"],
    ["moved into 10 Downing St", "10 Downing St"],
    ["delivered to 12-14 St Mary's Road by mistake", "12-14 St Mary's Road"],
    ["I live at 14 haig road if anyone's passing", "14 haig road"],
    ["address is 221b Baker Street, London NW1 6XE", "221b Baker Street, London NW1 6XE"],
    ["Drop it round to 9 Orchard Close", "9 Orchard Close"],
    ["27 Victoria Terrace, Stoke-on-Trent", "27 Victoria Terrace, Stoke-on-Trent"],
    ["full width １４ Haig Road", "１４ Haig Road"],
    ["we live at 3 The Green, Catcott now", "3 The Green, Catcott"],
    ["10 The Avenue", "10 The Avenue"],
    ["Apartment 2b, 7 Queen's Gardens, Bath BA1 2AB", "Apartment 2b, 7 Queen's Gardens, Bath BA1 2AB"],
  ];
  for (const [text, expected] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(spans(text)).toEqual([expected]);
    });
  }

  it("reports the parts", () => {
    const [address] = findStreetAddresses("Flat 3, 12 Park Avenue, Barry CF62 7BN");
    expect(address).toMatchObject({
      kind: "street-address",
      unit: "Flat 3",
      houseNumber: "12",
      street: "Park Avenue",
      town: "Barry",
      postcode: "CF62 7BN",
      cued: false,
    });
  });
});

describe("findStreetAddresses: a street after a home cue", () => {
  const positives: [text: string, expected: string, street: string][] = [
    ["I live on Haig Road, so I hear all the lorries", "Haig Road", "Haig Road"],
    ["our house on Brook Lane is flooded again", "Brook Lane", "Brook Lane"],
    ["We've moved to Castle Hill, Cardiff!", "Castle Hill, Cardiff", "Castle Hill"],
    ["my address is Clos y Wern now", "Clos y Wern", "Clos y Wern"],
  ];
  for (const [text, expected, street] of positives) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      expect(spans(text)).toEqual([expected]);
      const [address] = findStreetAddresses(text);
      expect(address?.street).toBe(street);
      expect(address?.cued).toBe(true);
      expect(address?.houseNumber).toBeUndefined();
    });
  }
});

describe("findStreetAddresses: near misses", () => {
  const negatives = [
    "Has anyone tried the new Korean place on Holton Road? Worth a look?",
    "Penistone Road closed again, added 40 minutes to my drive.",
    "open as normal tomorrow despite the flooding on Brook Lane, please use the back entrance",
    "If anyone's lost a black cat near Holton Road, he's sat on my wall",
    "Someone in our road has put up 4,000 Christmas lights",
    "took 10 minutes down Park Road",
    "Year 6 Park Road trip on Friday",
    "we did the 3 Peaks Walk for charity",
    "2 new street lights outside",
    "14 haig road",
    "Took 2 Hours On Park Road",
    "the 5 main roads into town",
    "We'll be at the 2 Day Park event",
    "It's 42 chapel street",
    "The 12 Days Of Christmas Lane",
    "top 3 the park ones",
    "3 The Green",
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(findStreetAddresses(text)).toEqual([]);
    });
  }

  it("gets through 100,000 characters of address-like noise", () => {
    const inputs = [
      "1 " + "Aaaa ".repeat(20_000),
      "1 Aa ".repeat(20_000),
      "Flat 1, ".repeat(12_500),
      "I live on " + "Haig ".repeat(18_000),
      "12 Heol y ".repeat(10_000),
      "1 " + "a".repeat(100_000),
      "1 Haig Road, Aaaa".repeat(6_000),
    ];
    for (const input of inputs) expect(Array.isArray(findStreetAddresses(input))).toBe(true);
  });
});

describe("street-types.json", () => {
  it("gives every street type a position, a reason and unique spellings", () => {
    const spellings = new Set<string>();
    for (const type of streetTypeData.types) {
      expect(type.name).toMatch(/^\p{Lu}\p{Ll}+$/u);
      expect(["after", "before"]).toContain(type.position);
      expect(typeof type.generic).toBe("boolean");
      expect(type.why.length).toBeGreaterThan(10);
      for (const spelling of [type.name, ...type.abbreviations]) {
        expect(spellings.has(spelling.toLowerCase())).toBe(false);
        spellings.add(spelling.toLowerCase());
      }
    }
  });
});
