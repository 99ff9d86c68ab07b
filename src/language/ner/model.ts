/**
 * The shipped model: two linear stages over hashed features, stored as `models/ner/weights.json`
 * (header) + `models/ner/weights.bin` (for each stage: `n` uint32 feature keys, `n` float32 row
 * scales, `n * NTAGS` int8 weights; a weight is `int8 * scale / 127`). Loaded into an
 * open-addressing table (key and row side by side, one cache line per probe) with float32 rows.
 */
import { readFileSync } from 'node:fs';
import { NTAGS } from './tags.js';
import type { Scorer } from './decode.js';

/** One linear stage ready for scoring. */
export interface LinearModel {
  /** Table of 2^k slots, two numbers each: feature key (0 = empty slot) and row index. */
  table: Uint32Array;
  /** `rows * NTAGS` weights (training and selection; empty when `q` is set). */
  weights: Float32Array;
  /** Shipped form: `rows * NTAGS` int8 weights, a weight being `q * scales[row] / 127` (4x less memory to miss in). */
  q?: Int8Array;
  scales?: Float32Array;
  mask: number;
}

/** Header of the weights file. */
export interface ModelHeader {
  format: 'dateline-ner-1';
  tags: number;
  stages: { features: number; offset: number }[];
  trainedOn: string;
  epochs: number[];
  validF1: number[];
}

/** The two-stage model. */
export interface NerModel { header: ModelHeader; stages: LinearModel[] }

/** Builds the look-up table for `keys` (distinct, non-zero) with `weights` rows in the same order. */
export function linearModel(keys: Uint32Array, weights: Float32Array): LinearModel {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const table = new Uint32Array(2 * size);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    let h = keys[r] & mask;
    while (table[2 * h] !== 0) h = (h + 1) & mask;
    table[2 * h] = keys[r]; table[2 * h + 1] = r;
  }
  return { table, weights, mask };
}

/** Scorer of a stage (float weights, or int8 rows with a scale when the model has `q`). */
export function scorer(m: LinearModel): Scorer {
  const { table, weights, mask, q, scales } = m;
  const nt = NTAGS; // a local: imported bindings cost a getter call per use under some loaders
  if (q && scales) {
    const k127 = Float32Array.from(scales, (x) => x / 127);
    return (f, n, out) => {
      for (let j = 0; j < n; j++) {
        const k = f[j];
        let h = k & mask;
        let s = table[2 * h];
        while (s !== 0 && s !== k) { h = (h + 1) & mask; s = table[2 * h]; }
        if (s === 0) continue;
        const r = table[2 * h + 1], c = k127[r], base = r * nt;
        for (let t = 0; t < nt; t++) out[t] += q[base + t] * c;
      }
    };
  }
  return (f, n, out) => {
    for (let j = 0; j < n; j++) {
      const k = f[j];
      let h = k & mask;
      let s = table[2 * h];
      while (s !== 0 && s !== k) { h = (h + 1) & mask; s = table[2 * h]; }
      if (s === 0) continue;
      const base = table[2 * h + 1] * nt;
      for (let t = 0; t < nt; t++) out[t] += weights[base + t];
    }
  };
}

/** Quantizes rows to int8 with one float32 scale a row; drops rows whose largest |weight| < `min`. */
export function quantize(keys: Uint32Array, w: Float32Array, min: number): { keys: Uint32Array; scales: Float32Array; q: Int8Array } {
  const keep: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let mx = 0;
    for (let t = 0; t < NTAGS; t++) mx = Math.max(mx, Math.abs(w[r * NTAGS + t]));
    if (mx >= min && mx > 0) keep.push(r);
  }
  keep.sort((x, y) => keys[x] - keys[y]);
  const k = new Uint32Array(keep.length), scales = new Float32Array(keep.length), q = new Int8Array(keep.length * NTAGS);
  keep.forEach((r, j) => {
    let mx = 0;
    for (let t = 0; t < NTAGS; t++) mx = Math.max(mx, Math.abs(w[r * NTAGS + t]));
    k[j] = keys[r]; scales[j] = mx;
    for (let t = 0; t < NTAGS; t++) q[j * NTAGS + t] = Math.round((127 * w[r * NTAGS + t]) / mx);
  });
  return { keys: k, scales, q };
}

/** A scoring table over quantized rows (kept as int8; see `scorer`). */
export function dequantize(keys: Uint32Array, scales: Float32Array, q: Int8Array): LinearModel {
  return { ...linearModel(keys, new Float32Array(0)), q, scales };
}

/** Serializes quantized stages: the binary body and the stage offsets for the header. */
export function packStages(stages: { keys: Uint32Array; scales: Float32Array; q: Int8Array }[]): { body: Buffer; stages: ModelHeader['stages'] } {
  const parts: Buffer[] = [];
  const meta: ModelHeader['stages'] = [];
  let off = 0;
  for (const s of stages) {
    meta.push({ features: s.keys.length, offset: off });
    for (const arr of [s.keys, s.scales, s.q]) {
      const b = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
      parts.push(b); off += b.length;
    }
    const pad = (4 - (off % 4)) % 4;
    if (pad) { parts.push(Buffer.alloc(pad)); off += pad; }
  }
  return { body: Buffer.concat(parts), stages: meta };
}

/**
 * Loads `weights.json` + `weights.bin` from directory URL `dir`. Throws when a file is missing or
 * the format is not `dateline-ner-1`.
 */
export function loadModel(dir: URL): NerModel {
  const header = JSON.parse(readFileSync(new URL('weights.json', dir), 'utf8')) as ModelHeader;
  if (header.format !== 'dateline-ner-1' || header.tags !== NTAGS) throw new Error(`ner model: unsupported format ${header.format}`);
  const raw = readFileSync(new URL('weights.bin', dir));
  // Views over the file's own buffer; copied only when it is not 4-byte aligned.
  const aligned = raw.byteOffset % 4 === 0;
  const body = aligned ? raw.buffer : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  const o = aligned ? raw.byteOffset : 0;
  const stages = header.stages.map(({ features: n, offset }) => {
    const keys = new Uint32Array(body, o + offset, n);
    const scales = new Float32Array(body, o + offset + 4 * n, n);
    const q = new Int8Array(body, o + offset + 8 * n, n * NTAGS);
    return dequantize(keys, scales, q);
  });
  return { header, stages };
}
