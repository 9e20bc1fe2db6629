/**
 * The overlay the content script drives: the warning dialog, the badge by the composer and the
 * "could not check" notice, each in its own closed shadow root on <body>.
 */
import { render } from "preact";
import type { Finding } from "../../src/types";
import { Badge } from "./Badge";
import { createShadowHost, type ShadowHost } from "./host";
import { Notice } from "./Notice";
import { Warning } from "./Warning";

export const WARNING_TAG = "second-look-warning";
export const BADGE_TAG = "second-look-badge";
export const NOTICE_TAG = "second-look-notice";

export interface WarningOptions {
  text: string;
  findings: Finding[];
  mode: "submit" | "preview";
  allowPostAnyway: boolean;
  onEdit(): void;
  onPostAnyway(): void;
}

export interface Overlay {
  /** Shows the warning (replacing one already open). */
  showWarning(options: WarningOptions): void;
  closeWarning(): void;
  isWarningOpen(): boolean;
  /** Shows the badge at the bottom right of `anchor` (the compose box). */
  showBadge(anchor: Element, count: number, onOpen: () => void): void;
  hideBadge(): void;
  showNotice(message: string): void;
  /** Removes everything, for good. */
  destroy(): void;
}

const NOTICE_MS = 7000;
const BADGE_SIZE = { width: 44, height: 26, inset: 6 };

export function createOverlay(signal: AbortSignal): Overlay {
  let warning: ShadowHost | null = null;
  let notice: ShadowHost | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let badge: ShadowHost | null = null;
  let badgeState: { anchor: Element; count: number; onOpen: () => void } | null = null;
  let frame = 0;

  const closeWarning = () => {
    if (!warning) return;
    render(null, warning.mount);
    warning.remove();
    warning = null;
  };

  const hideNotice = () => {
    clearTimeout(noticeTimer);
    if (!notice) return;
    render(null, notice.mount);
    notice.remove();
    notice = null;
  };

  const drawBadge = () => {
    frame = 0;
    if (!badgeState) return;
    if (!badgeState.anchor.isConnected) {
      hideBadge();
      return;
    }
    const box = badgeState.anchor.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    if (!badge) badge = createShadowHost(BADGE_TAG, { containEvents: true });
    badge.host.style.setProperty("display", visible ? "block" : "none", "important");
    const top = Math.max(0, box.bottom - BADGE_SIZE.height - BADGE_SIZE.inset);
    const left = Math.max(0, box.right - BADGE_SIZE.width - BADGE_SIZE.inset);
    render(<Badge count={badgeState.count} top={top} left={left} onOpen={badgeState.onOpen} />, badge.mount);
  };

  const scheduleBadge = () => {
    if (badgeState && frame === 0) frame = requestAnimationFrame(drawBadge);
  };

  const hideBadge = () => {
    badgeState = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if (!badge) return;
    render(null, badge.mount);
    badge.remove();
    badge = null;
  };

  // The badge is fixed-position: follow the compose box when the page scrolls or resizes.
  addEventListener("scroll", scheduleBadge, { capture: true, passive: true, signal });
  addEventListener("resize", scheduleBadge, { passive: true, signal });

  return {
    showWarning(options) {
      closeWarning();
      warning = createShadowHost(WARNING_TAG, { containEvents: true });
      render(<Warning {...options} />, warning.mount);
    },
    closeWarning,
    isWarningOpen: () => warning !== null,
    showBadge(anchor, count, onOpen) {
      badgeState = { anchor, count, onOpen };
      scheduleBadge();
    },
    hideBadge,
    showNotice(message) {
      hideNotice();
      notice = createShadowHost(NOTICE_TAG, { containEvents: true });
      render(<Notice message={message} onClose={hideNotice} />, notice.mount);
      noticeTimer = setTimeout(hideNotice, NOTICE_MS);
    },
    destroy() {
      closeWarning();
      hideBadge();
      hideNotice();
    },
  };
}
