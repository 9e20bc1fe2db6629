/**
 * The two normalised views and their offset map (src/normalise.ts). For every case the test
 * checks the normalised text AND that each normalised word maps back to exactly the characters
 * the author typed, since every finding's quote is cut from the original through this map.
 */
import { describe, expect, it } from "vitest";
import { decode, fold, originalSpan, type MappedText } from "../../src/normalise";

const decoded = (s: string): MappedText => decode(fold(s));

/** The original substring a span of the view came from. */
function back(original: string, view: MappedText, start: number, end: number): string {
  const [s, e] = originalSpan(view, start, end);
  return original.slice(s, e);
}

/** Every normalised word (run of non-spaces), with the original text it maps back to. */
function wordsBack(original: string, view: MappedText): Array<[string, string]> {
  return [...view.text.matchAll(/\S+/g)].map((m) => [m[0], back(original, view, m.index, m.index + m[0].length)]);
}

/** Invariants of any map: one entry per unit, spans inside the original, never going backwards. */
function expectWellFormedMap(original: string, view: MappedText): void {
  expect(view.starts.length).toBe(view.text.length);
  expect(view.ends.length).toBe(view.text.length);
  for (let i = 0; i < view.text.length; i++) {
    expect(view.starts[i]!).toBeLessThan(view.ends[i]!);
    expect(view.ends[i]!).toBeLessThanOrEqual(original.length);
    if (i > 0) expect(view.starts[i]!).toBeGreaterThanOrEqual(view.starts[i - 1]!);
  }
}

interface Case {
  original: string;
  normalised: string;
  /** Each normalised word and the original text it must map back to. */
  words: Array<[string, string]>;
  why: string;
}

const foldCases: Case[] = [
  { why: "NFKC full-width letters", original: "ｆｕｌｌ ｗｉｄｔｈ", normalised: "full width", words: [["full", "ｆｕｌｌ"], ["width", "ｗｉｄｔｈ"]] },
  { why: "zero-width space dropped inside a word", original: "sh\u200Bit happens", normalised: "shit happens", words: [["shit", "sh\u200Bit"], ["happens", "happens"]] },
  { why: "zero-width joiner and soft hyphen dropped", original: "Ca\u200Dd\u00ADoxton", normalised: "cadoxton", words: [["cadoxton", "Ca\u200Dd\u00ADoxton"]] },
  { why: "Cyrillic look-alikes", original: "\u0421\u0430doxton staff", normalised: "cadoxton staff", words: [["cadoxton", "\u0421\u0430doxton"], ["staff", "staff"]] },
  { why: "Greek look-alikes", original: "\u039Ffsted \u03BFn Monday", normalised: "ofsted on monday", words: [["ofsted", "\u039Ffsted"], ["on", "\u03BFn"], ["monday", "Monday"]] },
  { why: "enclosed letters NFKC leaves alone", original: "sch\u{1F17E}\u{1F17E}l", normalised: "school", words: [["school", "sch\u{1F17E}\u{1F17E}l"]] },
  { why: "a whole word in negative squared letters", original: "\u{1F175}\u{1F184}\u{1F172}\u{1F17A} it", normalised: "fuck it", words: [["fuck", "\u{1F175}\u{1F184}\u{1F172}\u{1F17A}"], ["it", "it"]] },
  { why: "diacritics, precomposed", original: "F\u00FCck the caf\u00E9", normalised: "fuck the cafe", words: [["fuck", "F\u00FCck"], ["the", "the"], ["cafe", "caf\u00E9"]] },
  { why: "diacritics, combining marks", original: "Fu\u0308ck", normalised: "fuck", words: [["fuck", "Fu\u0308ck"]] },
  { why: "curly apostrophe straightened", original: "Don\u2019t", normalised: "don't", words: [["don't", "Don\u2019t"]] },
  { why: "plain ASCII only lower-cased", original: "Year 6 at 5:40, \u00A330", normalised: "year 6 at 5:40, \u00A330", words: [["year", "Year"], ["6", "6"], ["at", "at"], ["5:40,", "5:40,"], ["\u00A330", "\u00A330"]] },
];

