/**
 * Finding a composer from an event target, reading its draft, and telling a submit from a
 * keystroke, driven by a site's selector data. Only reads the page: nothing here writes to the
 * site's DOM.
 */
import type { Attachment, Draft } from "../../src/types";
import type { SiteSelectors } from "./selectors";

/** One post being written: its compose boxes (in order) and the control that sends it. */
export interface Composer {
  /** The element the composer lives in (used for attachment previews). */
  scope: Element;
  /** Every compose box of this post, in document order; never empty. */
  editors: Element[];
  /** The submit control of this composer, if it has one. */
  submitButton: Element | null;
}

export interface SiteAdapter {
  selectors: SiteSelectors;
  /** The compose box an event target is in, if any. */
  editorOf(target: EventTarget | null): Element | null;
  /** The submit control an event target is in, if any. */
  submitButtonOf(target: EventTarget | null): Element | null;
  /** The composer a compose box belongs to. */
  composerOfEditor(editor: Element): Composer;
  /** The composer a submit control sends, or null when it has no compose box. */
  composerOfButton(button: Element): Composer | null;
  /** Whether this keydown in this composer's box sends the post. */
  isSubmitKey(event: KeyboardEvent, editor: Element, composer: Composer): boolean;
  /** The draft the composer would send now. */
  readDraft(composer: Composer): Draft;
}

function asElement(target: EventTarget | null): Element | null {
  if (target instanceof Element) return target;
  if (target instanceof Node) return target.parentElement;
  return null;
}

function isSubmitControl(element: Element, selectors: SiteSelectors): boolean {
  return selectors.submit.some((submit) => {
    if (!element.matches(submit.css)) return false;
    if (!submit.labels) return true;
    const shown = (element.textContent ?? "").trim().toLowerCase();
    return submit.labels.some((label) => label.toLowerCase() === shown);
  });
}

function submitControlIn(scope: Element, selectors: SiteSelectors): Element | null {
  for (const submit of selectors.submit) {
    for (const candidate of scope.querySelectorAll(submit.css)) {
      if (isSubmitControl(candidate, selectors)) return candidate;
    }
  }
  return null;
}

function editorsIn(scope: Element, selectors: SiteSelectors): Element[] {
  const found = Array.from(scope.querySelectorAll(selectors.editor.css));
  if (scope.matches(selectors.editor.css)) found.unshift(scope);
  return found;
}

/** Ancestors from `start` up to and including the boundary (or the body), nearest first. */
function* ancestorsWithinBoundary(start: Element, selectors: SiteSelectors): Generator<Element> {
  const boundary = start.closest(selectors.boundary.css);
  for (let node: Element | null = start; node; node = node.parentElement) {
    yield node;
    if (node === boundary || node === node.ownerDocument.body) return;
  }
}

const BLOCK_TAGS = new Set(["DIV", "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "SECTION"]);

/**
 * The text of a compose box as the author sees it: a textarea's value, or a contenteditable's
 * lines — one per block (Draft.js block, Lexical paragraph) and per <br>, where a <br> that
 * only holds an empty line open counts as that empty line. Walks the DOM instead of using
 * innerText so it never forces a layout of the site's page while the author types.
 */
export function readEditorText(editor: Element): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  const lines: string[] = [];
  let line = "";
  const endLine = () => {
    lines.push(line);
    line = "";
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += (child as Text).data;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      if (element.tagName === "BR") {
        // A <br> last in its block after some text only keeps the caret's line open: skip it.
        if (!(isLastInBlock(element, editor) && line !== "")) endLine();
        continue;
      }
      const isBlock = BLOCK_TAGS.has(element.tagName);
      if (isBlock && line !== "") endLine();
      visit(element);
      if (isBlock && line !== "") endLine();
    }
  };
  visit(editor);
  if (line !== "") endLine();
  return lines.join("\n").replace(/\n+$/, "");
}

/** Whether nothing follows `node` before the end of its block element (or the editor). */
function isLastInBlock(node: Element, editor: Element): boolean {
  for (let current: Node | null = node; current && current !== editor; current = current.parentNode) {
    if (current.nextSibling !== null) return false;
    const parent: Node | null = current.parentNode;
    if (parent instanceof Element && BLOCK_TAGS.has(parent.tagName)) return true;
  }
  return true;
}

export function readAttachments(scope: Element, selectors: SiteSelectors): Attachment[] {
  const seen = new Set<Element>();
  const attachments: Attachment[] = [];
  for (const selector of selectors.attachments) {
    for (const preview of scope.querySelectorAll(selector.css)) {
      // A <source> belongs to its <video>: one attachment, not two.
      const media = preview.tagName === "SOURCE" && preview.parentElement ? preview.parentElement : preview;
      if (seen.has(media)) continue;
      seen.add(media);
      attachments.push({ kind: selector.kind });
    }
  }
  return attachments;
}

/** Site-specific rules about keys, on top of the data. */
export interface KeyRules {
  isSubmitKey(event: KeyboardEvent, editor: Element, composer: Composer, selectors: SiteSelectors): boolean;
}

export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
}

export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** The rules every site shares, read from its `keys` data. */
export function defaultIsSubmitKey(event: KeyboardEvent, editor: Element, composer: Composer, selectors: SiteSelectors): boolean {
  if (selectors.keys.modEnter === "submit" && isModEnter(event)) return true;
  if (!isPlainEnter(event)) return false;
  switch (selectors.keys.enter) {
    case "newline":
      return false;
    case "submit-when-no-button":
      return composer.submitButton === null;
    case "submit-in-textarea":
      return editor instanceof HTMLTextAreaElement;
  }
}

export function createAdapter(selectors: SiteSelectors, keyRules: KeyRules = { isSubmitKey: defaultIsSubmitKey }): SiteAdapter {
  const composerFrom = (scope: Element, submitButton: Element | null, fallbackEditors: Element[]): Composer => {
    const whole = selectors.wholePostWithin ? scope.closest(selectors.wholePostWithin.css) : null;
    const editors = whole ? editorsIn(whole, selectors) : fallbackEditors;
    return { scope: whole ?? scope, editors: editors.length > 0 ? editors : fallbackEditors, submitButton };
  };
  return {
    selectors,
    editorOf(target) {
      return asElement(target)?.closest(selectors.editor.css) ?? null;
    },
    submitButtonOf(target) {
      for (let node = asElement(target); node; node = node.parentElement) {
        if (isSubmitControl(node, selectors)) return node;
      }
      return null;
    },
    composerOfEditor(editor) {
      for (const ancestor of ancestorsWithinBoundary(editor, selectors)) {
        const button = ancestor === editor ? null : submitControlIn(ancestor, selectors);
        if (button) return composerFrom(ancestor, button, editorsIn(ancestor, selectors));
      }
      const boundary = editor.closest(selectors.boundary.css) ?? editor.parentElement ?? editor;
      return composerFrom(boundary, null, [editor]);
    },
    composerOfButton(button) {
      for (const ancestor of ancestorsWithinBoundary(button, selectors)) {
        const editors = editorsIn(ancestor, selectors);
        if (editors.length > 0) return composerFrom(ancestor, button, editors);
      }
      return null;
    },
    isSubmitKey(event, editor, composer) {
      return keyRules.isSubmitKey(event, editor, composer, selectors);
    },
    readDraft(composer) {
      const text = composer.editors.map(readEditorText).filter((part) => part !== "").join("\n\n");
      const attachments = readAttachments(composer.scope, selectors);
      const draft: Draft = { text, site: selectors.site };
      if (attachments.length > 0) draft.attachments = attachments;
      return draft;
    },
  };
}
