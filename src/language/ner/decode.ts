/**
 * Greedy left-to-right decoding of one document with BILOU constraints (`tags.ts`), adding the
 * dynamic features: previous tag, previous two tags, previous tag with the word and with its shape,
 * and the prediction history (types already given to the same word in this document). Ratinov &
 * Roth 2009 report greedy decoding as accurate as Viterbi for this task and much faster.
 */
import { feat } from './hash.js';
import { T, pushAgg, type DocFeats, type WordInfo } from './features.js';
import { ALLOWED, NTAGS, typeOf, posOf, B, I } from './tags.js';

/** Adds the weights of features `f[0..n-1]` into `out` (length NTAGS, zeroed by the caller). */
export type Scorer = (f: Uint32Array, n: number, out: Float32Array) => void;
/** Called on a wrong prediction during training with the token's features. */
export type Learner = (f: Uint32Array, n: number, gold: number, pred: number) => void;

/** Adds the scores of a word's own features (`WordInfo.own`) into `out`; see `tagger.ts`. */
export type Partial = (w: WordInfo, out: Float32Array) => void;

/** Reusable buffers of one decoder. */
export interface DecodeBuffers { f: Uint32Array; scores: Float32Array }

/** Buffers for documents whose tokens have at most `maxFeats` static features. */
export const buffers = (maxFeats = 512): DecodeBuffers => ({ f: new Uint32Array(maxFeats + 32), scores: new Float32Array(NTAGS) });

/**
 * Tags a document; returns BILOU tag numbers per token. With `gold` and `learn`, calls `learn`
 * for every token whose greedy prediction differs from gold and keeps decoding with the
 * prediction (so training sees the same history as tagging).
 *
 * With `partial`, a word's own features are scored through it (cached per word) instead of
 * one by one; only for fixed weights (tagging, not training).
 */
export function decodeDoc(df: DocFeats, score: Scorer, bufs: DecodeBuffers, gold?: ArrayLike<number>, learn?: Learner, partial?: Partial): Uint8Array {
  const n = df.key.length;
  const tags = new Uint8Array(n);
  const hist = new Int32Array(df.nkeys * 5);
  let { f } = bufs;
  const sc = bufs.scores;
  for (let si = 0; si + 1 < df.sent.length; si++) {
    const a = df.sent[si], b = df.sent[si + 1];
    let prev = 0, prev2 = 0;
    for (let i = a; i < b; i++) {
      const s0 = df.offs[i], s1 = df.offs[i + 1], own = df.words[i].own;
      if (s1 - s0 + own.length + 32 > f.length) { f = new Uint32Array(2 * (s1 - s0 + own.length + 32)); bufs.f = f; }
      let m = 0;
      if (!partial) for (let q = 0; q < own.length; q++) f[m++] = own[q];
      for (let q = s0; q < s1; q++) f[m++] = df.feats[q];
      f[m++] = feat(T.PT, prev); f[m++] = feat(T.PT2, prev, prev2);
      f[m++] = feat(T.PTW, prev, df.lw[i]); f[m++] = feat(T.PTS, prev, df.ss[i]);
      m = pushAgg(f, m, T.HIST, hist, df.key[i], -2);
      sc.fill(0);
      if (partial) partial(df.words[i], sc);
      score(f, m, sc);
      let best = -1, bs = -Infinity;
      const row = prev * NTAGS;
      const last = i + 1 === b;
      for (let t = 0; t < NTAGS; t++) {
        if (!ALLOWED[row + t]) continue;
        if (last && t !== 0 && (posOf(t) === B || posOf(t) === I)) continue;
        if (sc[t] > bs) { bs = sc[t]; best = t; }
      }
      if (gold && learn && gold[i] !== best) learn(f, m, gold[i], best);
      tags[i] = best;
      if (df.key[i] >= 0) hist[df.key[i] * 5 + typeOf(best) + 1]++;
      prev2 = prev; prev = best;
    }
  }
  return tags;
}
