/**
 * The worker's message handling, end to end through the real core, with storage in memory:
 * who may ask what, managed ▷ user ▷ defaults, the school's lock, coverage, and that post text is
 * never written anywhere.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryStorage, OPTIONS, POPUP, X_TAB, makeWorker } from "./worker-support";

const PHONE_POST = "Ring me on 07700 900123 after school";

describe("worker: checking", () => {
  it("checks a content script's draft with the settings in force and sets the site from the sender", async () => {
    const { worker } = makeWorker();
    const answer = await worker.handle({ type: "check", draft: { text: PHONE_POST, site: "facebook" } }, X_TAB);
    expect(answer).toMatchObject({ type: "verdict", enabled: true, allowPostAnyway: true });
    if (answer.type !== "verdict") throw new Error(answer.type);
    expect(answer.findings.map((finding) => finding.category)).toContain("personal-details");
    const phone = answer.findings.find((finding) => finding.category === "personal-details")!;
    expect(PHONE_POST.slice(phone.start, phone.end)).toBe(phone.quote);
    expect(phone.clause.policy).toBe("Second Look general guidance");
  });

  it("judges teaching time by the device's clock when the draft carries none", async () => {
    const { worker } = makeWorker();
    const ask = async () => {
      const answer = await worker.handle({ type: "check", draft: { text: "Anyone watching the match tonight?" } }, X_TAB);
      if (answer.type !== "verdict") throw new Error(answer.type);
      return answer.findings.map((finding) => finding.category);
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 10, 23, 10, 15)); // a Monday morning, local time
    expect(await ask()).toEqual(["teaching-time"]);
    vi.setSystemTime(new Date(2026, 10, 23, 19, 15)); // the same Monday evening
    expect(await ask()).toEqual([]);
  });

  afterEach(() => vi.useRealTimers());

  it("answers an empty verdict when switched off, but the options page can still try a post", async () => {
    const storage = new MemoryStorage();
    storage.user = { enabled: false };
    const { worker } = makeWorker(storage);
    expect(await worker.handle({ type: "check", draft: { text: PHONE_POST } }, X_TAB)).toEqual({
      type: "verdict",
      findings: [],
      omitted: 0,
      enabled: false,
      allowPostAnyway: true,
    });
    const tried = await worker.handle({ type: "tryPost", draft: { text: PHONE_POST } }, OPTIONS);
    expect(tried.type === "verdict" && tried.findings.length).toBeGreaterThan(0);
  });

  it("refuses unknown types, bad senders and oversized drafts with an error, never a crash", async () => {
    const { worker } = makeWorker();
    expect(await worker.handle({ type: "rm -rf" }, POPUP)).toMatchObject({ type: "error", code: "unknown-type" });
    expect(await worker.handle({ type: "check", draft: { text: "x" } }, { ...X_TAB, url: "https://evil.example/" })).toMatchObject({
      type: "error",
      code: "forbidden",
    });
    expect(await worker.handle({ type: "setEnabled", enabled: false }, X_TAB)).toMatchObject({ type: "error", code: "forbidden" });
    expect(await worker.handle({ type: "check", draft: { text: "x".repeat(100_001) } }, X_TAB)).toMatchObject({
      type: "error",
      code: "draft-too-long",
    });
  });

  it("never stores the text of a post", async () => {
    const storage = new MemoryStorage();
    const { worker } = makeWorker(storage);
    await worker.handle({ type: "check", draft: { text: `${PHONE_POST} secret-marker` } }, X_TAB);
    await worker.handle({ type: "tryPost", draft: { text: "secret-marker two" } }, OPTIONS);
    await worker.handle({ type: "setUserSettings", settings: { schoolNames: ["Hillcrest Academy"] } }, OPTIONS);
    expect(JSON.stringify(storage.user)).not.toContain("secret-marker");
    expect(storage.writes).toBe(1);
  });
});

describe("worker: settings", () => {
  it("merges managed over user over defaults and reports which fields the school sets", async () => {
    const storage = new MemoryStorage();
    storage.managed = { profile: "catcott", schoolNames: ["Hillcrest Academy"] };
    storage.user = { profile: "cadoxton", minSeverity: "medium" };
    const { worker } = makeWorker(storage);
    const answer = await worker.handle({ type: "getState" }, POPUP);
    if (answer.type !== "state") throw new Error(answer.type);
    expect(answer.state.settings).toMatchObject({ profile: "catcott", schoolNames: ["Hillcrest Academy"], minSeverity: "medium" });
    expect(answer.state.managedFields).toEqual(["profile", "schoolNames"]);
    expect(answer.state.userSettings).toEqual({ profile: "cadoxton", minSeverity: "medium" });
    expect(answer.state.profiles.map(({ id }) => id)).toContain("catcott");
    expect(answer.state.profiles.find(({ id }) => id === "catcott")!.categories.length).toBeGreaterThan(0);
    expect(answer.state.categories).toHaveLength(16);
    expect(answer.state.version).toBe("9.9.9");
  });

  it("the school's profile decides whose clause a finding quotes", async () => {
    const storage = new MemoryStorage();
    storage.managed = { profile: "cadoxton" };
    const { worker } = makeWorker(storage);
    const answer = await worker.handle({ type: "check", draft: { text: PHONE_POST } }, X_TAB);
    if (answer.type !== "verdict") throw new Error(answer.type);
    expect(answer.findings.map((finding) => finding.clause.policy)).toContain("Cadoxton Primary School: Social Networking Policy");
  });

  it("saves the user's changes, clears a field given as null, and refuses fields the school sets", async () => {
    const storage = new MemoryStorage();
    storage.managed = { minSeverity: "high" };
    const { worker } = makeWorker(storage);
    const saved = await worker.handle({ type: "setUserSettings", settings: { profile: "catcott", schoolNames: ["Hillcrest"] } }, OPTIONS);
    expect(saved).toMatchObject({ type: "state", state: { settings: { profile: "catcott", schoolNames: ["Hillcrest"] } } });
    await worker.handle({ type: "setUserSettings", settings: { schoolNames: null } }, OPTIONS);
    expect(storage.user).toEqual({ profile: "catcott" });
    expect(await worker.handle({ type: "setUserSettings", settings: { minSeverity: "low" } }, OPTIONS)).toMatchObject({
      type: "error",
      code: "managed-field",
    });
    expect(storage.user).toEqual({ profile: "catcott" });
  });

  it("reports an invalid value by field and keeps the default meanwhile", async () => {
    const { worker } = makeWorker();
    const answer = await worker.handle({ type: "setUserSettings", settings: { teachingHours: { days: [1], start: "25:00", end: "15:00" } } }, OPTIONS);
    if (answer.type !== "state") throw new Error(answer.type);
    expect(answer.state.errors.some(({ field }) => field.startsWith("user.teachingHours"))).toBe(true);
    expect(answer.state.settings.teachingHours.start).toMatch(/^\d\d:\d\d$/);
  });

  it("a locked school setup refuses switching off and every change", async () => {
    const storage = new MemoryStorage();
    storage.managed = { locked: true, profile: "catcott" };
    const { worker } = makeWorker(storage);
    expect(await worker.handle({ type: "setEnabled", enabled: false }, POPUP)).toMatchObject({ type: "error", code: "locked" });
    expect(await worker.handle({ type: "setUserSettings", settings: { schoolNames: ["X"] } }, OPTIONS)).toMatchObject({
      type: "error",
      code: "locked",
    });
    expect(storage.writes).toBe(0);
    const answer = await worker.handle({ type: "check", draft: { text: PHONE_POST } }, X_TAB);
    expect(answer).toMatchObject({ type: "verdict", enabled: true });
  });

  it("a lock cannot be beaten by a user setting stored before it", async () => {
    const storage = new MemoryStorage();
    storage.user = { enabled: false };
    storage.managed = { locked: true };
    const { worker } = makeWorker(storage);
    const answer = await worker.handle({ type: "check", draft: { text: PHONE_POST } }, X_TAB);
    expect(answer).toMatchObject({ type: "verdict", enabled: true });
  });

  it("allowPostAnyway false from the school flows into every verdict", async () => {
    const storage = new MemoryStorage();
    storage.managed = { allowPostAnyway: false };
    const { worker } = makeWorker(storage);
    expect(await worker.handle({ type: "check", draft: { text: PHONE_POST } }, X_TAB)).toMatchObject({ allowPostAnyway: false });
  });
});

describe("worker: tab coverage", () => {
  it("a tab whose content script answers ping is covered, with its site", async () => {
    const { worker, pings } = makeWorker();
    pings.set(4, { type: "pong", site: "x" });
    const answer = await worker.handle({ type: "getState", tabId: 4 }, POPUP);
    expect(answer).toMatchObject({ type: "state", state: { tab: { tabId: 4, covered: true, site: { site: "x", title: "X" } } } });
  });

  it("falls back to the content script's hello when it does not answer ping itself", async () => {
    const { worker, pings } = makeWorker();
    expect(await worker.handle({ type: "hello" }, X_TAB)).toEqual({ type: "attached", enabled: true });
    pings.set(4, undefined);
    expect(await worker.handle({ type: "getState", tabId: 4 }, POPUP)).toMatchObject({ state: { tab: { covered: true, site: { site: "x" } } } });
  });

  it("a hello counts until the tab loads another page; a tab that never said hello and does not answer is not covered", async () => {
    const { worker } = makeWorker();
    await worker.handle({ type: "hello" }, X_TAB);
    expect(await worker.handle({ type: "getState", tabId: 4 }, POPUP)).toMatchObject({ state: { tab: { tabId: 4, covered: true } } });
    worker.forgetTab(4);
    expect(await worker.handle({ type: "getState", tabId: 4 }, POPUP)).toMatchObject({ state: { tab: { tabId: 4, covered: false } } });
    expect(await worker.handle({ type: "getState", tabId: 77 }, POPUP)).toMatchObject({ state: { tab: { tabId: 77, covered: false } } });
  });
});

describe("worker: one tab's long drafts never hold up another tab", () => {
  const OTHER_TAB = { ...X_TAB, tab: { id: 5 } };
  const LONG = "my class " + "fucking ".repeat(5000) + "parents ".repeat(5000);

  it("a flagged post from a second tab is answered after at most one of the first tab's checks", async () => {
    const { worker } = makeWorker();
    const answered: string[] = [];
    const heavy = [1, 2, 3].map((n) => worker.handle({ type: "check", draft: { text: `${LONG} ${n}` }, purpose: "submit" }, X_TAB).then(() => answered.push(`long ${n}`)));
    const flagged = worker.handle({ type: "check", draft: { text: PHONE_POST }, purpose: "submit" }, OTHER_TAB).then((answer) => {
      answered.push("flagged");
      return answer;
    });
    await Promise.all([...heavy, flagged]);
    expect(answered.indexOf("flagged")).toBeLessThanOrEqual(1);
    const answer = await flagged;
    expect(answer.type === "verdict" && answer.findings.some((f) => f.category === "personal-details")).toBe(true);
  });

  it("a typing check replaced by a newer one from the same tab is answered 'superseded', not checked", async () => {
    const { worker } = makeWorker();
    const older = worker.handle({ type: "check", draft: { text: "Ring me on 07700 900123" }, purpose: "typing" }, X_TAB);
    const newer = worker.handle({ type: "check", draft: { text: "Ring me on 07700 900123 tonight" }, purpose: "typing" }, X_TAB);
    expect(await older).toMatchObject({ type: "error", code: "superseded" });
    expect(await newer).toMatchObject({ type: "verdict" });
  });

  it("says how many findings were left out beyond what a warning shows", async () => {
    const { worker } = makeWorker();
    const answer = await worker.handle({ type: "check", draft: { text: "f*** ".repeat(20_000) } }, X_TAB);
    if (answer.type !== "verdict") throw new Error(answer.type);
    expect(answer.findings.length).toBeLessThanOrEqual(50);
    expect(answer.omitted).toBeGreaterThan(19_000);
  });
});
