/**
 * Training steps shared by `npm run train` and `npm run eval`: extract each post's features once
 * (through the same analysis and rules the product runs), train the network, quantise it into a
 * model file's layers, and score posts through the product's own scoring code, so a held-out score
 * here is exactly what the product would compute.
 */
import { preparePost } from "../../src/check.js";
import { postFeatures, type FeatureOptions } from "../../src/model/features.js";
import { MODEL_FORMAT, type ModelData, type ModelHeader } from "../../src/model/format.js";
import { scorePost } from "../../src/model/score.js";
import { Model } from "../../src/model/weights.js";
import type { CategoryId } from "../../src/types.js";
import { HEADS, type LabelledPost } from "./data.js";
import { trainNetwork, type MlpOptions, type TrainedNetwork, type TrainingExample } from "./mlp.js";

export interface ExtractedPost {
  post: LabelledPost;
  index: Uint32Array;
  /** Doubles, as the product computes them. */
  value: Float64Array;
  /** Categories whose rule fired (under a profile covering all 16, the post's school configured). */
  ruleFired: Set<CategoryId>;
  /** Words the model read (src/model/decide.ts: too few and only rules speak). */
  words: number;
}

export function settingsFor(post: LabelledPost): { profile: "general"; schoolNames: string[] } {
  return { profile: "general", schoolNames: post.school ? [post.school] : [] };
}

export function extract(posts: readonly LabelledPost[], options: FeatureOptions): ExtractedPost[] {
  return posts.map((post) => {
    const prepared = preparePost(post.draft, settingsFor(post));
    if (!prepared) return { post, index: new Uint32Array(0), value: new Float64Array(0), ruleFired: new Set(), words: 0 };
    const f = postFeatures(prepared.analysis, prepared.ruleHits, options);
    const ruleFired = new Set<CategoryId>([...prepared.ruleHits].filter(([, hits]) => hits.length).map(([c]) => c));
    return { post, index: Uint32Array.from(f.index), value: Float64Array.from(f.value), ruleFired, words: f.tokens.length };
  });
}

export interface Weighting {
  /** Loss weight of a tweet relative to a staff post. */
  tweet: number;
  /** Extra weight on positive examples of an output (rare categories). */
  positive: number;
}

export function toExamples(posts: readonly ExtractedPost[], weighting: Weighting): TrainingExample[] {
  return posts.map(({ post, index, value }) => {
    const labels = new Int8Array(HEADS.length).fill(-1);
    const weight = new Float32Array(HEADS.length);
    HEADS.forEach((head, h) => {
      if (!post.labelled.includes(head)) return;
      const positive = post.expect.includes(head);
      labels[h] = positive ? 1 : 0;
      weight[h] = (post.source === "tweet" ? weighting.tweet : 1) * (positive ? weighting.positive : 1);
    });
    return { index, value, labels, weight };
  });
}

/** Seven significant digits: the header stays short and the stored number is the one scored with. */
const keep = (x: number) => Number(x.toPrecision(7));
/** The 4-bit scale of a unit clips its input weights at this quantile of their magnitudes. */
const CLIP_QUANTILE = 0.999;
const LEVELS = 7;

/** Quantise a trained network into model-file layers: 4-bit input rows, rows that round to nothing dropped. */
export function quantise(net: TrainedNetwork, hidden: number, header: Omit<ModelHeader, "format" | "heads" | "hidden" | "rows" | "inputScales" | "hiddenBias" | "outputs" | "outputBias">): ModelData {
  const R = net.rows.length;
  const scales: number[] = [];
  for (let j = 0; j < hidden; j++) {
    const column = new Float64Array(R);
    for (let r = 0; r < R; r++) column[r] = Math.abs(net.inputs[r * hidden + j]!);
    column.sort();
    scales.push(keep((column[Math.min(R - 1, Math.floor(R * CLIP_QUANTILE))] || 1) / LEVELS));
  }
  const rows: number[] = [];
  const q: number[] = [];
  const row = new Int8Array(hidden);
  for (let r = 0; r < R; r++) {
    let any = false;
    for (let j = 0; j < hidden; j++) {
      const v = Math.max(-LEVELS, Math.min(LEVELS, Math.round(net.inputs[r * hidden + j]! / scales[j]!)));
      row[j] = v;
      if (v !== 0) any = true;
    }
    if (!any) continue;
    rows.push(net.rows[r]!);
    for (let j = 0; j < hidden; j++) q.push(row[j]!);
  }
  return {
    header: {
      format: MODEL_FORMAT,
      heads: [...HEADS],
      hidden,
      rows: rows.length,
      inputScales: scales,
      hiddenBias: [...net.hiddenBias].map(keep),
      outputs: [...net.outputs].map(keep),
      outputBias: [...net.outputBias].map(keep),
      ...header,
    },
    rows: Uint32Array.from(rows),
    inputs: Int8Array.from(q),
  };
}

export function fit(examples: readonly TrainingExample[], options: MlpOptions, header: Parameters<typeof quantise>[2]): ModelData {
  return quantise(trainNetwork(examples, HEADS.length, options), options.hidden, header);
}

/** Probabilities per head through the product's own scoring, for posts already extracted. */
export function predict(model: ModelData, posts: readonly ExtractedPost[]): Float64Array[] {
  const m = new Model(model);
  return posts.map((p) => scorePost(m, p).probability);
}
