// @vitest-environment happy-dom
/**
 * The submit state machine (DESIGN.md, "Submit without surprises") with a controllable worker
 * and a recording overlay, on X-shaped markup: which events pass untouched, which are held or
 * stopped, and that every held submit is sent again exactly once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAIL_OPEN_NOTICE, SubmitGuard, type Verdict } from "../../../extension/content/guard";
import { xAdapter } from "../../../extension/content/x";
import type { Overlay, WarningOptions } from "../../../extension/overlay/index";
import type { Draft, Finding } from "../../../src/types";
import type { CheckPurpose } from "../../../extension/shared/messages";

const FINDING: Finding = {
  category: "offensive-language",
  severity: "high",
  start: 0,
  end: 4,
  quote: "F***",
  reason: "Swearing.",
  clause: { policy: "Test policy", text: "Staff must not swear." },
};
const clean: Verdict = { findings: [], enabled: true, allowPostAnyway: true };
const flagged: Verdict = { findings: [FINDING], enabled: true, allowPostAnyway: true };

interface Pending {
  purpose?: CheckPurpose;
  draft: Draft;
  resolve(verdict: Verdict): void;
  reject(error: Error): void;
}

let lifetime: AbortController;
let checks: Pending[];
let warnings: WarningOptions[];
let notices: string[];
let sent: { event: Event; text: string }[];
let alive: boolean;
let detached: number;
let guard: SubmitGuard;
/** What the guard's trust check answers: events dispatched here are never really trusted. */
let trusted: boolean;
let badges: { count: number; onOpen: (point: { x: number; y: number }) => void }[];

function recordingOverlay(): Overlay {
  let open = false;
  return {
    showWarning: (options) => {
      warnings.push(options);
      open = true;
    },
    closeWarning: () => (open = false),
    isWarningOpen: () => open,
    showBadge: (_anchor, count, onOpen) => badges.push({ count, onOpen }),
    hideBadge: () => (badges.length = 0),
    showNotice: (message) => notices.push(message),
    destroy: () => undefined,
  };
}

const editor = () => document.querySelector<HTMLElement>("[data-testid=tweetTextarea_0]")!;
const button = () => document.querySelector<HTMLElement>("[data-testid=tweetButtonInline]")!;

function setText(text: string): void {
  editor().querySelector("span[data-text]")!.textContent = text;
  guard.onEdited(editor());
}

function click(): MouseEvent {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true });
  button().dispatchEvent(event);
  return event;
}

function ctrlEnter(init: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true, cancelable: true, ...init });
  editor().dispatchEvent(event);
  return event;
}

/** Lets the debounce fire and the worker answer. */
async function settle(verdict: Verdict): Promise<void> {
  await vi.advanceTimersByTimeAsync(250);
  checks.at(-1)!.resolve(verdict);
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `
    <main role="main"><div class="composer">
      <div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-block="true"><span data-text="true"></span></div></div>
      <button data-testid="tweetButtonInline">Post</button>
    </div></main>`;
  lifetime = new AbortController();
  checks = [];
  warnings = [];
  notices = [];
  sent = [];
  alive = true;
  detached = 0;
  trusted = true;
  badges = [];
  guard = new SubmitGuard({
    adapter: xAdapter,
    check: (draft, purpose) => new Promise<Verdict>((resolve, reject) => checks.push({ draft, purpose, resolve, reject })),
    overlay: recordingOverlay(),
    isAlive: () => alive,
    onDetach: () => detached++,
    signal: lifetime.signal,
    isTrusted: () => trusted,
  });
  guard.attach(window);
  // The site's own submit handlers: they read the editor at the moment they run.
  const read = () => editor().textContent ?? "";
  button().addEventListener("click", (event) => sent.push({ event, text: read() }), { signal: lifetime.signal });
  editor().addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Enter" && event.ctrlKey) sent.push({ event, text: read() });
    },
    { signal: lifetime.signal },
  );
});

afterEach(() => {
  lifetime.abort();
  vi.useRealTimers();
});

