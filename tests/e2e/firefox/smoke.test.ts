/**
 * Firefox smoke test: Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core
 * (which never downloads a browser). The built dist/firefox is installed as a temporary add-on
 * (BiDi webExtension.install), a small X-like page is served at https://x.com/home by request
 * interception, and the guard must stop a breaching post with the warning, let a clean post go
 * out once, and the extension must log no uncaught error (Firefox without policies.json answers
 * storage.managed with an error, which the worker must treat as "no school policy"). Then a real
 * school policy: /etc/firefox/policies/policies.json (written here, removed after; CI runs as
 * root), whose 3rdparty → Extensions value must reach the extension through storage.managed.
 *
 * Skips only when firefox-esr is not installed (`apt-get install firefox-esr`); the policy part
 * also when a policies.json is already there (it is the machine's own, and is never overwritten).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";
import { listFiles, zipBytes } from "../../../scripts/package";
import { checkPost } from "../../../src/index";
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
/**
 * The overlay's host on <body>: a plain div with no name (a page must not be able to tell the
 * add-on is there). The fixture's body holds only <main> and <script>, so a <div> there is ours:
 * the badge while the draft is flagged, the warning once the post is stopped (the badge goes).
 */
const OVERLAY_HOST = "body > div";
/**
 * Fixes the add-on's moz-extension:// UUID, so the test can open its popup page and ask the
 * content script whether it is there, as the extension itself does (a page cannot).
 */
const EXTENSION_UUID = "3b0a6d2e-5f1c-4c55-9d7e-2a1f0c9e8b11";

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

/** Firefox with the add-on installed and the fixture page open at https://x.com/home. */
interface FirefoxSession {
  browser: Browser;
  page: Page;
  installedId: string;
  version: string;
  /** Requests the page tried to make anywhere but the fixture host. */
  refused: string[];
  timings: Record<string, number>;
  /** Everything Firefox printed so far: uncaught errors appear as "JavaScript error: <url>, …". */
  log(): string;
  /**
   * What Firefox reported against the add-on: uncaught errors and rejections ("JavaScript error:
   * moz-extension://…"), and warnings such as "Script terminated by timeout" (a check that hung).
   */
  extensionLines(): string[];
}

async function openFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(DIST_FIREFOX, "manifest.json"))) throw new Error("No dist/firefox: run `npm run build` first.");
  const timings: Record<string, number> = {};
  const refused: string[] = [];
  let output = "";
  let started = performance.now();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }) },
  });
  timings.launch = performance.now() - started;
  browser.process()?.stdout?.on("data", (chunk) => (output += String(chunk)));
  browser.process()?.stderr?.on("data", (chunk) => (output += String(chunk)));
  const version = await browser.version();

  started = performance.now();
  const installedId = await browser.installExtension(DIST_FIREFOX);
  timings.install = performance.now() - started;

  const page = await browser.newPage();
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
  await waitForContentScript(browser, page);
  timings.ready = performance.now() - started;
  return {
    browser,
    page,
    installedId,
    version,
    refused,
    timings,
    log: () => output,
    extensionLines: () =>
      output.split("\n").filter((line) => /moz-extension:\/\/|second-look@/i.test(line) && /error|exception|uncaught|warning|terminated/i.test(line)),
  };
}

/**
 * Waits until the content script in x.com's tab answers a ping sent from the add-on's own popup
 * page (moz-extension://, which a web page cannot reach), then brings the test's page back.
 */
async function waitForContentScript(browser: Browser, page: Page, timeoutMs = 10_000): Promise<void> {
  const probe = await browser.newPage();
  try {
    // BiDi never reports the navigation to a moz-extension:// page as done: ask the page instead.
    await probe.goto(`moz-extension://${EXTENSION_UUID}/extension/popup/index.html`, { timeout: 1_000 }).catch(() => undefined);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answered = await probe
        .evaluate(async () => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ type?: string }> } } }).browser;
          // Without the "tabs" permission tab URLs are hidden: ping every tab (only x.com has us).
          const tabs = await api.tabs.query({});
          const answers = await Promise.all(tabs.map((tab) => api.tabs.sendMessage(tab.id!, { type: "ping" }).catch(() => undefined)));
          return answers.some((answer) => answer?.type === "pong");
        })
        .catch(() => false);
      if (answered) return;
      if (Date.now() > deadline) throw new Error(`No content script answered on x.com within ${timeoutMs} ms`);
      await sleep(100);
    }
  } finally {
    await probe.close();
    await page.bringToFront();
  }
}

