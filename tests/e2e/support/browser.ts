/**
 * Shared launch code for the end-to-end suites: Debian's Chromium with the built, unpacked
 * extension loaded, a fresh profile per launch, and helpers to serve fixture pages at the real
 * hostnames (so the manifest's real match patterns apply) while refusing every other request.
 *
 * Never downloads a browser: playwright-core drives /usr/bin/chromium (override with CHROMIUM_PATH).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page, type Request, type Worker } from "playwright-core";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const DIST_CHROME = join(REPO_ROOT, "dist", "chrome");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium quiet on a machine with no network (see DESIGN.md, "Facts"). */
const QUIET_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The worker waits up to 1.5 s for a school policy before opening the options page on install. */
const WELCOME_TIMEOUT_MS = 6_000;

export interface LaunchOptions {
  /** Unpacked extension directory; default dist/chrome (run `npm run build` first). */
  dist?: string;
  /** Profile directory; default a fresh temporary one, removed again by `close()`. */
  userDataDir?: string;
  /** Show a window instead of running headless (needs $DISPLAY); used by `npm start`. */
  headed?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /**
   * On a fresh install the extension opens its options page (so staff pick their school). By
   * default a fresh profile waits for that tab and closes it, so it never steals the front from
   * a test's page; "keep" leaves it (and does not wait), e.g. when a school policy sets the profile
   * and no page opens.
   */
  welcome?: "close" | "keep";
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Closes the browser and removes the temporary profile (when this launch made it). */
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const dist = resolve(options.dist ?? DIST_CHROME);
  if (!existsSync(join(dist, "manifest.json"))) {
    throw new Error(`No built extension in ${dist}: run \`npm run build\` first.`);
  }
  const madeProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), "second-look-e2e-")));
  const flags = options.headed ? QUIET_FLAGS.filter((flag) => !flag.startsWith("--headless")) : QUIET_FLAGS;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // We pass --headless=new ourselves: Playwright's own headless switch adds flags we do not want.
    headless: false,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...flags, ...(options.args ?? [])],
  });
  const isOptionsPage = (page: Page) => page.url().includes("/extension/options/");
  const welcomePage =
    (options.welcome ?? (madeProfile ? "close" : "keep")) === "close"
      ? context.waitForEvent("page", { predicate: isOptionsPage, timeout: WELCOME_TIMEOUT_MS }).catch(() => undefined)
      : undefined;
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  if (welcomePage) {
    const page = context.pages().find(isOptionsPage) ?? (await welcomePage);
    await page?.close();
  }
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      if (madeProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The chrome-extension:// URL of a file of the built extension, e.g. "extension/popup/index.html". */
export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path.replace(/^\/+/, "")}`;
}

/**
 * Serves `html` for every https:// page of `hostname` (e.g. "x.com"), so the page really is at
 * that origin and the extension's content-script match patterns apply. No network is used.
 */
export async function routeFixture(context: BrowserContext, hostname: string, html: string): Promise<void> {
  await context.route(
    (url) => url.protocol === "https:" && url.hostname === hostname,
    (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
}

/**
 * Refuses every http(s)/ws request not to one of `fixtureHosts` and records it. Install BEFORE the
 * fixtures (Playwright tries the most recently added route first, so fixtures registered later win
 * for their own hosts). The returned list must be empty at the end of a suite: the extension makes
 * no network request. Service-worker requests are seen too (request.serviceWorker()).
 */
export async function guardNetwork(context: BrowserContext, fixtureHosts: readonly string[]): Promise<string[]> {
  const refused: string[] = [];
  const allowed = new Set(fixtureHosts);
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol),
    async (route) => {
      const url = new URL(route.request().url());
      if (allowed.has(url.hostname)) return route.fallback();
      if (!refused.includes(url.href)) refused.push(route.request().url());
      await route.abort("blockedbyclient");
    },
  );
  // Requests that never reach a route handler (e.g. made before routing was set up) still show up here.
  context.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !allowed.has(url.hostname) && !refused.includes(request.url())) {
      refused.push(request.url());
    }
  });
  return refused;
}

/**
 * Stops every service worker of the browser through CDP, as Chrome does to an idle worker. The
 * next message wakes the extension's worker cold. Playwright's old Worker handle is dead after this.
 */
export async function stopServiceWorkers(context: BrowserContext, page?: Page): Promise<void> {
  const target = page ?? context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(target);
  try {
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The extension's live service worker. Chrome stops an idle worker (and tests stop it on
 * purpose); the next message from a content script starts a new one, so wait for it if needed.
 */
export async function extensionWorker(context: BrowserContext, timeoutMs = 10_000): Promise<Worker> {
  const live = () => context.serviceWorkers().filter((worker) => worker.url().startsWith("chrome-extension://")).at(-1);
  const started = Date.now();
  for (;;) {
    const worker = live();
    if (worker) return worker;
    if (Date.now() - started > timeoutMs) throw new Error("The extension has no service worker");
    await context.waitForEvent("serviceworker", { timeout: 500 }).catch(() => undefined);
  }
}

/**
 * Whether the content script in the active tab answers the worker's ping, asked from the
 * extension's own service worker, as the popup asks. The content script leaves no marker in the
 * page (a site must not be able to tell it is there), so this is how a test knows it is ready.
 * (Without the "tabs" permission the worker cannot see tab URLs: bring the page to front first.)
 */
export async function activeTabAnswers(context: BrowserContext): Promise<boolean> {
  const worker = await extensionWorker(context);
  const ask = worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return false;
    const answer = (await tabs.sendMessage(tab.id, { type: "ping" }).catch(() => undefined)) as { type?: string } | undefined;
    return answer?.type === "pong";
  });
  // A worker stopped under us never answers: give up on it and ask again.
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000));
  return Promise.race([ask.catch(() => false), late]);
}

interface ChromeTabs {
  query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Brings `page` to the front and waits until its content script is listening. */
export async function waitForContentScript(page: Page, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    await page.bringToFront();
    if (await activeTabAnswers(page.context())) return;
    if (Date.now() - started > timeoutMs) throw new Error(`No content script answered in ${page.url()} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Sends a runtime message from an extension page (popup, options) exactly as the page itself
 * would, and returns the worker's answer.
 */
export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (body) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(body),
    message,
  );
}
