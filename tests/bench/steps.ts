/**
 * Where the time of one check goes: each analysis step timed on its own, warm, on the same post.
 * The parts are measured apart from each other, so "rules and the rest" (the full check minus the
 * parts) is an estimate: it holds the rules, school names, the merge and whatever the parts share.
 */
import { checkPost } from "../../src/index.js";
import { decode, fold } from "../../src/normalise.js";
import { tokenise } from "../../src/analysis/tokens.js";
import { LexiconIndex } from "../../src/analysis/lexicon.js";
import { DECODE_LEXICONS, FOLD_LEXICONS } from "../../src/lexicons/index.js";
import { findPhones } from "../../src/recognisers/phone.js";
import { findPostcodes } from "../../src/recognisers/postcode.js";
import { findStreetAddresses } from "../../src/recognisers/address.js";
import { findBirthDates } from "../../src/recognisers/dates.js";
import { findEmails } from "../../src/recognisers/email.js";
import { findHandles, findHashtags } from "../../src/recognisers/handles.js";
import { median } from "./stats.js";

export interface StepTimes {
  steps: [name: string, ms: number][];
  total: number;
}

/** Median time per call over `rounds` rounds of `calls` calls each, after one warm-up round. */
function timed(run: () => unknown, calls: number, rounds = 7): number {
  for (let i = 0; i < calls; i++) run();
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) run();
    perCall.push((performance.now() - started) / calls);
  }
  return median(perCall);
}

export function stepTimes(posts: readonly string[], settings: unknown): StepTimes {
  const foldIndex = new LexiconIndex(FOLD_LEXICONS);
  const decodeIndex = new LexiconIndex(DECODE_LEXICONS);
  const calls = posts[0]!.length > 1000 ? 20 : 200;
  let k = 0;
  const next = () => posts[k++ % posts.length]!;
  // Inputs of the later steps, prepared once so each step is timed alone.
  const prepared = posts.map((text) => {
    const folded = fold(text);
    const decoded = decode(folded);
    return { text, folded, foldTokens: tokenise(folded, text).tokens, decoded, decodeTokens: tokenise(decoded, text, true).tokens };
  });
  let p = 0;
  const nextPrepared = () => prepared[p++ % prepared.length]!;
  const domains = ["catcott.somerset.sch.uk"];

  const steps: [string, number][] = [
    ["fold (safe view)", timed(() => fold(next()), calls)],
    ["tokenise (fold view)", timed(() => { const x = nextPrepared(); return tokenise(x.folded, x.text); }, calls)],
    ["lexicon scan (fold)", timed(() => foldIndex.scan(nextPrepared().foldTokens), calls)],
    ["decode (aggressive view)", timed(() => decode(nextPrepared().folded), calls)],
    ["tokenise (decode view)", timed(() => { const x = nextPrepared(); return tokenise(x.decoded, x.text, true); }, calls)],
    ["lexicon scan (decode)", timed(() => decodeIndex.scan(nextPrepared().decodeTokens), calls)],
    [
      "recognisers (7, original text)",
      timed(() => {
        const text = next();
        findPhones(text);
        findPostcodes(text);
        findStreetAddresses(text);
        findBirthDates(text);
        findEmails(text, domains);
        findHandles(text);
        findHashtags(text);
      }, calls),
    ],
  ];
  const total = timed(() => checkPost({ text: next() }, settings), calls);
  const parts = steps.reduce((sum, [, t]) => sum + t, 0);
  steps.push(["rules and the rest (estimate)", Math.max(0, total - parts)]);
  return { steps, total };
}
