/**
 * The model's features (src/model/features.ts): the author's school is one placeholder, so the
 * model learns "the author's school" rather than a name; disguised words reach the same word
 * features; rule and recogniser hits are features (evidence), and every feature that points at
 * words points inside the post.
 */
import { describe, expect, it } from "vitest";
import { preparePost } from "../../../src/check";
import { postFeatures, SCHOOL_TOKEN, type PostFeatures } from "../../../src/model/features";
import { bucket } from "../../../src/model/hash";
import { activeModel } from "../../../src/model/weights";

const options = activeModel()!.header.features;

function featuresOf(text: string, school: string, attachments?: Array<{ kind: "image" | "video" }>): PostFeatures {
  const prepared = preparePost(attachments ? { text, attachments } : { text }, { profile: "general", schoolNames: [school] })!;
  return postFeatures(prepared.analysis, prepared.ruleHits, options);
}

const has = (f: PostFeatures, name: string) => f.index.includes(bucket(name, options.bits));
const asMap = (f: PostFeatures) => new Map(f.index.map((i, k) => [i, f.value[k]]));

describe("features", () => {
  it("replace the author's school by one placeholder, whatever it is called", () => {
    const a = featuresOf("Proud of everyone at Brookfield Primary today", "Brookfield Primary");
    const b = featuresOf("Proud of everyone at Ysgol Gwaun Cae Gurwen today", "Ysgol Gwaun Cae Gurwen");
    expect(a.tokens.map((t) => t.word)).toContain(SCHOOL_TOKEN);
    expect(a.tokens.filter((t) => t.word === SCHOOL_TOKEN)).toHaveLength(1);
    expect(asMap(a)).toEqual(asMap(b));
    expect(has(a, "w:brookfield")).toBe(false);
  });

  it("leave another school's name as words", () => {
    const f = featuresOf("Proud of everyone at Brookfield Primary today", "Millbrook Infants");
    expect(f.tokens.map((t) => t.word)).not.toContain(SCHOOL_TOKEN);
    expect(has(f, "w:brookfield")).toBe(true);
  });

  it("read disguised words as the words they spell", () => {
    for (const text of ["what a b.e.l.l.e.n.d", "what a b3llend", "what a bel\u200Blend"]) {
      expect(has(featuresOf(text, "Oakridge Primary"), "w:bellend"), text).toBe(true);
    }
  });

  it("carry rule, recogniser and attachment evidence", () => {
    const f = featuresOf("Ring me on 07700 900123 about the trip photos", "Oakridge Primary", [{ kind: "image" }]);
    expect(has(f, "rule:personal-details")).toBe(true);
    expect(has(f, "att:image")).toBe(true);
    expect(has(f, "att:any")).toBe(true);
  });

  it("point every word feature inside the post, each bucket once", () => {
    const text = "Marking 30 books tonight 😩 and the head wants data by 8am!!";
    const f = featuresOf(text, "Oakridge Primary");
    expect(new Set(f.index).size).toBe(f.index.length);
    f.start.forEach((s, i) => {
      if (s < 0) return expect(f.end[i]).toBe(-1);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(f.end[i]!).toBeGreaterThan(s);
      expect(f.end[i]!).toBeLessThanOrEqual(text.length);
    });
  });

  it("weigh a long post's words no more than a short post's in total", () => {
    const short = featuresOf("so tired", "Oakridge Primary");
    const long = featuresOf("so tired ".repeat(20) + "after a very long week of late nights and early starts", "Oakridge Primary");
    const wordMass = (f: PostFeatures) => f.index.reduce((s, _, k) => s + f.value[k]! ** 2, 0);
    expect(wordMass(long)).toBeLessThan(wordMass(short) * 2);
  });
});
