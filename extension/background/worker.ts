/**
 * The worker's behaviour, free of browser globals: every incoming message goes through
 * `handle(message, sender)`, which classifies the sender, parses the request, and answers.
 * extension/background/index.ts wires it to the real runtime; unit tests drive it directly.
 *
 * Post text is used only to compute findings and is never stored, logged or sent anywhere.
 */
import { checkPostReport, localDateTime, type CheckReport } from "../../src/index";
import { getProfile, listProfiles } from "../../src/profiles";
import { CATEGORIES } from "../../src/taxonomy";
import type { CategoryId, Draft } from "../../src/types";
import type {
  Attached,
  ErrorResponse,
  ExtensionState,
  Request,
  Response,
  StateResponse,
  TabCoverage,
  UserSettingsPatch,
  Verdict,
} from "../shared/messages";
import { SUPPORTED_SITES, type SupportedSite } from "../shared/sites";
import { classifySender, mayAsk, type ExtensionIdentity, type SenderKind, type SenderLike } from "./senders";
import type { SettingsSnapshot, SettingsStore } from "./settings-store";
import { parseRequest, refuse } from "./validate";
import { CheckQueue, SupersededError } from "./check-queue";

export interface WorkerDeps {
  self: ExtensionIdentity;
  version: string;
  store: SettingsStore;
  /**
   * Asks a tab's content script whether it is there (`ping`). Rejects when nothing in that tab
   * listens (no content script); resolves with whatever it answered otherwise.
   */
  pingTab(tabId: number): Promise<unknown>;
  /** Where checks wait their turn; a fresh queue unless a test passes its own. */
  queue?: CheckQueue;
}

/** How long the popup waits for a tab's content script to answer `ping`. */
const PING_TIMEOUT_MS = 400;

export function createWorker(deps: WorkerDeps) {
  /** Every check, from any tab or page, waits its turn here (see check-queue.ts). */
  const queue = deps.queue ?? new CheckQueue();
  /** Tabs whose content script said hello, in memory only (a restarted worker asks again via ping). */
  const attachedTabs = new Map<number, SenderKind & { kind: "content" }>();

  async function handle(message: unknown, sender: SenderLike): Promise<Response> {
    const from = classifySender(sender, deps.self);
    if ("refused" in from) return refuse("forbidden", from.refused);
    const request = parseRequest(message);
    if (request.type === "error") return request;
    if (!mayAsk(from, request.type)) return refuse("forbidden", `This sender may not send "${request.type}".`);
    try {
      return await answer(request, from);
    } catch (error) {
      if (error instanceof SupersededError) return refuse("superseded", error.message);
      // Deliberately no detail: an exception message could quote the draft.
      return refuse("internal", "Second Look could not complete that request.");
    }
  }

  async function answer(request: Request, from: SenderKind): Promise<Response> {
    switch (request.type) {
      case "check": {
        const snapshot = await deps.store.current();
        if (!snapshot.settings.enabled) return verdict(snapshot, { findings: [], omitted: 0 });
        const site = from.kind === "content" ? from.site.site : request.draft.site;
        const draft = { ...request.draft, ...(site ? { site } : {}) };
        const lane = from.kind === "content" ? `tab ${from.tabId}` : "pages";
        return verdict(snapshot, await queue.run(lane, request.purpose ?? "submit", () => runCheck(draft, snapshot)));
      }
      case "tryPost": {
        // The practice box shows what would be flagged even while checking is switched off.
        const snapshot = await deps.store.current();
        const settings = snapshot.settings.enabled ? snapshot.settings : { ...snapshot.settings, enabled: true };
        return verdict(snapshot, await queue.run("pages", "submit", () => checkPostReport(request.draft, settings)));
      }
      case "hello": {
        if (from.kind === "content") attachedTabs.set(from.tabId, from);
        const snapshot = await deps.store.current();
        const attached: Attached = { type: "attached", enabled: snapshot.settings.enabled };
        return attached;
      }
      case "getState":
        return state(await deps.store.current(), request.tabId);
      case "setEnabled": {
        const snapshot = await deps.store.current();
        const refusal = refuseChange(snapshot, ["enabled"]);
        if (refusal) return refusal;
        return state(await deps.store.patchUser({ enabled: request.enabled }));
      }
      case "setUserSettings": {
        const snapshot = await deps.store.current();
        const refusal = refuseChange(snapshot, Object.keys(request.settings) as (keyof UserSettingsPatch)[]);
        if (refusal) return refusal;
        return state(await deps.store.patchUser(request.settings));
      }
    }
  }

  function runCheck(draft: Draft, snapshot: SettingsSnapshot) {
    // A draft from a site is about to go out now: judge teaching time by this device's clock.
    const timed: Draft = draft.at ? draft : { ...draft, at: localDateTime(new Date()) };
    return checkPostReport(timed, snapshot.settings);
  }

  function verdict(snapshot: SettingsSnapshot, { findings, omitted }: CheckReport): Verdict {
    return {
      type: "verdict",
      findings,
      omitted,
      enabled: snapshot.settings.enabled,
      allowPostAnyway: snapshot.settings.allowPostAnyway,
    };
  }

  function refuseChange(snapshot: SettingsSnapshot, keys: (keyof UserSettingsPatch)[]): ErrorResponse | undefined {
    if (snapshot.settings.locked) {
      return refuse("locked", "Managed by your school: these settings cannot be changed here.");
    }
    const managed = keys.filter((key) => snapshot.managedFields.includes(key));
    if (managed.length > 0) {
      return refuse("managed-field", `Set by your school: ${managed.join(", ")} cannot be changed here.`);
    }
    return undefined;
  }

  async function state(snapshot: SettingsSnapshot, tabId?: number): Promise<StateResponse> {
    const result: ExtensionState = {
      settings: snapshot.settings,
      errors: snapshot.errors,
      managedFields: snapshot.managedFields,
      userSettings: snapshot.user,
      profiles: listProfiles().map(({ id, title, schoolNames }) => ({
        id,
        title,
        schoolNames: [...schoolNames],
        categories: Object.keys(getProfile(id).categories) as CategoryId[],
      })),
      categories: CATEGORIES.map(({ id, title, description }) => ({ id, title, description })),
      sites: SUPPORTED_SITES.map(({ site, title }) => ({ site, title })),
      version: deps.version,
    };
    if (tabId !== undefined) result.tab = await coverage(tabId);
    return { type: "state", state: result };
  }

  async function coverage(tabId: number): Promise<TabCoverage> {
    const known = attachedTabs.get(tabId);
    let answered: unknown;
    try {
      answered = await withTimeout(deps.pingTab(tabId), PING_TIMEOUT_MS);
    } catch {
      // Nothing listens in that tab. A content script that only says hello (and has no message
      // listener) looks the same, so its hello still counts until the tab loads another page.
      return known ? covered(tabId, known.site) : { tabId, covered: false };
    }
    const pongSite =
      typeof answered === "object" && answered !== null && (answered as { type?: unknown }).type === "pong"
        ? SUPPORTED_SITES.find(({ site }) => site === (answered as { site?: unknown }).site)
        : undefined;
    const site = pongSite ?? known?.site;
    return site ? covered(tabId, site) : { tabId, covered: false };
  }

  function covered(tabId: number, site: SupportedSite): TabCoverage {
    return { tabId, covered: true, site: { site: site.site, title: site.title } };
  }

  return {
    handle,
    /** The tab closed or started loading a new document: its hello no longer holds. */
    forgetTab(tabId: number) {
      attachedTabs.delete(tabId);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
