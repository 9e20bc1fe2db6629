/**
 * One generator in its own process (so a case that never ends can be killed without losing the
 * others): `tsx run-case.ts <generator-id> <length>...`. Prints one JSON line per length as soon as
 * it is measured: the worst of a few checks, the number of findings, and whether the check threw.
 */
import { checkPost, checkPostReport } from "../../../src/index.js";
import { GENERATORS } from "./generators.js";
import { buildPosts } from "../posts.js";

const [id, ...lengths] = process.argv.slice(2);
const generator = GENERATORS.find((g) => g.id === id);
if (!generator) throw new Error(`no generator "${id}"`);

// A worker that has been checking posts: warm the engine (lexicon index, model, compiled
// patterns, optimised code) on ordinary posts of both lengths the main benchmark uses. The
// first check of the adversarial text itself is still reported (coldMs): it pays for code
// paths the ordinary posts never reached.
const { byLength } = buildPosts([280, 5000], 20);
for (let round = 0; round < 3; round++) for (const posts of byLength.values()) for (const text of posts) checkPost({ text });

/** A case slower than this is timed once: repeating it would only spend the time limit. */
const REPEAT_BELOW_MS = 1000;

for (const raw of lengths) {
  const length = Number(raw);
  const { text, settings } = generator.make(length);
  let worst = 0;
  let coldMs = 0;
  let findings = 0;
  let threw: string | undefined;
  // One first contact with the text (cold), then the worst of three.
  for (let run = 0; run < 4; run++) {
    const started = performance.now();
    try {
      const report = checkPostReport({ text }, settings);
      findings = report.findings.length;
      if (report.internalError) threw = report.internalError;
    } catch (error) {
      threw = error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : String(error);
    }
    const took = performance.now() - started;
    if (run === 0) coldMs = took;
    else worst = Math.max(worst, took);
    if (took > REPEAT_BELOW_MS || threw) {
      worst = Math.max(worst, took);
      break;
    }
  }
  process.stdout.write(`${JSON.stringify({ id, length: text.length, requested: length, worstMs: worst, coldMs, findings, threw })}\n`);
}
