/**
 * Per-category thresholds chosen on held-out (out-of-fold) scores: start with every head silent,
 * then repeatedly lower the one threshold that buys the most recall for the least cost, where
 * cost is benign posts newly flagged under each profile and false alarms of that category, until
 * any further step would push a profile's benign false-positive rate over its budget.
 * Categories still under the recall floor count double, so no category is left behind.
 * Each category has two thresholds, for posts where its rule fired and where it did not: a
 * rule's hit is evidence, and where it fired a lower score is enough.
 */
import { PROFILE_IDS, type CategoryId } from "../../src/types.js";
import { coveredBy } from "./metrics.js";

export interface ScoredPost {
  expect: ReadonlySet<CategoryId>;
  probability: Float64Array;
  /** Categories already reported by rules that decide alone (and the clock). */
  fixed: ReadonlySet<CategoryId>;
  /** Categories whose rule fired (a rule that does not decide alone still moves the threshold). */
  ruleFired: ReadonlySet<CategoryId>;
}

export interface Thresholds {
  /** Per category: the threshold when its rule did not fire. */
  plain: Record<string, number>;
  /** Per category: the threshold when its rule fired (lower: the rule is evidence too). */
  withRule: Record<string, number>;
}

export interface ThresholdOptions {
  /** Highest benign false-positive rate allowed under any profile. */
  benignBudget: number;
  /** Recall under which a category's gains count double. */
  recallFloor: number;
  /** Weight of a category false alarm on a non-benign post, relative to a benign one. */
  falseAlarmCost: number;
  /**
   * Step sizes, in newly caught posts, tried for every category at each round: a look further
   * down the ranking sees past one benign post to the run of breaches behind it.
   */
  steps: readonly number[];
}

interface Arm {
  category: CategoryId;
  head: number;
  withRule: boolean;
}

export function chooseThresholds(heads: readonly CategoryId[], posts: readonly ScoredPost[], options: ThresholdOptions): Thresholds {
  const arms: Arm[] = heads.flatMap((category, head) => [false, true].map((withRule) => ({ category, head, withRule })));
  const profiles = PROFILE_IDS.map((id) => ({ id, covered: coveredBy(id) }));
  const flagged = posts.map((p) => new Set(p.fixed));
  const benign = profiles.map((pr) => posts.map((p) => ![...p.expect].some((c) => pr.covered.has(c))));
  const benignCount = benign.map((b) => b.filter(Boolean).length);
  const anyFlag = profiles.map((pr, i) => posts.map((_, j) => [...flagged[j]!].some((c) => pr.covered.has(c))));
  const benignFlagged = profiles.map((_, i) => posts.filter((__, j) => benign[i]![j] && anyFlag[i]![j]).length);

  const order = arms.map(({ category, head, withRule }) =>
    posts
      .map((__, j) => j)
      .filter((j) => posts[j]!.ruleFired.has(category) === withRule)
      .sort((a, b) => posts[b]!.probability[head]! - posts[a]!.probability[head]! || a - b),
  );
  const pointer = arms.map(() => 0);
  const positives = heads.map((c) => posts.filter((p) => p.expect.has(c)).length);
  const caught = heads.map((c, h) => posts.filter((p, j) => p.expect.has(c) && flagged[j]!.has(c)).length);
  const negatives = heads.map((c, h) => posts.length - positives[h]!);

  const stepOf = (arm: number, size: number) => {
    const { category: c, head: h } = arms[arm]!;
    const list = order[arm]!;
    let end = pointer[arm]!;
    let gain = 0;
    let alarms = 0;
    const newlyBenign = profiles.map(() => 0);
    const touched = new Set<number>();
    while (end < list.length) {
      const j = list[end]!;
      const p = posts[j]!;
      end++;
      // Take every post tied at this score together.
      const tie = end < list.length && posts[list[end]!]!.probability[h] === p.probability[h];
      if (!flagged[j]!.has(c)) {
        if (p.expect.has(c)) gain++;
        else alarms++;
        profiles.forEach((pr, i) => {
          if (pr.covered.has(c) && benign[i]![j] && !anyFlag[i]![j] && !touched.has(j * 8 + i)) {
            newlyBenign[i]!++;
            touched.add(j * 8 + i);
          }
        });
      }
      if (gain >= size && !tie) break;
    }
    return { end, gain, alarms, newlyBenign };
  };

  for (;;) {
    let best = -1;
    let bestScore = 0;
    let bestStep: ReturnType<typeof stepOf> | undefined;
    arms.forEach(({ head: h }, arm) => {
      if (!positives[h]) return;
      for (const size of options.steps) {
      const step = stepOf(arm, size);
      if (!step.gain) continue;
      const over = profiles.some((_, i) => (benignFlagged[i]! + step.newlyBenign[i]!) / (benignCount[i] || 1) > options.benignBudget);
      if (over) continue;
      const recallNow = caught[h]! / positives[h]!;
      const value = (step.gain / positives[h]!) * (recallNow < options.recallFloor ? 2 : 1);
      const cost = profiles.reduce((s, _, i) => s + step.newlyBenign[i]! / (benignCount[i] || 1), 0) / profiles.length + (options.falseAlarmCost * step.alarms) / (negatives[h] || 1);
      const score = value / (cost + 1e-6);
      if (score > bestScore) {
        bestScore = score;
        best = arm;
        bestStep = step;
      }
      }
    });
    if (best < 0 || !bestStep) break;
    const { category: c, head: bestHead } = arms[best]!;
    const list = order[best]!;
    for (let k = pointer[best]!; k < bestStep.end; k++) {
      const j = list[k]!;
      if (flagged[j]!.has(c)) continue;
      flagged[j]!.add(c);
      if (posts[j]!.expect.has(c)) caught[bestHead]!++;
      profiles.forEach((pr, i) => {
        if (!pr.covered.has(c) || anyFlag[i]![j]) return;
        anyFlag[i]![j] = true;
        if (benign[i]![j]) benignFlagged[i]!++;
      });
    }
    pointer[best] = bestStep.end;
  }

  const result: Thresholds = { plain: {}, withRule: {} };
  arms.forEach(({ category, head, withRule }, arm) => {
    const list = order[arm]!;
    const taken = pointer[arm]!;
    const into = withRule ? result.withRule : result.plain;
    if (!taken) {
      into[category] = 1.01; // never: no step was worth its cost
      return;
    }
    const last = posts[list[taken - 1]!]!.probability[head]!;
    const next = taken < list.length ? posts[list[taken]!]!.probability[head]! : 0;
    into[category] = (last + next) / 2;
  });
  return result;
}
