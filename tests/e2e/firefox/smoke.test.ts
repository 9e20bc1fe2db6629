/**
 * Firefox smoke test: Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core
 * (which never downloads a browser). The built dist/firefox is installed as a temporary add-on
 * (BiDi webExtension.install), a small X-like page is served at https://x.com/home by request
 * interception, and the guard must stop a breaching post with the warning, let a clean post go
 * out once, and the extension must log no uncaught error (Firefox without policies.json answers
 * storage.managed with an error, which the worker must treat as "no school policy").
 *
 * Skips only when firefox-esr is not installed (`apt-get install firefox-esr`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";
import { listFiles, zipBytes } from "../../../scripts/package";
import { REPO_ROOT } from "../support/browser";

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const DIST_FIREFOX = join(REPO_ROOT, "dist", "firefox");
const FIXTURE_HTML = readFileSync(new URL("./x-home.html", import.meta.url), "utf8");

/** Same texts as the Chromium flows: a pupil named and disparaged, and a harmless walk. */
const BREACHING = "Jayden in my class was excluded today. Little sh!t.";
const CLEAN = "Lovely sunny walk along the coast this weekend, feeling refreshed.";
/** Long enough for the debounced check and the background script to answer. */
const SETTLE_MS = 700;
const BOX = '[data-testid="tweetTextarea_0"]';
const BUTTON = '[data-testid="tweetButton"]';
/** The warning's host element on <body> (extension/overlay/index.tsx, WARNING_TAG). */
const WARNING_HOST = "body > second-look-warning";
/** The badge's host (BADGE_TAG): there while the current draft has findings. */
const BADGE_HOST = "body > second-look-badge";

const firefoxMissing = !existsSync(FIREFOX_PATH);
if (firefoxMissing) {
  console.log(`[firefox smoke] skipped: ${FIREFOX_PATH} is not installed (apt-get install firefox-esr, or set FIREFOX_PATH).`);
}

interface Submission {
  text: string;
  trusted: boolean;
}

