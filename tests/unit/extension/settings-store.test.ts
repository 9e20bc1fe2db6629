/** Managed storage as browsers really deliver it: late on first run, absent on Firefox, changing live. */
import { describe, expect, it } from "vitest";
import { MANAGED_RETRY_DELAYS_MS, SettingsStore } from "../../../extension/background/settings-store";
import { ManualClock, MemoryStorage, flush } from "./worker-support";

describe("SettingsStore", () => {
  it("uses the defaults when there is no policy and no user choice", async () => {
    const store = new SettingsStore(new MemoryStorage(), new ManualClock());
    const snapshot = await store.current();
    expect(snapshot.settings.profile).toBe("general");
    expect(snapshot.settings.enabled).toBe(true);
    expect(snapshot.managedFields).toEqual([]);
    expect(snapshot.hasManagedPolicy).toBe(false);
  });

  it("treats Firefox's 'no managed storage' error as no policy, not as a failure", async () => {
    const storage = new MemoryStorage();
    storage.managedThrows = new Error("Managed storage manifest not found");
    storage.user = { profile: "catcott" };
    const store = new SettingsStore(storage, new ManualClock());
    const snapshot = await store.current();
    expect(snapshot.settings.profile).toBe("catcott");
    expect(snapshot.errors).toEqual([]);
  });

  it("re-reads an empty first answer on a back-off until the policy arrives, then stops", async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const store = new SettingsStore(storage, clock);
    await store.current();
    expect(clock.pending).toBe(MANAGED_RETRY_DELAYS_MS.length);
    storage.managed = { profile: "le-cateau" }; // the policy service delivers late
    await clock.advance(MANAGED_RETRY_DELAYS_MS[0]);
    expect((await store.current()).settings.profile).toBe("le-cateau");
    const reads = storage.managedReads;
    await clock.advance(60_000);
    expect(storage.managedReads).toBe(reads); // no more reads once a policy is in
  });

  it("applies a changed policy live and falls back when a value is removed", async () => {
    const storage = new MemoryStorage();
    storage.managed = { profile: "catcott", allowPostAnyway: false };
    storage.user = { profile: "cadoxton" };
    const store = new SettingsStore(storage, new ManualClock());
    expect((await store.current()).settings).toMatchObject({ profile: "catcott", allowPostAnyway: false });
    const seen: string[] = [];
    store.onChange((snapshot) => seen.push(`${snapshot.settings.profile}/${snapshot.settings.allowPostAnyway}`));

    storage.managed = { allowPostAnyway: false }; // the school removed its profile
    await store.reloadManaged();
    expect((await store.current()).settings.profile).toBe("cadoxton"); // the user's own choice again
    storage.managed = {}; // the whole policy removed
    await store.reloadManaged();
    expect((await store.current()).settings).toMatchObject({ profile: "cadoxton", allowPostAnyway: true });
    expect(seen).toEqual(["cadoxton/false", "cadoxton/true"]);
  });

  it("waitForManagedPolicy resolves true as soon as a late policy lands, false after the wait", async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const store = new SettingsStore(storage, clock);
    const none = store.waitForManagedPolicy(1_500);
    await flush();
    await clock.advance(1_500);
    expect(await none).toBe(false);

    const storage2 = new MemoryStorage();
    const clock2 = new ManualClock();
    const store2 = new SettingsStore(storage2, clock2);
    const late = store2.waitForManagedPolicy(1_500);
    await flush();
    storage2.managed = { profile: "catcott" };
    await clock2.advance(MANAGED_RETRY_DELAYS_MS[1]);
    expect(await late).toBe(true);
  });

  it("a malformed managed value leaves the default for that field and says so", async () => {
    const storage = new MemoryStorage();
    storage.managed = { profile: "catcott", minSeverity: "extreme" };
    const store = new SettingsStore(storage, new ManualClock());
    const snapshot = await store.current();
    expect(snapshot.settings).toMatchObject({ profile: "catcott", minSeverity: "low" });
    expect(snapshot.errors.map(({ field }) => field)).toContain("managed.minSeverity");
    expect(snapshot.managedFields).toEqual(["profile"]);
  });
});
