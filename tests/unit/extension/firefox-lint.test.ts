/**
 * Mozilla's own linter (web-ext lint, i.e. addons-linter, run offline from npm) on dist/firefox:
 * no errors. Its only warnings are about innerHTML inside Preact's renderer (the
 * dangerouslySetInnerHTML code path, which Second Look never uses: text is rendered as text).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST_CHROME, DIST_FIREFOX, ROOT, ensureBuilt } from "./built";
import { manifestProblems, type ManifestLike } from "../../../scripts/manifest-rules";

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const ACCEPTED_WARNINGS = new Set(["UNSAFE_VAR_ASSIGNMENT"]);

describe("dist/firefox", () => {
  let report: LintReport;
  beforeAll(async () => {
    ensureBuilt();
    const { stdout } = await promisify(execFile)(
      `${ROOT}node_modules/.bin/web-ext`,
      ["lint", "--source-dir", DIST_FIREFOX, "--output", "json", "--no-config-discovery"],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" })); // exits non-zero on errors
    report = JSON.parse(stdout) as LintReport;
  }, 120_000);

  it("web-ext lint reports no errors", () => {
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it("has no warnings beyond Preact's innerHTML code path", () => {
    const unexpected = report.warnings.filter(({ code }) => !ACCEPTED_WARNINGS.has(code));
    expect(unexpected).toEqual([]);
  });

  it("both built manifests keep least privilege, and nothing is web-accessible", () => {
    const chrome = JSON.parse(readFileSync(`${DIST_CHROME}/manifest.json`, "utf8")) as ManifestLike;
    const firefox = JSON.parse(readFileSync(`${DIST_FIREFOX}/manifest.json`, "utf8")) as ManifestLike;
    expect(manifestProblems(chrome, { browser: "chrome" })).toEqual([]);
    expect(manifestProblems(firefox, { browser: "firefox" })).toEqual([]);
    expect(chrome.web_accessible_resources).toBeUndefined();
    expect(chrome.key).toBeDefined();
    expect(firefox.key).toBeUndefined();
  });

  it("ships the managed-storage schema the Chrome manifest names", () => {
    const chrome = JSON.parse(readFileSync(`${DIST_CHROME}/manifest.json`, "utf8")) as { storage: { managed_schema: string } };
    const schema = JSON.parse(readFileSync(`${DIST_CHROME}/${chrome.storage.managed_schema}`, "utf8")) as { type: string };
    expect(schema.type).toBe("object");
  });
});
