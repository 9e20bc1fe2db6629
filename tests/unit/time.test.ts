import { describe, expect, it } from "vitest";
import { checkPost, localDateTime } from "../../src/index";

describe("localDateTime", () => {
  it("writes the local wall-clock time to the minute, zero-padded", () => {
    expect(localDateTime(new Date(2026, 0, 5, 8, 7, 59))).toBe("2026-01-05T08:07");
    expect(localDateTime(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31T23:59");
  });

  it("is the form the teaching-time rule reads", () => {
    const monday = localDateTime(new Date(2026, 10, 23, 10, 15));
    expect(checkPost({ text: "Anyone watching the match tonight?", at: monday }).map((f) => f.category)).toEqual(["teaching-time"]);
    const evening = localDateTime(new Date(2026, 10, 23, 19, 15));
    expect(checkPost({ text: "Anyone watching the match tonight?", at: evening })).toEqual([]);
  });
});
