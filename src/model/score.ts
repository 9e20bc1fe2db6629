/**
 * A post's score for each category: its features through the hidden layer to one probability per
 * category.
 */
import type { Model } from "./weights.js";

export interface SparseInput {
  index: ArrayLike<number>;
  value: ArrayLike<number>;
}

export interface Scores {
  /** Probability per head, in the model's head order. */
  probability: Float64Array;
  logits: Float64Array;
  /** Hidden pre-activations, kept for explanations. */
  pre: Float64Array;
  /** The model row of each feature (-1: the model has no weights for it). */
  rows: Int32Array;
}

export function scorePost(model: Model, features: SparseInput): Scores {
  const pre = Float64Array.from(model.header.hiddenBias);
  const rows = new Int32Array(features.index.length);
  for (let i = 0; i < features.index.length; i++) {
    const row = model.row(features.index[i]!);
    rows[i] = row;
    if (row >= 0) model.addRow(pre, row, features.value[i]!);
  }
  const logits = model.logits(pre);
  const probability = logits.map((z) => 1 / (1 + Math.exp(-z)));
  return { probability, logits, pre, rows };
}
