/**
 * The worker's view of the settings: the school's managed policy, the user's own choices, and
 * the two merged by the core (managed ▷ user ▷ defaults). Storage is reached only through
 * `SettingsSources`, so this runs the same in Chrome, Firefox and unit tests.
 *
 * Managed storage is awkward on purpose-built machines: on the first run Chrome may answer an
 * empty object before the policy service has delivered the school's values, and Firefox throws
 * when no policies.json mentions the add-on. Both count as "no policy yet": the store re-reads a
 * few times on a back-off, and `storage.onChanged` ("managed") re-reads whenever policy changes,
 * including values removed (which then fall back to the user's or the default).
 */
import { resolveSettings, type ResolvedSettings, type SettingsKey } from "../../src/settings";
import type { UserSettingsPatch } from "../shared/messages";

export interface SettingsSources {
  /** storage.managed.get(): may throw (Firefox without policy) or answer {} on a cold first run. */
  readManaged(): Promise<unknown>;
  /** The user's stored settings object (storage.local), or undefined. */
  readUser(): Promise<unknown>;
  writeUser(value: Record<string, unknown>): Promise<void>;
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
}

/** When to look again at a managed area that answered empty or failed (ms after start). */
export const MANAGED_RETRY_DELAYS_MS = [250, 1_000, 3_000, 10_000] as const;

export interface SettingsSnapshot extends ResolvedSettings {
  managedFields: SettingsKey[];
  /** The user's own stored values (unvalidated; errors are in `errors` under "user."). */
  user: Record<string, unknown>;
  /** True once the managed area answered with at least one value. */
  hasManagedPolicy: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class SettingsStore {
  private managed: Record<string, unknown> = {};
  private user: Record<string, unknown> = {};
  private snapshot: SettingsSnapshot;
  private loaded: Promise<void>;
  private retriesScheduled = false;
  private readonly listeners = new Set<(snapshot: SettingsSnapshot) => void>();

  constructor(
    private readonly sources: SettingsSources,
    private readonly scheduler: Scheduler = globalThis,
  ) {
    this.snapshot = this.resolve();
    this.loaded = Promise.all([this.reloadManaged(), this.reloadUser()]).then(() => undefined);
  }

  /** The settings in force, after the first read of both areas. */
  async current(): Promise<SettingsSnapshot> {
    await this.loaded;
    return this.snapshot;
  }

  /** Called on every change of the resolved settings. */
  onChange(listener: (snapshot: SettingsSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the managed area (policy changed, or the first answer was empty). */
  async reloadManaged(): Promise<void> {
    let answer: unknown;
    try {
      answer = await this.sources.readManaged();
    } catch {
      answer = undefined; // Firefox: "Managed storage manifest not found" — simply no policy.
    }
    this.managed = isRecord(answer) ? answer : {};
    if (Object.keys(this.managed).length === 0) this.scheduleManagedRetries();
    this.update();
  }

  async reloadUser(): Promise<void> {
    let answer: unknown;
    try {
      answer = await this.sources.readUser();
    } catch {
      answer = undefined;
    }
    this.user = isRecord(answer) ? { ...answer } : {};
    this.update();
  }

  /**
   * Waits (up to `maxMs`) for a managed policy to show up; resolves with whether one did.
   * Used once, on install, to decide whether to open the options page.
   */
  async waitForManagedPolicy(maxMs: number): Promise<boolean> {
    await this.loaded;
    if (this.snapshot.hasManagedPolicy) return true;
    return new Promise((resolve) => {
      const stop = this.onChange((snapshot) => {
        if (!snapshot.hasManagedPolicy) return;
        stop();
        resolve(true);
      });
      this.scheduler.setTimeout(() => {
        stop();
        resolve(this.snapshot.hasManagedPolicy);
      }, maxMs);
    });
  }

  /**
   * Applies a patch to the user's own settings: a value replaces, `null` clears. Returns the new
   * snapshot. The caller has already checked lock and managed fields.
   */
  async patchUser(patch: UserSettingsPatch): Promise<SettingsSnapshot> {
    await this.loaded;
    // Re-read first: the options page and popup may both write, and another worker instance may have.
    await this.reloadUser();
    const next: Record<string, unknown> = { ...this.user };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete next[key];
      else next[key] = value;
    }
    await this.sources.writeUser(next);
    this.user = next;
    this.update();
    return this.snapshot;
  }

  private scheduleManagedRetries(): void {
    if (this.retriesScheduled) return;
    this.retriesScheduled = true;
    for (const delay of MANAGED_RETRY_DELAYS_MS) {
      this.scheduler.setTimeout(() => {
        if (Object.keys(this.managed).length === 0) void this.reloadManaged();
      }, delay);
    }
  }

  private resolve(): SettingsSnapshot {
    const resolved = resolveSettings({ managed: this.managed, user: this.user });
    return {
      ...resolved,
      user: this.user,
      hasManagedPolicy: Object.keys(this.managed).length > 0,
    };
  }

  private update(): void {
    const before = JSON.stringify(this.snapshot);
    this.snapshot = this.resolve();
    if (JSON.stringify(this.snapshot) === before) return;
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
