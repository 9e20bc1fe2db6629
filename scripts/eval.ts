/**
 * `npm run eval`: how well Second Look judges posts it was not trained on, beside the rules alone.
 *
 *   validation   every staff post scored by a model that did not see it (five-fold
 *                cross-validation, as `npm run train` does); dev.jsonl apart, since the rules were
 *                written against it
 *   sealed       corpus/sealed/*.jsonl, written before any tuning and never trained or tuned on,
 *                scored by the committed model
 *   tweets       TweetEval validation splits (real tweets labelled by others), committed model
 *
 * Per profile and per category: precision, recall, benign false positives, and which categories
 * are mistaken for which. Options:
 *   --batch FILE        score a fresh labelled file with the committed model (first contact)
 *   --public-test DIR   also report TweetEval's public test splits from DIR (outside the
 *                       repository; reported, never trained or tuned on)
 *   --sealed            also score the sealed split (report it at milestones; never tune on it)
 *   --skip-validation   skip the cross-validation (a few minutes)
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkPost } from "../src/check.js";
import { useModel } from "../src/model/weights.js";
import { modelFlags } from "../src/model/decide.js";
import type { ModelHeader } from "../src/model/format.js";
import { PROFILE_IDS, type CategoryId } from "../src/types.js";
import { HEADS, readStaff, REPO_ROOT, TWEET_TASKS, type LabelledPost } from "./model/data.js";
import { report, reportAll, type Judged } from "./model/metrics.js";
import { settingsFor } from "./model/pipeline.js";
import { categoryTable, confusionLines, profileTable } from "./model/report-print.js";
import { readTweetSplit, tweetReport } from "./model/tweets.js";
import { SETTINGS, train, type TrainingRun } from "./train.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const print = (lines: string[]) => console.log(lines.join("\n"));

/** What checkPost reports for a post under a profile covering all 16, its school configured. */
function judgeWithProduct(posts: readonly LabelledPost[]): Judged[] {
  return posts.map((post) => ({ id: post.id, expect: post.expect, got: new Set(checkPost(post.draft, settingsFor(post)).map((f) => f.category)) }));
}

function bothEngines(posts: readonly LabelledPost[]): { model: Judged[]; rules: Judged[] } {
  useModel(undefined);
  const model = judgeWithProduct(posts);
  useModel(null);
  const rules = judgeWithProduct(posts);
  useModel(undefined);
  return { model, rules };
}

/** Ids of posts their writer marked as disguised, over every staff file read so far. */
const obfuscatedIds = new Set<string>();
const noteObfuscated = (posts: readonly LabelledPost[]) => {
  for (const p of posts) if (p.obfuscated) obfuscatedIds.add(p.id);
};

function printSet(title: string, judged: { model: Judged[]; rules: Judged[] }): void {
  console.log(`\n## ${title}: ${judged.model.length} posts`);
  const general = { model: report("general", judged.model), rules: report("general", judged.rules) };
  print(
    categoryTable("general profile, per category", [
      { name: "rules", report: general.rules },
      { name: "rules+model", report: general.model },
    ]),
  );
  // Disguised posts should be caught as often as plain ones (the same words, spelt to dodge).
  const split = (judged: Judged[], disguised: boolean) => judged.filter((j) => obfuscatedIds.has(j.id) === disguised && j.expect.length);
  const caught = (judged: Judged[]) => judged.reduce((n, j) => n + j.expect.filter((c) => j.got.has(c)).length, 0) / (judged.reduce((n, j) => n + j.expect.length, 0) || 1);
  const disguised = split(judged.model, true);
  if (disguised.length) {
    const line = (name: string, all: Judged[]) => `${name} ${caught(split(all, true)).toFixed(2)} disguised / ${caught(split(all, false)).toFixed(2)} plain`;
    console.log(`breaches caught, all categories pooled (${disguised.length} disguised posts): ${line("rules", judged.rules)}; ${line("rules+model", judged.model)}`);
  }
  print(
    profileTable("every profile", [
      { name: "rules", reports: reportAll(judged.rules) },
      { name: "rules+model", reports: reportAll(judged.model) },
    ]),
  );
  console.log("most frequent mistakes, rules+model (expected → reported instead):");
  print(confusionLines(general.model));
}

/** Held-out decisions of a training run, exactly as decide() makes them. */
export function heldOutJudged(run: TrainingRun, keep: (post: LabelledPost) => boolean): Judged[] {
  return run.staff.flatMap((s, i) => {
    if (!keep(s.post)) return [];
    const got = new Set<CategoryId>([...s.ruleFired].filter((c) => run.ruleAlone.includes(c)));
    const header = { thresholds: run.thresholds.plain, ruleThresholds: run.thresholds.withRule } as ModelHeader;
    HEADS.forEach((c, h) => {
      if (modelFlags(header, c, run.heldOut[i]![h]!, s.ruleFired.has(c), s.words)) got.add(c);
    });
    return [{ id: s.post.id, expect: s.post.expect, got }];
  });
}

function rulesJudged(run: TrainingRun, keep: (post: LabelledPost) => boolean): Judged[] {
  return run.staff.filter((s) => keep(s.post)).map((s) => ({ id: s.post.id, expect: s.post.expect, got: s.ruleFired }));
}

function sealedFiles(): string[] {
  const dir = path.join(REPO_ROOT, "corpus/sealed");
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => path.join("corpus/sealed", f))
    : [];
}

function main(): void {
  const batch = option("--batch");
  if (batch) {
    const posts = readStaff(batch);
    noteObfuscated(posts);
    printSet(`first contact: ${batch}`, bothEngines(posts));
    return;
  }
  if (!args.includes("--skip-validation")) {
    const run = train(SETTINGS);
    noteObfuscated(run.staff.map((s) => s.post));
    const notDev = (p: LabelledPost) => !SETTINGS.notForThresholds.includes(p.file);
    const isDev = (p: LabelledPost) => SETTINGS.notForThresholds.includes(p.file);
    printSet("validation (held out by cross-validation; staff posts except dev.jsonl)", { model: heldOutJudged(run, notDev), rules: rulesJudged(run, notDev) });
    printSet("dev.jsonl (held out; the rules were written on it)", { model: heldOutJudged(run, isDev), rules: rulesJudged(run, isDev) });
  }
  const sealed = args.includes("--sealed") ? sealedFiles() : [];
  for (const file of sealed) {
    const posts = readStaff(file);
    noteObfuscated(posts);
    printSet(`sealed split (${file}; never tuned on)`, bothEngines(posts));
  }

  console.log("\n## real tweets, TweetEval validation splits (general profile, no school)");
  useModel(undefined);
  print(tweetReport(TWEET_TASKS.map(({ task }) => ({ task, posts: readTweetSplit(task, "val") }))));
  const testDir = option("--public-test");
  if (testDir) {
    console.log(`\n## real tweets, TweetEval public TEST splits from ${testDir} (reported only; never trained or tuned on)`);
    // tweetReport prints the rules alone and rules with the model, side by side.
    print(tweetReport(TWEET_TASKS.map(({ task }) => ({ task, posts: readTweetSplit(task, "test", testDir) }))));
  }
  console.log(`\nprofiles: ${PROFILE_IDS.join(", ")}`);
}

main();
