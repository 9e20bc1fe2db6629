/**
 * The flows every composer and submit path must pass, written once and run per site: a clean
 * post goes out untouched; a breaching one is stopped with a warning; Edit post keeps text and
 * focus; Post anyway sends exactly once with the exact text.
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect, it } from "vitest";
import { openFixture, submissions, type FixtureSite } from "./fixtures";
import { OverlayProbe } from "./overlay";

/** Certain to be flagged (offensive language, a pupil named and disparaged). */
export const BREACHING = "Jayden in my class was excluded today. Little sh!t.";
export const CLEAN = "Lovely sunny walk along the coast this weekend, feeling refreshed.";
/** Long enough for the debounced check (≈200 ms) and a warm worker to answer. */
export const SETTLE_MS = 700;

export interface SurfaceUnderTest {
  site: FixtureSite;
  /** The name the fixture records for this composer. */
  surface: string;
  /** Opens the composer (if it is behind a button) and focuses its first box. */
  open(page: Page): Promise<void>;
  /** Sends the post the way this path does (a click on the button, or a key). */
  send(page: Page): Promise<void>;
  /** Types into the focused box (default: the keyboard). */
  type?(page: Page, text: string): Promise<void>;
}

export interface Opened {
  page: Page;
  probe: OverlayProbe;
}

export async function openSurface(context: BrowserContext, surface: SurfaceUnderTest): Promise<Opened> {
  const page = await openFixture(context, surface.site);
  await surface.open(page);
  return { page, probe: await OverlayProbe.attach(page) };
}

export async function typeDraft(page: Page, surface: SurfaceUnderTest, text: string): Promise<void> {
  if (surface.type) await surface.type(page, text);
  else await page.keyboard.type(text);
}

/** Waits until the badge says the draft would be flagged: the verdict is current. */
export async function waitForBadge(probe: OverlayProbe, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!(await probe.find("button")).some((node) => node.name?.value?.startsWith("Second Look:"))) {
    if (Date.now() - started > timeoutMs) throw new Error("The badge did not appear");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The text of the compose box that has focus (DOM), and whether one has focus at all. */
export function focusedEditorText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const box = active?.closest("textarea, [contenteditable='true']");
    if (!box) return null;
    return box instanceof HTMLTextAreaElement ? box.value : (box as HTMLElement).innerText.replace(/\n+$/, "");
  });
}

/** How many overlay hosts (warning, badge, notice) are on the page, found through CDP. */
export function overlayHostCount(probe: OverlayProbe): Promise<number> {
  return probe.hostCount();
}

/** Registers the four flows for one composer and submit path. */
export function surfaceFlows(label: string, surface: SurfaceUnderTest, context: () => BrowserContext): void {
  it(`${label}: a clean post goes out once, untouched, with no warning`, async () => {
    const { page, probe } = await openSurface(context(), surface);
    await typeDraft(page, surface, CLEAN);
    await page.waitForTimeout(SETTLE_MS);
    await surface.send(page);
    await expect.poll(() => submissions(page)).toHaveLength(1);
    const [sent] = await submissions(page);
    expect(sent).toMatchObject({ surface: surface.surface, text: CLEAN, trusted: true });
    expect(await overlayHostCount(probe)).toBe(0);
    expect(await probe.count("alertdialog")).toBe(0);
    await page.close();
  });

  it(`${label}: a breaching post shows the warning and does not go out`, async () => {
    const { page, probe } = await openSurface(context(), surface);
    await typeDraft(page, surface, BREACHING);
    await waitForBadge(probe);
    // The badge never takes focus: the author is still in the compose box.
    expect(await focusedEditorText(page)).toBe(BREACHING);
    await surface.send(page);
    await probe.waitFor("alertdialog");
    expect(await probe.warningText()).toContain("sh!t");
    expect(await probe.count("button", "Post anyway")).toBe(1);
    await page.waitForTimeout(150);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it(`${label}: Edit post returns focus to the box with the text untouched`, async () => {
    const { page, probe } = await openSurface(context(), surface);
    await typeDraft(page, surface, BREACHING);
    await waitForBadge(probe);
    await surface.send(page);
    await probe.waitFor("alertdialog");
    expect(await probe.focusedName()).toBe("Edit post");
    await probe.click("button", "Edit post");
    await probe.waitForGone("alertdialog");
    expect(await focusedEditorText(page)).toBe(BREACHING);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it(`${label}: Post anyway sends exactly once with the exact text`, async () => {
    const { page, probe } = await openSurface(context(), surface);
    await typeDraft(page, surface, BREACHING);
    await waitForBadge(probe);
    await surface.send(page);
    await probe.waitFor("alertdialog");
    await probe.click("button", "Post anyway");
    await probe.waitForGone("alertdialog");
    await expect.poll(() => submissions(page)).toHaveLength(1);
    await page.waitForTimeout(200);
    const sent = await submissions(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ surface: surface.surface, text: BREACHING });
    await page.close();
  });
}
