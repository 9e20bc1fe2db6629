import { describe, expect, it } from "vitest";
import { CheckQueue, SupersededError } from "../../../extension/background/check-queue";

/** A queue whose turns run only when the test says so, recording which job ran when. */
function manualQueue() {
  const turns: (() => void)[] = [];
  const queue = new CheckQueue((next) => turns.push(next));
  const ran: string[] = [];
  const job = (name: string) => () => {
    ran.push(name);
    return name;
  };
  const runAll = async () => {
    while (turns.length) {
      turns.shift()!();
      await Promise.resolve();
    }
  };
  return { queue, ran, job, runAll };
}

describe("check queue: one check at a time, tabs in turns", () => {
  it("a tab with many checks waiting holds another tab up by one check at most", async () => {
    const { queue, ran, job, runAll } = manualQueue();
    const slow = [1, 2, 3, 4].map((n) => queue.run("tab 1", "submit", job(`a${n}`)));
    const other = queue.run("tab 2", "submit", job("b1"));
    await runAll();
    await Promise.all([...slow, other]);
    expect(ran.indexOf("b1")).toBeLessThanOrEqual(1);
    expect(ran.filter((name) => name.startsWith("a"))).toEqual(["a1", "a2", "a3", "a4"]);
  });

  it("a held submit goes before checks made while typing, in any tab", async () => {
    const { queue, ran, job, runAll } = manualQueue();
    const typing = queue.run("tab 1", "typing", job("typing-1"));
    const typingOther = queue.run("tab 3", "typing", job("typing-3"));
    const submit = queue.run("tab 2", "submit", job("submit-2"));
    await runAll();
    await Promise.all([typing, typingOther, submit]);
    expect(ran[0]).toBe("submit-2");
  });

  it("a newer typing check replaces the older one waiting in the same tab, never a submit", async () => {
    const { queue, ran, job, runAll } = manualQueue();
    const submit = queue.run("tab 1", "submit", job("submit"));
    const old = queue.run("tab 1", "typing", job("old"));
    const newer = queue.run("tab 1", "typing", job("newer"));
    const otherTab = queue.run("tab 2", "typing", job("other"));
    await runAll();
    await expect(old).rejects.toBeInstanceOf(SupersededError);
    await expect(submit).resolves.toBe("submit");
    await expect(newer).resolves.toBe("newer");
    await expect(otherTab).resolves.toBe("other");
    expect(ran.sort()).toEqual(["newer", "other", "submit"]);
  });

  it("a check that throws rejects its own promise and the queue goes on", async () => {
    const { queue, job, runAll } = manualQueue();
    const failing = queue.run("tab 1", "submit", () => {
      throw new Error("boom");
    });
    const next = queue.run("tab 1", "submit", job("next"));
    await runAll();
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next");
    expect(queue.size).toBe(0);
  });

  it("with the real event loop, checks that arrive while one runs join before the next is chosen", async () => {
    const queue = new CheckQueue();
    const ran: string[] = [];
    const busy = (name: string, ms: number) => () => {
      const until = performance.now() + ms;
      while (performance.now() < until);
      ran.push(name);
    };
    const first = [queue.run("tab 1", "submit", busy("a1", 5)), queue.run("tab 1", "submit", busy("a2", 5)), queue.run("tab 1", "submit", busy("a3", 5))];
    // Arrives from another tab after the first check has started.
    const late = new Promise<void>((resolve) => setTimeout(() => resolve(queue.run("tab 2", "submit", busy("b", 1))), 1));
    await Promise.all([...first, late]);
    expect(ran.indexOf("b")).toBeLessThan(ran.indexOf("a3"));
  });
});
