/**
 * `npm run bench`: Second Look beside alex on the same texts in the same run. Prints figures and
 * asserts nothing (timings depend on the machine and its load).
 *
 *  - warm: median and p99 of one check, 280- and 5,000-character posts built from the corpus;
 *  - cold: a fresh `node` process importing the engine and checking one post (ours from a single
 *    esbuild bundle, alex from its package), median of several runs;
 *  - heap: heapUsed after a full gc, after 1,000 checks, in a fresh process;
 *  - where our time goes: each analysis step timed alone.
 *
 * `--quick` runs fewer iterations (for a smoke run); `--runs N` sets the cold-start runs.
 * `--adversarial` runs the adversarial benchmark instead (tests/bench/adversarial/adversarial.ts):
 * the worst time per generator at 10,000 and 100,000 characters against issue 10's budgets;
 * `--only TEXT` limits it to generators whose id contains TEXT, `--limit S` sets seconds per generator.
 */
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { text as alexText } from "alex";
import { checkPost } from "../../src/index.js";
import { buildPosts } from "./posts.js";
import { ColdBench, type ColdRun, type Engine } from "./cold.js";
import { ruleTimes, stepTimes } from "./steps.js";
import { adversarialBench } from "./adversarial/adversarial.js";
import { mb, mean, median, ms, percentile, ratio, table } from "./stats.js";

const ROOT = resolve(import.meta.dirname, "../..");
const { values: flags } = parseArgs({
  options: { quick: { type: "boolean" }, runs: { type: "string" }, adversarial: { type: "boolean" }, only: { type: "string" }, limit: { type: "string" } },
});
const quick = flags.quick === true;
const coldRuns = Number(flags.runs ?? (quick ? 3 : 10));

const LENGTHS = [280, 5000] as const;
const VARIANTS = 20;
const { byLength, schoolNames } = buildPosts(LENGTHS, VARIANTS);
const SETTINGS = { profile: "general", schoolNames };

const ENGINES: Record<Engine, (text: string) => unknown> = {
  ours: (text) => checkPost({ text }, SETTINGS),
  alex: (text) => alexText(text),
};

/** Per-call times of both engines, interleaved call by call so load and GC hit both alike. */
function warm(posts: readonly string[], iterations: number): Record<Engine, number[]> {
  const out: Record<Engine, number[]> = { ours: [], alex: [] };
  const warmUp = Math.max(20, Math.floor(iterations / 5));
  for (let i = 0; i < warmUp; i++) for (const run of Object.values(ENGINES)) run(posts[i % posts.length]!);
  for (let i = 0; i < iterations; i++) {
    const text = posts[i % posts.length]!;
    for (const engine of (i % 2 ? ["ours", "alex"] : ["alex", "ours"]) as Engine[]) {
      const started = performance.now();
      ENGINES[engine](text);
      out[engine].push(performance.now() - started);
    }
  }
  return out;
}

function log(line = ""): void {
  process.stdout.write(`${line}\n`);
}

async function mainBench(): Promise<void> {
  log(`Second Look benchmark — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  for (const length of LENGTHS) {
    const posts = byLength.get(length)!;
    log(`  ${length}-character posts: ${posts.length} variants, mean ${Math.round(mean(posts.map((p) => p.length)))} characters`);
  }
  log(`  settings: ${JSON.stringify(SETTINGS)}`);
  log();

  const rows: string[][] = [];
  const row = (label: string, ours: number, alex: number, format = ms) => rows.push([label, format(ours), format(alex), ratio(ours, alex)]);

  for (const length of LENGTHS) {
    const iterations = (length > 1000 ? 150 : 1000) / (quick ? 5 : 1);
    const times = warm(byLength.get(length)!, iterations);
    const label = `warm ${length.toLocaleString("en-GB")} chars`;
    row(`${label}, median`, median(times.ours), median(times.alex));
    row(`${label}, p99`, percentile(times.ours, 99), percentile(times.alex, 99));
  }

  const cold = await ColdBench.prepare(ROOT);
  try {
    const first = byLength.get(280)![0]!;
    const runs = cold.cold(coldRuns, first, SETTINGS);
    const pick = (engine: Engine, key: keyof ColdRun) => median(runs[engine].map((r) => r[key]));
    const importAndCheck = (engine: Engine) => median(runs[engine].map((r) => r.importMs + r.firstCheckMs));
    row(`cold: import + first check (median of ${coldRuns})`, importAndCheck("ours"), importAndCheck("alex"));
    row("  of which import", pick("ours", "importMs"), pick("alex", "importMs"));
    row("  of which first check", pick("ours", "firstCheckMs"), pick("alex", "firstCheckMs"));
    row("cold: process start → first check done", pick("ours", "sinceStartMs"), pick("alex", "sinceStartMs"));

    const heapPosts = [...byLength.get(280)!, ...byLength.get(5000)!];
    const checks = 1000;
    const heap = { ours: cold.heap("ours", heapPosts, checks, SETTINGS), alex: cold.heap("alex", heapPosts, checks, SETTINGS) };
    const gcNote = heap.ours.gcExposed ? "after gc" : "no gc available";
    row(`heap after ${checks.toLocaleString("en-GB")} checks (${gcNote})`, heap.ours.afterChecks, heap.alex.afterChecks, mb);
    row("  growth over the heap after import", heap.ours.afterChecks - heap.ours.afterImport, heap.alex.afterChecks - heap.alex.afterImport, mb);

    log(table(["", "Second Look", "alex", "ours/alex"], rows));
    log();
    log(`Ours cold-starts from one esbuild bundle (minified, ${(cold.bundleBytes / 1024).toFixed(0)} KB); alex from node_modules.`);
    log("Heap: a fresh process, 1,000 checks alternating over the 280- and 5,000-character posts.");
    log("Lower is better; ours/alex below 1.00× means Second Look is faster or smaller.");
  } finally {
    cold.dispose();
  }

  log();
  log("Where Second Look's time goes (warm, median per call, each step timed alone):");
  const stepRows: string[][] = [];
  const breakdown = LENGTHS.map((length) => stepTimes(byLength.get(length)!, SETTINGS));
  for (let s = 0; s < breakdown[0]!.steps.length; s++) {
    stepRows.push([breakdown[0]!.steps[s]![0], ...breakdown.map((b) => `${ms(b.steps[s]![1])} ${pct(b.steps[s]![1], b.total)}`)]);
  }
  stepRows.push(["whole check", ...breakdown.map((b) => ms(b.total))]);
  log(table(["step", ...LENGTHS.map((l) => `${l.toLocaleString("en-GB")} chars`)], stepRows));

  log();
  log("Each rule's own check (warm, mean per call, shared analysis computed beforehand):");
  const perRule = LENGTHS.map((length) => ruleTimes(byLength.get(length)!, SETTINGS));
  const ruleRows = perRule[0]!.map(([id], r) => [id, ...perRule.map((times) => ms(times[r]![1]))]);
  ruleRows.sort((x, y) => parseFloat(y.at(-1)!) - parseFloat(x.at(-1)!));
  log(table(["rule", ...LENGTHS.map((l) => `${l.toLocaleString("en-GB")} chars`)], ruleRows));
}

function pct(part: number, total: number): string {
  return `(${Math.round((100 * part) / total)
    .toString()
    .padStart(2)}%)`;
}

if (flags.adversarial) {
  const ok = await adversarialBench({ limitMs: Number(flags.limit ?? 30) * 1000, ...(flags.only ? { only: flags.only } : {}) });
  process.exitCode = ok ? 0 : 1;
} else {
  await mainBench();
}
