/**
 * Cold start and memory, each in a fresh `node` process.
 *
 * Our side runs from a single ESM file bundled once with esbuild, as the extension's worker would
 * load it, so the figure is not tsx's transpile time; alex runs from its installed package. The
 * child reads its input before the clock starts, then times `import()` and the first check;
 * `performance.now()` also gives the time since the process itself started.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export type Engine = "ours" | "alex";

export interface ColdRun {
  importMs: number;
  firstCheckMs: number;
  /** Process start to the end of the first check (Node's own start-up included). */
  sinceStartMs: number;
}

export interface HeapRun {
  /** heapUsed after a full gc, right after import + one check. */
  afterImport: number;
  /** heapUsed after a full gc, after `checks` more checks. */
  afterChecks: number;
  checks: number;
  gcExposed: boolean;
}

const RUNNER = `
import { readFileSync } from "node:fs";
const [, , mode, engine, moduleUrl, inputPath] = process.argv;
const input = JSON.parse(readFileSync(inputPath, "utf8"));
const t0 = performance.now();
const mod = await import(moduleUrl);
const t1 = performance.now();
const check = engine === "ours" ? (text) => mod.checkPost({ text }, input.settings) : (text) => mod.text(text);
check(input.first);
const t2 = performance.now();
if (mode === "cold") {
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstCheckMs: t2 - t1, sinceStartMs: t2 }));
} else {
  const gc = globalThis.gc ?? (() => {});
  gc(); gc();
  const afterImport = process.memoryUsage().heapUsed;
  for (let i = 0; i < input.checks; i++) check(input.posts[i % input.posts.length]);
  gc(); gc();
  const afterChecks = process.memoryUsage().heapUsed;
  process.stdout.write(JSON.stringify({ afterImport, afterChecks, checks: input.checks, gcExposed: typeof globalThis.gc === "function" }));
}
`;

export class ColdBench {
  private constructor(
    private readonly dir: string,
    private readonly modules: Record<Engine, string>,
    readonly bundleBytes: number,
  ) {}

  /** Bundles src/index.ts to one ESM file in a temp dir; resolves alex from this repository. */
  static async prepare(root: string): Promise<ColdBench> {
    const dir = mkdtempSync(join(tmpdir(), "second-look-bench-"));
    const outfile = join(dir, "second-look.mjs");
    const result = await build({
      entryPoints: [resolve(root, "src/index.ts")],
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      minify: true,
      outfile,
      metafile: true,
      logLevel: "silent",
    });
    const bundleBytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    writeFileSync(join(dir, "runner.mjs"), RUNNER);
    return new ColdBench(dir, { ours: pathToFileURL(outfile).href, alex: import.meta.resolve("alex") }, bundleBytes);
  }

  private run<T>(mode: "cold" | "heap", engine: Engine, input: unknown, nodeFlags: string[] = []): T {
    const inputPath = join(this.dir, `input-${engine}-${mode}.json`);
    writeFileSync(inputPath, JSON.stringify(input));
    const child = spawnSync(process.execPath, [...nodeFlags, join(this.dir, "runner.mjs"), mode, engine, this.modules[engine], inputPath], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" }, // no NODE_OPTIONS from tsx or vitest: a plain node
    });
    if (child.status !== 0) throw new Error(`${engine} ${mode} run failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as T;
  }

  /** `runs` cold starts per engine, interleaved so machine load hits both alike. */
  cold(runs: number, first: string, settings: unknown): Record<Engine, ColdRun[]> {
    const out: Record<Engine, ColdRun[]> = { ours: [], alex: [] };
    for (let i = 0; i < runs; i++) {
      for (const engine of ["ours", "alex"] as const) out[engine].push(this.run<ColdRun>("cold", engine, { first, settings }));
    }
    return out;
  }

  heap(engine: Engine, posts: string[], checks: number, settings: unknown): HeapRun {
    return this.run<HeapRun>("heap", engine, { first: posts[0], posts, checks, settings }, ["--expose-gc"]);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
