/**
 * Keeps the rules, their tests, the profiles and the README's rule table in step, so a category
 * cannot be added, renamed or dropped in one place and forgotten in another.
 *
 * The README table this reads: the one markdown table whose header's first cell is "category"
 * (or "rule"), one row per category with the id in backticks in the first cell, e.g.
 *
 *   | category | what it catches |
 *   |---|---|
 *   | `workplace-identified` | The post names or points to the school where you work. |
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index";
import { PROFILES } from "../../src/profiles/index";
import { CATEGORY_IDS, SEVERITIES, type CategoryId } from "../../src/types";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rulesDir = path.join(repoRoot, "src/rules");
const ruleTestsDir = path.join(repoRoot, "tests/unit/rules");

describe("RULES", () => {
  it("has exactly the 16 category ids, in no other order than the taxonomy's set", () => {
    expect(Object.keys(RULES).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it.each(CATEGORY_IDS.map((id) => [id]))("%s: meta.id is its key and its file name", (id) => {
    expect(RULES[id].meta.id).toBe(id);
    expect(existsSync(path.join(rulesDir, `${id}.ts`)), `src/rules/${id}.ts`).toBe(true);
  });

  it("every module in src/rules that exports a rule is named after a category", () => {
    const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith(".ts") && /export const rule\b/.test(readFileSync(path.join(rulesDir, f), "utf8")));
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it.each(CATEGORY_IDS.map((id) => [id]))("%s: meta has a description, a known default severity and well-formed messages", (id) => {
    const { meta } = RULES[id];
    expect(meta.description.trim()).not.toBe("");
    expect(SEVERITIES).toContain(meta.defaultSeverity);
    const messages = Object.entries(meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [key, message] of messages) {
      expect(message.reason.trim(), `${id}.${key}.reason`).not.toBe("");
      expect(message.reason.trim(), `${id}.${key}.reason ends in a full stop`).toMatch(/\.$/);
      if (message.suggestion !== undefined) expect(message.suggestion.trim(), `${id}.${key}.suggestion`).not.toBe("");
    }
  });

  it.each(CATEGORY_IDS.map((id) => [id]))("%s: every message key the rule returns is in meta.messages", (id) => {
    const source = readFileSync(path.join(rulesDir, `${id}.ts`), "utf8");
    const returned = [...source.matchAll(/\bmessage:\s*"([^"]+)"/g)].map((m) => m[1]!);
    expect(returned.length, "the rule returns at least one message key literally").toBeGreaterThan(0);
    for (const key of returned) expect(Object.keys(RULES[id].meta.messages), `message "${key}"`).toContain(key);
  });

  it.each(CATEGORY_IDS.map((id) => [id]))("%s: has a test file tests/unit/rules/%s.test.ts", (id) => {
    expect(existsSync(path.join(ruleTestsDir, `${id}.test.ts`))).toBe(true);
  });

  it("no rule test file names a category that does not exist", () => {
    const tested = readdirSync(ruleTestsDir).filter((f) => f.endsWith(".test.ts")).map((f) => f.replace(/\.test\.ts$/, ""));
    for (const id of tested) expect(CATEGORY_IDS as readonly string[]).toContain(id);
  });
});

describe("profiles and rules", () => {
  it("every category a profile covers has a rule, and the general profile covers all 16", () => {
    for (const profile of Object.values(PROFILES)) {
      for (const category of Object.keys(profile.categories)) expect(Object.keys(RULES), `${profile.id}: ${category}`).toContain(category);
    }
    expect(Object.keys(PROFILES.general.categories).sort()).toEqual([...CATEGORY_IDS].sort());
  });
});

/**
 * The rule table of a markdown document: the table whose header's first cell is "category" or
 * "rule"; returns the first cell of each body row with its backticks removed (so a row that is
 * not a backticked id shows up as itself and fails the check). Other tables (settings, profiles)
 * are ignored. Throws unless there is exactly one such table.
 */
function readmeRuleIds(markdown: string): string[] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (/^\s*\|/.test(line)) {
      if (!current) tables.push((current = []));
      current.push(line.trim());
    } else current = undefined;
  }
  const firstCell = (row: string) => row.replace(/^\|/, "").split("|")[0]!.trim();
  const ruleTables = tables.filter((t) => /^(category|rule)$/i.test(firstCell(t[0]!)));
  if (ruleTables.length !== 1) throw new Error(`expected one rule table (first header cell "category" or "rule"), found ${ruleTables.length}`);
  return ruleTables[0]!
    .slice(1)
    .filter((row) => !/^\|?[\s:|-]+$/.test(row))
    .map((row) => firstCell(row).replace(/^`([^`]*)`$/, "$1"));
}

describe("README rule table", () => {
  it("lists every category id exactly once, and nothing else", () => {
    const readme = path.join(repoRoot, "README.md");
    expect(existsSync(readme), "README.md exists").toBe(true);
    const ids = readmeRuleIds(readFileSync(readme, "utf8"));
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const id of CATEGORY_IDS) expect(counts.get(id) ?? 0, `\`${id}\` rows in README.md`).toBe(1);
    for (const id of counts.keys()) expect(CATEGORY_IDS as readonly string[], `README row \`${id}\``).toContain(id as CategoryId);
  });

  it("the parser reads the documented format", () => {
    const sample = "| field | what |\n|---|---|\n| `profile` | which policy |\n\n| category | what it catches |\n|---|---|\n| `misconduct` | Skiving |\n|`teaching-time`|Posting in lessons|\nNot a row `misconduct`\n";
    expect(readmeRuleIds(sample)).toEqual(["misconduct", "teaching-time"]);
    expect(() => readmeRuleIds("| field | what |\n|---|---|\n| `profile` | x |\n")).toThrow(/one rule table/);
  });
});
