/**
 * A host element on <body> with a CLOSED shadow root: the page's scripts cannot read or change
 * what is inside (host.shadowRoot is null for them) and the site's CSS cannot restyle it.
 *
 * The host is a plain <div> with no id, class or attribute of its own (not even a style): a
 * page must not be able to find it by name and learn that Second Look is installed. Its layout
 * comes from !important :host rules inside the shadow root, which beat even the page's own
 * !important rules (an inner context's important declarations win the cascade).
 */
import { OVERLAY_CSS } from "./styles";

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element to render into. */
  mount: HTMLElement;
  remove(): void;
}

/** Events that must not leave the overlay: the site would treat them as typing or clicks of its own. */
const CONTAINED_EVENTS = [
  "keydown",
  "keyup",
  "keypress",
  "beforeinput",
  "input",
  "compositionstart",
  "compositionend",
  "focusin",
  "focusout",
  "click",
  "dblclick",
  "mousedown",
  "mouseup",
  "pointerdown",
  "pointerup",
  "touchstart",
  "touchend",
  "wheel",
  "contextmenu",
] as const;

export function createShadowHost(options: { containEvents: boolean }): ShadowHost {
  const host = document.createElement("div");
  const root = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = OVERLAY_CSS;
  const mount = document.createElement("div");
  mount.className = "sl";
  root.append(style, mount);
  if (options.containEvents) {
    // Bubbling events from inside the shadow root reach the page retargeted to the host: stop them here.
    for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  }
  (document.body ?? document.documentElement).append(host);
  return { host, root, mount, remove: () => host.remove() };
}
