/**
 * Privacy as a feature a store reviewer can check: the built extension holds no network API at all
 * (`grep -r "fetch(" dist/chrome` finds nothing). Vite's module-preload polyfill used to be the one
 * `fetch(`; vite.config.ts turns it off.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST_CHROME, DIST_FIREFOX, ensureBuilt } from "./built";

const NETWORK_APIS = ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource", "importScripts"];

function builtText(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(js|html|json|css)$/u.test(entry.name)) {
      const path = join(entry.parentPath, entry.name);
      files.set(path, readFileSync(path, "utf8"));
    }
  }
  return files;
}

describe("the built extension", () => {
  beforeAll(() => ensureBuilt(), 120_000);

  for (const [browser, dir] of [["chrome", DIST_CHROME], ["firefox", DIST_FIREFOX]] as const) {
    it(`dist/${browser} holds no network code`, () => {
      const files = builtText(dir);
      expect([...files.keys()].some((path) => path.endsWith(".js"))).toBe(true);
      const found = [...files].flatMap(([path, text]) => NETWORK_APIS.filter((api) => text.includes(api)).map((api) => `${path}: ${api}`));
      expect(found).toEqual([]);
    });
  }
});
