import { describe, expect, it } from "vitest";
import { findHandles, findHashtags, splitCamel, splitWithVocabulary } from "../../../src/recognisers/handles.js";

function handleSpans(text: string): string[] {
  return findHandles(text).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

function hashtagSpans(text: string): string[] {
  return findHashtags(text).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

describe("splitCamel", () => {
  const cases: [input: string, words: string[]][] = [
    ["CatcottPrimary", ["catcott", "primary"]],
    ["first_day_at_school", ["first", "day", "at", "school"]],
    ["Y6Leavers", ["y6", "leavers"]],
    ["CatcottMissW", ["catcott", "miss", "w"]],
    ["LeCateauMissR", ["le", "cateau", "miss", "r"]],
    ["miss_k_reads", ["miss", "k", "reads"]],
    ["miss.k.reads", ["miss", "k", "reads"]],
    ["SLTLife", ["slt", "life"]],
    ["KS2Maths", ["ks2", "maths"]],
    ["Year6", ["year", "6"]],
    ["Class4B", ["class", "4b"]],
    ["1stDay", ["1st", "day"]],
    ["YsgolCwmDerwen", ["ysgol", "cwm", "derwen"]],
    ["firstdayatschool", ["firstdayatschool"]],
  ];
  for (const [input, words] of cases) {
    it(`splits ${input}`, () => expect(splitCamel(input)).toEqual(words));
  }
});

describe("splitWithVocabulary", () => {
  const vocabulary = new Set(["first", "day", "at", "school", "catcott", "primary", "a"]);
  it("splits a lower-case run made entirely of known words", () => {
    expect(splitWithVocabulary("firstdayatschool", vocabulary)).toEqual(["first", "day", "at", "school"]);
    expect(splitWithVocabulary("catcottprimary", vocabulary)).toEqual(["catcott", "primary"]);
  });
  it("returns the run whole when it cannot be split entirely", () => {
    expect(splitWithVocabulary("firstdayatwork", vocabulary)).toEqual(["firstdayatwork"]);
  });
  it("is used by findHashtags when a vocabulary is given", () => {
    expect(findHashtags("#firstdayatschool", vocabulary)[0]?.words).toEqual(["first", "day", "at", "school"]);
    expect(findHandles("@catcottprimary", vocabulary)[0]?.words).toEqual(["catcott", "primary"]);
  });
});

describe("findHandles", () => {
  const positives: [text: string, expected: string, handle: string][] = [
    ["Follow my new TikTok for teacher hacks!! @LeCateauMissR 🍎✨", "@LeCateauMissR", "LeCateauMissR"],
    ["you can follow my Insta @miss_k_reads for book recommendations", "@miss_k_reads", "miss_k_reads"],
    ["New Instagram 🍎 @CatcottMissW — resources", "@CatcottMissW", "CatcottMissW"],
    ["@miss.k.reads.", "@miss.k.reads", "miss.k.reads"],
    ["(@CatcottMissW)", "@CatcottMissW", "CatcottMissW"],
    ["thanks @bbcwales!", "@bbcwales", "bbcwales"],
    ["cc:@Y6Leavers2026", "@Y6Leavers2026", "Y6Leavers2026"],
    ["RT @Oakfield_PTA: fair on Friday", "@Oakfield_PTA", "Oakfield_PTA"],
    ["@Mr_Jones_Y4 hi", "@Mr_Jones_Y4", "Mr_Jones_Y4"],
    ["my TikTok: tiktok.com/@lecateaumissr", "@lecateaumissr", "lecateaumissr"],
    ["full width ＠ＣａｔｃｏｔｔＭｉｓｓＷ", "＠ＣａｔｃｏｔｔＭｉｓｓＷ", "ＣａｔｃｏｔｔＭｉｓｓＷ"],
  ];
  for (const [text, expected, handle] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(handleSpans(text)).toEqual([expected]);
      expect(findHandles(text)[0]?.handle).toBe(handle);
    });
  }

  it("splits the handle into words", () => {
    expect(findHandles("@CatcottMissW")[0]?.words).toEqual(["catcott", "miss", "w"]);
  });

  const negatives = [
    "email jo@gmail.com",
    "Don't @ me.",
    "meet @ 5pm",
    "meet @5pm",
    "see you @10:30",
    "Cwm D3rw3n SLT are a bunch of w@nkers.",
    "St Th0mas of C@nterbury",
    "Year 5 teacher @ Hollins Brook Primary",
    "email @gmail.com",
    "@@@@",
    "@",
    "a+@b",
    "@_",
    "@___",
    "@a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p is too long",
  ];
  for (const text of negatives) {
    it(`finds no handle in ${JSON.stringify(text)}`, () => expect(findHandles(text)).toEqual([]));
  }
});

describe("findHashtags", () => {
  const positives: [text: string, expected: string[], words: string[][]][] = [
    ["below ❤️🎢 #ProudTeacher #Year6 #LeaversDay", ["#ProudTeacher", "#Year6", "#LeaversDay"], [["proud", "teacher"], ["year", "6"], ["leavers", "day"]]],
    ["#CatcottPrimary", ["#CatcottPrimary"], [["catcott", "primary"]]],
    ["where has the time gone? #first_day_at_school", ["#first_day_at_school"], [["first", "day", "at", "school"]]],
    ["#Y6Leavers!", ["#Y6Leavers"], [["y6", "leavers"]]],
    ["Share if you agree. 🗳️ #Senedd2026 #VotePlaid", ["#Senedd2026", "#VotePlaid"], [["senedd", "2026"], ["vote", "plaid"]]],
    ["#firstdayatschool", ["#firstdayatschool"], [["firstdayatschool"]]],
    ["Diolch! #YsgolCwmDerwen", ["#YsgolCwmDerwen"], [["ysgol", "cwm", "derwen"]]],
    ["(#SLTLife)", ["#SLTLife"], [["slt", "life"]]],
    ["#ReformOut #ToriesOut", ["#ReformOut", "#ToriesOut"], [["reform", "out"], ["tories", "out"]]],
    ["#1stDay", ["#1stDay"], [["1st", "day"]]],
  ];
  for (const [text, expected, words] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(hashtagSpans(text)).toEqual(expected);
      expect(findHashtags(text).map((h) => h.words)).toEqual(words);
    });
  }

  const negatives = [
    "we're #1",
    "number #5 please",
    "example.com/page#section",
    "it&#39;s html",
    "C# and F#",
    "# not a tag",
    "##",
    "issue#42",
    "#",
    "#_",
  ];
  for (const text of negatives) {
    it(`finds no hashtag in ${JSON.stringify(text)}`, () => expect(findHashtags(text)).toEqual([]));
  }

  it("gets through 100,000 characters of handle- and tag-like noise", () => {
    const inputs = ["@".repeat(100_000), "@a".repeat(50_000), "#a".repeat(50_000), "#" + "a".repeat(100_000), "@" + "a.".repeat(50_000)];
    for (const input of inputs) {
      expect(Array.isArray(findHandles(input))).toBe(true);
      expect(Array.isArray(findHashtags(input))).toBe(true);
    }
  });
});
