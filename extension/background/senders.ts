/**
 * Who sent a message, and may they send it? Every message the worker receives passes through
 * here first: anything not from this extension, or from a page that is neither one of the
 * supported sites over https nor one of the extension's own pages, is refused.
 */
import type { RequestType } from "../shared/messages";
import { siteForUrl, type SupportedSite } from "../shared/sites";

/** The parts of runtime.MessageSender we rely on (Chrome and Firefox both provide them). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind =
  | { kind: "content"; site: SupportedSite; tabId: number }
  | { kind: "page" };

/** What each kind of sender may ask for. */
const ALLOWED: Record<SenderKind["kind"], readonly RequestType[]> = {
  content: ["check", "hello"],
  page: ["getState", "setUserSettings", "setEnabled", "tryPost"],
};

export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL(""), e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

/** Classifies a sender, or returns a reason to refuse it. */
export function classifySender(sender: SenderLike, self: ExtensionIdentity): SenderKind | { refused: string } {
  if (sender.id !== self.id) return { refused: "The message did not come from this extension." };
  const url = sender.url ?? "";
  if (url.startsWith(self.baseUrl)) {
    // Chrome reports the sending document's origin; it must be the extension's own.
    if (sender.origin !== undefined && sender.origin !== "null" && `${sender.origin}/` !== self.baseUrl) {
      return { refused: "The page's origin does not match its address." };
    }
    return { kind: "page" };
  }
  const site = siteForUrl(url);
  if (!site) return { refused: "Content scripts may only talk to the worker from the supported sites over https." };
  if (sender.origin !== undefined && sender.origin !== new URL(url).origin) {
    return { refused: "The page's origin does not match its address." };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId !== "number" || tabId < 0) return { refused: "A content script message must come from a tab." };
  return { kind: "content", site, tabId };
}

export function mayAsk(sender: SenderKind, type: RequestType): boolean {
  return ALLOWED[sender.kind].includes(type);
}
