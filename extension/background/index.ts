/**
 * Background service worker (Chrome, Edge) / background script (Firefox).
 *
 * Every listener is registered synchronously at the top level, so a worker woken cold by a
 * message answers it: the settings are read once per worker life and awaited per request.
 */
import browser from "webextension-polyfill";
import { SettingsStore } from "./settings-store";
import { createWorker } from "./worker";

const USER_SETTINGS_KEY = "userSettings";
/** On install, how long to wait for a school's policy before deciding to open the options page. */
const INSTALL_POLICY_WAIT_MS = 1_500;

const store = new SettingsStore({
  readManaged: () => browser.storage.managed.get(null),
  readUser: async () => (await browser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY],
  writeUser: (value) => browser.storage.local.set({ [USER_SETTINGS_KEY]: value }),
});

const worker = createWorker({
  self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL("") },
  version: browser.runtime.getManifest().version,
  store,
  pingTab: (tabId) => browser.tabs.sendMessage(tabId, { type: "ping" }, { frameId: 0 }),
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  worker.handle(message, sender),
);

browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === "managed") void store.reloadManaged();
  else if (areaName === "local" && USER_SETTINGS_KEY in changes) void store.reloadUser();
});

browser.tabs.onRemoved.addListener((tabId) => worker.forgetTab(tabId));
// Without the `tabs` permission the URL is hidden, but a new document starting to load is not.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === "loading") worker.forgetTab(tabId);
});

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== "install") return;
  // A school that pushes a profile has already chosen; everyone else picks theirs first.
  await store.waitForManagedPolicy(INSTALL_POLICY_WAIT_MS);
  const { managedFields } = await store.current();
  if (!managedFields.includes("profile")) await browser.runtime.openOptionsPage();
});
