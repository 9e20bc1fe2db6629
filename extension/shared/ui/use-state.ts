/**
 * The popup's and options page's view of the worker's state: fetched on open, and fetched again
 * whenever stored settings change (the school's policy arriving or changing, the other page
 * saving), so both pages are always live.
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import type { ExtensionState } from "../messages";
import { sendToWorker } from "../send";

export interface LoadedState {
  state: ExtensionState | null;
  /** Why the state could not be loaded, in words. */
  problem: string | null;
  refresh(): Promise<void>;
  /** Replace the state with a fresher one the worker returned. */
  accept(next: ExtensionState): void;
}

export function useExtensionState(tabId?: number | null): LoadedState {
  const [state, setState] = useState<ExtensionState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    // `null` means "still finding the tab": wait for it rather than ask without.
    if (tabId === null) return;
    const answer = await sendToWorker(tabId === undefined ? { type: "getState" } : { type: "getState", tabId });
    if (answer.type === "state") {
      setState(answer.state);
      setProblem(null);
    } else {
      setProblem(answer.message);
    }
  }, [tabId]);

  useEffect(() => {
    void refresh();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === "managed" || area === "local") void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  return { state, problem, refresh, accept: setState };
}

/** The top-level setting an error's field path belongs to: "managed.teachingHours.start" → "teachingHours". */
export function errorSetting(field: string): string {
  const path = field.replace(/^(managed|user)\./, "");
  return path.split(/[.[]/, 1)[0] ?? path;
}

/** Whether an error came from the school's policy (as opposed to the user's own settings). */
export function isManagedError(field: string): boolean {
  return field.startsWith("managed.");
}