/** Types `text` into the empty compose box and waits for the badge: the verdict for it is in. */
async function typeFlagged(session: FirefoxSession, text: string): Promise<void> {
  const { page } = session;
  // An options tab opened on install may be in front; keys go to the selected tab's focus.
  await page.bringToFront();
  await page.click(BOX);
  await page.keyboard.type(text);
  // A click after the badge is judged on a current verdict, not released after 1.5 s because a
  // busy machine kept the background script from answering.
  await page.waitForSelector(OVERLAY_HOST, { timeout: 10_000 }).catch((error: unknown) => {
    throw new Error(`No verdict for a flagged draft within 10 s (${String(error)}). The add-on said:\n${session.extensionLines().join("\n")}`);
  });
}

function printTimings(label: string, session: FirefoxSession | undefined): void {
  if (!session) return;
  const shown = Object.entries(session.timings).map(([what, ms]) => `${what} ${Math.round(ms)} ms`);
  console.log(`[firefox ${label}] ${session.version}: ${shown.join(", ")}`);
}

describe.skipIf(firefoxMissing)(`Firefox smoke test (${FIREFOX_PATH}; skipped only when it is not installed)`, () => {
  let session: FirefoxSession;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    session = await openFirefox();
    ({ browser, page } = session);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    printTimings("smoke", session);
  });

  it("installs dist/firefox as a temporary add-on under its fixed id", () => {
    expect(session.installedId).toBe(FIREFOX_EXTENSION_ID);
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
    await typeFlagged(session, BREACHING);
    const clicked = performance.now();
    await page.click(BUTTON);
    await page.waitForSelector(OVERLAY_HOST, { timeout: 5_000 });
    session.timings.warning = performance.now() - clicked;
    expect(await submissions(page)).toEqual([]);
    // The shadow root is closed and the host has no name: the page sees a bare div, nothing inside.
    expect(await page.$$eval(OVERLAY_HOST, (hosts) => hosts.map((host) => ({ shadowRoot: host.shadowRoot, attributes: host.attributes.length })))).toEqual([
      { shadowRoot: null, attributes: 0 },
    ]);
    expect(await page.evaluate(() => /second.?look/i.test(document.documentElement.outerHTML))).toBe(false);

    await page.keyboard.press("Escape"); // = Edit post
    await page.waitForFunction(() => !document.querySelector("body > div"), { timeout: 3_000 });
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
    expect(await page.$$eval(OVERLAY_HOST, (hosts) => hosts.length)).toBe(0);
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
    while (!session.log().includes(marker) && Date.now() < deadline) await sleep(50);
    expect(session.log()).toMatch(new RegExp(`JavaScript error: https://x\\.com/home, line \\d+: Error: ${marker}`));

    expect(session.extensionLines()).toEqual([]);
    expect(session.refused).toEqual([]);
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
      await page.reload(); // a new document: only the add-on just installed can answer in it
      await waitForContentScript(browser, page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Where Firefox on Linux reads enterprise policy (Debian's firefox-esr too). */
const POLICY_FILE = "/etc/firefox/policies/policies.json";
const policyTaken = !firefoxMissing && existsSync(POLICY_FILE);
if (policyTaken) console.log(`[firefox policy] skipped: ${POLICY_FILE} already exists and is not ours to overwrite.`);
/** Clean under the defaults; the school's policy below makes its project name a confidential term. */
const PROJECT_POST = "Project Lantern launches on Monday, exciting times.";
const SCHOOL_POLICY = {
  customTerms: [{ term: "Project Lantern", category: "confidential-information", severity: "high" }],
  allowPostAnyway: false,
};

describe.skipIf(firefoxMissing || policyTaken)(`Firefox reads a school policy from ${POLICY_FILE}`, () => {
  let session: FirefoxSession;
  let madeFolders: string | undefined;

  beforeAll(async () => {
    const folder = "/etc/firefox/policies";
    if (!existsSync("/etc/firefox")) madeFolders = "/etc/firefox";
    else if (!existsSync(folder)) madeFolders = folder;
    mkdirSync(folder, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ policies: { "3rdparty": { Extensions: { [FIREFOX_EXTENSION_ID]: SCHOOL_POLICY } } } }, null, 2));
    session = await openFirefox();
  }, 60_000);

  afterAll(async () => {
    await session?.browser.close();
    rmSync(POLICY_FILE, { force: true });
    if (madeFolders) rmSync(madeFolders, { recursive: true, force: true });
    printTimings("policy", session);
  });

  it("applies the policy's custom term, through storage.managed, to a post the defaults let through", async () => {
    expect(checkPost({ text: PROJECT_POST })).toEqual([]); // the control: nothing but the policy flags it
    const { page } = session;
    await typeFlagged(session, PROJECT_POST);
    await page.click(BUTTON);
    await page.waitForSelector(OVERLAY_HOST, { timeout: 5_000 });
    await sleep(300);
    expect(await submissions(page)).toEqual([]);
    expect(session.extensionLines()).toEqual([]);
  });
});
