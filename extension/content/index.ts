/**
 * The content script: on a supported site, watches compose boxes and guards their submit
 * (see guard.ts). It only reads the page, talks to the worker through one message type, and
 * detaches quietly when the extension is updated or reloaded.
 */
import type { Draft } from "../../src/types";
import { MAX_DRAFT_CHARS, type CheckPurpose, type Pong, type Request, type Response } from "../shared/messages";
import { createOverlay } from "../overlay/index";
import { SubmitGuard, type Verdict } from "./guard";
import { adapterForHost } from "./sites";
import type { SiteAdapter } from "./composer";

type MessageListener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => void;

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
}

function runtime(): RuntimeLike | undefined {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  try {
    return scope.browser?.runtime ?? scope.chrome?.runtime;
  } catch {
    return undefined;
  }
}

function isAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

async function check(draft: Draft, purpose: CheckPurpose): Promise<Verdict> {
  const api = runtime();
  if (!api) throw new Error("Extension context invalidated.");
  // Over the limit the worker refuses: check the start rather than nothing.
  const sent: Draft = draft.text.length > MAX_DRAFT_CHARS ? { ...draft, text: draft.text.slice(0, MAX_DRAFT_CHARS) } : draft;
  const request: Request = { type: "check", draft: sent, purpose };
  const response = (await api.sendMessage(request)) as Response | undefined;
  if (response?.type === "verdict") {
    return { findings: response.findings, omitted: response.omitted, enabled: response.enabled, allowPostAnyway: response.allowPostAnyway };
  }
  throw new Error(response?.type === "error" ? response.message : "The worker gave no verdict.");
}

function start(adapter: SiteAdapter): void {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const overlay = createOverlay(signal);
  let scanTimer: ReturnType<typeof setTimeout> | undefined;

  // The popup asks the worker whether this tab is covered; the worker asks us.
  const onMessage: MessageListener = (message, sender, sendResponse) => {
    if (sender.id !== runtime()?.id) return;
    if ((message as { type?: unknown } | null)?.type !== "ping") return;
    const pong: Pong = { type: "pong", site: adapter.selectors.site };
    sendResponse(pong);
  };

  const detach = () => {
    lifetime.abort();
    try {
      runtime()?.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone, and its listeners with it.
    }
    clearTimeout(scanTimer);
    pageObserver.disconnect();
    editorObserver.disconnect();
    overlay.destroy();
  };

  const guard = new SubmitGuard({ adapter, check, overlay, isAlive, onDetach: detach, signal });

  // Editors built on contenteditable (Draft.js, Lexical) often change the DOM without an input
  // event, so each compose box is watched directly.
  const editorObserver = new MutationObserver((records) => {
    const changed = new Set<Node>();
    for (const record of records) changed.add(record.target);
    const editors = new Set<Element>();
    for (const node of changed) {
      const editor = adapter.editorOf(node);
      if (editor) editors.add(editor);
    }
    for (const editor of editors) guard.onEdited(editor);
  });
  const watched = new WeakSet<Element>();

  // The sites are single-page apps: compose boxes come and go. Look for new ones shortly after
  // the page changes, in one batch, rather than on every mutation.
  const scan = () => {
    scanTimer = undefined;
    if (!isAlive()) {
      detach();
      return;
    }
    guard.prune();
    for (const editor of document.querySelectorAll(adapter.selectors.editor.css)) {
      if (watched.has(editor)) continue;
      watched.add(editor);
      if (!(editor instanceof HTMLTextAreaElement)) {
        editorObserver.observe(editor, { characterData: true, childList: true, subtree: true });
      }
      // A box that appears with text in it (a restored draft) is checked before it is sent.
      guard.onEdited(editor);
    }
  };
  const pageObserver = new MutationObserver(() => {
    scanTimer ??= setTimeout(scan, 120);
  });

  guard.attach(window);
  runtime()?.onMessage.addListener(onMessage);
  const hello: Request = { type: "hello" };
  runtime()
    ?.sendMessage(hello)
    .catch(() => undefined);
  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  // Deliberately no marker in the page (attribute, element, global): a site's script must not be
  // able to tell that Second Look is installed. Tests ask the worker instead (ping).
  scan();
}

const adapter = adapterForHost(location.hostname);
if (adapter && isAlive()) start(adapter);
