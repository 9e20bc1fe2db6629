/**
 * The extension's own surfaces in a real Chromium: the worker (cold start, refusals), the popup
 * (switch, coverage of the tab), the options page (saving, "Try a post" rendered as text,
 * labels, dark theme) — and that none of it makes a network request.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtensionState } from "../../../extension/shared/messages";
import { extensionUrl, launchWithExtension, sendFromExtensionPage, stopServiceWorkers, type LaunchedExtension } from "../support/browser";
import { openFixture, serveFixtures } from "../sites/support/fixtures";

let browser: LaunchedExtension;
let refused: string[];

beforeAll(async () => {
  browser = await launchWithExtension();
  refused = await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(path: "popup" | "options", query = ""): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser.extensionId, `extension/${path}/index.html${query}`));
  await page.bringToFront();
  return page;
}

async function state(page: Page): Promise<ExtensionState> {
  const answer = (await sendFromExtensionPage(page, { type: "getState" })) as { type: string; state: ExtensionState };
  if (answer.type !== "state") throw new Error(JSON.stringify(answer));
  return answer.state;
}

describe("the worker", () => {
  it("refuses unknown messages, the wrong sender's messages and oversized drafts", async () => {
    const page = await openPage("options");
    expect(await sendFromExtensionPage(page, { type: "exfiltrate" })).toMatchObject({ type: "error", code: "unknown-type" });
    expect(await sendFromExtensionPage(page, { type: "check", draft: { text: "hi" } })).toMatchObject({ type: "error", code: "forbidden" });
    expect(await sendFromExtensionPage(page, { type: "tryPost", draft: { text: "a".repeat(100_001) } })).toMatchObject({
      type: "error",
      code: "draft-too-long",
    });
    await page.close();
  });

  it("gives web pages no way to reach it", async () => {
    const page = await openFixture(browser.context, "x");
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe(
      "undefined",
    );
    await page.close();
  });
});

describe("the popup", () => {
  it("says whether the tab it was opened over is covered", async () => {
    const site = await openFixture(browser.context, "x");
    const tabId = await browser.serviceWorker.evaluate(async () => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    expect(typeof tabId).toBe("number");
    const covered = await openPage("popup", `?tab=${tabId}`);
    await covered.waitForSelector("[data-covered]");
    expect(await covered.locator("[data-covered]").getAttribute("data-covered")).toBe("true");
    expect(await covered.locator("[data-covered]").textContent()).toContain("Checking your posts on X");
    await covered.close();
    await site.close();

    const plain = await openPage("popup");
    await plain.waitForSelector("[data-covered]");
    expect(await plain.locator("[data-covered]").getAttribute("data-covered")).toBe("false");
    expect(await plain.locator("[data-covered]").textContent()).toContain("Facebook, X and Instagram");
    await plain.close();
  });

  it("switches checking off and on, and the worker follows", async () => {
    const popup = await openPage("popup");
    const toggle = popup.getByRole("switch", { name: "Check my posts" });
    await toggle.waitFor();
    expect(await toggle.getAttribute("aria-checked")).toBe("true");
    await toggle.focus();
    await popup.keyboard.press("Space"); // keyboard works as well as the mouse
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("false");
    expect((await state(popup)).settings.enabled).toBe(false);
    expect(await popup.locator(".popup-header .badge").textContent()).toBe("Off");
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");
    expect((await state(popup)).settings.enabled).toBe(true);
    await popup.close();
  });
});

describe("the options page", () => {
  it("saves the user's choices and the popup shows them", async () => {
    const options = await openPage("options");
    await options.waitForSelector("#profile");
    await options.selectOption("#profile", "catcott");
    await options.fill("#field-schoolNames", "Hillcrest Academy\nHillcrest");
    await options.locator("#field-schoolNames").blur();
    await expect.poll(async () => (await state(options)).settings.schoolNames).toEqual(["Hillcrest Academy", "Hillcrest"]);
    expect((await state(options)).settings.profile).toBe("catcott");
    await options.reload();
    await options.waitForSelector("#profile");
    expect(await options.locator("#profile").inputValue()).toBe("catcott");
    expect(await options.locator("#field-schoolNames").inputValue()).toBe("Hillcrest Academy\nHillcrest");

    const popup = await openPage("popup");
    await popup.waitForSelector(".policy-title");
    expect(await popup.locator(".policy-title").textContent()).toMatch(/Catcott/);
    expect(await popup.locator(".school-names").textContent()).toContain("Hillcrest Academy");
    await popup.close();
    await options.close();
  });

  it("Try a post: findings as you type, the words highlighted, markup shown as text", async () => {
    const options = await openPage("options");
    await options.waitForSelector("#try-text");
    const hostile = "<img src=x onerror=window.__pwned=1> call 07700 900123";
    await options.locator("#try-text").pressSequentially(hostile, { delay: 2 });
    const finding = options.locator(".finding").first();
    await finding.waitFor({ timeout: 5_000 });
    expect(await options.locator(".finding mark").allTextContents()).toContain("07700 900123");
    expect(await finding.locator(".context").textContent()).toContain("<img src=x onerror=window.__pwned=1>");
    expect(await finding.locator(".clause footer").textContent()).toMatch(/Catcott/);
    expect(await finding.locator(".reason").textContent()).not.toBe("");
    expect(await options.locator(".findings img").count()).toBe(0);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await options.fill("#try-text", "Lovely sunny walk along the coast this weekend.");
    await expect.poll(() => options.locator("#try-summary").textContent()).toBe("Nothing to flag in this post.");
    await options.close();
  });

  it("labels every control and follows the system's dark theme", async () => {
    const options = await openPage("options");
    await options.waitForSelector("#profile");
    const unlabelled = await options.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea, button")]
        .filter((element) => {
          const control = element as HTMLInputElement;
          const named = (control.labels?.length ?? 0) > 0 || control.getAttribute("aria-label") || (element.textContent ?? "").trim();
          return !named;
        })
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await options.emulateMedia({ colorScheme: "light" });
    const light = await background();
    await options.emulateMedia({ colorScheme: "dark" });
    const dark = await background();
    expect(dark).not.toBe(light);
    await options.close();
  });
});

describe("a cold worker", () => {
  it("answers the first message after Chrome stopped it", async () => {
    const options = await openPage("options");
    await options.waitForSelector("#profile");
    await stopServiceWorkers(browser.context, options);
    const started = Date.now();
    const answer = (await sendFromExtensionPage(options, { type: "tryPost", draft: { text: "Ring me on 07700 900123" } })) as {
      type: string;
      findings: unknown[];
    };
    console.log(`[e2e] cold worker answered in ${Date.now() - started} ms`);
    expect(answer.type).toBe("verdict");
    expect(answer.findings.length).toBeGreaterThan(0);
    await options.close();
  });
});

describe("the network", () => {
  it("saw no request from the extension or its pages", () => {
    expect(refused).toEqual([]);
  });
});
