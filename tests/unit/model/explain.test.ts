/**
 * Where the model decides, the warning highlights the words that drove its score: a span inside
 * one sentence of the original text (the whole post only when it is one sentence), its quote the
 * exact text at its offsets, also when the post is disguised.
 */
import { describe, expect, it } from "vitest";
import { checkPost, type Finding } from "../../../src/index";
import { MODEL_MESSAGES } from "../../../src/model/decide";

const SCHOOL = "Oakridge Primary";

// Fresh posts (not from the corpus) that the rules alone miss, each several sentences long.
const POSTS = [
  "Lovely weekend at the coast. Our fearless leader has done it again, another initiative nobody asked for. Genius. Truly visionary stuff.",
  "Back from the gym. Told the office I've got a migraine 🤫 Cheltenham races instead. Wish me luck on the 2.30!",
  "Evening all. Y3 families — swimming starts back Monday, don't forget towels and goggles! Thanks so much.",
  "Tea's on. Mr H off again with his back, third stint this term. Cover lessons galore for the rest of us.",
  "Busy day. The only set of twins in Y4 had another meltdown at lunch, mum came in shouting. Home now.",
  "Quiet night in. Dear Lord, I pray that every family in our class finds You this Christmas. Amen.",
];

const DISGUISES: Array<(t: string) => string> = [(t) => t, (t) => t.replace(/o/gu, "0"), (t) => t.replace(/ /gu, " \u200B")];

function modelFindings(text: string): Finding[] {
  return checkPost({ text }, { profile: "general", schoolNames: [SCHOOL] }).filter((f) => f.reason === MODEL_MESSAGES[f.category]?.reason);
}

describe("explanations of the model's findings", () => {
  it("are there to test: the model flags these posts", () => {
    const flagged = POSTS.filter((t) => modelFindings(t).length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(POSTS.length - 2);
  });

  for (const disguise of DISGUISES) {
    it(`stay inside one sentence, quote === text.slice(start, end) (${disguise("a o b")})`, () => {
      for (const post of POSTS) {
        const text = disguise(post);
        for (const f of modelFindings(text)) {
          expect(f.quote).toBe(text.slice(f.start, f.end));
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.quote.trim().length).toBeGreaterThan(0);
          expect(f.end - f.start, `${f.category} highlights the whole post: ${text}`).toBeLessThan(text.length);
          expect(f.quote, `${f.category} spans sentences: ${f.quote}`).not.toMatch(/[.!?]\s+\p{Lu}/u);
        }
      }
    });
  }
});
