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

export interface WarningOptions {
  text: string;
  findings: Finding[];
  /** How many more findings there were than are listed. */
  omitted?: number;
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
  /**
   * Shows the badge by `anchor` (the compose box), never over it nor over any of `obstacles()`
   * (the composer's boxes and controls); hidden while no such place is on screen.
   */
  showBadge(anchor: Element, count: number, onOpen: (point: Point) => void, obstacles: () => Element[]): void;
  hideBadge(): void;
  showNotice(message: string): void;
  /** Removes everything, for good. */
  destroy(): void;
}

export interface Point {
  x: number;
  y: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const NOTICE_MS = 7000;
/** The badge's size (fixed in styles.ts) and its distance from the compose box. */
const BADGE_SIZE = { width: 48, height: 26, gap: 6 };
/** A pointer this close to the badge may be about to click it: check it is still clear first. */
const NEAR_PX = 48;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Where the badge can go: beside the compose box, clear of the box and of every obstacle (the
 * composer's boxes and controls, which it must never cover: a click meant for Post must land on
 * Post), wholly in the viewport. Tried in order: right of the box's bottom edge, below it, above
 * it, left of it. Null when none is free.
 */
export function placeBadge(anchor: Box, obstacles: Box[], viewport: { width: number; height: number }): Box | null {
  const { width, height, gap } = BADGE_SIZE;
  const candidates: [number, number][] = [
    [anchor.right + gap, anchor.bottom - height],
    [anchor.right - width, anchor.bottom + gap],
    [anchor.right - width, anchor.top - height - gap],
    [anchor.left - width - gap, anchor.bottom - height],
  ];
  for (const [left, top] of candidates) {
    const spot = { left, top, right: left + width, bottom: top + height };
    if (left < 0 || top < 0 || spot.right > viewport.width || spot.bottom > viewport.height) continue;
    if (overlaps(spot, anchor) || obstacles.some((obstacle) => overlaps(spot, obstacle))) continue;
    return spot;
  }
  return null;
}

/** Whether a compose box is on screen: a size, not hidden by CSS, at least partly in the viewport. */
function isShown(element: Element, box: DOMRect): boolean {
  if (box.width <= 0 || box.height <= 0) return false;
  if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
  const check = (element as Element & { checkVisibility?(options: object): boolean }).checkVisibility;
  return check ? check.call(element, { opacityProperty: true, visibilityProperty: true }) : true;
}

export function createOverlay(signal: AbortSignal): Overlay {
  let warning: ShadowHost | null = null;
  let notice: ShadowHost | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let badge: ShadowHost | null = null;
  let badgeState: { anchor: Element; count: number; onOpen: (point: Point) => void; obstacles: () => Element[] } | null = null;
  /** Where the badge is drawn now, if it is. */
  let badgeSpot: Box | null = null;
  let frame = 0;
  // Layout changes that move no scrollbar and resize no window (a dialog growing, a preview
  // added, the Post button moving) must move the badge too.
  const layoutObserver = typeof ResizeObserver === "function" ? new ResizeObserver(() => scheduleBadge()) : null;

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
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if (!badgeState) return;
    if (!badgeState.anchor.isConnected) {
      hideBadge();
      return;
    }
    const box = badgeState.anchor.getBoundingClientRect();
    if (!isShown(badgeState.anchor, box)) {
      // No host at all for a box nobody can see: a page must not learn from a hidden compose
      // box of its own whether its text would be flagged.
      removeBadgeHost();
      return;
    }
    const obstacles = badgeState.obstacles().map((element) => element.getBoundingClientRect());
    const spot = placeBadge(box, obstacles, { width: innerWidth, height: innerHeight });
    if (!spot) {
      removeBadgeHost();
      return;
    }
    if (!badge) badge = createShadowHost({ containEvents: true });
    badgeSpot = spot;
    render(<Badge count={badgeState.count} top={spot.top} left={spot.left} onOpen={badgeState.onOpen} />, badge.mount);
  };

  const scheduleBadge = () => {
    if (badgeState && frame === 0) frame = requestAnimationFrame(drawBadge);
  };

  const removeBadgeHost = () => {
    badgeSpot = null;
    if (!badge) return;
    render(null, badge.mount);
    badge.remove();
    badge = null;
  };

  const hideBadge = () => {
    badgeState = null;
    layoutObserver?.disconnect();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    removeBadgeHost();
  };

  // The badge is fixed-position: follow the compose box when the page scrolls or resizes.
  addEventListener("scroll", scheduleBadge, { capture: true, passive: true, signal });
  addEventListener("resize", scheduleBadge, { passive: true, signal });
  // A mouse moves before it clicks: when it comes near the badge, place the badge again at once,
  // so the click's hit test sees the layout as it is now, not as it was at the last frame.
  addEventListener(
    "pointermove",
    (event) => {
      if (!badgeSpot) return;
      const near = { left: badgeSpot.left - NEAR_PX, top: badgeSpot.top - NEAR_PX, right: badgeSpot.right + NEAR_PX, bottom: badgeSpot.bottom + NEAR_PX };
      if (overlaps(near, { left: event.clientX, top: event.clientY, right: event.clientX + 1, bottom: event.clientY + 1 })) drawBadge();
    },
    { capture: true, passive: true, signal },
  );

  return {
    showWarning(options) {
      closeWarning();
      warning = createShadowHost({ containEvents: true });
      render(<Warning {...options} />, warning.mount);
    },
    closeWarning,
    isWarningOpen: () => warning !== null,
    showBadge(anchor, count, onOpen, obstacles) {
      if (badgeState?.anchor !== anchor) {
        layoutObserver?.disconnect();
        layoutObserver?.observe(anchor);
        // The composer's own controls move with it (a dialog growing or re-centring).
        for (const element of obstacles()) if (element.parentElement) layoutObserver?.observe(element.parentElement);
      }
      badgeState = { anchor, count, onOpen, obstacles };
      scheduleBadge();
    },
    hideBadge,
    showNotice(message) {
      hideNotice();
      notice = createShadowHost({ containEvents: true });
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
