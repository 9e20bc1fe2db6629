/**
 * Where the time of one check goes: each analysis step timed on its own, warm, on the same posts.
 * The parts are measured apart from each other, so the two last rows are differences: "analysis
 * glue" is a fresh analysis with every part forced minus the parts timed alone (allocation, GC,
 * sentence bookkeeping); "rules, clauses, merge" is the whole check minus that analysis.
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
import { Analysis, type AnalysisContext } from "../../src/analysis/index.js";
import { SchoolNames } from "../../src/analysis/school-names.js";
import { getProfile } from "../../src/profiles/index.js";
import { RULES } from "../../src/rules/index.js";
import { isStaff } from "../../src/rules/signals.js";
import { validateSettings } from "../../src/settings.js";
import { CATEGORY_IDS, type CategoryId } from "../../src/types.js";
import { median } from "./stats.js";
import { postFeatures } from "../../src/model/features.js";
import { scorePost } from "../../src/model/score.js";
import { explainSpan } from "../../src/model/explain.js";
import { activeModel } from "../../src/model/weights.js";
import type { RuleHit } from "../../src/rules/types.js";

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

function contextFor(settings: unknown): AnalysisContext {
  const { settings: valid } = validateSettings(settings);
  const profile = getProfile(valid.profile);
  return {
    settings: valid,
    profile,
    school: new SchoolNames([...profile.schoolNames, ...valid.schoolNames], [...profile.emailDomains, ...valid.emailDomains]),
  };
}

/** A fresh analysis with every lazily computed part forced (what a check over all rules needs). */
function fullAnalysis(text: string, context: AnalysisContext): Analysis {
  const a = new Analysis({ text }, context);
  void [a.decodedTokens, a.phones, a.postcodes, a.addresses, a.birthDates, a.emails, a.handles, a.hashtags, a.schoolMentions];
  isStaff(a);
  return a;
}

export function stepTimes(posts: readonly string[], settings: unknown): StepTimes {
  const foldIndex = new LexiconIndex(FOLD_LEXICONS);
  const decodeIndex = new LexiconIndex(DECODE_LEXICONS);
  const context = contextFor(settings);
  const calls = posts[0]!.length > 1000 ? 20 : 200;
  let k = 0;
  const next = () => posts[k++ % posts.length]!;
  // Inputs of the later steps, prepared once so each step is timed alone.
  const prepared = posts.map((text) => {
    const folded = fold(text);
    const decoded = decode(folded);
    return {
      text,
      folded,
      foldTokens: tokenise(folded, text).tokens,
      decoded,
      decodeTokens: tokenise(decoded, text, true).tokens,
      analysis: fullAnalysis(text, context),
    };
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
    ["school names (decode view scan)", timed(() => context.school.find(nextPrepared().analysis), calls)],
  ];
  const analysis = timed(() => fullAnalysis(next(), context), calls);
  const total = timed(() => checkPost({ text: next() }, settings), calls);
  const parts = steps.reduce((sum, [, t]) => sum + t, 0);
  steps.push(["analysis glue (all parts together − parts)", Math.max(0, analysis - parts)]);
  // The model's three steps, on analyses and rule verdicts prepared beforehand.
  const model = activeModel();
  let modelTime = 0;
  if (model) {
    const withHits = prepared.map((x) => {
      const hits = new Map<CategoryId, RuleHit[]>(CATEGORY_IDS.map((id) => [id, RULES[id].check(x.analysis)]));
      const features = postFeatures(x.analysis, hits, model.header.features);
      return { ...x, hits, features, scores: scorePost(model, features) };
    });
    let q = 0;
    const nextWithHits = () => withHits[q++ % withHits.length]!;
    const featureTime = timed(() => { const x = nextWithHits(); return postFeatures(x.analysis, x.hits, model.header.features); }, calls);
    const scoreTime = timed(() => scorePost(model, nextWithHits().features), calls);
    const explainTime = timed(() => { const x = nextWithHits(); return explainSpan(model, x.features, x.scores, 0, x.analysis.sentences); }, calls);
    steps.push(["model: features", featureTime], ["model: score (15 categories)", scoreTime], ["model: explain one finding", explainTime]);
    modelTime = featureTime + scoreTime;
  }
  steps.push(["rules, clauses, merge (check − analysis − model)", Math.max(0, total - analysis - modelTime)]);
  return { steps, total };
}

/**
 * Mean time of each rule's own check, on a fresh analysis whose shared parts (both views, every
 * entity, the school mentions, the "is staff" signal) were computed beforehand, untimed. Work a
 * rule memoises for others is charged to the rule that runs it here.
 */
export function ruleTimes(posts: readonly string[], settings: unknown): [CategoryId, number][] {
  const context = contextFor(settings);
  const calls = posts[0]!.length > 1000 ? 60 : 600;
  const totals = new Map<CategoryId, number>(CATEGORY_IDS.map((id) => [id, 0]));
  for (let i = 0; i < calls + posts.length; i++) {
    const a = fullAnalysis(posts[i % posts.length]!, context);
    for (const id of CATEGORY_IDS) {
      const started = performance.now();
      RULES[id].check(a);
      if (i >= posts.length) totals.set(id, totals.get(id)! + performance.now() - started); // first round warms up
    }
  }
  return CATEGORY_IDS.map((id) => [id, totals.get(id)! / calls]);
}
