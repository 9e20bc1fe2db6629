/**
 * One generator in its own process (so a case that never ends can be killed without losing the
 * others): `tsx run-case.ts <generator-id> <length>...`. Prints one JSON line per length as soon as
 * it is measured: the worst of a few checks, the number of findings, and whether the check threw.
 */
import { checkPost } from "../../../src/index.js";
import { GENERATORS } from "./generators.js";

const [id, ...lengths] = process.argv.slice(2);
const generator = GENERATORS.find((g) => g.id === id);
if (!generator) throw new Error(`no generator "${id}"`);

// Warm the engine (lexicon index, model, compiled patterns) on an ordinary post first.
for (let i = 0; i < 5; i++) checkPost({ text: "Lovely trip to the museum with my class today, thanks to all the parents who came!" });

/** A case slower than this is timed once: repeating it would only spend the time limit. */
const REPEAT_BELOW_MS = 1000;

for (const raw of lengths) {
  const length = Number(raw);
  const { text, settings } = generator.make(length);
  let worst = 0;
  let findings = 0;
  let threw: string | undefined;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    try {
      findings = checkPost({ text }, settings).length;
    } catch (error) {
      threw = error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : String(error);
    }
    worst = Math.max(worst, performance.now() - started);
    if (worst > REPEAT_BELOW_MS || threw) break;
  }
  process.stdout.write(`${JSON.stringify({ id, length: text.length, requested: length, worstMs: worst, findings, threw })}\n`);
}
