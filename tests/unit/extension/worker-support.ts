/** In-memory storage and a manual clock for driving the worker's logic without a browser. */
import { SettingsStore, type SettingsSources } from "../../../extension/background/settings-store";
import { createWorker } from "../../../extension/background/worker";

export const SELF = { id: "gjchgooaomehdmkmijmcojagmdejfdkl", baseUrl: "chrome-extension://gjchgooaomehdmkmijmcojagmdejfdkl/" };
export const POPUP = { id: SELF.id, url: `${SELF.baseUrl}extension/popup/index.html`, origin: SELF.baseUrl.slice(0, -1) };
export const OPTIONS = { id: SELF.id, url: `${SELF.baseUrl}extension/options/index.html`, origin: SELF.baseUrl.slice(0, -1), tab: { id: 9 } };
export const X_TAB = { id: SELF.id, url: "https://x.com/home", origin: "https://x.com", tab: { id: 4 }, frameId: 0 };

export class ManualClock {
  private timers: { at: number; run: () => void }[] = [];
  now = 0;
  setTimeout(run: () => void, ms: number) {
    this.timers.push({ at: this.now + ms, run });
    return this.timers.length;
  }
  /** Runs every timer due within `ms`, in order. */
  async advance(ms: number) {
    this.now += ms;
    const due = this.timers.filter(({ at }) => at <= this.now).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((timer) => !due.includes(timer));
    for (const { run } of due) run();
    await flush();
  }
  get pending() {
    return this.timers.length;
  }
}

export async function flush() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

export class MemoryStorage implements SettingsSources {
  managed: unknown = {};
  managedThrows: Error | null = null;
  user: unknown = undefined;
  writes = 0;
  managedReads = 0;
  async readManaged() {
    this.managedReads++;
    if (this.managedThrows) throw this.managedThrows;
    return structuredClone(this.managed);
  }
  async readUser() {
    return structuredClone(this.user);
  }
  async writeUser(value: Record<string, unknown>) {
    this.writes++;
    this.user = structuredClone(value);
  }
}

export function makeWorker(storage = new MemoryStorage(), clock = new ManualClock()) {
  const store = new SettingsStore(storage, clock);
  const pings = new Map<number, unknown>();
  const worker = createWorker({
    self: SELF,
    version: "9.9.9",
    store,
    pingTab: async (tabId) => {
      if (!pings.has(tabId)) throw new Error("Could not establish connection. Receiving end does not exist.");
      return pings.get(tabId);
    },
  });
  return { worker, store, storage, clock, pings };
}
