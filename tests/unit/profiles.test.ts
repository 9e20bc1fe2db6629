/**
 * Lints the profile data files against docs/taxonomy.md and the policy texts in policies/.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  PROFILES,
  PROFILE_FILE_KEYS,
  PROFILE_RULE_KEYS,
  getProfile,
  isProfileId,
  listProfiles,
} from "../../src/profiles/index";
import { POLICIES_DIR, REPO_ROOT, TAXONOMY_DOC } from "../support/paths";
import { CATEGORY_IDS, PROFILE_IDS, SEVERITIES, type CategoryId, type ProfileId } from "../../src/types";

const profilesDir = path.join(REPO_ROOT, "src/profiles");
const POLICY_PROFILE_IDS = PROFILE_IDS.filter((id) => id !== "general");

/** Collapses every run of whitespace to one space, so line wrapping in a policy file does not matter. */
function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * Parses the "Which policy covers which" table: a markdown table whose header row starts with
 * "category" and names the profile ids; a ✓ cell means covered, – means not.
 */
function parseCoverageTable(markdown: string): Map<string, Set<string>> {
  const lines = markdown.split("\n").map((line) => line.trim());
  const headerIndex = lines.findIndex((line) => /^\|\s*category\s*\|/u.test(line));
  if (headerIndex < 0) throw new Error("TAXONOMY.md has no coverage table");
  const cells = (line: string): string[] =>
    line
      .replace(/^\|/u, "")
      .replace(/\|$/u, "")
      .split("|")
      .map((cell) => cell.trim());
  const profileColumns = cells(lines[headerIndex]!).slice(1);
  const coverage = new Map<string, Set<string>>(profileColumns.map((id) => [id, new Set<string>()]));
  for (const line of lines.slice(headerIndex + 2)) {
    if (!line.startsWith("|")) break;
    const [category, ...marks] = cells(line);
    marks.forEach((mark, column) => {
      if (mark === "✓") coverage.get(profileColumns[column]!)!.add(category!);
      else if (mark !== "–") throw new Error(`unexpected cell "${mark}" for ${category}`);
    });
  }
  return coverage;
}

const taxonomy = readFileSync(TAXONOMY_DOC, "utf8");
const coverage = parseCoverageTable(taxonomy);

describe("the coverage table parser", () => {
  it("finds the five policy columns and the 16 category rows", () => {
    expect([...coverage.keys()].sort()).toEqual([...POLICY_PROFILE_IDS].sort());
    const everyCategory = new Set([...coverage.values()].flatMap((set) => [...set]));
    expect([...everyCategory].sort()).toEqual([...CATEGORY_IDS].sort());
    // Spot checks straight from the table, so a parser bug cannot pass silently.
    expect(coverage.get("st-thomas-of-canterbury")!.has("religious-views")).toBe(true);
    expect(coverage.get("catcott")!.has("workplace-identified")).toBe(false);
    expect(coverage.get("cadoxton")!.size).toBe(10);
  });
});

