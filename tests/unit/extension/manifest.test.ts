/** The source manifest asks for the least it can, and agrees with the data it is built from. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentScriptMatches, siteForUrl, SUPPORTED_SITES } from "../../../extension/shared/sites";
import { manifestProblems, type ManifestLike } from "../../../scripts/manifest-rules";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const manifest = JSON.parse(read("manifest.json")) as ManifestLike & {
  version: string;
  storage: { managed_schema: string };
  content_scripts: { matches: string[]; js: string[] }[];
  options_ui: { page: string };
  action: { default_popup: string };
  icons: Record<string, string>;
};

describe("manifest.json", () => {
  it("passes the least-privilege rules", () => {
    expect(manifestProblems(manifest, { browser: "chrome" })).toEqual([]);
    expect(manifest.permissions).toEqual(["storage"]);
  });

  it("injects one content script, on exactly the supported sites' https hosts", () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]!.matches).toEqual(contentScriptMatches());
    expect(manifest.content_scripts[0]!.js).toEqual(["extension/content/index.ts"]);
  });

  it("covers the same hosts the site adapters' selector data names", () => {
    for (const { site, hosts } of SUPPORTED_SITES) {
      const path = `extension/content/selectors/${site}.json`;
      if (!existsSync(new URL(path, root))) continue; // the adapter's data is owned elsewhere
      const selectorHosts = (JSON.parse(read(path)) as { hosts: string[] }).hosts;
      expect([...selectorHosts].sort(), site).toEqual([...hosts].sort());
    }
  });

  it("points at files that exist", () => {
    for (const path of [
      manifest.storage.managed_schema,
      manifest.options_ui.page,
      manifest.action.default_popup,
      manifest.background!.service_worker!,
      ...Object.values(manifest.icons),
    ]) {
      expect(existsSync(new URL(path, root)), path).toBe(true);
    }
  });

  it("has the package's version", () => {
    expect(manifest.version).toBe((JSON.parse(read("package.json")) as { version: string }).version);
  });
});

describe("manifestProblems", () => {
  const good: ManifestLike = {
    manifest_version: 3,
    permissions: ["storage"],
    background: { service_worker: "sw.js" },
    content_scripts: [{ matches: ["https://x.com/*"], js: ["c.js"] }],
  };

  it("accepts a least-privilege manifest", () => {
    expect(manifestProblems(good, { browser: "chrome" })).toEqual([]);
  });

  it.each([
    ["a broad permission", { permissions: ["storage", "tabs"] }, /"tabs" is not allowed/],
    ["host permissions", { host_permissions: ["https://x.com/*"] }, /host_permissions/],
    ["externally_connectable", { externally_connectable: { matches: ["https://x.com/*"] } }, /externally_connectable/],
    ["<all_urls>", { content_scripts: [{ matches: ["<all_urls>"], js: ["c.js"] }] }, /all_urls/],
    ["a wildcard host", { content_scripts: [{ matches: ["https://*.x.com/*"], js: ["c.js"] }] }, /exact host/],
    ["plain http", { content_scripts: [{ matches: ["http://x.com/*"], js: ["c.js"] }] }, /exact host/],
    [
      "a web-accessible file with a fixed URL",
      { web_accessible_resources: [{ resources: ["a.js"], matches: ["https://x.com/*"], use_dynamic_url: false }] },
      /use_dynamic_url/,
    ],
  ])("refuses %s", (_name, change, problem) => {
    expect(manifestProblems({ ...good, ...change } as ManifestLike, { browser: "chrome" }).join("\n")).toMatch(problem);
  });
});

describe("siteForUrl", () => {
  it("knows the supported sites over https only", () => {
    expect(siteForUrl("https://www.facebook.com/groups/1")?.site).toBe("facebook");
    expect(siteForUrl("https://twitter.com/home")?.site).toBe("x");
    expect(siteForUrl("https://www.instagram.com/p/abc/")?.site).toBe("instagram");
    expect(siteForUrl("http://x.com/home")).toBeUndefined();
    expect(siteForUrl("https://x.com:8443/home")).toBeUndefined();
    expect(siteForUrl("https://evil-x.com/")).toBeUndefined();
    expect(siteForUrl("https://x.com.evil.example/")).toBeUndefined();
    expect(siteForUrl("not a url")).toBeUndefined();
    expect(siteForUrl(undefined)).toBeUndefined();
  });
});
