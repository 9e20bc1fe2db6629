/**
 * The trained model, loaded from the committed model file (src/model/model.json, written by
 * `npm run train`) on first use. `useModel` lets training and evaluation swap in a candidate, or
 * none at all to measure the rules alone.
 */
import type { CategoryId } from "../types.js";
import committed from "./model.json";
import { decodeModel, MODEL_FORMAT, type ModelData, type ModelFile, type ModelHeader } from "./format.js";

export class Model {
  readonly header: ModelHeader;
  readonly heads: readonly CategoryId[];
  readonly hidden: number;
  private readonly rows: Uint32Array;
  private readonly inputs: Int8Array;
  private readonly scales: Float64Array;

  constructor(data: ModelData) {
    this.header = data.header;
    this.heads = data.header.heads;
    this.hidden = data.header.hidden;
    this.rows = data.rows;
    this.inputs = data.inputs;
    this.scales = Float64Array.from(data.header.inputScales);
  }

  static fromFile(file: ModelFile): Model {
    if (file.header.format !== MODEL_FORMAT) throw new Error(`model file format ${String(file.header.format)}, expected ${MODEL_FORMAT}: run npm run train`);
    return new Model(decodeModel(file));
  }

  /** The row of a feature bucket, or -1 when the model has no input weights for it. */
  row(index: number): number {
    const rows = this.rows;
    let lo = 0;
    let hi = rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = rows[mid]!;
      if (v === index) return mid;
      if (v < index) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Add `x` times a row's input weights to the hidden pre-activations. */
  addRow(pre: Float64Array, row: number, x: number): void {
    const base = row * this.hidden;
    for (let j = 0; j < this.hidden; j++) pre[j]! += this.inputs[base + j]! * this.scales[j]! * x;
  }

  /** One head's logit from hidden pre-activations (what an explanation needs, a 15th of the work). */
  logit(pre: Float64Array, head: number): number {
    const heads = this.heads.length;
    const w = this.header.outputs;
    let out = this.header.outputBias[head]!;
    for (let j = 0; j < this.hidden; j++) {
      const a = pre[j]!;
      if (a > 0) out += a * w[j * heads + head]!;
    }
    return out;
  }

  /** Output logits from hidden pre-activations (ReLU, then the output layer). */
  logits(pre: Float64Array): Float64Array {
    const heads = this.heads.length;
    const out = Float64Array.from(this.header.outputBias);
    const w = this.header.outputs;
    for (let j = 0; j < this.hidden; j++) {
      const a = pre[j]!;
      if (a <= 0) continue;
      for (let h = 0; h < heads; h++) out[h]! += a * w[j * heads + h]!;
    }
    return out;
  }
}

let active: Model | null | undefined;
let problem: string | undefined;

/**
 * The model checks use: the committed one unless a caller swapped another in. A model file that
 * cannot be read leaves the rules to decide alone (checkPost never throws); `modelProblem` says why.
 */
export function activeModel(): Model | null {
  if (active === undefined) active = loadModel(committed as unknown as ModelFile);
  return active;
}

/** A model from a model file, or null (with `modelProblem()` saying why) when the file is unusable. */
export function loadModel(file: ModelFile): Model | null {
  try {
    problem = undefined;
    return file.header.rows > 0 ? Model.fromFile(file) : null;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
    return null;
  }
}

/** Why the last model file could not be used, if it could not. */
export function modelProblem(): string | undefined {
  return problem;
}

/** Use this model for every check from now on (null: the rules alone; undefined: the committed file). */
export function useModel(model: Model | null | undefined): void {
  active = model;
}
