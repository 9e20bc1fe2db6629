/**
 * docs/deploying.md is copy-pasted by IT staff: every JSON example must parse, every settings
 * object in it must validate cleanly in the core, and each built-in profile has its example.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";
import { validateSettings } from "../../../src/settings";
import { PROFILE_IDS } from "../../../src/types";

const doc = readFileSync(new URL("../../../docs/deploying.md", import.meta.url), "utf8");
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
