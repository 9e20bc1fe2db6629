/**
 * The model file: a JSON header (what the model is, what it was trained on, its small layers and
 * thresholds) and one base64 block holding the large first layer, so the same file is imported by
 * Node and bundled into the browser worker with no loader and no network request.
 *
 * The model is a small neural network: each post's sparse features (src/model/features.ts) feed
 * one hidden layer of ReLU units shared by every category, then one logistic output per category.
 * The block holds, in order:
 *   rows      varint-coded gaps between the sorted feature buckets that have input weights
 *   inputs    rows × hidden 4-bit weights, two to a byte (low nibble first), each unit's column
 *             scaled by header.inputScales[unit]
 */
import type { CategoryId } from "../types.js";
import type { FeatureOptions } from "./features.js";

export const MODEL_FORMAT = 2;

export interface TrainingFile {
  /** Path inside the repository. */
  file: string;
  sha256: string;
  examples: number;
  /** Which heads this file's labels train. */
  heads: string;
}

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  /** The category each output scores, in output order. */
  heads: CategoryId[];
  features: FeatureOptions;
  /** Hidden units. */
  hidden: number;
  /** Feature buckets with input weights. */
  rows: number;
  /** 4-bit input weight → weight, per hidden unit. */
  inputScales: number[];
  /** Hidden-unit biases. */
  hiddenBias: number[];
  /** hidden × heads output weights, row-major. */
  outputs: number[];
  outputBias: number[];
  /** An output's probability at or over its threshold flags the category. */
  thresholds: Partial<Record<CategoryId, number>>;
  /** The threshold instead when the category's rule fired (its hit is evidence too). */
  ruleThresholds: Partial<Record<CategoryId, number>>;
  /** Categories whose rule is precise enough, measured, to decide without the model. */
  ruleAlone: CategoryId[];
  training: {
    seed: number;
    epochs: number;
    files: TrainingFile[];
    credits: string[];
  };
}

export interface ModelFile {
  header: ModelHeader;
  weights: string;
}

export interface ModelData {
  header: ModelHeader;
  /** Sorted feature buckets. */
  rows: Uint32Array;
  /** rows × hidden input weights, −7…7, row-major. */
  inputs: Int8Array;
}

function writeVarint(out: number[], value: number): void {
  let v = value >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

export function encodeModel(data: ModelData): ModelFile {
  const bytes: number[] = [];
  let previous = 0;
  for (const r of data.rows) {
    writeVarint(bytes, r - previous);
    previous = r;
  }
  const head = bytes.length;
  const packed = new Uint8Array(head + Math.ceil(data.inputs.length / 2));
  packed.set(bytes);
  for (let i = 0; i < data.inputs.length; i++) {
    const nibble = data.inputs[i]! & 0x0f;
    packed[head + (i >> 1)]! |= i & 1 ? nibble << 4 : nibble;
  }
  return { header: data.header, weights: toBase64(packed) };
}

/** The layers of a model file; throws a plain error saying what is wrong when the file is damaged. */
export function decodeModel(file: ModelFile): ModelData {
  const { header } = file;
  const heads = header.heads.length;
  const shapes: Array<[string, number, number]> = [
    ["inputScales", header.inputScales.length, header.hidden],
    ["hiddenBias", header.hiddenBias.length, header.hidden],
    ["outputs", header.outputs.length, header.hidden * heads],
    ["outputBias", header.outputBias.length, heads],
  ];
  for (const [name, actual, expected] of shapes) {
    if (actual !== expected) throw new Error(`model file damaged: header.${name} has ${actual} numbers, expected ${expected}`);
  }
  const bytes = fromBase64(file.weights);
  const rows = new Uint32Array(header.rows);
  let p = 0;
  let previous = 0;
  for (let i = 0; i < header.rows; i++) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      if (p >= bytes.length) throw new Error(`model file damaged: the weights end inside row ${i} of ${header.rows}`);
      b = bytes[p++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    previous += v;
    rows[i] = previous;
  }
  const inputs = new Int8Array(header.rows * header.hidden);
  const expectedBytes = p + Math.ceil(inputs.length / 2);
  if (bytes.length !== expectedBytes) throw new Error(`model file damaged: the weights hold ${bytes.length} bytes, expected ${expectedBytes}`);
  for (let i = 0; i < inputs.length; i++) {
    const byte = bytes[p + (i >> 1)]!;
    const nibble = i & 1 ? byte >> 4 : byte & 0x0f;
    inputs[i] = nibble >= 8 ? nibble - 16 : nibble;
  }
  return { header, rows, inputs };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 without Buffer or atob, so the core runs the same in Node and in the worker. */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk.push(ALPHABET[(n >> 18) & 63]!, ALPHABET[(n >> 12) & 63]!, i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : "=", i + 2 < bytes.length ? ALPHABET[n & 63]! : "=");
    if (chunk.length >= 4096) {
      out += chunk.join("");
      chunk.length = 0;
    }
  }
  return out + chunk.join("");
}

const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function fromBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text[end - 1] === "=") end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    const d = DECODE[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`model file: not base64 at ${i}`);
    value = ((value << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