const decodeCases: Case[] = [
  { why: "leet digit inside a word", original: "sh1t day", normalised: "shit day", words: [["shit", "sh1t"], ["day", "day"]] },
  { why: "leet zeros", original: "B0ll0cks", normalised: "bollocks", words: [["bollocks", "B0ll0cks"]] },
  { why: "@ and $ inside words", original: "w@nker $hite", normalised: "wanker shite", words: [["wanker", "w@nker"], ["shite", "$hite"]] },
  { why: "! between letters", original: "sh!t", normalised: "shit", words: [["shit", "sh!t"]] },
  { why: "! ending a sentence stays", original: "great day! home now", normalised: "great day! home now", words: [["great", "great"], ["day!", "day!"], ["home", "home"], ["now", "now"]] },
  { why: "numbers stay numbers", original: "2026 for \u00A330 at 5:40", normalised: "2026 for \u00A330 at 5:40", words: [["2026", "2026"], ["for", "for"], ["\u00A330", "\u00A330"], ["at", "at"], ["5:40", "5:40"]] },
  { why: "year groups keep their digits", original: "my y6 class", normalised: "my y6 class", words: [["my", "my"], ["y6", "y6"], ["class", "class"]] },
  { why: "spaced letters joined", original: "f u c k this", normalised: "fuck this", words: [["fuck", "f u c k"], ["this", "this"]] },
  { why: "spaced capitals joined", original: "F U C K", normalised: "fuck", words: [["fuck", "F U C K"]] },
  { why: "dotted letters joined", original: "at C.a.d.o.x.t.o.n today", normalised: "at cadoxton today", words: [["at", "at"], ["cadoxton", "C.a.d.o.x.t.o.n"], ["today", "today"]] },
  { why: "double space breaks words inside a spaced run", original: "L e  C a t e a u", normalised: "le cateau", words: [["le", "L e"], ["cateau", "C a t e a u"]] },
  { why: "two single letters stay apart", original: "a b", normalised: "a b", words: [["a", "a"], ["b", "b"]] },
  { why: "repeated letters squeezed", original: "Fuuuuuck", normalised: "fuck", words: [["fuck", "Fuuuuuck"]] },
  { why: "a doubled letter is left alone", original: "good sheep", normalised: "good sheep", words: [["good", "good"], ["sheep", "sheep"]] },
  { why: "asterisk masks kept for the masked-word check", original: "f*ck off", normalised: "f*ck off", words: [["f*ck", "f*ck"], ["off", "off"]] },
  { why: "fold and decode together: Cyrillic plus leet plus zero width", original: "\u0455h\u200B1t", normalised: "shit", words: [["shit", "\u0455h\u200B1t"]] },
  { why: "Scunthorpe is one word, nothing to decode", original: "Scunthorpe", normalised: "scunthorpe", words: [["scunthorpe", "Scunthorpe"]] },
];

describe("fold", () => {
  it.each(foldCases.map((c) => [c.why, c] as const))("%s", (_why, c) => {
    const view = fold(c.original);
    expect(view.text).toBe(c.normalised);
    expectWellFormedMap(c.original, view);
    expect(wordsBack(c.original, view)).toEqual(c.words);
  });

  it("never leet-decodes, joins or squeezes (those are decode's)", () => {
    expect(fold("sh1t f u c k shiiiit").text).toBe("sh1t f u c k shiiiit");
  });

  it("keeps a lone surrogate instead of throwing", () => {
    const view = fold("a\uD800b");
    expect(view.text.length).toBe(3);
    expectWellFormedMap("a\uD800b", view);
  });
});

describe("decode", () => {
  it.each(decodeCases.map((c) => [c.why, c] as const))("%s", (_why, c) => {
    const view = decoded(c.original);
    expect(view.text).toBe(c.normalised);
    expectWellFormedMap(c.original, view);
    expect(wordsBack(c.original, view)).toEqual(c.words);
  });
});

describe("originalSpan", () => {
  it("maps a partial span of a decoded word to the characters it came from", () => {
    const original = "sh\u200B1t";
    const view = decoded(original); // "shit"
    expect(back(original, view, 2, 4)).toBe("1t");
    expect(back(original, view, 0, 2)).toBe("sh");
  });

  it("gives an empty span at the right place for an empty range", () => {
    const view = fold("abc");
    expect(originalSpan(view, 1, 1)).toEqual([1, 1]);
    expect(originalSpan(view, 3, 3)).toEqual([3, 3]);
  });

  it("maps a squeezed letter to the whole run", () => {
    const original = "shiiiiit";
    const view = decoded(original); // "shit"
    expect(back(original, view, 2, 3)).toBe("iiiii");
  });
});
