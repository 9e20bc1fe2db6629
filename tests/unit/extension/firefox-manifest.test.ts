import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";
import { toFirefoxManifest } from "../../../scripts/firefox";
import { manifestProblems, type ManifestLike } from "../../../scripts/manifest-rules";

const chrome = JSON.parse(readFileSync(new URL("../../../manifest.json", import.meta.url), "utf8")) as ManifestLike;

describe("toFirefoxManifest", () => {
  const firefox = toFirefoxManifest(chrome);

  it("runs the same worker code as a background script", () => {
    expect(firefox.background).toEqual({ scripts: [chrome.background!.service_worker], type: "module" });
  });

  it("declares the add-on id, a minimum Firefox with data-collection consent, and that nothing is collected", () => {
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: FIREFOX_EXTENSION_ID, strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
    });
  });

  it("drops Chrome-only keys and keeps everything else", () => {
    expect(firefox.key).toBeUndefined();
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(firefox.options_ui).toEqual(chrome.options_ui);
    expect(manifestProblems(firefox, { browser: "firefox" })).toEqual([]);
  });

  it("strips use_dynamic_url, which Firefox does not accept", () => {
    const withResource = toFirefoxManifest({
      ...chrome,
      web_accessible_resources: [{ resources: ["a.js"], matches: ["https://x.com/*"], use_dynamic_url: true }],
    });
    expect(withResource.web_accessible_resources).toEqual([{ resources: ["a.js"], matches: ["https://x.com/*"] }]);
  });
});
