/**
 * Serves the built fixture pages (dist/fixtures) at the real hostnames, so the extension's real
 * match patterns apply, and refuses every other request (through the platform's guardNetwork).
 */
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { REPO_ROOT, guardNetwork, waitForContentScript } from "../../support/browser";

export const FIXTURES_DIR = join(REPO_ROOT, "dist", "fixtures");

export type FixtureSite = "x" | "facebook" | "instagram";

/** Where each fixture lives on the real site. */
export const FIXTURE_URLS: Record<FixtureSite, string> = {
  x: "https://x.com/home",
  facebook: "https://www.facebook.com/",
  instagram: "https://www.instagram.com/p/xyz/",
};

const HOSTS: Record<string, FixtureSite> = {
  "x.com": "x",
  "www.facebook.com": "facebook",
  "www.instagram.com": "instagram",
};

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/**
 * Routes the fixture hosts to dist/fixtures (assets by path, every other path the site's page)
 * and refuses everything else. Returns the list of refused requests, which must stay empty.
 */
export async function serveFixtures(context: BrowserContext): Promise<string[]> {
  const refused = await guardNetwork(context, Object.keys(HOSTS));
  await context.route(
    (url) => url.protocol === "https:" && url.hostname in HOSTS,
    async (route) => {
      const url = new URL(route.request().url());
      const site = HOSTS[url.hostname]!;
      const file = url.pathname.startsWith("/assets/")
        ? join(FIXTURES_DIR, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""))
        : join(FIXTURES_DIR, site, "index.html");
      try {
        const body = await readFile(file);
        await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body });
      } catch {
        await route.fulfill({ status: 404, body: "not in the fixtures" });
      }
    },
  );
  return refused;
}

/**
 * Opens a fixture page in front (background tabs are throttled) once the content script is
 * ready, as the extension's worker sees it (the page itself holds no sign of it).
 */
export async function openFixture(context: BrowserContext, site: FixtureSite): Promise<Page> {
  const page = await context.newPage();
  await page.goto(FIXTURE_URLS[site]);
  await waitForContentScript(page);
  return page;
}

export interface Submission {
  surface: string;
  text: string;
  parts?: string[];
  trusted: boolean;
  attachments: number;
}

export function submissions(page: Page): Promise<Submission[]> {
  return page.evaluate(() => (window as unknown as { __submissions: Submission[] }).__submissions);
}
