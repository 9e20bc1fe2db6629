/**
 * `npm run build`: the Chrome/Edge extension into dist/chrome (vite + crxjs), then the same files
 * with a Gecko manifest into dist/firefox. Refuses to finish if either manifest asks for more
 * than it should; prints the build time and what the pages are given to run (gzip).
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { build } from "vite";
import { toFirefoxManifest } from "./firefox";
import { manifestProblems, type ManifestLike } from "./manifest-rules";
import { formatInjected, measureInjected } from "./size";

// What ships is always a production build: vitest (and some shells) set NODE_ENV=test or
// development, which makes vite emit JSX debug info carrying this machine's paths.
process.env.NODE_ENV = "production";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST_CHROME = join(REPO_ROOT, "dist", "chrome");
export const DIST_FIREFOX = join(REPO_ROOT, "dist", "firefox");

async function readManifest(dir: string): Promise<ManifestLike> {
  return JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as ManifestLike;
}

function refuse(browser: string, problems: string[]): void {
  if (problems.length === 0) return;
  throw new Error(`The ${browser} manifest is not acceptable:\n  - ${problems.join("\n  - ")}`);
}

const started = performance.now();
await build({ configFile: join(REPO_ROOT, "vite.config.ts"), root: REPO_ROOT, mode: "production", logLevel: "warn" });
const chromeManifest = await readManifest(DIST_CHROME);
refuse("Chrome", manifestProblems(chromeManifest, { browser: "chrome" }));

await rm(DIST_FIREFOX, { recursive: true, force: true });
await cp(DIST_CHROME, DIST_FIREFOX, { recursive: true });
const firefoxManifest = toFirefoxManifest(chromeManifest);
refuse("Firefox", manifestProblems(firefoxManifest, { browser: "firefox" }));
await writeFile(join(DIST_FIREFOX, "manifest.json"), `${JSON.stringify(firefoxManifest, null, 2)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const size = measureInjected(DIST_CHROME);
console.log(`Built dist/chrome (Chrome, Edge) and dist/firefox in ${seconds} s.`);
console.log(formatInjected(size));
if (!size.withinBudget) {
  console.error("The code injected into pages is over its 30 KB gzip budget.");
  process.exitCode = 1;
}