describe("SubmitGuard", () => {
  it("checks the draft once the author pauses, with the site set", async () => {
    setText("Hel");
    setText("Hello");
    await vi.advanceTimersByTimeAsync(150);
    expect(checks).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(checks.map((check) => check.draft)).toEqual([{ text: "Hello", site: "x" }]);
  });

  it("current and clean: the very same event reaches the site, not prevented", async () => {
    setText("Lovely day");
    await settle(clean);
    const event = click();
    expect(event.defaultPrevented).toBe(false);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.event).toBe(event);
    expect(warnings).toHaveLength(0);
  });

  it("only low (advice) findings: the post passes untouched; the badge carries the hint", async () => {
    const hint: Verdict = { findings: [{ ...FINDING, category: "occupation-disclosed", severity: "low" }], enabled: true, allowPostAnyway: true };
    setText("So proud of my class today");
    await settle(hint);
    const event = click();
    expect(event.defaultPrevented).toBe(false);
    expect(sent.map((s) => s.text)).toEqual(["So proud of my class today"]);
    expect(warnings).toHaveLength(0);
  });

  it("current and flagged: stopped, warned; Post anyway sends exactly once with the text as written", async () => {
    setText("F*** off");
    await settle(flagged);
    const event = click();
    expect(event.defaultPrevented).toBe(true);
    expect(sent).toHaveLength(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ mode: "submit", text: "F*** off", allowPostAnyway: true, findings: [FINDING] });
    warnings[0]!.onPostAnyway();
    expect(sent.map((entry) => entry.text)).toEqual(["F*** off"]);
  });

  it("Edit post sends nothing and leaves the text alone", async () => {
    setText("F*** off");
    await settle(flagged);
    click();
    warnings[0]!.onEdit();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toHaveLength(0);
    expect(editor().textContent).toBe("F*** off");
  });

  it("passes the school's allowPostAnyway: false on to the warning", async () => {
    setText("F*** off");
    await settle({ ...flagged, allowPostAnyway: false });
    click();
    expect(warnings[0]!.allowPostAnyway).toBe(false);
  });

  it("a held post never waits on a typing check of the same text: the worker may replace that one", async () => {
    setText("F*** off");
    await vi.advanceTimersByTimeAsync(250);
    expect(checks.map((check) => check.purpose)).toEqual(["typing"]);
    click();
    // A check of its own, marked submit, which the worker runs first and never replaces.
    expect(checks.map((check) => check.purpose)).toEqual(["typing", "submit"]);
    checks[0]!.reject(new Error("A newer check of this draft replaced this one."));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(0);
    expect(notices).toEqual([]);
    checks[1]!.resolve(flagged);
    await vi.advanceTimersByTimeAsync(0);
    expect(warnings).toHaveLength(1);
    expect(sent).toHaveLength(0);
  });

  it("passes on how many findings were left out", async () => {
    setText("F*** off");
    await settle({ ...flagged, omitted: 7 });
    click();
    expect(warnings[0]!.omitted).toBe(7);
  });

  it("stale: holds the submit, checks, then releases a clean post exactly once", async () => {
    setText("Lovely day");
    await settle(clean);
    editor().querySelector("span[data-text]")!.textContent = "Lovely day!"; // changed, not yet re-checked
    const event = click();
    expect(event.defaultPrevented).toBe(true);
    expect(sent).toHaveLength(0);
    expect(checks.at(-1)!.draft.text).toBe("Lovely day!");
    checks.at(-1)!.resolve(clean);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((entry) => entry.text)).toEqual(["Lovely day!"]);
    expect(notices).toEqual([]);
  });

  it("stale and flagged: holds, then warns", async () => {
    setText("F*** off");
    click();
    checks.at(-1)!.resolve(flagged);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(0);
    expect(warnings).toHaveLength(1);
  });

  it("text typed while a post is held is checked too: a flagged addition is warned about, not sent", async () => {
    setText("Lovely day");
    click(); // no verdict yet: held
    // The author goes on typing while the worker answers for "Lovely day".
    setText("Lovely day, ring me on 07700 900123");
    checks[0]!.resolve(clean);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    expect(checks.at(-1)!.draft.text).toBe("Lovely day, ring me on 07700 900123");
    checks.at(-1)!.resolve(flagged);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    expect(warnings.map((warning) => warning.text)).toEqual(["Lovely day, ring me on 07700 900123"]);
    expect(editor().textContent).toBe("Lovely day, ring me on 07700 900123");
    warnings[0]!.onPostAnyway();
    expect(sent.map((entry) => entry.text)).toEqual(["Lovely day, ring me on 07700 900123"]);
  });

  it("text typed while a post is held and found clean goes out once, as it now reads", async () => {
    setText("Lovely day");
    click();
    setText("Lovely day at the beach");
    checks[0]!.resolve(clean);
    await vi.advanceTimersByTimeAsync(0);
    checks.at(-1)!.resolve(clean);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((entry) => entry.text)).toEqual(["Lovely day at the beach"]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it("re-checks a held post within the same 1.5 s: a late second answer fails open once", async () => {
    setText("Lovely day");
    click();
    await vi.advanceTimersByTimeAsync(1_000);
    setText("Lovely day at the beach");
    checks[0]!.resolve(clean);
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((entry) => entry.text)).toEqual(["Lovely day at the beach"]);
    expect(notices).toEqual([FAIL_OPEN_NOTICE]);
    checks.at(-1)!.resolve(flagged);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(warnings).toHaveLength(0);
  });

  it("Post anyway after the draft changed behind the warning checks the new text and warns on it", async () => {
    setText("F*** off");
    await settle(flagged);
    click();
    expect(warnings).toHaveLength(1);
    // Changed while the warning was open (the site's own script, say): not what the author saw.
    editor().querySelector("span[data-text]")!.textContent = "F*** off, ring me on 07700 900123";
    warnings[0]!.onPostAnyway();
    expect(sent).toEqual([]);
    expect(checks.at(-1)!.draft.text).toBe("F*** off, ring me on 07700 900123");
    checks.at(-1)!.resolve(flagged);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    expect(warnings.map((warning) => warning.text)).toEqual(["F*** off", "F*** off, ring me on 07700 900123"]);
    warnings[1]!.onPostAnyway();
    expect(sent.map((entry) => entry.text)).toEqual(["F*** off, ring me on 07700 900123"]);
  });

  it("a second submit while one is held is stopped: the post goes out once", async () => {
    setText("Lovely day");
    const first = click();
    const second = click();
    expect(first.defaultPrevented && second.defaultPrevented).toBe(true);
    checks.at(-1)!.resolve(clean);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
  });

  it("no answer within 1.5 s: releases the post (fail open) and shows a notice", async () => {
    setText("Lovely day");
    click();
    await vi.advanceTimersByTimeAsync(1_499);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((entry) => entry.text)).toEqual(["Lovely day"]);
    expect(notices).toEqual([FAIL_OPEN_NOTICE]);
    // A late answer changes nothing.
    checks.at(-1)!.resolve(flagged);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(warnings).toHaveLength(0);
  });

  it("a worker error fails open too", async () => {
    setText("Lovely day");
    click();
    checks.at(-1)!.reject(new Error("Could not establish connection."));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(notices).toEqual([FAIL_OPEN_NOTICE]);
  });

  it("switched off: a flagged draft passes untouched", async () => {
    setText("F*** off");
    await settle({ ...flagged, enabled: false });
    const event = click();
    expect(event.defaultPrevented).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it("replays a held Ctrl+Enter as the same key, once", async () => {
    setText("F*** off");
    await settle(flagged);
    const original = ctrlEnter();
    expect(original.defaultPrevented).toBe(true);
    expect(sent).toHaveLength(0);
    warnings[0]!.onPostAnyway();
    expect(sent).toHaveLength(1);
    const replayed = sent[0]!.event as KeyboardEvent;
    expect(replayed).not.toBe(original);
    expect([replayed.key, replayed.ctrlKey, replayed.shiftKey]).toEqual(["Enter", true, false]);
  });

  it("ignores keys during IME composition", async () => {
    setText("F*** off");
    await settle(flagged);
    const composing = ctrlEnter({ isComposing: true });
    expect(composing.defaultPrevented).toBe(false);
    expect(warnings).toHaveLength(0);
  });

  it("plain Enter on X is a new line, never a submit", async () => {
    setText("F*** off");
    await settle(flagged);
    const event = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    editor().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(warnings).toHaveLength(0);
  });

  it("an empty draft is never held", () => {
    setText("   ");
    const event = click();
    expect(event.defaultPrevented).toBe(false);
    expect(checks).toHaveLength(0);
  });

  it("once the extension is gone it detaches and lets everything pass", async () => {
    setText("F*** off");
    await settle(flagged);
    alive = false;
    const event = click();
    expect(event.defaultPrevented).toBe(false);
    expect(sent).toHaveLength(1);
    expect(detached).toBe(1);
    setText("more");
    click();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(detached).toBe(1);
    expect(sent).toHaveLength(2);
  });

  it("a click a page script dispatches on a flagged draft is the page's own: not stopped, no warning", async () => {
    setText("F*** off");
    await settle(flagged);
    trusted = false;
    const event = click();
    expect(event.defaultPrevented).toBe(false);
    expect(sent.map((entry) => entry.text)).toEqual(["F*** off"]);
    expect(warnings).toHaveLength(0);
  });

  it("a key a page script dispatches is not intercepted either", async () => {
    setText("F*** off");
    await settle(flagged);
    trusted = false;
    expect(ctrlEnter().defaultPrevented).toBe(false);
    expect(sent).toHaveLength(1);
    expect(warnings).toHaveLength(0);
  });
});

