/**
 * `npm run train`: trains Second Look's model from the labelled data in the repository and writes
 * src/model/model.json. Deterministic: the same data and settings give the same file, byte for
 * byte (tests/unit/model/train-reproducible.test.ts retrains and compares).
 *
 *  1. read the staff posts (corpus/*.jsonl) and the TweetEval train splits; never a test split,
 *     never corpus/sealed/;
 *  2. extract every post's features once, through the product's own analysis and rules;
 *  3. five-fold cross-validation over the staff posts, whole files held out together, gives
 *     every post a score from a model that never read its writer;
 *  4. on those held-out scores: which rules are precise enough to decide alone, and each
 *     category's threshold (scripts/model/thresholds.ts);
 *  5. fit on everything and write the model file with its thresholds and the list of files it
 *     was trained on.
 *
 * Options: --check (train, compare with the committed file, write nothing), --quiet.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { MODEL_MIN_WORDS } from "../src/model/decide.js";
import { encodeModel, type ModelFile, type TrainingFile } from "../src/model/format.js";
import type { FeatureOptions } from "../src/model/features.js";
import type { CategoryId } from "../src/types.js";
import { CATEGORY_IDS } from "../src/types.js";
import { foldsByFile, HEADS, readStaff, readTweets, REPO_ROOT, sha256, staffFiles, TWEET_TASKS, tweetFile, type LabelledPost } from "./model/data.js";
import type { MlpOptions } from "./model/mlp.js";
import { extract, fit, predict, toExamples, type ExtractedPost, type Weighting } from "./model/pipeline.js";
import { chooseThresholds, type ScoredPost, type ThresholdOptions, type Thresholds } from "./model/thresholds.js";

export const MODEL_PATH = path.join(REPO_ROOT, "src/model/model.json");

export interface TrainSettings {
  features: FeatureOptions;
  network: MlpOptions;
  weighting: Weighting;
  thresholds: ThresholdOptions;
  folds: number;
  /** A rule decides alone when its held-out precision reaches this, over at least `ruleMinFires` posts. */
  rulePrecision: number;
  ruleMinFires: number;
  /** Staff files scored for thresholds but whose rules were written against them (dev.jsonl). */
  notForThresholds: string[];
}

export const SETTINGS: TrainSettings = {
  features: { bits: 20, charMin: 3, charMax: 5 },
  network: { hidden: 64, epochs: 4, learningRate: 0.0015, batch: 64, minCount: 5, seed: 20261207 },
  weighting: { tweet: 0.5, positive: 1 },
  thresholds: { benignBudget: 0.025, recallFloor: 0.7, falseAlarmCost: 0.5, steps: [1, 2, 4, 8, 16, 32] },
  folds: 5,
  rulePrecision: 0.95,
  ruleMinFires: 10,
  notForThresholds: ["corpus/dev.jsonl"],
};

export interface TrainingRun {
  file: ModelFile;
  staff: ExtractedPost[];
  /** Held-out probability per staff post (same order as `staff`). */
  heldOut: Float64Array[];
  ruleAlone: CategoryId[];
  thresholds: Thresholds;
  seconds: Record<string, number>;
}

