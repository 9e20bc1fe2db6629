/**
 * Submit without surprises (DESIGN.md): keeps a verdict for each composer's current draft up to
 * date while the author types, and decides at submit time whether the event passes untouched,
 * is held for a check, or is stopped with a warning. Replays a held submit exactly once.
 *
 * Everything the guard needs from outside (the worker, the overlay, whether the extension is
 * still alive) is passed in, so the state machine is tested without a browser extension.
 */
import type { Draft, Finding } from "../../src/types";
import type { Overlay, Point } from "../overlay/index";
import type { Composer, SiteAdapter } from "./composer";
import type { CheckPurpose } from "../shared/messages";

export interface Verdict {
  findings: Finding[];
  /** Findings beyond what the worker sends (MAX_FINDINGS): the warning says "and N more". */
  omitted?: number;
  enabled: boolean;
  allowPostAnyway: boolean;
}

export interface GuardOptions {
  adapter: SiteAdapter;
  /**
   * Asks the worker; rejects when it cannot answer (error, extension gone, or a typing check
   * replaced by a newer one). "submit": a post is held waiting for it (the worker runs it first).
   */
  check(draft: Draft, purpose: CheckPurpose): Promise<Verdict>;
  overlay: Overlay;
  /** False once this script's extension context is gone (update, reload, uninstall). */
  isAlive(): boolean;
  /** Called once when the guard detaches because the extension went away. */
  onDetach(): void;
  signal: AbortSignal;
  /** Quiet time after the last change before the draft is checked. */
  debounceMs?: number;
  /** How long a held submit waits for the worker before it is released (fail open). */
  answerTimeoutMs?: number;
  /**
   * Whether an event came from the person rather than from a page script (default: the
   * browser's `event.isTrusted`). Unit tests replace it: events they dispatch are never trusted.
   */
  isTrusted?(event: Event): boolean;
}

/** How a held submit is sent again. */
type Trigger =
  | { kind: "click"; button: Element }
  | { kind: "key"; target: Element; init: KeyboardEventInit };

interface ComposerState {
  verdictKey?: string;
  verdict?: Verdict;
  pending?: { key: string; purpose: CheckPurpose; answer: Promise<Verdict> };
}

export const FAIL_OPEN_NOTICE = "Second Look could not check this post in time, so it was sent as written.";

const TIMED_OUT = Symbol("timed out");

/**
 * How many times one held submit is checked while the author keeps changing the draft; past it,
 * the post is released as if the worker were late (the author is still typing as it goes).
 */
const MAX_CHECKS_PER_SUBMIT = 16;

/** The identity of a draft for "is the verdict current": text and attachment kinds. */
export function draftKey(draft: Draft): string {
  return JSON.stringify([draft.text, (draft.attachments ?? []).map((attachment) => attachment.kind)]);
}

/**
 * Does the verdict stop the post? Only medium and high findings do: TAXONOMY.md makes `low` advice,
 * shown as a hint (the badge), so "so proud of my class" never holds a post up.
 */
export function isFlagged(verdict: Verdict): boolean {
  return verdict.enabled && verdict.findings.some((finding) => finding.severity !== "low");
}

/** Is there anything to show in the badge, hints included? */
export function hasFindings(verdict: Verdict): boolean {
  return verdict.enabled && verdict.findings.length > 0;
}

