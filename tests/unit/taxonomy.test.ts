import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATEGORIES, categoryById, isCategoryId } from "../../src/taxonomy";
import { CATEGORY_IDS } from "../../src/types";
import { TAXONOMY_DOC } from "../support/paths";

const taxonomy = readFileSync(TAXONOMY_DOC, "utf8");

describe("CATEGORIES", () => {
  it("has the 16 ids of the contract, in order, once each", () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
  });

  it("matches the category ids of TAXONOMY.md's category table", () => {
    const section = taxonomy.slice(taxonomy.indexOf("## Categories"), taxonomy.indexOf("Severity:"));
    const idsInDoc = [...section.matchAll(/^\|\s*`([a-z-]+)`\s*\|/gmu)].map((m) => m[1]);
    expect(idsInDoc).toEqual([...CATEGORY_IDS]);
  });

  it("gives each category a short title and a one-line description", () => {
    for (const category of CATEGORIES) {
      expect(Object.keys(category).sort()).toEqual(["description", "id", "title"]);
      expect(category.title.length).toBeGreaterThan(3);
      expect(category.title.length).toBeLessThanOrEqual(32);
      expect(category.description).toMatch(/^[A-Z].*\.$/u);
      expect(category.description).not.toContain("\n");
      expect(category.description.length).toBeLessThanOrEqual(120);
    }
  });

  it("has distinct titles, so two warnings never look alike", () => {
    expect(new Set(CATEGORIES.map((c) => c.title.toLowerCase())).size).toBe(CATEGORIES.length);
  });
});

describe("categoryById", () => {
  it("returns the category for each id", () => {
    for (const id of CATEGORY_IDS) expect(categoryById(id).id).toBe(id);
    expect(categoryById("workplace-identified").title).toBe("Identifies your school");
  });

  it("returns undefined for strings that are not ids, including Object.prototype names", () => {
    for (const value of ["", "misconducts", "Misconduct", "constructor", "__proto__", "toString"]) {
      expect(categoryById(value)).toBeUndefined();
      expect(isCategoryId(value)).toBe(false);
    }
    expect(isCategoryId(42)).toBe(false);
    expect(isCategoryId("teaching-time")).toBe(true);
  });
});
