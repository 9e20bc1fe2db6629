/**
 * The worker has one thread, and a check is synchronous: while one runs, nothing else does. So that
 * a long draft in one tab never holds up another tab's post (issue 10: a slow draft in one tab once
 * made a flagged post in another go out unchecked after the 1.5 s fail-open), checks run one at a
 * time from per-tab lanes, in turns:
 *  - a check for a held submit goes before any check made while someone types;
 *  - otherwise the lanes take turns, so a tab waits for at most one other tab's check;
 *  - a newer typing check in a lane replaces an older one still waiting there (its answer would be
 *    stale before it was read); submit checks are never replaced.
 * Between two checks the queue yields to the event loop, so messages that arrived meanwhile join
 * the queue before the next one is chosen.
 */

import type { CheckPurpose } from "../shared/messages";

/** A waiting typing check that a newer one in the same tab replaced. */
export class SupersededError extends Error {
  constructor() {
    super("A newer check of this draft replaced this one.");
    this.name = "SupersededError";
  }
}

interface Job {
  purpose: CheckPurpose;
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class CheckQueue {
  /** Waiting jobs per lane; the Map's order is the turn order (a lane that ran goes to the back). */
  private readonly lanes = new Map<string, Job[]>();
  private scheduled = false;

  constructor(private readonly defer: (next: () => void) => void = (next) => setTimeout(next, 0)) {}

  /** Runs `work` in `lane`'s turn; settles with its result, or SupersededError. */
  run<T>(lane: string, purpose: CheckPurpose, work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let waiting = this.lanes.get(lane);
      if (!waiting) {
        waiting = [];
        this.lanes.set(lane, waiting);
      }
      if (purpose === "typing") {
        for (const old of waiting.filter((job) => job.purpose === "typing")) {
          waiting.splice(waiting.indexOf(old), 1);
          old.reject(new SupersededError());
        }
      }
      waiting.push({ purpose, work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** How many checks wait (for tests and the benchmark). */
  get size(): number {
    let total = 0;
    for (const jobs of this.lanes.values()) total += jobs.length;
    return total;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      const job = this.next();
      if (!job) return;
      try {
        job.resolve(job.work());
      } catch (error) {
        job.reject(error);
      }
      if (this.size > 0) this.schedule();
    });
  }

  /** The next job: the first lane (in turn order) with a submit waiting, else the first lane. */
  private next(): Job | undefined {
    let chosen: string | undefined;
    for (const [lane, jobs] of this.lanes) {
      if (jobs.length === 0) continue;
      chosen ??= lane;
      if (jobs.some((job) => job.purpose === "submit")) {
        chosen = lane;
        break;
      }
    }
    if (chosen === undefined) return undefined;
    const jobs = this.lanes.get(chosen)!;
    const submitAt = jobs.findIndex((job) => job.purpose === "submit");
    const [job] = jobs.splice(submitAt >= 0 ? submitAt : 0, 1);
    // This lane has had its turn: it goes to the back (or away, if empty).
    this.lanes.delete(chosen);
    if (jobs.length > 0) this.lanes.set(chosen, jobs);
    return job;
  }
}
