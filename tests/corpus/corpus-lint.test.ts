/**
 * Every labelled staff-post file in corpus/ keeps the house format (corpus/LABELLING.md), the same
 * checks corpus/validate.py makes: unique ids, known keys and categories, a school on every post,
 * well-formed times, sites and attachments, and teaching-time exactly when `at` falls in
 * Monday–Friday 08:45–15:15, never within 15 minutes of a boundary.
 */
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, type CategoryId } from "../../src/types";
import { loadPosts, staffPostFiles, type CorpusPost } from "../support/corpus";

const KEYS = new Set(["id", "text", "school", "expect", "at", "attachments", "site", "note", "obfuscated"]);
const SITES = new Set(["facebook", "x", "instagram", "whatsapp", "linkedin", "threads", "bluesky"]);
const TEACHING = { start: 8 * 60 + 45, end: 15 * 60 + 15 };

/** Problems with one post, as short sentences (an empty list: the post is well formed). */
export function postProblems(post: CorpusPost): string[] {
  const problems: string[] = [];
  const extra = Object.keys(post).filter((key) => !KEYS.has(key));
  if (extra.length) problems.push(`unknown keys ${extra.join(", ")}`);
  if (typeof post.text !== "string" || !post.text.trim()) problems.push("no text");
  if (typeof post.school !== "string" || !post.school.trim()) problems.push("no school");
  if (!Array.isArray(post.expect)) return [...problems, "expect is not a list"];
  if (new Set(post.expect).size !== post.expect.length) problems.push("a category twice");
  for (const c of post.expect) if (!CATEGORY_IDS.includes(c as CategoryId)) problems.push(`unknown category ${c}`);
  if (post.site !== undefined && !SITES.has(post.site)) problems.push(`unknown site ${post.site}`);
  if (post.attachments !== undefined && (!post.attachments.length || post.attachments.some((a) => a.kind !== "image" && a.kind !== "video"))) problems.push("bad attachments");
  let inside = false;
  if (post.at !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u.exec(post.at);
    if (!m) problems.push(`bad at ${post.at}`);
    else {
      const weekday = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDay();
      const minute = +m[4]! * 60 + +m[5]!;
      if (weekday >= 1 && weekday <= 5) {
        inside = minute >= TEACHING.start && minute <= TEACHING.end;
        if (Math.min(Math.abs(minute - TEACHING.start), Math.abs(minute - TEACHING.end)) < 15) problems.push(`at ${post.at} is within 15 minutes of a boundary`);
      }
    }
  }
  if (inside !== post.expect.includes("teaching-time")) problems.push(`teaching-time does not agree with at=${post.at}`);
  return problems;
}

const files = staffPostFiles();

describe("the labelled staff posts in corpus/", () => {
  it("are there", () => {
    expect(files).toEqual(expect.arrayContaining(["dev.jsonl", "train-t1.jsonl", "train-t8.jsonl"]));
  });

  it("have ids unique across every file", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files) {
      for (const post of loadPosts(file)) {
        if (seen.has(post.id)) clashes.push(`${post.id} in ${seen.get(post.id)} and ${file}`);
        seen.set(post.id, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  for (const file of files) {
    it(`${file}: every post is well formed`, () => {
      const posts = loadPosts(file);
      expect(posts.length).toBeGreaterThan(0);
      expect(posts.flatMap((post) => postProblems(post).map((problem) => `${post.id}: ${problem}`))).toEqual([]);
    });
  }
});

describe("postProblems", () => {
  const ok: CorpusPost = { id: "x-0001", text: "Marking tonight", school: "Catcott", expect: ["occupation-disclosed"], at: "2026-11-23T19:15" };
  it("accepts a well-formed post", () => expect(postProblems(ok)).toEqual([]));
  it("finds teaching time that the label misses, and a label the clock does not support", () => {
    expect(postProblems({ ...ok, at: "2026-11-23T10:15" })).toEqual(["teaching-time does not agree with at=2026-11-23T10:15"]);
    expect(postProblems({ ...ok, expect: ["teaching-time"] })).toEqual(["teaching-time does not agree with at=2026-11-23T19:15"]);
    expect(postProblems({ ...ok, at: "2026-11-28T10:15" })).toEqual([]); // a Saturday
  });
  it("finds a time too near a boundary, unknown categories, keys and sites", () => {
    expect(postProblems({ ...ok, at: "2026-11-23T08:40" })).toEqual(["at 2026-11-23T08:40 is within 15 minutes of a boundary"]);
    expect(postProblems({ ...ok, expect: ["gossip" as CategoryId] })).toEqual(["unknown category gossip"]);
    expect(postProblems({ ...ok, site: "myspace" as never, colour: 1 } as CorpusPost)).toEqual(["unknown keys colour", "unknown site myspace"]);
  });
});
