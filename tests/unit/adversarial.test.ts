/**
 * Issue 10: any input up to the 100,000-character limit is checked in bounded time and never
 * throws. The budgets themselves (50 ms at 10,000 characters, 500 ms at 100,000) are measured by
 * `npm run bench -- --adversarial`; this test only catches what cannot be noise: a case that
 * throws, or one that takes many times the budget (before the fix, "."×100,000 took 57 s, "…"
 * over 8 minutes, and "f"+"*"×32,800 threw "Regular expression too large").
 */
import { describe, expect, it } from "vitest";
import { checkPostReport, MAX_FINDINGS, MAX_TEXT } from "../../src/index";
import { GENERATORS } from "../bench/adversarial/generators";

/** Twenty times the budget: far beyond any noise on a busy 2-core machine, far below quadratic. */
const FAR_BEYOND_BUDGET_MS = 10_000;

describe("adversarial inputs at the 100,000-character limit", () => {
  it.each(GENERATORS.map((g) => [g.id, g] as const))("%s: finishes, never throws, findings sound and capped", (_id, generator) => {
    const { text, settings } = generator.make(MAX_TEXT);
    const started = performance.now();
    const report = checkPostReport({ text }, settings);
    const took = performance.now() - started;
    expect(report.internalError).toBeUndefined();
    expect(took).toBeLessThan(FAR_BEYOND_BUDGET_MS);
    expect(report.findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });
});

describe("what a check promised never to do", () => {
  it("a masked word longer than any listed word is no pattern (it threw 'Regular expression too large')", () => {
    const report = checkPostReport({ text: `f${"*".repeat(32_800)} and you are a prick` });
    expect(report.internalError).toBeUndefined();
    // The rest of the post is still checked.
    expect(report.findings.map((f) => f.quote)).toContain("prick");
  });

  it("more custom-term hits than a spread argument list allows are counted, not pushed (it threw RangeError)", () => {
    const settings = { customTerms: ["x", "x x", "x x x", "x x x x"].map((term) => ({ term, category: "confidential-information", severity: "high" })) };
    const report = checkPostReport({ text: "x ".repeat(50_000) }, settings);
    expect(report.findings.length).toBe(MAX_FINDINGS);
    expect(report.omitted).toBeGreaterThan(100_000);
  });

  it("20,000 masked swear words give a warning's worth of findings and say how many more", () => {
    const report = checkPostReport({ text: "f*** ".repeat(20_000) });
    expect(report.findings).toHaveLength(MAX_FINDINGS);
    expect(report.findings.length + report.omitted).toBeGreaterThanOrEqual(20_000);
    // Kept in text order, from the start of the post.
    const starts = report.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("when capping, every kind of breach keeps at least its first finding", () => {
    const text = `${"f*** ".repeat(200)} Ring me on 07700 900123`;
    const report = checkPostReport({ text });
    expect(report.omitted).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.category === "personal-details")).toBe(true);
  });
});