describe("the badge", () => {
  /** Writes text as a person would: the box has focus and an input event comes from it. */
  function write(text: string, init: { focus: boolean }): void {
    if (init.focus) editor().focus();
    editor().querySelector("span[data-text]")!.textContent = text;
    editor().dispatchEvent(new InputEvent("input", { bubbles: true }));
  }

  it("shows for a box the person typed into and that has focus", async () => {
    write("F*** off", { focus: true });
    await settle(flagged);
    expect(badges.map((b) => b.count)).toEqual([1]);
  });

  it("a click on the badge over the Post button of a clean draft (hints only) sends it, once", async () => {
    write("So proud of my class today", { focus: true });
    await settle({ findings: [{ ...FINDING, category: "occupation-disclosed", severity: "low" }], enabled: true, allowPostAnyway: true });
    // happy-dom gives every element an empty box at 0,0: a point there is "over the button".
    badges[0]!.onOpen({ x: 0, y: 0 });
    expect(sent.map((entry) => entry.text)).toEqual(["So proud of my class today"]);
    expect(warnings).toHaveLength(0);
  });

  it("never shows for text a page script wrote, even into a focused box", async () => {
    trusted = false;
    write("F*** off", { focus: true });
    await settle(flagged);
    expect(badges).toEqual([]);
  });

  it("never shows for a box without focus", async () => {
    write("F*** off", { focus: false });
    await settle(flagged);
    expect(badges).toEqual([]);
  });
});