describe("profile data files", () => {
  it("has exactly one JSON file per profile id", () => {
    const files = readdirSync(profilesDir).filter((name) => name.endsWith(".json"));
    expect(files.map((name) => name.replace(/\.json$/u, "")).sort()).toEqual([...PROFILE_IDS].sort());
  });

  for (const id of PROFILE_IDS) {
    describe(id, () => {
      const raw = JSON.parse(readFileSync(path.join(profilesDir, `${id}.json`), "utf8")) as Record<
        string,
        unknown
      >;

      it("has only the known keys, the right id and a non-empty title", () => {
        expect(Object.keys(raw).sort()).toEqual([...PROFILE_FILE_KEYS].sort());
        expect(raw.id).toBe(id);
        expect(typeof raw.title).toBe("string");
        expect((raw.title as string).trim().length).toBeGreaterThan(5);
      });

      it("lists school names and email domains as non-empty, distinct strings", () => {
        for (const key of ["schoolNames", "emailDomains"] as const) {
          const list = raw[key] as unknown[];
          expect(Array.isArray(list)).toBe(true);
          for (const item of list) {
            expect(typeof item).toBe("string");
            expect((item as string).trim()).toBe(item);
            expect((item as string).length).toBeGreaterThan(0);
          }
          expect(new Set(list.map((item) => (item as string).toLowerCase())).size).toBe(list.length);
        }
      });

      it("gives every category a valid severity and a clause, and nothing else", () => {
        const categories = raw.categories as Record<string, Record<string, unknown>>;
        for (const [category, rule] of Object.entries(categories)) {
          expect(CATEGORY_IDS as readonly string[]).toContain(category);
          expect(Object.keys(rule).sort()).toEqual([...PROFILE_RULE_KEYS].sort());
          expect(SEVERITIES as readonly unknown[]).toContain(rule.severity);
          expect(typeof rule.clause).toBe("string");
          // A clause is a whole sentence or bullet, never a two-word fragment.
          expect((rule.clause as string).split(/\s+/u).length).toBeGreaterThanOrEqual(5);
        }
      });
    });
  }

  it("the general profile covers every category and names no school", () => {
    const general = PROFILES.general;
    expect(Object.keys(general.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(general.schoolNames).toEqual([]);
    expect(general.title).toBe("Second Look general guidance");
  });

  it("the model policy names no school (it needs names from configuration)", () => {
    expect(PROFILES["model-policy-draft"].schoolNames).toEqual([]);
  });

  it("every school profile knows its school by its usual short name", () => {
    const shortNames: Record<Exclude<ProfileId, "general" | "model-policy-draft">, string> = {
      "le-cateau": "Le Cateau",
      catcott: "Catcott",
      cadoxton: "Cadoxton",
      "st-thomas-of-canterbury": "St Thomas of Canterbury",
    };
    for (const [id, name] of Object.entries(shortNames)) {
      expect(PROFILES[id as ProfileId].schoolNames).toContain(name);
    }
  });
});

describe("each policy profile against TAXONOMY.md and its policy text", () => {
  for (const id of POLICY_PROFILE_IDS) {
    const profile = PROFILES[id];
    const policyText = normaliseWhitespace(readFileSync(path.join(POLICIES_DIR, `${id}.txt`), "utf8"));

    it(`${id}: covers exactly the ✓ categories of the table`, () => {
      expect(Object.keys(profile.categories).sort()).toEqual([...coverage.get(id)!].sort());
    });

    it(`${id}: quotes every clause verbatim from its policy`, () => {
      for (const [category, rule] of Object.entries(profile.categories)) {
        const clause = normaliseWhitespace(rule!.clause);
        expect(policyText.includes(clause), `${category}: "${clause}" is not in ${id}.txt`).toBe(true);
      }
    });

    it(`${id}: its title names the policy`, () => {
      expect(profile.title).toMatch(/polic/iu);
    });
  }

  it("rates the clear breaches high in every profile that covers them", () => {
    const alwaysHigh: CategoryId[] = ["pupil-information", "offensive-language", "disparaging-remarks"];
    for (const id of PROFILE_IDS) {
      for (const category of alwaysHigh) {
        expect(PROFILES[id].categories[category]?.severity, `${id} ${category}`).toBe("high");
      }
    }
  });
});

describe("the loader", () => {
  it("getProfile returns the profile for an id and undefined for anything else", () => {
    expect(getProfile("catcott").title).toBe("Catcott Primary: Social Media for Staff Policy");
    expect(getProfile("nowhere")).toBeUndefined();
    expect(getProfile("__proto__")).toBeUndefined();
    expect(getProfile("toString")).toBeUndefined();
  });

  it("isProfileId accepts exactly the profile ids", () => {
    for (const id of PROFILE_IDS) expect(isProfileId(id)).toBe(true);
    for (const value of ["", "Catcott", "constructor", 1, null, undefined, {}]) {
      expect(isProfileId(value)).toBe(false);
    }
  });

  it("listProfiles gives id, title and school names for every profile, general first", () => {
    const list = listProfiles();
    expect(list.map((p) => p.id)).toEqual([...PROFILE_IDS]);
    expect(list[0]!.id).toBe("general");
    for (const summary of list) {
      expect(Object.keys(summary).sort()).toEqual(["id", "schoolNames", "title"]);
      expect(summary.title).toBe(PROFILES[summary.id].title);
      expect(summary.schoolNames).toEqual(PROFILES[summary.id].schoolNames);
    }
  });

  it("hands out frozen data, so one caller cannot change another's profile", () => {
    const profile = getProfile("cadoxton");
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.categories)).toBe(true);
    expect(Object.isFrozen(profile.schoolNames)).toBe(true);
    expect(Object.isFrozen(profile.categories["misconduct"])).toBe(true);
  });
});
