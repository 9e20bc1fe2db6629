/**
 * `npm run bench -- --adversarial`: the worst time of one check for each adversarial generator
 * (tests/bench/adversarial/generators.ts) at 10,000 and 100,000 characters, against issue 10's
 * budgets — 50 ms and 500 ms on any text. Each generator runs in its own process with a time limit,
 * so a case that never ends is reported as such and the others are still measured.
 * The engine is warmed on ordinary posts first, as a worker is that has been checking them; each
 * case's very first check is printed beside its worst of three.
 * Prints figures; exits 1 when a case is over budget or throws, so a regression cannot pass unseen.
 */
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { GENERATORS } from "./generators.js";
import { ms, table } from "../stats.js";

export const BUDGETS_MS: Record<number, number> = { 10_000: 50, 100_000: 500 };
const LENGTHS = Object.keys(BUDGETS_MS).map(Number);

interface Measured {
  id: string;
  requested: number;
  worstMs: number;
  coldMs: number;
  findings: number;
  threw?: string;
}

const RUN_CASE = resolve(import.meta.dirname, "run-case.ts");

function measure(id: string, limitMs: number): Promise<Measured[]> {
  return new Promise((done) => {
    // node itself with tsx as a loader (not the tsx wrapper, whose child would outlive a kill).
    const child = spawn(process.execPath, ["--import", "tsx", RUN_CASE, id, ...LENGTHS.map(String)], { stdio: ["ignore", "pipe", "inherit"] });
    const results: Measured[] = [];
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        results.push(JSON.parse(buffered.slice(0, newline)) as Measured);
        buffered = buffered.slice(newline + 1);
      }
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("close", () => {
      clearTimeout(timer);
      done(results);
    });
  });
}

export async function adversarialBench(options: { limitMs: number; only?: string }): Promise<boolean> {
  const log = (line = "") => process.stdout.write(`${line}\n`);
  log(`Second Look adversarial benchmark — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  log("Per case: the worst of 3 checks by a warmed-up engine (first: the very first check of that text, which also pays for");
  log("code paths ordinary posts never reach; findings in brackets).");
  log(`Budgets ${LENGTHS.map((l) => `${ms(BUDGETS_MS[l]!)} at ${l.toLocaleString("en-GB")}`).join(", ")} characters; ${options.limitMs / 1000} s limit per generator.`);
  log();
  const rows: string[][] = [];
  const worst = new Map<number, { ms: number; id: string }>();
  const worstFirst = new Map<number, { ms: number; id: string }>();
  let failures = 0;
  for (const generator of GENERATORS) {
    if (options.only && !generator.id.includes(options.only)) continue;
    const results = await measure(generator.id, options.limitMs);
    const cells = LENGTHS.map((length) => {
      const r = results.find((m) => m.requested === length);
      if (!r) {
        failures++;
        return `> ${options.limitMs / 1000} s ✗`;
      }
      if (r.threw) {
        failures++;
        return `threw ✗ (${r.threw})`;
      }
      const over = r.worstMs > BUDGETS_MS[length]!;
      if (over) failures++;
      if (r.worstMs > (worst.get(length)?.ms ?? -1)) worst.set(length, { ms: r.worstMs, id: generator.id });
      if (r.coldMs > (worstFirst.get(length)?.ms ?? -1)) worstFirst.set(length, { ms: r.coldMs, id: generator.id });
      return `${ms(r.worstMs)}${over ? " ✗" : ""} (first ${ms(r.coldMs)}; ${r.findings})`;
    });
    rows.push([generator.id, ...cells]);
  }
  log(table(["generator", ...LENGTHS.map((l) => `${l.toLocaleString("en-GB")} chars`)], rows));
  log();
  for (const length of LENGTHS) {
    const w = worst.get(length);
    const first = worstFirst.get(length);
    if (w) log(`Worst at ${length.toLocaleString("en-GB")} characters: ${ms(w.ms)} (${w.id}); budget ${ms(BUDGETS_MS[length]!)}. Slowest first check: ${ms(first!.ms)} (${first!.id}).`);
  }
  log(failures === 0 ? "Every case within budget." : `${failures} case(s) over budget, unfinished or throwing (✗).`);
  return failures === 0;
}
