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

  it("the badge never stands over the Post button: a real click at its centre always takes the submit path", async () => {
    const surface = postDialog(async (page) => page.click(POST_BUTTON));
    const { page, probe } = await openSurface(browser.context, surface);
    await page.keyboard.type(BREACHING);
    for (let round = 0; round < 6; round++) {
      await waitForBadge(probe);
      const badge = await probe.box("button", "Second Look:");
      if (!badge) throw new Error("no badge to stand in the way");
      const centre = { x: badge.x + badge.width / 2, y: badge.y + badge.height / 2 };
      // Every other round the mouse already rests there, so no move comes before the click.
      if (round % 2 === 1) await page.mouse.move(centre.x, centre.y);
      // A layout change: the dialog's Post button slides to where the badge is drawn.
      await page.evaluate(
        ({ selector, x, y }) => {
          const post = document.querySelector<HTMLElement>(selector)!;
          post.style.cssText = `position: fixed; margin: 0; width: 120px; height: 40px; left: ${x - 60}px; top: ${y - 20}px`;
        },
        { selector: POST_BUTTON, ...centre },
      );
      await page.mouse.click(centre.x, centre.y);
      await probe.waitFor("alertdialog");
      expect(await probe.count("button", "Post anyway"), `round ${round}: the submit warning, not the badge's preview`).toBe(1);
      expect(await submissions(page)).toEqual([]);
      await page.keyboard.press("Escape"); // Edit post: back in the box, which brings the badge back on typing
      await probe.waitForGone("alertdialog");
      await page.keyboard.type(" Really.");
    }
    await page.close();
  });

  it("made no network request", () => {
    expect(refused).toEqual([]);
  });
});
