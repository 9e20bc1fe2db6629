/**
 * docs/deploying.md is copy-pasted by IT staff: every JSON example must parse, every settings
 * object in it must validate cleanly in the core, and each built-in profile has its example.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ARCHIVE_KINDS, CHECKSUMS_FILE, PACKAGES_DIR, REPO_ROOT, archiveName } from "../../../scripts/package";
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";
import { validateSettings } from "../../../src/settings";
import { PROFILE_IDS } from "../../../src/types";

const doc = readFileSync(new URL("../../../docs/deploying.md", import.meta.url), "utf8");
const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const scripts = (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** The settings objects inside one example, wherever it nests them. */
function settingsIn(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const thirdParty = (record["3rdparty"] ?? (record.policies as Record<string, unknown> | undefined)?.["3rdparty"]) as
    | Record<string, Record<string, unknown>>
    | undefined;
  if (thirdParty) {
    const byId = thirdParty.extensions ?? thirdParty.Extensions ?? {};
    expect(Object.keys(byId)).toEqual([expect.stringMatching(new RegExp(`^(${CHROME_EXTENSION_ID}|${FIREFOX_EXTENSION_ID})$`))]);
    return Object.values(byId);
  }
  return "profile" in record ? [record] : [];
}

describe("docs/deploying.md", () => {
  it("has JSON examples that all parse", () => {
    expect(jsonBlocks.length).toBeGreaterThan(10);
    for (const block of jsonBlocks) expect(() => JSON.parse(block), block.slice(0, 80)).not.toThrow();
  });

  it("every settings object in it is valid as written", () => {
    const all = jsonBlocks.flatMap((block) => settingsIn(JSON.parse(block)));
    expect(all.length).toBeGreaterThan(10);
    for (const settings of all) expect(validateSettings(settings).errors, JSON.stringify(settings)).toEqual([]);
  });

  it("gives an example for each built-in profile", () => {
    const profiles = new Set(jsonBlocks.flatMap((block) => settingsIn(JSON.parse(block))).map((settings) => (settings as { profile: string }).profile));
    for (const id of PROFILE_IDS) expect(profiles.has(id), id).toBe(true);
  });

  it("covers every deployment route the schools asked for", () => {
    for (const needle of [
      "Google Admin console",
      "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist",
      "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty",
      "com.google.Chrome",
      "/etc/opt/chrome/policies/managed/",
      "/etc/chromium/policies/managed/",
      "ExtensionSettings",
      '"Extensions"',
      "chrome://policy",
      "about:policies",
    ]) {
      expect(doc, needle).toContain(needle);
    }
  });
});

describe("README.md, docs/deploying.md and the package script stay in step", () => {
  const packagesDir = `${relative(REPO_ROOT, PACKAGES_DIR).split("\\").join("/")}/`;

  it("both documents say where the release archives go, as the script writes them", () => {
    expect(packagesDir).toBe("dist/packages/");
    for (const [name, text] of [["README.md", readme], ["docs/deploying.md", doc]] as const) {
      expect(text, name).toContain(`\`${packagesDir}\``);
      expect(text, name).toContain(CHECKSUMS_FILE);
    }
  });

  it("docs/deploying.md names every archive the script writes, and README.md each of their suffixes", () => {
    for (const kind of ARCHIVE_KINDS) {
      const name = archiveName("<version>", kind);
      expect(doc, name).toContain(`\`${name}\``);
      expect(readme, name).toContain(name.slice(name.lastIndexOf("-" + kind)));
    }
  });

  it("every npm command the README shows exists", () => {
    const commands = [...readme.matchAll(/\bnpm run ([a-z][\w:-]*)/gu)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(["build", "check", "package", "bench", "train", "eval"]));
    for (const command of commands) expect(scripts[command], `npm run ${command}`).toBeDefined();
    expect(readme).toContain("npm install");
    expect(readme).toContain("npm test");
    expect(scripts.test).toBeDefined();
  });
});