const submissions = (page: Page) => page.evaluate(() => (window as unknown as { __submissions: Submission[] }).__submissions);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(firefoxMissing)(`Firefox smoke test (${FIREFOX_PATH}; skipped only when it is not installed)`, () => {
  let browser: Browser;
  let page: Page;
  let installedId: string;
  /** Everything Firefox printed: uncaught errors of pages and add-ons appear as "JavaScript error: <url>, …". */
  let firefoxLog = "";
  /** Requests the page tried to make anywhere but the fixture host. */
  const refused: string[] = [];
  const timings: Record<string, number> = {};
  let version = "";
  /**
   * What Firefox reported against the add-on: uncaught errors and rejections ("JavaScript error:
   * moz-extension://…"), and warnings such as "Script terminated by timeout" (a check that hung).
   */
  const extensionLines = () =>
    firefoxLog.split("\n").filter((line) => /moz-extension:\/\/|second-look@/i.test(line) && /error|exception|uncaught|warning|terminated/i.test(line));

  beforeAll(async () => {
    if (!existsSync(join(DIST_FIREFOX, "manifest.json"))) throw new Error("No dist/firefox: run `npm run build` first.");
    let started = performance.now();
    browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX_PATH, headless: true });
    timings.launch = performance.now() - started;
    version = await browser.version();
    const firefox = browser.process();
    firefox?.stdout?.on("data", (chunk) => (firefoxLog += String(chunk)));
    firefox?.stderr?.on("data", (chunk) => (firefoxLog += String(chunk)));

    started = performance.now();
    installedId = await browser.installExtension(DIST_FIREFOX);
    timings.install = performance.now() - started;

    page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol === "https:" && url.hostname === "x.com") {
        void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: FIXTURE_HTML });
      } else {
        refused.push(request.url());
        void request.abort();
      }
    });
    started = performance.now();
    await page.goto("https://x.com/home");
    await page.waitForSelector("html[data-second-look='ready']", { timeout: 10_000 });
    timings.ready = performance.now() - started;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    const shown = Object.entries(timings).map(([what, ms]) => `${what} ${Math.round(ms)} ms`);
    console.log(`[firefox smoke] ${version || FIREFOX_PATH}: ${shown.join(", ")}`);
  });

  it("installs dist/firefox as a temporary add-on under its fixed id", () => {
    expect(installedId).toBe(FIREFOX_EXTENSION_ID);
  });

  it("opens its options page on install, as there is no school policy (storage.managed is absent)", async () => {
    // Firefox's BiDi does not report the tab's navigation to moz-extension://, so ask each page where it is.
    const deadline = Date.now() + 5_000;
    let options: { href: string; title: string } | undefined;
    while (!options && Date.now() < deadline) {
      for (const candidate of await browser.pages()) {
        const where = await candidate.evaluate(() => ({ href: location.href, title: document.title })).catch(() => undefined);
        if (where?.href.startsWith("moz-extension://") && where.href.includes("/extension/options/")) options = where;
      }
      if (!options) await sleep(100);
    }
    expect(options?.title).toBe("Second Look settings");
  });

  it("stops a breaching post with the warning; Escape returns to the untouched text", async () => {
    // The options tab opened on install is in front now; keys go to the selected tab's focus.
    await page.bringToFront();
    await page.click(BOX);
    await page.keyboard.type(BREACHING);
    // The badge by the box means the verdict for this text is in: a click now is judged on it,
    // not released after 1.5 s because a busy machine kept the background script from answering.
    await page.waitForSelector(BADGE_HOST, { timeout: 10_000 }).catch((error: unknown) => {
      throw new Error(`No verdict for a breaching draft within 10 s (${String(error)}). The add-on said:\n${extensionLines().join("\n")}`);
    });
    const clicked = performance.now();
    await page.click(BUTTON);
    await page.waitForSelector(WARNING_HOST, { timeout: 5_000 });
    timings.warning = performance.now() - clicked;
    expect(await submissions(page)).toEqual([]);
    // The shadow root is closed: the page sees only the host, never what is inside.
    expect(await page.$eval(WARNING_HOST, (host) => host.shadowRoot)).toBeNull();

    await page.keyboard.press("Escape"); // = Edit post
    await page.waitForFunction(() => !document.querySelector("second-look-warning"), { timeout: 3_000 });
    const editor = await page.evaluate(() => ({
      focused: document.activeElement?.getAttribute("data-testid"),
      text: (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).innerText.replace(/\n+$/, ""),
    }));
    expect(editor).toEqual({ focused: "tweetTextarea_0", text: BREACHING });
    expect(await submissions(page)).toEqual([]);
  });

  it("lets a clean post go out exactly once with the exact text and no warning", async () => {
    await page.click(BOX);
    await page.keyboard.down("Control");
    await page.keyboard.press("a");
    await page.keyboard.up("Control");
    await page.keyboard.press("Backspace");
    await page.keyboard.type(CLEAN);
    await sleep(SETTLE_MS);
    await page.click(BUTTON);
    await page.waitForFunction(() => (window as unknown as { __submissions: unknown[] }).__submissions.length > 0, { timeout: 3_000 });
    await sleep(300); // a second, duplicated submit would show up within this
    expect((await submissions(page)).map(({ text }) => text)).toEqual([CLEAN]);
    expect(await page.$$eval("second-look-warning", (hosts) => hosts.length)).toBe(0);
  });

  it("logs no uncaught error from the extension, and the page asked for nothing but x.com", async () => {
    // Control: an uncaught error in the page does reach the log we read, so silence means something.
    const marker = `second-look-smoke-control-${Date.now()}`;
    await page.evaluate((message) => {
      setTimeout(() => {
        throw new Error(message);
      }, 0);
    }, marker);
    const deadline = Date.now() + 3_000;
    while (!firefoxLog.includes(marker) && Date.now() < deadline) await sleep(50);
    expect(firefoxLog).toMatch(new RegExp(`JavaScript error: https://x\\.com/home, line \\d+: Error: ${marker}`));

    expect(extensionLines()).toEqual([]);
    expect(refused).toEqual([]);
  });

  // Last: it replaces the add-on installed above.
  it("the archive `npm run package` writes installs as the same add-on and guards the page again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "second-look-xpi-"));
    try {
      const archive = join(dir, "second-look-firefox.zip");
      const entries = listFiles(DIST_FIREFOX).map((path) => ({ path, data: readFileSync(join(DIST_FIREFOX, path)) }));
      writeFileSync(archive, zipBytes(entries));
      await browser.uninstallExtension(FIREFOX_EXTENSION_ID);
      expect(await browser.installExtension(archive)).toBe(FIREFOX_EXTENSION_ID);
      await page.reload(); // a new document: only the add-on just installed can mark it ready
      await page.waitForSelector("html[data-second-look='ready']", { timeout: 10_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
