/**
 * The toolbar popup: which policy is in force for which school, the on/off switch (the school's
 * when locked), whether this tab is covered, and the way to the settings.
 */
import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import type { ExtensionState } from "../shared/messages";
import { sendToWorker } from "../shared/send";
import { isManagedError, useExtensionState } from "../shared/ui/use-state";

/**
 * The tab the popup was opened over. Without the `tabs` permission a tab's id is still visible
 * (its address is not), which is all the worker needs to ask that tab's content script.
 * `?tab=<id>` names a tab explicitly (the popup opened as a page, e.g. by tests).
 */
async function findTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get("tab");
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

export function Popup() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  useEffect(() => {
    void findTabId().then(setTabId);
  }, []);
  const { state, problem, accept } = useExtensionState(tabId);
  const [switchProblem, setSwitchProblem] = useState<string | null>(null);

  if (!state) {
    return (
      <main class="popup">
        <Header />
        <p class="muted" role="status">
          {problem ?? "Loading…"}
        </p>
      </main>
    );
  }

  const { settings, managedFields } = state;
  const profile = state.profiles.find(({ id }) => id === settings.profile);
  const schoolNames = [...new Set([...settings.schoolNames, ...(profile?.schoolNames ?? [])])];
  const switchIsSchools = settings.locked || managedFields.includes("enabled");
  const policyProblem = state.errors.some(({ field }) => isManagedError(field));

  async function toggle() {
    setSwitchProblem(null);
    const answer = await sendToWorker({ type: "setEnabled", enabled: !settings.enabled });
    if (answer.type === "state") accept(answer.state);
    else setSwitchProblem(answer.message);
  }

  return (
    <main class="popup">
      <Header enabled={settings.enabled} />

      <section class="block" aria-labelledby="policy-heading">
        <h2 id="policy-heading" class="label">
          Policy
        </h2>
        <p class="policy-title">{profile?.title ?? settings.profile}</p>
        {schoolNames.length > 0 ? (
          <p class="school-names" aria-label="School names">
            {schoolNames.join(" · ")}
          </p>
        ) : (
          <p class="muted small">No school name set yet. Add yours in Settings so posts that name it are caught.</p>
        )}
      </section>

      <section class="block switch-row">
        <button
          type="button"
          class="switch"
          role="switch"
          aria-checked={settings.enabled ? "true" : "false"}
          aria-describedby={switchIsSchools ? "switch-note" : undefined}
          disabled={switchIsSchools}
          onClick={() => void toggle()}
        >
          <span class="switch-track" aria-hidden="true">
            <span class="switch-thumb" />
          </span>
          <span>Check my posts</span>
        </button>
        {switchIsSchools && (
          <p id="switch-note" class="managed-note">
            Managed by your school
          </p>
        )}
        {switchProblem && (
          <p class="error-text small" role="alert">
            {switchProblem}
          </p>
        )}
      </section>

      <Coverage state={state} />

      {policyProblem && (
        <p class="notice problem small">Part of your school's setup could not be used. Settings shows what and why.</p>
      )}

      <footer class="popup-footer">
        <button
          type="button"
          class="button"
          onClick={() => {
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          Settings
        </button>
        <span class="muted small">Your posts never leave this device.</span>
      </footer>
    </main>
  );
}

function Header({ enabled }: { enabled?: boolean }) {
  return (
    <header class="popup-header">
      <img src="../icons/icon-32.png" width="24" height="24" alt="" />
      <h1>Second Look</h1>
      {enabled !== undefined && <span class={enabled ? "badge on" : "badge"}>{enabled ? "On" : "Off"}</span>}
    </header>
  );
}

function Coverage({ state }: { state: ExtensionState }) {
  const siteList = state.sites.map(({ title }) => title).join(", ").replace(/, ([^,]*)$/, " and $1");
  const tab = state.tab;
  return (
    <section class="block coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" class="label">
        This tab
      </h2>
      {tab?.covered && tab.site ? (
        <p class="covered" data-covered="true">
          <span class="dot" aria-hidden="true" />
          {state.settings.enabled ? `Checking your posts on ${tab.site.title}.` : `${tab.site.title} is covered, but checking is off.`}
        </p>
      ) : (
        <p class="not-covered muted" data-covered="false">
          Not checked here. Second Look works on {siteList}. If this is one of them, reload the page.
        </p>
      )}
    </section>
  );
}
