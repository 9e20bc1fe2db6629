/**
 * Facebook: the create-post dialog (Post button, by mouse and keyboard) and comment and reply
 * boxes (Enter), on Lexical fixtures served at https://www.facebook.com/ with the built extension.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, type LaunchedExtension } from "../support/browser";
import { serveFixtures, submissions } from "./support/fixtures";
import { BREACHING, CLEAN, SETTLE_MS, openSurface, surfaceFlows, waitForBadge, type SurfaceUnderTest } from "./support/flows";

let browser: LaunchedExtension;
let refused: string[];

beforeAll(async () => {
  browser = await launchWithExtension();
  refused = await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

const POST_BUTTON = '[role="dialog"] [role="button"][aria-label="Post"]';
const enter = async (page: Page) => page.keyboard.press("Enter");

const postDialog = (send: SurfaceUnderTest["send"]): SurfaceUnderTest => ({
  site: "facebook",
  surface: "post",
  open: async (page) => {
    await page.click("#open-composer");
    await page.click('[role="dialog"] [data-lexical-editor="true"]');
  },
  send,
});
const commentBox = (id: string, surface: string): SurfaceUnderTest => ({
  site: "facebook",
  surface,
  open: async (page) => page.click(`#${id}`),
  send: enter,
});

describe("Facebook", () => {
  const context = () => browser.context;
  surfaceFlows("post dialog, Post button", postDialog(async (page) => page.click(POST_BUTTON)), context);
  surfaceFlows(
    "post dialog, Post button from the keyboard",
    postDialog(async (page) => {
      await page.focus(POST_BUTTON);
      await page.keyboard.press("Enter");
    }),
    context,
  );
  surfaceFlows("comment, Enter", commentBox("comment-editor", "comment"), context);
  surfaceFlows("reply, Enter", commentBox("reply-editor", "reply"), context);

  it("Shift+Enter in a comment is a new line, neither a submit nor a warning", async () => {
    const surface = commentBox("comment-editor", "comment");
    const { page, probe } = await openSurface(browser.context, surface);
    await page.keyboard.type("F*** off");
    await waitForBadge(probe);
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type(CLEAN);
    await page.waitForTimeout(300);
    expect(await probe.count("alertdialog")).toBe(0);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await probe.waitFor("alertdialog");
    await probe.click("button", "Post anyway");
    await expect.poll(() => submissions(page)).toHaveLength(1);
    expect((await submissions(page))[0]?.text).toBe(`F*** off\n${CLEAN}`);
    await page.close();
  });

  it("Enter in the post dialog is a new line, not a submit", async () => {
    const surface = postDialog(async (page) => page.click(POST_BUTTON));
    const { page, probe } = await openSurface(browser.context, surface);
    await page.keyboard.type(BREACHING);
    await waitForBadge(probe);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Second line");
    await page.waitForTimeout(SETTLE_MS);
    expect(await probe.count("alertdialog")).toBe(0);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it("reports a photo in the post dialog as an attachment", async () => {
    const surface = postDialog(async (page) => page.click(POST_BUTTON));
    const { page, probe } = await openSurface(browser.context, surface);
    await page.keyboard.type("My class on sports day!");
    await page.click('[role="dialog"] [aria-label="Photo/video"]');
    await page.click(POST_BUTTON);
    await probe.waitFor("alertdialog");
    expect(await probe.warningText()).toContain("Photos from school");
    await page.close();
  });

  it("made no network request", () => {
    expect(refused).toEqual([]);
  });
});
