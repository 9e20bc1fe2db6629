/**
 * The one message protocol between the content script, the background worker and the
 * extension's own pages (popup, options). Every message is one member of `Request`; the
 * worker answers each with the matching member of `Response` (see `ResponseFor`), or with an
 * `ErrorResponse` saying why it refused.
 *
 * Who may send what (the worker enforces it, see extension/background/senders.ts):
 * - content scripts on the supported https sites: `check`, `hello`;
 * - the extension's own pages (popup, options): `getState`, `setUserSettings`, `setEnabled`,
 *   `tryPost`.
 * The worker also sends one message to a tab's content script: `ping` (answered with `pong`),
 * to learn whether that tab is covered without needing the `tabs` permission.
 *
 * Owned by the extension platform; extend by adding members here, never by ad-hoc objects.
 * Post text travels only in `check`/`tryPost` requests and their findings; the worker never
 * stores or logs it.
 */
import type { CategoryId, Draft, Finding, ProfileId, Settings, SettingsError, Site } from "../../src/types";

export type CheckPurpose = "submit" | "typing";

/** Drafts longer than this are refused by the worker (a post is never this long). */
export const MAX_DRAFT_CHARS = 100_000;

export type Request =
  /**
   * Content script → worker: check the current draft. `draft.site` is set by the worker from the
   * sender. `purpose`: "submit" when a post is held waiting for this answer (it goes first and is
   * never replaced), "typing" for the check made while the author pauses (a newer one replaces it).
   */
  | { type: "check"; draft: Draft; purpose?: CheckPurpose }
  /** Content script → worker, once when it attaches to a page: "this tab is covered". */
  | { type: "hello" }
  /** Page → worker: everything the popup and options page show; `tabId` asks whether that tab is covered. */
  | { type: "getState"; tabId?: number }
  /**
   * Page → worker: change some of the user's own settings. Each field given replaces the
   * user's value; a field given as `null` is cleared (back to the default). Refused when the
   * school has locked the extension or sets one of these fields.
   */
  | { type: "setUserSettings"; settings: UserSettingsPatch }
  /** Page → worker: the popup's on/off switch. Refused when locked. */
  | { type: "setEnabled"; enabled: boolean }
  /** Options page → worker: "Try a post" — check a draft with the current settings, even when switched off. */
  | { type: "tryPost"; draft: Draft };

export type RequestType = Request["type"];

/** Every request type, for validation: a message whose `type` is not here is refused. */
export const REQUEST_TYPES = ["check", "hello", "getState", "setUserSettings", "setEnabled", "tryPost"] as const satisfies readonly RequestType[];

export type UserSettingsPatch = { [K in keyof Settings]?: Settings[K] | null };

export interface Verdict {
  type: "verdict";
  findings: Finding[];
  /** How many more findings there were than a warning shows (see MAX_FINDINGS in src/check.ts). */
  omitted: number;
  /** False when the author (or school) has switched checking off: show nothing. */
  enabled: boolean;
  /** False when the school removed "Post anyway". */
  allowPostAnyway: boolean;
}

export interface Attached {
  type: "attached";
  /** Whether checking is on right now (the content script may skip work when off). */
  enabled: boolean;
}

export interface StateResponse {
  type: "state";
  state: ExtensionState;
}

export type ErrorCode =
  /** The message is not a well-formed request (bad shape, wrong field types). */
  | "bad-request"
  /** The `type` is not one this worker knows. */
  | "unknown-type"
  /** The sender may not send this message (wrong extension, wrong site, wrong page). */
  | "forbidden"
  /** The draft is longer than MAX_DRAFT_CHARS. */
  | "draft-too-long"
  /** The school has locked the settings. */
  | "locked"
  /** The school's policy sets this field; the user cannot change it. */
  | "managed-field"
  /** A newer typing check from the same tab replaced this one before it ran. */
  | "superseded"
  /** Something failed inside the worker (never includes post text). */
  | "internal";

export interface ErrorResponse {
  type: "error";
  code: ErrorCode;
  message: string;
}

export type Response = Verdict | Attached | StateResponse | ErrorResponse;

interface ResponseByType {
  check: Verdict;
  hello: Attached;
  getState: StateResponse;
  setUserSettings: StateResponse;
  setEnabled: StateResponse;
  tryPost: Verdict;
}

/** The answer to a request: its own response type, or an error. */
export type ResponseFor<R extends Request> = ResponseByType[R["type"]] | ErrorResponse;

/** Worker → content script: "are you there, and for which site?" */
export interface Ping {
  type: "ping";
}
/** Content script → worker, the answer to `ping`. */
export interface Pong {
  type: "pong";
  site: Site;
}

export interface ProfileInfo {
  id: ProfileId;
  title: string;
  schoolNames: readonly string[];
  /** The categories this policy covers; others are never reported under it. */
  categories: CategoryId[];
}

export interface CategoryInfo {
  id: CategoryId;
  title: string;
  description: string;
}

export interface SiteInfo {
  site: Site;
  title: string;
}

export interface TabCoverage {
  tabId: number;
  /** True when Second Look's content script is running in that tab. */
  covered: boolean;
  site?: SiteInfo;
}

/** Everything the popup and options page need, in one answer. */
export interface ExtensionState {
  /** The settings in force: managed ▷ user ▷ defaults. */
  settings: Settings;
  /** What was wrong in the school's policy or the user's settings, field by field, in words. */
  errors: SettingsError[];
  /** Fields the school's policy sets: shown read-only, "Set by your school". */
  managedFields: (keyof Settings)[];
  /** The user's own stored choices (may be overridden by managed fields). */
  userSettings: Partial<Settings>;
  profiles: ProfileInfo[];
  categories: CategoryInfo[];
  sites: SiteInfo[];
  /** Present when `getState` named a tab. */
  tab?: TabCoverage;
  /** The extension's version, from the manifest. */
  version: string;
}
