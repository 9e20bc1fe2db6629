import { describe, expect, it } from "vitest";
import { findBirthDates } from "../../../src/recognisers/dates.js";

function spans(text: string): string[] {
  return findBirthDates(text).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

describe("findBirthDates: the author's own date of birth", () => {
  const positives: [text: string, expected: string, ymd: [number, number, number]][] = [
    ["Happy birthday to me 🎂 born 04/02/1985 and still feel 21 (I don't)", "04/02/1985", [1985, 2, 4]],
    [
      "Your Christmas elf name is your birthday + the first letter of your surname! Mine's 14/07/1991 + M = 'Jingle Sparkletoes' 😂",
      "14/07/1991",
      [1991, 7, 14],
    ],
    [
      "Facebook keeps asking me to confirm my date of birth 🙄 it's 22 June 1987, there, happy now Zuckerberg?",
      "22 June 1987",
      [1987, 6, 22],
    ],
    [
      "Can't believe I'm 35 on Tuesday 😱 (12.01.1992 for anyone who wants to send cake)",
      "12.01.1992",
      [1992, 1, 12],
    ],
    ["my birthday is June 22nd 1987, presents welcome", "June 22nd 1987", [1987, 6, 22]],
    ["DOB 4th Feb 85 if you need it for my form", "4th Feb 85", [1985, 2, 4]],
    ["I was born on 1985-02-04 in Swansea", "1985-02-04", [1985, 2, 4]],
    ["my d.o.b. is 3-9-1979", "3-9-1979", [1979, 9, 3]],
    ["turning 40 on the 9th of March 1986, send me cake", "9th of March 1986", [1986, 3, 9]],
    ["I was born on 12/25/1990, a Christmas baby", "12/25/1990", [1990, 12, 25]],
    ["it's my bday!! 29 Feb 1988 so technically I'm 9", "29 Feb 1988", [1988, 2, 29]],
    ["born ０４/０２/１９８５, me", "０４/０２/１９８５", [1985, 2, 4]],
    ["Mine is Sept 5, 2001 if you're doing birthdays", "Sept 5, 2001", [2001, 9, 5]],
  ];
  for (const [text, expected, [year, month, day]] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(spans(text)).toEqual([expected]);
      expect(findBirthDates(text)[0]).toMatchObject({ kind: "birth-date", year, month, day });
    });
  }
});

describe("findBirthDates: near misses", () => {
  const negatives = [
    "deadline is 20 April 2026 for the forms",
    "term ends 18/12/2026, I can't wait",
    "Saturday 9 January, my birthday meal",
    "my birthday is 22 June, presents welcome",
    "My son was born 04/02/2015 at 3am and I was a wreck",
    "happy birthday to my mum, born 12/03/1960!",
    "Princess Diana was born 1 July 1961.",
    "I moved to Leeds on 04/02/1985 and loved it",
    "born 31/02/1986 is not a real date, I'm told",
    "my birthday, 04/02/2019, was a Monday",
    "I was born in 1985",
    "Battle of Le Cateau, 26 August 1914, I love this book",
    "birthday party on 12/05/2027 at mine",
    "my birthday 1/2/3",
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(findBirthDates(text)).toEqual([]);
    });
  }

  it("ignores birth cues far from the date in a long post", () => {
    const text = `It's my birthday next week! ${"We had a lovely walk along the coast path. ".repeat(4)}The flat was let on 04/02/1985 apparently.`;
    expect(findBirthDates(text)).toEqual([]);
  });

  it("gets through 100,000 characters of date-like noise", () => {
    const inputs = [
      "1/".repeat(50_000),
      "born 1/1/1985 ".repeat(7_000),
      "12 June ".repeat(12_000),
      "June 12 ".repeat(12_000),
      "1.1.".repeat(25_000),
      "my birthday ".repeat(8_000) + "04/02/1985",
    ];
    for (const input of inputs) expect(Array.isArray(findBirthDates(input))).toBe(true);
  });
});