function keyInit(event: KeyboardEvent): KeyboardEventInit & { keyCode: number; which: number } {
  return {
    key: event.key,
    code: event.code,
    location: event.location,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    repeat: false,
    isComposing: false,
    // Editors built on React (Draft.js) still read the legacy codes.
    keyCode: event.keyCode,
    which: event.which,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Events by which a person (never a page script) shows they are writing in a compose box. */
const USE_EVENTS = ["keydown", "beforeinput", "input", "paste", "drop", "compositionend"] as const;

function isNativeButton(element: Element): boolean {
  return element instanceof HTMLButtonElement || element instanceof HTMLInputElement;
}

export class SubmitGuard {
  private readonly states = new WeakMap<Element, ComposerState>();
  /** The debounce timer of each compose box. */
  private readonly timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  /** Composers (by first compose box) whose submit is held while a check runs. */
  private readonly held = new WeakSet<Element>();
  /** True only while this guard re-dispatches a held submit, so its own listener lets it through. */
  private replaying = false;
  private composing = false;
  private detached = false;
  private badgeComposer: Element | null = null;
  /** Compose boxes the person has typed, pasted or dropped into (trusted events only). */
  private readonly usedEditors = new WeakSet<Element>();
  private readonly debounceMs: number;
  private readonly answerTimeoutMs: number;
  private readonly isTrusted: (event: Event) => boolean;

  constructor(private readonly options: GuardOptions) {
    this.debounceMs = options.debounceMs ?? 200;
    this.answerTimeoutMs = options.answerTimeoutMs ?? 1500;
    this.isTrusted = options.isTrusted ?? ((event) => event.isTrusted);
  }

  /** Binds the guard's listeners to `target` (the window), all tied to the guard's AbortSignal. */
  attach(target: Window): void {
    const listen = { capture: true, signal: this.options.signal };
    for (const type of USE_EVENTS) target.addEventListener(type, (event) => this.noteUse(event), listen);
    target.addEventListener("click", (event) => this.onClick(event), listen);
    target.addEventListener("keydown", (event) => this.onKeyDown(event), listen);
    target.addEventListener("input", (event) => this.onEdited(event.target), listen);
    target.addEventListener("compositionstart", () => (this.composing = true), listen);
    target.addEventListener("compositionend", (event) => {
      this.composing = false;
      this.onEdited(event.target);
    }, listen);
  }

  /** A compose box changed (typing, paste, an attachment): check it once the author pauses. */
  onEdited(target: EventTarget | null): void {
    if (this.composing || !this.ensureAlive()) return;
    const editor = this.options.adapter.editorOf(target);
    if (!editor) return;
    // Per keystroke only a timer is reset; the composer is looked up once the author pauses.
    clearTimeout(this.timers.get(editor));
    this.timers.set(
      editor,
      setTimeout(() => {
        this.timers.delete(editor);
        if (editor.isConnected) void this.refresh(this.options.adapter.composerOfEditor(editor), editor);
      }, this.debounceMs),
    );
  }

  /** Remembers a compose box the person really wrote in: only such a box ever gets the badge. */
  private noteUse(event: Event): void {
    if (!this.isTrusted(event)) return;
    const editor = this.options.adapter.editorOf(event.target);
    if (editor) this.usedEditors.add(editor);
  }

  /**
   * Whether the person is using this composer now: they wrote in one of its boxes and the focus
   * is in it. A page script can write into a (hidden) compose box and focus it, but cannot make
   * a trusted input event: so it cannot use the badge to test texts against the school's settings.
   */
  private isInUse(composer: Composer): boolean {
    const active = document.activeElement;
    if (!active) return false;
    return composer.editors.some((editor) => this.usedEditors.has(editor) && (editor === active || editor.contains(active)));
  }

  /** Hides the badge once its compose box has left the page (a dialog closed, a post sent). */
  prune(): void {
    if (this.badgeComposer && !this.badgeComposer.isConnected) {
      this.badgeComposer = null;
      this.options.overlay.hideBadge();
    }
  }

  private stateOf(composer: Composer): ComposerState {
    const id = composer.editors[0]!;
    let state = this.states.get(id);
    if (!state) {
      state = {};
      this.states.set(id, state);
    }
    return state;
  }

  /** Checks the composer's draft if its verdict is not current, then updates the badge. */
  private async refresh(composer: Composer, anchor: Element): Promise<void> {
    if (!this.ensureAlive()) return;
    const draft = this.options.adapter.readDraft(composer);
    const key = draftKey(draft);
    const state = this.stateOf(composer);
    if (draft.text.trim() === "") {
      this.updateBadge(composer, anchor, draft, null);
      return;
    }
    try {
      const verdict = state.verdictKey === key && state.verdict ? state.verdict : await this.answer(state, draft, key, "typing");
      // Only show what belongs to the text as it is now.
      if (draftKey(this.options.adapter.readDraft(composer)) === key) this.updateBadge(composer, anchor, draft, verdict);
    } catch {
      this.ensureAlive();
    }
  }

  private answer(state: ComposerState, draft: Draft, key: string, purpose: CheckPurpose): Promise<Verdict> {
    // A held post never waits on a typing check: the worker may replace that one with a newer
    // typing check, and a held post must not be released unchecked because of it.
    if (state.pending?.key === key && (state.pending.purpose === "submit" || purpose === "typing")) return state.pending.answer;
    const answer = this.options.check(draft, purpose).then((verdict) => {
      state.verdictKey = key;
      state.verdict = verdict;
      return verdict;
    });
    const pending = { key, purpose, answer };
    state.pending = pending;
    const clear = () => {
      if (state.pending === pending) state.pending = undefined;
    };
    answer.then(clear, clear);
    return answer;
  }

  private updateBadge(composer: Composer, anchor: Element, draft: Draft, verdict: Verdict | null): void {
    const id = composer.editors[0]!;
    if (!verdict || !hasFindings(verdict) || !this.isInUse(composer)) {
      if (this.badgeComposer === id) {
        this.badgeComposer = null;
        this.options.overlay.hideBadge();
      }
      return;
    }
    this.badgeComposer = id;
    const onOpen = (point: Point) => {
      // The badge is placed clear of the submit control, but a layout change can still slide the
      // control under it between two frames. A click there was meant for the control: send it
      // down the submit path, never into the preview.
      const button = composer.submitButton;
      if (button?.isConnected && contains(button.getBoundingClientRect(), point)) {
        const click = new Event("click", { cancelable: true });
        this.onSubmit(click, composer, { kind: "click", button });
        // Not held and not warned (a clean current verdict): the click landed on the badge, not
        // the button, so nothing else will send it. Send it now, once.
        if (!click.defaultPrevented) this.replay({ kind: "click", button });
        return;
      }
      const focused = anchor instanceof HTMLElement ? anchor : null;
      this.options.overlay.showWarning({
        text: draft.text,
        findings: verdict.findings,
        omitted: verdict.omitted ?? 0,
        mode: "preview",
        allowPostAnyway: false,
        onEdit: () => {
          this.options.overlay.closeWarning();
          focused?.focus({ preventScroll: true });
        },
        onPostAnyway: () => undefined,
      });
    };
    this.options.overlay.showBadge(anchor, verdict.findings.length, onOpen, () => obstaclesOf(composer));
  }

  // Only the person's own submits are intercepted. A click or key a page script dispatches is the
  // page's own doing (and would otherwise let it probe the school's settings by seeing whether a
  // warning appears); our own replay is untrusted too, and passes.
  private onClick(event: MouseEvent): void {
    if (this.replaying || !this.isTrusted(event) || !this.ensureAlive()) return;
    const button = this.options.adapter.submitButtonOf(event.target);
    if (!button) return;
    const composer = this.options.adapter.composerOfButton(button);
    if (!composer) return;
    this.onSubmit(event, composer, { kind: "click", button });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.replaying || !this.isTrusted(event) || event.isComposing || event.keyCode === 229 || !this.ensureAlive()) return;
    const { adapter } = this.options;
    const editor = adapter.editorOf(event.target);
    if (editor) {
      const composer = adapter.composerOfEditor(editor);
      if (!adapter.isSubmitKey(event, editor, composer)) return;
      const target = event.target instanceof Element ? event.target : editor;
      this.onSubmit(event, composer, { kind: "key", target, init: keyInit(event) });
      return;
    }
    // A role=button control pressed from the keyboard sends without a click; a native <button>
    // turns the key into a click, which onClick sees.
    if (event.key !== "Enter" && event.key !== " ") return;
    const button = adapter.submitButtonOf(event.target);
    if (!button || isNativeButton(button)) return;
    const composer = adapter.composerOfButton(button);
    if (composer) this.onSubmit(event, composer, { kind: "click", button });
  }

  private onSubmit(event: Event, composer: Composer, trigger: Trigger): void {
    const id = composer.editors[0]!;
    if (this.held.has(id)) {
      // A check for this post is already under way and will send it: never send twice.
      stop(event);
      return;
    }
    const draft = this.options.adapter.readDraft(composer);
    if (draft.text.trim() === "") return;
    const key = draftKey(draft);
    const state = this.stateOf(composer);
    if (state.verdictKey === key && state.verdict) {
      if (!isFlagged(state.verdict)) return; // current and clean: untouched
      stop(event);
      this.warn(composer, draft, state.verdict, trigger);
      return;
    }
    stop(event);
    this.hold(composer, draft, trigger);
  }

  /**
   * Holds the submit until the verdict belongs to the text that would go out. The author may go
   * on typing while the worker answers, and a replayed click sends what the editor holds at that
   * moment, not what was checked: so after a clean answer the draft is read again and, if it
   * changed, checked again, all within the one fail-open deadline.
   */
  private async checkHeld(composer: Composer, draft: Draft, state: ComposerState, trigger: Trigger): Promise<void> {
    const id = composer.editors[0]!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), this.answerTimeoutMs);
    });
    let checked = draft;
    let outcome: Verdict | typeof TIMED_OUT | Error = TIMED_OUT;
    try {
      for (let round = 0; round < MAX_CHECKS_PER_SUBMIT; round++) {
        outcome = await Promise.race([this.verdictFor(state, checked), deadline]);
        if (outcome === TIMED_OUT || isFlagged(outcome)) break;
        const now = this.options.adapter.readDraft(composer);
        if (draftKey(now) === draftKey(checked)) break;
        checked = now;
        // Still changing after the last round: its verdict is not known, as if the worker were late.
        outcome = TIMED_OUT;
      }
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error));
    } finally {
      clearTimeout(timer);
      this.held.delete(id);
    }
    if (outcome === TIMED_OUT || outcome instanceof Error) {
      this.replay(trigger);
      if (this.ensureAlive()) this.options.overlay.showNotice(FAIL_OPEN_NOTICE);
      return;
    }
    if (!isFlagged(outcome)) {
      this.replay(trigger);
      return;
    }
    this.warn(composer, checked, outcome, trigger);
  }

  /** The current verdict for this draft if there is one, else the worker's answer. */
  private verdictFor(state: ComposerState, draft: Draft): Promise<Verdict> {
    const key = draftKey(draft);
    if (state.verdictKey === key && state.verdict) return Promise.resolve(state.verdict);
    return this.answer(state, draft, key, "submit");
  }

  /** Holds a submit and checks the draft; the check releases or warns. */
  private hold(composer: Composer, draft: Draft, trigger: Trigger): void {
    this.held.add(composer.editors[0]!);
    void this.checkHeld(composer, draft, this.stateOf(composer), trigger);
  }

  private warn(composer: Composer, draft: Draft, verdict: Verdict, trigger: Trigger): void {
    const focus = saveFocus(composer);
    const warnedKey = draftKey(draft);
    this.options.overlay.hideBadge();
    this.badgeComposer = null;
    this.options.overlay.showWarning({
      text: draft.text,
      findings: verdict.findings,
      omitted: verdict.omitted ?? 0,
      mode: "submit",
      allowPostAnyway: verdict.allowPostAnyway,
      onEdit: () => {
        this.options.overlay.closeWarning();
        focus.restore();
      },
      onPostAnyway: () => {
        this.options.overlay.closeWarning();
        focus.restore();
        // "Post anyway" accepts the text the warning showed. If the draft changed since, the
        // author has not seen a verdict on what would now go out: check that first.
        const now = this.options.adapter.readDraft(composer);
        if (draftKey(now) !== warnedKey && now.text.trim() !== "") {
          if (!this.held.has(composer.editors[0]!)) this.hold(composer, now, trigger);
          return;
        }
        this.replay(trigger);
      },
    });
  }

  /** Sends a held submit again, exactly once, past this guard's own listener. */
  private replay(trigger: Trigger): void {
    this.replaying = true;
    try {
      if (trigger.kind === "click") {
        if (trigger.button instanceof HTMLElement) trigger.button.click();
        else trigger.button.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, composed: true }));
      } else {
        trigger.target.dispatchEvent(new KeyboardEvent("keydown", trigger.init));
      }
    } finally {
      this.replaying = false;
    }
  }

  /** Whether the extension is still there; if not, detaches for good and lets everything pass. */
  private ensureAlive(): boolean {
    if (this.detached) return false;
    if (this.options.isAlive()) return true;
    this.detached = true;
    this.options.onDetach();
    return false;
  }
}

/** What a person may click or read in a composer: the badge must never stand over any of it. */
const CONTROLS = "button, [role='button'], a[href], input, textarea, select, [contenteditable='true'], [tabindex]:not([tabindex='-1'])";

function obstaclesOf(composer: Composer): Element[] {
  const found = new Set<Element>(composer.editors);
  if (composer.submitButton) found.add(composer.submitButton);
  for (const control of composer.scope.querySelectorAll(CONTROLS)) found.add(control);
  return [...found];
}

function contains(box: DOMRect, point: Point): boolean {
  return point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;
}

/** Where the author was (compose box and caret), to come back to it untouched. */
function saveFocus(composer: Composer): { restore(): void } {
  const active = document.activeElement;
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const editor = composer.editors.find((box) => active && (box === active || box.contains(active))) ?? composer.editors[0]!;
  const caretInEditor = range !== null && editor.contains(range.startContainer);
  return {
    restore() {
      const target = editor.isConnected ? editor : active;
      if (target instanceof HTMLElement) target.focus({ preventScroll: true });
      if (caretInEditor && range && editor.isConnected) {
        const current = document.getSelection();
        current?.removeAllRanges();
        current?.addRange(range);
      }
    },
  };
}
