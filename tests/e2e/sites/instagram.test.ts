/**
 * Instagram: comments (a textarea; Enter or the Post control) and the new-post caption (Lexical;
 * Share), on fixtures served at https://www.instagram.com/p/xyz/ with the built extension.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, type LaunchedExtension } from "../support/browser";
import { serveFixtures, submissions } from "./support/fixtures";
import { SETTLE_MS, openSurface, surfaceFlows, waitForBadge, type SurfaceUnderTest } from "./support/flows";

let browser: LaunchedExtension;
let refused: string[];

beforeAll(async () => {
  browser = await launchWithExtension();
  refused = await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

const comment = (send: SurfaceUnderTest["send"]): SurfaceUnderTest => ({
  site: "instagram",
  surface: "comment",
  open: async (page) => page.click("form textarea"),
  send,
});
const caption: SurfaceUnderTest = {
  site: "instagram",
  surface: "caption",
  open: async (page) => {
    await page.click("#create");
    await page.click('[role="dialog"] [data-lexical-editor="true"]');
  },
  send: async (page: Page) => page.click('[role="dialog"] .dialog-head .link'),
};

describe("Instagram", () => {
  const context = () => browser.context;
  surfaceFlows("comment, Enter", comment(async (page) => page.keyboard.press("Enter")), context);
  surfaceFlows("comment, Post control", comment(async (page) => page.click("form .link")), context);
  surfaceFlows("new-post caption, Share", caption, context);

  it("the caption's photo is reported as an attachment", async () => {
    const { page, probe } = await openSurface(browser.context, caption);
    await page.keyboard.type("My class on sports day!");
    await waitForBadge(probe);
    await caption.send(page);
    await probe.waitFor("alertdialog");
    expect(await probe.warningText()).toContain("Photos from school");
    await page.close();
  });

  it("Shift+Enter in a comment is a new line, not a submit", async () => {
    const { page, probe } = await openSurface(browser.context, comment(async () => undefined));
    await page.keyboard.type("F*** off");
    await page.keyboard.press("Shift+Enter");
    await page.waitForTimeout(SETTLE_MS);
    expect(await probe.count("alertdialog")).toBe(0);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it("made no network request", () => {
    expect(refused).toEqual([]);
  });
});
