/**
 * The extension id schools put in their policies is derived from the manifest's public key.
 * Recompute it the way Chrome does and hold every place that writes it to the same value.
 */
import { createHash, createPublicKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const manifest = JSON.parse(read("manifest.json")) as { key: string };

/** Chrome: sha256 of the DER public key, first 32 hex digits, each 0-f mapped to a-p. */
function chromeIdFromKey(base64Der: string): string {
  const der = Buffer.from(base64Der, "base64");
  const hex = createHash("sha256").update(der).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode("a".charCodeAt(0) + parseInt(digit, 16))).join("");
}

describe("extension ids", () => {
  it("the manifest key is an RSA public key (never a private one)", () => {
    const key = createPublicKey({ key: Buffer.from(manifest.key, "base64"), format: "der", type: "spki" });
    expect(key.asymmetricKeyType).toBe("rsa");
    expect(manifest.key).not.toMatch(/PRIVATE/);
    expect(Buffer.from(manifest.key, "base64").length).toBeLessThan(600); // a private key is ~1.2 KB
  });

  it("CHROME_EXTENSION_ID is the id Chrome derives from manifest.key", () => {
    expect(chromeIdFromKey(manifest.key)).toBe(CHROME_EXTENSION_ID);
    expect(CHROME_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it("the deployment guide and README name that id and no other", () => {
    const docs = ["docs/deploying.md", "README.md"].filter((path) => existsSync(new URL(`../../../${path}`, import.meta.url)));
    expect(docs).toContain("docs/deploying.md");
    for (const path of docs) {
      const text = read(path);
      const ids = new Set(text.match(/\b[a-p]{32}\b/g) ?? []);
      for (const id of ids) expect(id, `${path} names an extension id`).toBe(CHROME_EXTENSION_ID);
      if (path === "docs/deploying.md") expect(ids.has(CHROME_EXTENSION_ID)).toBe(true);
    }
  });

  it("the deployment guide names the Firefox add-on id", () => {
    expect(read("docs/deploying.md")).toContain(FIREFOX_EXTENSION_ID);
  });
});
