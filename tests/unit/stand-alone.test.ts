/**
 * A fresh clone has nothing beside it: no file the project runs (code, tests, scripts, CI, configs)
 * may reach outside the repository for data. The data lives in corpus/, policies/ and docs/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, POLICIES_DIR, REPO_ROOT, TAXONOMY_DOC } from "../support/paths";

const RUNNABLE = /\.(ts|tsx|js|mjs|cjs|json|html|sh|py)$|^\.ci\/|(^|\/)package\.json$/u;

function trackedRunnableFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" });
  return listed
    .split("\n")
    // This file names climbing paths on purpose, to test the check.
    .filter((file) => file && RUNNABLE.test(file) && !file.startsWith("corpus/") && file !== "tests/unit/stand-alone.test.ts" && existsSync(path.join(REPO_ROOT, file)));
}

/** Relative paths in a file ("../../x", '../shared/…') that resolve outside the repository. */
export function pathsLeavingRepo(file: string, content: string, root = REPO_ROOT): string[] {
  const out: string[] = [];
  const dir = path.dirname(path.join(root, file));
  for (const m of content.matchAll(/(?:\.\.\/)+[\w.@-][\w./@-]*/gu)) {
    const target = path.resolve(dir, m[0]);
    if (target !== root && !target.startsWith(root + path.sep)) out.push(`${file}: ${m[0]}`);
  }
  // Joins such as path.resolve(root, "..", "shared"), which no relative path spells out.
  for (const m of content.matchAll(/["'`]\.\.["'`]\s*,\s*["'`][\w.-]+["'`]/gu)) out.push(`${file}: ${m[0]}`);
  return out;
}

describe("the repository stands on its own", () => {
  it("no code, test, script or config reads anything outside the repository", () => {
    const files = trackedRunnableFiles();
    expect(files.length).toBeGreaterThan(100);
    const leaving = files.flatMap((file) => pathsLeavingRepo(file, readFileSync(path.join(REPO_ROOT, file), "utf8")));
    expect(leaving).toEqual([]);
  });

  it("the check itself sees a path climbing out, and lets an inner one pass", () => {
    const up = ["..", "..", "..", "shared", "corpus", "dev.jsonl"].join("/");
    expect(pathsLeavingRepo("tests/unit/x.test.ts", `readFileSync(resolve(import.meta.dirname, "${up}"))`)).toHaveLength(1);
    expect(pathsLeavingRepo("tests/unit/x.test.ts", `path.resolve(root, ".."+"", "shared")`)).toEqual([]);
    expect(pathsLeavingRepo("tests/unit/x.test.ts", `path.resolve(root, "..", "shared")`)).toHaveLength(1);
    expect(pathsLeavingRepo("tests/unit/x.test.ts", `import x from "../../src/index"`)).toEqual([]);
  });

  it("holds the data the product is built from: the policies, the taxonomy and the corpora", () => {
    for (const id of ["le-cateau", "model-policy-draft", "catcott", "cadoxton", "st-thomas-of-canterbury"]) {
      expect(readFileSync(path.join(POLICIES_DIR, `${id}.txt`), "utf8").length, id).toBeGreaterThan(2000);
    }
    expect(readFileSync(path.join(POLICIES_DIR, "README.md"), "utf8")).toMatch(/where they came from/iu);
    expect(readFileSync(TAXONOMY_DOC, "utf8")).toContain("## Which policy covers which");
    for (const file of ["dev.jsonl", "LABELLING.md", "validate.py", "external/README.md", "external/tweeteval/offensive-train_text.txt"]) {
      expect(existsSync(path.join(CORPUS_DIR, file)), file).toBe(true);
    }
  });
});
