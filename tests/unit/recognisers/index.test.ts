import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, findAllEntities } from "../../../src/recognisers/index.js";

describe("findAllEntities", () => {
  it("returns every kind in text order", () => {
    const text =
      "Party at mine, 23 Larkspur Close, Barry CF63 9ZZ! Ring 07700 900731 or email jo@catcott.somerset.sch.uk. " +
      "Happy birthday to me, born 04/02/1985 🎂 @CatcottMissW #CatcottPrimary";
    const found = findAllEntities(text, []);
    expect(found.map((e) => [e.kind, e.text])).toEqual([
      ["street-address", "23 Larkspur Close, Barry CF63 9ZZ"],
      ["postcode", "CF63 9ZZ"],
      ["phone", "07700 900731"],
      ["email", "jo@catcott.somerset.sch.uk"],
      ["birth-date", "04/02/1985"],
      ["handle", "@CatcottMissW"],
      ["hashtag", "#CatcottPrimary"],
    ]);
  });

  it("finds nothing in an ordinary post", () => {
    expect(findAllEntities("Penistone Road closed again, added 40 minutes to my drive. Love that for me.")).toEqual([]);
  });

  it("keeps every offset inside the text and every text equal to its slice, on random input", () => {
    // A seeded generator, so a failure can be replayed.
    let seed = 20261121;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      "0", "7", "1", "4", " ", ".", "-", "/", "+44", "(0)", "@", "#", "a", "B", "Road", "Lane", "CF62", "7BN",
      "born", "my", "June", "1985", ",", "\u00a0", "０", "＠", "😀", "[at]", "[dot]", "I live on ", "Flat 3, ",
    ];
    const kindsSeen = new Set<string>();
    for (let round = 0; round < 300; round++) {
      let text = "";
      const length = 5 + Math.floor(random() * 60);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      for (const entity of findAllEntities(text, ["oakfield.org.uk"])) {
        expect(ENTITY_KINDS).toContain(entity.kind);
        expect(entity.start).toBeGreaterThanOrEqual(0);
        expect(entity.end).toBeGreaterThan(entity.start);
        expect(entity.end).toBeLessThanOrEqual(text.length);
        expect(entity.text).toBe(text.slice(entity.start, entity.end));
        kindsSeen.add(entity.kind);
      }
    }
    // The input really does produce entities, so the checks above are exercised.
    expect(kindsSeen.size).toBeGreaterThanOrEqual(3);
  });
});
