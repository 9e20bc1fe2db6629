/**
 * Trains the model's network: sparse post features → one hidden layer of ReLU units shared by
 * every category → one logistic output per category, by minibatch Adam on the masked, weighted
 * cross-entropy (a label of -1 masks an output: a tweet labelled only for offensiveness teaches
 * only that output). Sharing the hidden layer lets rare categories borrow what common ones learn
 * ("this is about the author's school", "this is a complaint"), which a separate linear model per
 * category cannot.
 *
 * Only features seen in at least `minCount` training posts get input weights (the rest say too
 * little to learn from, and would only grow the file). Adam updates an input row only when a post
 * in the minibatch has that feature ("lazy" Adam), as sparse text models usually do.
 *
 * Deterministic: weights start from a seeded PRNG, examples are visited in a seeded order, and all
 * arithmetic is IEEE (single precision for the input table, double elsewhere), the same on every
 * machine.
 */
import { prng } from "../../tests/support/prng.js";

export interface MlpOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  batch: number;
  minCount: number;
  seed: number;
}

export interface TrainingExample {
  index: Uint32Array;
  value: Float64Array;
  /** Per output: 1, 0, or -1 (not labelled for this output). */
  labels: Int8Array;
  /** Per output weight of this example's loss. */
  weight: Float32Array;
}

export interface TrainedNetwork {
  /** Sorted feature buckets that have input rows. */
  rows: Uint32Array;
  /** rows × hidden. */
  inputs: Float32Array;
  hiddenBias: Float64Array;
  /** hidden × outputs. */
  outputs: Float64Array;
  outputBias: Float64Array;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

export function trainNetwork(examples: readonly TrainingExample[], outputs: number, options: MlpOptions): TrainedNetwork {
  const H = options.hidden;
  const K = outputs;
  // The vocabulary: buckets seen in enough posts.
  const counts = new Map<number, number>();
  for (const e of examples) for (const i of e.index) counts.set(i, (counts.get(i) ?? 0) + 1);
  const kept = Uint32Array.from([...counts].filter(([, n]) => n >= options.minCount).map(([i]) => i)).sort();
  const rowOf = new Map<number, number>();
  kept.forEach((bucket, r) => rowOf.set(bucket, r));
  const inputsOf = examples.map((e) => {
    const rows: number[] = [];
    const values: number[] = [];
    e.index.forEach((bucket, i) => {
      const r = rowOf.get(bucket);
      if (r !== undefined) {
        rows.push(r);
        values.push(e.value[i]!);
      }
    });
    return { rows: Int32Array.from(rows), values: Float64Array.from(values) };
  });

  const random = prng(options.seed);
  const normal = gaussian(random);
  const R = kept.length;
  // The big input table in single precision: half the memory traffic, which is what the time goes
  // on (rows are read and written at random); float32 rounding is as deterministic as double.
  const W1 = new Float32Array(R * H).map(() => normal() * 0.01);
  const b1 = new Float64Array(H);
  const W2 = new Float64Array(H * K).map(() => normal() * 0.05);
  const b2 = new Float64Array(K);
  const m1 = new Float32Array(R * H);
  // One second moment per input row, not per weight (row-wise Adam, as for embedding tables):
  // a 64th of the square roots, the same direction.
  const v1 = new Float64Array(R);
  const adam = (n: number) => ({ m: new Float64Array(n), v: new Float64Array(n) });
  const sb1 = adam(H);
  const sW2 = adam(H * K);
  const sb2 = adam(K);

  const g1 = new Float32Array(R * H);
  const touched = new Uint8Array(R);
  const touchedRows: number[] = [];
  const gb1 = new Float64Array(H);
  const gW2 = new Float64Array(H * K);
  const gb2 = new Float64Array(K);
  const pre = new Float64Array(H);
  const act = new Float64Array(H);
  const gOut = new Float64Array(K);
  const gHidden = new Float64Array(H);
  let step = 0;

  const denseUpdate = (param: Float64Array, grad: Float64Array, state: { m: Float64Array; v: Float64Array }, c1: number, c2: number) => {
    for (let i = 0; i < param.length; i++) {
      const g = grad[i]!;
      state.m[i] = BETA1 * state.m[i]! + (1 - BETA1) * g;
      state.v[i] = BETA2 * state.v[i]! + (1 - BETA2) * g * g;
      param[i]! -= (options.learningRate * (state.m[i]! / c1)) / (Math.sqrt(state.v[i]! / c2) + EPSILON);
      grad[i] = 0;
    }
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = Uint32Array.from(examples.keys());
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let start = 0; start < order.length; start += options.batch) {
      const end = Math.min(order.length, start + options.batch);
      const size = end - start;
      for (let k = start; k < end; k++) {
        const e = examples[order[k]!]!;
        const { rows, values } = inputsOf[order[k]!]!;
        pre.set(b1);
        for (let i = 0; i < rows.length; i++) {
          const base = rows[i]! * H;
          const x = values[i]!;
          for (let j = 0; j < H; j++) pre[j]! += W1[base + j]! * x;
        }
        for (let j = 0; j < H; j++) act[j] = pre[j]! > 0 ? pre[j]! : 0;
        let any = false;
        for (let h = 0; h < K; h++) {
          const y = e.labels[h]!;
          if (y < 0) {
            gOut[h] = 0;
            continue;
          }
          let z = b2[h]!;
          for (let j = 0; j < H; j++) z += act[j]! * W2[j * K + h]!;
          const p = 1 / (1 + Math.exp(-z));
          gOut[h] = ((p - y) * e.weight[h]!) / size;
          any = true;
        }
        if (!any) continue;
        for (let j = 0; j < H; j++) {
          let ga = 0;
          for (let h = 0; h < K; h++) {
            gW2[j * K + h]! += act[j]! * gOut[h]!;
            ga += W2[j * K + h]! * gOut[h]!;
          }
          gHidden[j] = pre[j]! > 0 ? ga : 0;
          gb1[j]! += gHidden[j]!;
        }
        for (let h = 0; h < K; h++) gb2[h]! += gOut[h]!;
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i]!;
          if (!touched[r]) {
            touched[r] = 1;
            touchedRows.push(r);
          }
          const base = r * H;
          const x = values[i]!;
          for (let j = 0; j < H; j++) g1[base + j]! += x * gHidden[j]!;
        }
      }
      step++;
      const c1 = 1 - BETA1 ** step;
      const c2 = 1 - BETA2 ** step;
      denseUpdate(b1, gb1, sb1, c1, c2);
      denseUpdate(W2, gW2, sW2, c1, c2);
      denseUpdate(b2, gb2, sb2, c1, c2);
      for (const r of touchedRows) {
        const base = r * H;
        let squares = 0;
        for (let j = base; j < base + H; j++) squares += g1[j]! * g1[j]!;
        v1[r] = BETA2 * v1[r]! + ((1 - BETA2) * squares) / H;
        const rate = options.learningRate / (Math.sqrt(v1[r]! / c2) + EPSILON);
        for (let j = base; j < base + H; j++) {
          m1[j] = BETA1 * m1[j]! + (1 - BETA1) * g1[j]!;
          W1[j]! -= rate * (m1[j]! / c1);
          g1[j] = 0;
        }
        touched[r] = 0;
      }
      touchedRows.length = 0;
    }
  }
  return { rows: kept, inputs: W1, hiddenBias: b1, outputs: W2, outputBias: b2 };
}
