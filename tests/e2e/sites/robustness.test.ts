/**
 * What must hold beyond the happy paths, on the real built extension: a stopped or hung worker,
 * checking switched off, an extension reload under an open page, hostile post text, the closed
 * shadow root — and the figures the budgets ask for (warning latency, long tasks while typing).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extensionUrl, launchWithExtension, stopServiceWorkers, type LaunchedExtension } from "../support/browser";
import { openFixture, serveFixtures, submissions } from "./support/fixtures";
import { BREACHING, CLEAN, SETTLE_MS, overlayHostCount, waitForBadge } from "./support/flows";
import { OverlayProbe } from "./support/overlay";
import { GENERATORS } from "../../bench/adversarial/generators";

let browser: LaunchedExtension;
let refused: string[];
const figures: string[] = [];

/**
 * Page-side timing, installed before any page script (so before the content script's listeners):
 * when the submit happened, and the first frame after the warning's host reached the page.
 */
function instrument(): void {
  const timing = { submit: 0, shown: 0, longTasks: [] as number[], extensionScriptMs: [] as number[] };
  (window as unknown as { __timing: typeof timing }).__timing = timing;
  const stamp = (event: Event) => {
    if (!event.isTrusted) return;
    timing.submit = performance.now();
    // The badge's host may already have appeared on <body> while typing: only what appears
    // after this event counts as the warning.
    timing.shown = 0;
  };
  addEventListener("click", stamp, true);
  addEventListener("keydown", (event) => event.key === "Enter" && stamp(event), true);
  // The warning's host carries no name a page could look for: it is the element that appears
  // on <body> after the submit (the fixtures add nothing there).
  new MutationObserver((records) => {
    if (timing.shown !== 0 || timing.submit === 0) return;
    if (records.some((record) => record.target === document.body && record.addedNodes.length > 0)) {
      timing.shown = -1;
      requestAnimationFrame(() => (timing.shown = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timing.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  // Long animation frames name the scripts that ran in them: time spent in the extension's own
  // code (its content script's URL is chrome-extension://…) per frame.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { scripts: { sourceURL: string; duration: number }[] }[]) {
      const ours = entry.scripts.filter((script) => script.sourceURL.startsWith("chrome-extension://"));
      if (ours.length) timing.extensionScriptMs.push(ours.reduce((sum, script) => sum + script.duration, 0));
    }
  }).observe({ type: "long-animation-frame", buffered: true });
}

interface Timing {
  submit: number;
  shown: number;
  longTasks: number[];
  extensionScriptMs: number[];
}

const timing = (page: Page) => page.evaluate(() => (window as unknown as { __timing: Timing }).__timing);

async function warningLatency(page: Page): Promise<number> {
  await expect.poll(async () => (await timing(page)).shown, { timeout: 5_000 }).toBeGreaterThan(0);
  const { submit, shown } = await timing(page);
  return shown - submit;
}

const HOME_BOX = '[data-testid="tweetTextarea_0"]';
const HOME_POST = '[data-testid="tweetButtonInline"]';

async function openHome(): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await openFixture(browser.context, "x");
  await page.click(HOME_BOX);
  return { page, probe: await OverlayProbe.attach(page) };
}

function currentWorker() {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const worker = browser.context.serviceWorkers().filter((candidate) => candidate.url().startsWith(prefix)).at(-1);
  if (!worker) throw new Error("No extension service worker");
  return worker;
}

/** Keeps the worker's only thread busy for `ms`: messages wait behind it, as behind a long check. */
function keepWorkerBusy(ms: number): Promise<void> {
  return currentWorker().evaluate((busyMs) => {
    setTimeout(() => {
      const until = Date.now() + busyMs;
      while (Date.now() < until) {
        // busy: the worker's event loop cannot deliver a check meanwhile
      }
    }, 0);
  }, ms);
}

beforeAll(async () => {
  browser = await launchWithExtension();
  refused = await serveFixtures(browser.context);
  await browser.context.addInitScript(instrument);
});

afterAll(async () => {
  await browser?.close();
  console.log(`\nSecond Look e2e figures (this machine):\n  ${figures.join("\n  ")}\n`);
});

describe("robustness", () => {
  it("shows a post containing markup as text, never as HTML", async () => {
    const { page, probe } = await openHome();
    const hostile = `<img src=x onerror="window.__pwned=1"> F*** off`;
    await page.keyboard.type(hostile);
    await waitForBadge(probe);
    await page.click(HOME_POST);
    await probe.waitFor("alertdialog");
    expect(await probe.warningText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await probe.evaluateOn<number>("alertdialog", undefined, "function () { return this.querySelectorAll('img').length; }")).toBe(0);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it("keeps its overlay out of the page's reach: the shadow roots are closed", async () => {
    const { page, probe } = await openHome();
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    await page.click(HOME_POST);
    await probe.waitFor("alertdialog");
    const hosts = await probe.hosts();
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      // A plain element on <body>, with nothing to name it by.
      expect(host).toMatchObject({ nodeName: "DIV", attributes: [], parentName: "BODY" });
      const seen = await probe.evaluateOnNode<{ shadowRoot: null | object; position: string; width: number; height: number }>(
        host.backendNodeId,
        "function () { const box = this.getBoundingClientRect(); return { shadowRoot: this.shadowRoot, position: getComputedStyle(this).position, width: box.width, height: box.height }; }",
      );
      // Closed to the page, and fixed with no size: it cannot move the site's layout.
      expect(seen).toEqual({ shadowRoot: null, position: "fixed", width: 0, height: 0 });
    }
    await page.close();
  });

  it("leaves nothing a page script could find: no attribute, element or tag name, before or after a warning", async () => {
    const { page, probe } = await openHome();
    // What a curious page can do: read its whole DOM, every tag and attribute, and its globals.
    const marks = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const mentions = (text: string) => /second.?look/i.test(text);
        for (const element of document.querySelectorAll("*")) {
          if (mentions(element.tagName)) found.push(`tag ${element.tagName}`);
          for (const attribute of element.attributes) {
            if (mentions(attribute.name) || mentions(attribute.value)) found.push(`attribute ${attribute.name}="${attribute.value}"`);
          }
          if (element.shadowRoot) found.push(`open shadow root on ${element.tagName}`);
        }
        if (mentions(document.documentElement.outerHTML)) found.push("text in the page's HTML");
        for (const name of Object.getOwnPropertyNames(window)) if (mentions(name)) found.push(`global ${name}`);
        if (customElements.get("second-look-warning") || customElements.get("second-look-badge")) found.push("custom element");
        return found;
      });
    expect(await marks()).toEqual([]);
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    expect(await marks()).toEqual([]);
    await page.click(HOME_POST);
    await probe.waitFor("alertdialog");
    expect(await marks()).toEqual([]);
    await page.close();
  });

  it("a compose box a page script fills in and focuses gets no badge and no overlay at all", async () => {
    const { page, probe } = await openHome();
    await page.evaluate(() => {
      // A fake composer of the site's own shape, out of sight, with text the school would flag.
      const trap = document.createElement("main");
      trap.setAttribute("role", "main");
      trap.style.cssText = "position: fixed; left: 0; top: 0; width: 300px; opacity: 0; pointer-events: none";
      trap.innerHTML = `<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-block="true"><span data-text="true"></span></div></div><button data-testid="tweetButtonInline">Post</button>`;
      document.body.append(trap);
      const box = trap.querySelector<HTMLElement>("[contenteditable]")!;
      box.focus();
      box.querySelector("span")!.textContent = "Hillcrest Academy SLT are a bunch of clowns. F*** off";
      box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      box.dispatchEvent(new KeyboardEvent("keydown", { key: "f", bubbles: true }));
    });
    await page.waitForTimeout(SETTLE_MS + 300);
    expect((await probe.find("button")).some((node) => node.name?.value?.startsWith("Second Look:"))).toBe(false);
    expect(await overlayHostCount(probe)).toBe(0);
    await page.close();
  });

  it("a click a page script dispatches on the Post button of a flagged draft is the page's own: no warning, it sends", async () => {
    const { page, probe } = await openHome();
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!.click());
    await expect.poll(() => submissions(page)).toHaveLength(1);
    expect((await submissions(page))[0]).toMatchObject({ text: BREACHING, trusted: false });
    await page.waitForTimeout(200);
    expect(await probe.count("alertdialog")).toBe(0);
    await page.close();
  });

  it("key events inside the warning do not reach the page; Escape means Edit post", async () => {
    const { page, probe } = await openHome();
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys = [];
      document.addEventListener("keydown", (event) => (window as unknown as { __keys: string[] }).__keys.push(event.key));
    });
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    await page.click(HOME_POST);
    await probe.waitFor("alertdialog");
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys.length = 0));
    await page.keyboard.press("Tab");
    await page.keyboard.press("a");
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    await page.keyboard.press("Escape");
    await probe.waitForGone("alertdialog");
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it("warns at once with a current verdict (figure: submit → warning visible)", async () => {
    const { page, probe } = await openHome();
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    await page.click(HOME_POST);
    const latency = await warningLatency(page);
    figures.push(`warning visible after a flagged submit, verdict current: ${latency.toFixed(1)} ms (budget 50 ms)`);
    expect(await probe.count("alertdialog")).toBe(1);
    await page.close();
  });

  it("fails open within 1.5 s when the worker does not answer, with a notice", async () => {
    const { page, probe } = await openHome();
    // The honest way to get a worker that never answers: keep its only thread busy. Messages
    // queue behind the busy loop, as they would behind a worker stuck in a long computation.
    await keepWorkerBusy(4_000);
    await page.keyboard.type(CLEAN);
    await page.click(HOME_POST);
    const started = Date.now();
    await expect.poll(() => submissions(page), { timeout: 3_000, interval: 20 }).toHaveLength(1);
    const waited = Date.now() - started;
    figures.push(`fail open with a worker that never answers: post released after ${waited} ms (limit 1,500 ms)`);
    expect(waited).toBeLessThan(2_000);
    expect((await submissions(page))[0]).toMatchObject({ text: CLEAN, trusted: false });
    expect(await probe.evaluateOn<string>("status", undefined, "function () { return this.innerText; }")).toContain("could not check this post");
    await page.waitForTimeout(3_000); // let the worker finish its busy loop
    await page.close();
  });

  it("text typed while a post is held is checked before it goes out: the warning shows it, nothing is sent", async () => {
    const { page, probe } = await openHome();
    const addition = " You complete dickhead, ring me on 07700 900123";
    // A slow worker (its thread busy for 700 ms) holds the post long enough to type more.
    await keepWorkerBusy(700);
    await page.keyboard.insertText(CLEAN);
    await page.keyboard.press("Control+Enter"); // no verdict yet: held
    // Typed (as one input, like a paste) while the check runs: the key was held, not sent.
    await page.keyboard.insertText(addition);
    await probe.waitFor("alertdialog", undefined, 5_000);
    const shown = await probe.warningText();
    expect(shown).toContain("dickhead");
    expect(shown).toContain("07700 900123");
    expect(await probe.count("button", "Post anyway")).toBe(1);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toEqual([]);
    await probe.click("button", "Post anyway");
    await expect.poll(() => submissions(page)).toHaveLength(1);
    expect((await submissions(page))[0]).toMatchObject({ text: CLEAN + addition });
    await page.waitForTimeout(300);
    expect(await submissions(page)).toHaveLength(1);
    await page.close();
  });

  it("a flagged post in one tab is still warned while another tab holds a 100,000-character adversarial draft (figure)", async () => {
    // Before issue 10 one such draft took the worker's only thread for seconds to minutes, and
    // every other tab's post went out unchecked after the 1.5 s fail-open.
    const heavy = GENERATORS.find((g) => g.id === "insults-far-from-targets")!.make(100_000).text;
    const busy = await openHome();
    await busy.page.keyboard.insertText(heavy);
    // Keep that tab's checks coming: a little more typed every quarter second, each pause a
    // check of the whole 100,000 characters.
    let typing = true;
    const keepTyping = (async () => {
      while (typing) {
        await busy.page.keyboard.insertText(" fucking parents");
        await busy.page.waitForTimeout(250);
      }
    })();
    await busy.page.waitForTimeout(1_000);

    const { page, probe } = await openHome();
    await page.keyboard.insertText(BREACHING);
    const started = Date.now();
    await page.click(HOME_POST);
    await probe.waitFor("alertdialog", undefined, 5_000);
    const waited = Date.now() - started;
    typing = false;
    await keepTyping;
    figures.push(`flagged submit warned while another tab types a 100,000-character adversarial draft: ${waited} ms (fail-open at 1,500 ms)`);
    expect(await probe.count("button", "Post anyway")).toBe(1);
    expect(await probe.count("status")).toBe(0); // no "could not check" notice: it was checked
    expect(await submissions(page)).toEqual([]);
    await page.close();
    await busy.page.close();
  });

  it("still warns when the worker was stopped right before submit (verdict current)", async () => {
    const { page, probe } = await openHome();
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    await stopServiceWorkers(browser.context, page);
    await page.click(HOME_POST);
    const latency = await warningLatency(page);
    figures.push(`warning visible, worker stopped before submit, verdict current: ${latency.toFixed(1)} ms`);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it("still warns when the worker was stopped and the verdict is stale (figure: cold worker)", async () => {
    const { page, probe } = await openHome();
    await stopServiceWorkers(browser.context, page);
    await page.keyboard.insertText(BREACHING);
    await page.keyboard.press("Control+Enter");
    const latency = await warningLatency(page);
    figures.push(`warning visible, worker stopped and verdict stale (cold worker answers): ${latency.toFixed(1)} ms (budget 300 ms)`);
    expect(await probe.count("alertdialog")).toBe(1);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it("shows no warning when checking is switched off in the popup", async () => {
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(browser.extensionId, "extension/popup/index.html"));
    const toggle = popup.getByRole("switch");
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("false");

    const { page, probe } = await openHome();
    await page.keyboard.type(BREACHING);
    await page.waitForTimeout(SETTLE_MS);
    expect((await probe.find("button")).some((node) => node.name?.value?.startsWith("Second Look:"))).toBe(false);
    await page.click(HOME_POST);
    await expect.poll(() => submissions(page)).toHaveLength(1);
    expect((await submissions(page))[0]).toMatchObject({ text: BREACHING, trusted: true });
    expect(await overlayHostCount(probe)).toBe(0);
    await page.close();

    await popup.bringToFront();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");
    await popup.close();
  });

  it("adds no long task while typing 2,000 characters (figure)", async () => {
    const page = await openFixture(browser.context, "facebook");
    await page.click("#open-composer");
    await page.click('[role="dialog"] [data-lexical-editor="true"]');
    const sentence = "Walked the coast path today and the sea was bright and calm again. ";
    const text = sentence.repeat(Math.ceil(2_000 / sentence.length)).slice(0, 2_000);
    await page.evaluate(() => {
      const { __timing } = window as unknown as { __timing: Timing };
      __timing.longTasks.length = 0;
      __timing.extensionScriptMs.length = 0;
    });
    const started = Date.now();
    // Typed in bursts with pauses longer than the debounce, so the growing draft is checked ~40 times.
    for (let offset = 0; offset < text.length; offset += 50) {
      await page.keyboard.type(text.slice(offset, offset + 50));
      await page.waitForTimeout(230);
    }
    const typedFor = Date.now() - started;
    const { longTasks, extensionScriptMs } = await timing(page);
    figures.push(
      `typing 2,000 characters (Lexical, ${typedFor} ms, checked every 50 characters): ${longTasks.length} long tasks` +
        (longTasks.length ? ` (max ${Math.max(...longTasks).toFixed(0)} ms)` : "") +
        `; extension script time inside long animation frames: ${extensionScriptMs.length} frames` +
        (extensionScriptMs.length ? `, max ${Math.max(...extensionScriptMs).toFixed(1)} ms` : ""),
    );
    expect(await page.evaluate(() => document.querySelector('[role="dialog"] [data-lexical-editor="true"]')!.textContent!.length)).toBe(2_000);
    // The observer really sees long tasks here: an 80 ms busy task of the page must show up.
    await page.evaluate(() =>
      setTimeout(() => {
        const until = performance.now() + 80;
        while (performance.now() < until) {
          // busy
        }
      }, 0),
    );
    await expect.poll(async () => (await timing(page)).longTasks.length).toBeGreaterThan(longTasks.length);
    await page.close();
  });

  it("after the extension is reloaded, an open page still posts and logs no uncaught errors", async () => {
    const { page, probe } = await openHome();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    const cdp = await browser.context.newCDPSession(page);
    cdp.on("Runtime.exceptionThrown", (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
      errors.push(`exception: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`),
    );
    await cdp.send("Runtime.enable");
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);

    // Chromium disables a command-line-loaded extension that reloads itself unless developer
    // mode is on ("unsupportedDeveloperExtension"); a developer reloading it has it on.
    const extensionsPage = await browser.context.newPage();
    await extensionsPage.goto("chrome://extensions/");
    await extensionsPage.evaluate(
      () =>
        new Promise((resolve) =>
          (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(update: object, done: () => void): void } } }).chrome.developerPrivate.updateProfileConfiguration(
            { inDeveloperMode: true },
            () => resolve(undefined),
          ),
        ),
    );
    await extensionsPage.close();
    await page.bringToFront();
    const restarted = browser.context.waitForEvent("serviceworker", { timeout: 10_000 });
    await currentWorker()
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined); // the worker evaluating this is gone before it can answer
    await restarted;

    await page.click(HOME_BOX);
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Really.");
    await page.click(HOME_POST);
    await expect.poll(() => submissions(page)).toHaveLength(1);
    expect((await submissions(page))[0], JSON.stringify(await submissions(page))).toMatchObject({ text: `${BREACHING} Really.`, trusted: true });
    expect(await overlayHostCount(probe)).toBe(0);

    await page.click(HOME_BOX);
    await page.keyboard.press("Control+Enter");
    await page.keyboard.type(CLEAN);
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => submissions(page)).toHaveLength(2);
    expect(errors).toEqual([]);

    // A page opened after the reload gets the new content script, which warns again.
    const fresh = await openFixture(browser.context, "x");
    await fresh.click(HOME_BOX);
    const freshProbe = await OverlayProbe.attach(fresh);
    await fresh.keyboard.type(BREACHING);
    await waitForBadge(freshProbe);
    await fresh.click(HOME_POST);
    await freshProbe.waitFor("alertdialog");
    await fresh.close();
    await page.close();
  });

  it("made no network request during the whole file", () => {
    expect(refused).toEqual([]);
  });
});
