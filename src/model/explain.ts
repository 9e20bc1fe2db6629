/**
 * Where the model decides, show the words that drove its score. Each feature's push is measured
 * by taking it away (the score without it, beside the score with it: exact for a network, not an
 * approximation), shared among the words it came from; the highlight is the run of the strongest
 * words inside the sentence that carries the most. It never spans sentences, so it is the whole
 * post only when the post is one sentence.
 */
import type { Sentence } from "../analysis/tokens.js";
import type { FeatureToken, PostFeatures } from "./features.js";
import type { Scores } from "./score.js";
import type { Model } from "./weights.js";

/** A word carries the highlight when it gives at least this share of the strongest word's push. */
const STRONG_SHARE = 0.4;

export interface Span {
  start: number;
  end: number;
}

/** Each word's push on one head's logit (positive: towards flagging). */
export function wordContributions(model: Model, features: PostFeatures, scores: Scores, head: number): Float64Array {
  const tokens = features.tokens;
  const out = new Float64Array(tokens.length);
  const full = scores.logits[head]!;
  const without = new Float64Array(scores.pre.length);
  for (let i = 0; i < features.index.length; i++) {
    const row = scores.rows[i]!;
    const start = features.start[i]!;
    if (row < 0 || start < 0) continue;
    without.set(scores.pre);
    model.addRow(without, row, -features.value[i]!);
    const push = full - model.logit(without, head);
    const end = features.end[i]!;
    // The words under the feature's span: tokens are in text order, so search, then walk.
    const first = firstEndingAfter(tokens, start);
    let last = first - 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    if (last < first) continue;
    const share = push / (last - first + 1);
    for (let t = first; t <= last; t++) out[t]! += share;
  }
  return out;
}

/** Index of the first token ending after `offset` (tokens.length when none does). */
function firstEndingAfter(tokens: readonly FeatureToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words to highlight for a head: the strongest run in the sentence that carries the most. */
export function explainSpan(model: Model, features: PostFeatures, scores: Scores, head: number, sentences: readonly Sentence[]): Span | undefined {
  const tokens = features.tokens;
  if (!tokens.length) return undefined;
  const push = wordContributions(model, features, scores, head);
  const bySentence = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (push[i]! > 0) bySentence.set(t.sentence, (bySentence.get(t.sentence) ?? 0) + push[i]!);
  });
  if (!bySentence.size) {
    // Nothing in the words pushed (an attachment did): point at the first sentence.
    const first = sentences[0];
    return first ? { start: first.start, end: first.end } : { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  }
  const [sentence] = [...bySentence].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  let strongest = 0;
  tokens.forEach((t, i) => {
    if (t.sentence === sentence) strongest = Math.max(strongest, push[i]!);
  });
  let start = -1;
  let end = -1;
  tokens.forEach((t, i) => {
    if (t.sentence !== sentence || push[i]! < strongest * STRONG_SHARE) return;
    if (start < 0) start = t.start;
    end = t.end;
  });
  return { start, end };
}