export function train(settings: TrainSettings = SETTINGS, log: (line: string) => void = () => {}): TrainingRun {
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = (now - t) / 1000;
    t = now;
  };
  const files = staffFiles();
  const staffPosts: LabelledPost[] = files.flatMap(readStaff);
  const tweets = readTweets("train");
  lap("read");
  const staff = extract(staffPosts, settings.features);
  const tweetFeatures = extract(tweets, settings.features);
  lap("features");
  log(`${staff.length} staff posts, ${tweetFeatures.length} tweets; features in ${seconds.features!.toFixed(1)} s`);

  const tweetExamples = toExamples(tweetFeatures, settings.weighting);
  const staffExamples = toExamples(staff, settings.weighting);
  const heldOut: Float64Array[] = new Array(staff.length);
  const folds = foldsByFile(staffPosts, settings.folds);
  for (let k = 0; k < settings.folds; k++) {
    const inFold = staff.map((s) => folds.get(s.post.file) === k);
    const training = [...staffExamples.filter((_, i) => !inFold[i]), ...tweetExamples];
    const model = fit(training, { ...settings.network, seed: settings.network.seed + k }, headerFor(settings, [], {}, {}, []));
    const held = staff.filter((_, i) => inFold[i]);
    const scores = predict(model, held);
    let at = 0;
    inFold.forEach((yes, i) => {
      if (yes) heldOut[i] = scores[at++]!;
    });
  }
  lap("cross-validation");

  const forThresholds = staff.map((s, i) => ({ s, p: heldOut[i]! })).filter(({ s }) => !settings.notForThresholds.includes(s.post.file));
  const ruleAlone = CATEGORY_IDS.filter((c) => {
    if (c === "teaching-time") return true;
    const fired = forThresholds.filter(({ s }) => s.ruleFired.has(c));
    const right = fired.filter(({ s }) => s.post.expect.includes(c)).length;
    return fired.length >= settings.ruleMinFires && right / fired.length >= settings.rulePrecision;
  });
  // A post too short for the model to speak alone never counts as flagged by it (decide.ts).
  const scored: ScoredPost[] = forThresholds.map(({ s, p }) => ({
    expect: new Set(s.post.expect),
    probability: s.words >= MODEL_MIN_WORDS ? p : p.map((x, h) => (s.ruleFired.has(HEADS[h]!) ? x : 0)),
    fixed: new Set([...s.ruleFired].filter((c) => ruleAlone.includes(c))),
    ruleFired: s.ruleFired,
  }));
  const thresholds = chooseThresholds(HEADS, scored, settings.thresholds);
  lap("thresholds");

  const trainingFiles: TrainingFile[] = [
    ...files.map((file) => ({ file, sha256: sha256(file), examples: staff.filter((s) => s.post.file === file).length, heads: "all" })),
    ...TWEET_TASKS.flatMap(({ task, head }) => [
      { file: tweetFile(task, "train", "text"), sha256: sha256(tweetFile(task, "train", "text")), examples: tweetFeatures.filter((x) => x.post.task === task).length, heads: head },
      { file: tweetFile(task, "train", "labels"), sha256: sha256(tweetFile(task, "train", "labels")), examples: 0, heads: "labels" },
    ]),
  ];
  const data = fit(
    [...staffExamples, ...tweetExamples],
    settings.network,
    headerFor(
      settings,
      ruleAlone,
      Object.fromEntries(HEADS.map((c) => [c, round(thresholds.plain[c]!)])),
      Object.fromEntries(HEADS.map((c) => [c, round(thresholds.withRule[c]!)])),
      trainingFiles,
    ),
  );
  lap("final fit");
  return { file: encodeModel(data), staff, heldOut, ruleAlone, thresholds, seconds };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function headerFor(settings: TrainSettings, ruleAlone: CategoryId[], thresholds: Record<string, number>, ruleThresholds: Record<string, number>, files: TrainingFile[]) {
  return {
    features: settings.features,
    thresholds,
    ruleThresholds,
    ruleAlone,
    training: { seed: settings.network.seed, epochs: settings.network.epochs, files, credits: CREDITS },
  };
}

export const CREDITS = [
  "School-staff posts: written and labelled for Second Look (corpus/LABELLING.md).",
  "TweetEval (Barbieri, Camacho-Collados, Espinosa-Anke, Neves, Findings of EMNLP 2020), train splits: OLID / OffensEval 2019 (Zampieri et al., 2019); HatEval 2019 (Basile et al., 2019); SemEval-2016 Task 6 stance (Mohammad et al., 2016).",
];

export function serialise(file: ModelFile): string {
  return `${JSON.stringify(file)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const quiet = process.argv.includes("--quiet");
  const check = process.argv.includes("--check");
  const started = performance.now();
  const run = train(SETTINGS, quiet ? () => {} : console.log);
  const text = serialise(run.file);
  const total = ((performance.now() - started) / 1000).toFixed(1);
  if (check) {
    const same = readFileSync(MODEL_PATH, "utf8") === text;
    console.log(same ? `The committed model matches a fresh training run (${total} s).` : "The committed model differs from a fresh training run: run npm run train.");
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(MODEL_PATH, text);
    console.log(`Wrote ${path.relative(process.cwd(), MODEL_PATH)}: ${(text.length / 1024 / 1024).toFixed(2)} MB, ${run.file.header.rows} features × ${run.file.header.hidden} hidden units, in ${total} s`);
    console.log(`  stages: ${Object.entries(run.seconds).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ")}`);
    console.log(`  rules deciding alone: ${run.ruleAlone.join(", ")}`);
    console.log(`  thresholds (rule silent / rule fired): ${HEADS.map((c) => `${c} ${run.thresholds.plain[c]!.toFixed(3)}/${run.thresholds.withRule[c]!.toFixed(3)}`).join(", ")}`);
  }
}
