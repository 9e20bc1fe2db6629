import { describe, expect, it } from "vitest";
import { findPhones } from "../../../src/recognisers/phone.js";

/** The substrings the recogniser reports, after checking each entity's text is its own slice. */
function spans(text: string): string[] {
  return findPhones(text).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return text.slice(e.start, e.end);
  });
}

describe("findPhones: UK numbers as people write them", () => {
  const positives: [text: string, expected: string, national: string, mobile: boolean][] = [
    ["Please ring me on 07700 900731 any time, day or night.", "07700 900731", "07700900731", true],
    ["old phone died in the bath 🙈 07700 900312. Text me", "07700 900312", "07700900312", true],
    ["text 07700900731 x", "07700900731", "07700900731", true],
    ["WhatsApp +44 7700 900731 please", "+44 7700 900731", "07700900731", true],
    ["call +44 (0)7700 900731 after six", "+44 (0)7700 900731", "07700900731", true],
    ["from abroad it's 0044 7700 900731", "0044 7700 900731", "07700900731", true],
    ["+447700900731", "+447700900731", "07700900731", true],
    ["(+44) 7700 900731", "(+44) 7700 900731", "07700900731", true],
    ["ring them on 01632 960418. Tell them Sarah sent you", "01632 960418", "01632960418", false],
    ["landline (01632) 960123 evenings", "(01632) 960123", "01632960123", false],
    ["Manchester office 0161 496 0000.", "0161 496 0000", "01614960000", false],
    ["London 020 7946 0000", "020 7946 0000", "02079460000", false],
    ["Cardiff: 029 2018 0000!", "029 2018 0000", "02920180000", false],
    ["hyphens 020-7946-0000 too", "020-7946-0000", "02079460000", false],
    ["dots 07700.900.731 too", "07700.900.731", "07700900731", true],
    ["+44 20 7946 0000", "+44 20 7946 0000", "02079460000", false],
    ["freephone 0800 123 4567", "0800 123 4567", "08001234567", false],
    ["tel:07700900731", "07700900731", "07700900731", true],
    ["full width ０７７００ ９００７３１ pasted", "０７７００ ９００７３１", "07700900731", true],
    ["spaced out 0 7 7 0 0 9 0 0 7 3 1 to dodge filters", "0 7 7 0 0 9 0 0 7 3 1", "07700900731", true],
    ["no-break\u00a0space 07700\u00a0900731", "07700\u00a0900731", "07700900731", true],
    ["number then year 07700 900731 2026", "07700 900731", "07700900731", true],
    ["call 07700900731x", "07700900731", "07700900731", true],
    ["ring 01632 960123/4 after six", "01632 960123", "01632960123", false],
  ];
  for (const [text, expected, national, mobile] of positives) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      expect(spans(text)).toEqual([expected]);
      const [phone] = findPhones(text);
      expect(phone?.national).toBe(national);
      expect(phone?.mobile).toBe(mobile);
      expect(phone?.kind).toBe("phone");
    });
  }

  it("finds two numbers written as alternatives", () => {
    expect(spans("07700 900731/07700 900732")).toEqual(["07700 900731", "07700 900732"]);
  });

  it("finds several numbers in one post", () => {
    const text = "Mobile 07700 900731, home (01632) 960123 or work +44 20 7946 0000.";
    expect(spans(text)).toEqual(["07700 900731", "(01632) 960123", "+44 20 7946 0000"]);
  });
});

describe("findPhones: near misses", () => {
  const negatives = [
    "born 04/02/1985 and still feel 21",
    "(12.01.1992 for anyone who wants to send cake)",
    "04.02.1985",
    "01-02-2019 was a Friday",
    "the lot came to £2,316 in the end",
    "I was up at 5:40 again",
    "The side gate code at school is still 1966.",
    "your code is 012345",
    "Order 12345678901 has shipped",
    "order number 01632960123",
    "Invoice #07700900731",
    "reference: 07700 900731",
    "scores were 0 1 0 2 tonight",
    "Battle of Le Cateau, 1914, and 2027",
    "ISBN 9780140449136",
    "paid £07700900731 somehow",
    "room 0161",
    "a 10-digit 04123 456789 is not UK",
    "0.07700900731 is a decimal",
    "01.02.1985 07.30 train",
    "sort code 08-90-12",
    "Childline is 0800 1111",
    "07700 9007311 has a digit too many",
    "call 07700900731xyz",
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(findPhones(text)).toEqual([]);
    });
  }
});

describe("findPhones: pathological input", () => {
  it("gets through 100,000 characters of digits and separators without stalling", () => {
    const inputs = [
      "0".repeat(100_000),
      "0 ".repeat(50_000),
      "+44 ".repeat(25_000),
      "(0".repeat(50_000),
      "07700 9".repeat(14_000),
    ];
    for (const input of inputs) {
      expect(Array.isArray(findPhones(input))).toBe(true);
    }
  });
});
