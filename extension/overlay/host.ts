/**
 * A host element on <body> with a CLOSED shadow root: the page's scripts cannot read or change
 * what is inside (host.shadowRoot is null for them) and the site's CSS cannot restyle it.
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

export function createShadowHost(tagName: string, options: { containEvents: boolean }): ShadowHost {
  const host = document.createElement(tagName);
  // Inline and !important so no page rule can give the host a size or move anything around it.
  const hostStyle: Record<string, string> = {
    all: "initial",
    position: "fixed",
    top: "0",
    left: "0",
    width: "0",
    height: "0",
    overflow: "visible",
    "z-index": "2147483647",
    display: "block",
  };
  for (const [property, value] of Object.entries(hostStyle)) host.style.setProperty(property, value, "important");
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
