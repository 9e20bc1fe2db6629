/**
 * Rules and model together decide each category:
 *  - a rule the training measured as precise decides alone when it fires (ModelHeader.ruleAlone);
 *  - the model flags a category when its probability reaches the category's threshold, chosen on
 *    held-out posts so every profile keeps its benign false positives low (scripts/train.ts);
 *  - a rule that is not precise alone is evidence: the model weighs it, and where it fired the
 *    category has its own, lower threshold; where both agree the rule's words and message
 *    explain the finding;
 *  - a post of one or two words gives the model too little to judge: there only a rule can speak
 *    ("hi" is not a message to a pupil's parents);
 *  - teaching time is the clock's alone.
 * Without a model every rule decides alone, as before the model existed.
 */
import type { Analysis } from "../analysis/index.js";
import type { RuleHit, RuleMessage } from "../rules/types.js";
import type { CategoryId } from "../types.js";
import { explainSpan } from "./explain.js";
import { postFeatures } from "./features.js";
import modelMessages from "./messages.json";
import { scorePost } from "./score.js";
import type { Model } from "./weights.js";
import type { ModelHeader } from "./format.js";

export interface Decision {
  category: CategoryId;
  start: number;
  end: number;
  /** The rule message key, or undefined when the model's own message applies. */
  message?: string;
  /** The model's probability, when the model took part. */
  score?: number;
}

export const MODEL_MESSAGES = modelMessages.messages as Partial<Record<CategoryId, RuleMessage>>;

/** Fewer words than this and the model flags nothing its rule did not also see. */
export const MODEL_MIN_WORDS = 3;

/**
 * The model's verdict on one category: its probability against the category's threshold (the
 * lower one where the rule fired). Training, evaluation and the product all decide through this.
 */
export function modelFlags(header: ModelHeader, category: CategoryId, probability: number, ruleFired: boolean, words: number): boolean {
  if (!ruleFired && words < MODEL_MIN_WORDS) return false;
  const threshold = ruleFired ? header.ruleThresholds[category] : header.thresholds[category];
  return probability >= (threshold ?? Infinity);
}

export function decide(a: Analysis, ruleHits: ReadonlyMap<CategoryId, readonly RuleHit[]>, model: Model | null, wanted: readonly CategoryId[]): Decision[] {
  const out: Decision[] = [];
  const fromRule = (category: CategoryId, hits: readonly RuleHit[], score?: number) => {
    for (const h of hits) out.push({ category, start: h.start, end: h.end, message: h.message, ...(score === undefined ? {} : { score }) });
  };
  if (!model) {
    for (const category of wanted) fromRule(category, ruleHits.get(category) ?? []);
    return out;
  }
  const features = postFeatures(a, ruleHits, model.header.features);
  const scores = scorePost(model, features);
  for (const category of wanted) {
    const hits = ruleHits.get(category) ?? [];
    const head = model.heads.indexOf(category);
    const alone = head < 0 || model.header.ruleAlone.includes(category);
    if (alone && hits.length) {
      fromRule(category, hits);
      continue;
    }
    if (head < 0) continue;
    const score = scores.probability[head]!;
    if (!modelFlags(model.header, category, score, hits.length > 0, features.tokens.length)) continue;
    if (hits.length) {
      fromRule(category, hits, score);
      continue;
    }
    const span = explainSpan(model, features, scores, head, a.sentences);
    if (span) out.push({ category, start: span.start, end: span.end, score });
  }
  return out;
}
