/**
 * Greedy left-to-right decoding of one document with BILOU constraints (`tags.ts`), adding the
 * dynamic features: previous tag, previous two tags, previous tag with the word and with its shape,
 * and the prediction history (types already given to the same word in this document). Ratinov &
 * Roth 2009 report greedy decoding as accurate as Viterbi for this task and much faster; the one
 * failure of greedy BILOU decoding that mattered here (an entity opened by mistake and then forced
 * on over the clause) is handled by the repair step (`REPAIR`; +1 point micro F1 on valid.txt).
 */
import { feat as featImport } from './hash.js';
import { T as TImport, pushAgg as pushAggImport, type DocFeats, type WordInfo } from './features.js';
import { ALLOWED, NTAGS, typeOf, posOf, tagOf, B, I, L, U } from './tags.js';

// Module-local copies of imported functions and tables used per token: some loaders (tsx) turn
// imported bindings into getter calls, which cost several percent of tagging time.
const feat = featImport, T = TImport, pushAgg = pushAggImport;
/** Type index + 1 of each tag (0 for O), for the history counts. */
const TYPE1 = Uint8Array.from({ length: NTAGS }, (_, t) => typeOf(t) + 1);

/**
 * Greedy repair: when the previous token opened or continued an entity (B or I) and the best tag
 * O outscores every allowed continuation, the entity is closed at
 * the previous token (B becomes U, I becomes L) instead of being forced on. Without it one wrong B
 * drags the entity over the rest of the clause ("X and forty percent of ...").
 */
const REPAIR = true;

/**
 * Tokens in `DocFeats.quiet` (first stage: plain lower-case words and punctuation before a word
 * that is not capitalized; second stage: tokens the first stage left O, not capitalized words)
 * stay O without scoring unless an open entity reaches them; most tokens of news text are such, so
 * this roughly halves tagging time.
 */
const QUIET = true;

/** Module-local copies of the tag tables (hot loop; constant). */
const NT = NTAGS, OK = ALLOWED;
/** `OPENS[t]` is 1 for B and I tags (an entity that must continue). */
const OPENS = Uint8Array.from({ length: NTAGS }, (_, t) => (t !== 0 && (posOf(t) === B || posOf(t) === I) ? 1 : 0));

/** Best tag after `prev` by `sc`; on the sentence's last token only tags that close an entity. */
function pick(sc: Float32Array, prev: number, last: boolean): number {
  let best = 0, bs = -Infinity;
  const row = prev * NT;
  for (let t = 0; t < NT; t++) {
    if (!OK[row + t] || (last && OPENS[t])) continue;
    if (sc[t] > bs) { bs = sc[t]; best = t; }
  }
  return best;
}

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
 * With `partial`, a word's own features are scored through it (cached per word), and the
 * context-aggregation features of a key once per document, instead of token by token; only for
 * fixed weights (tagging, not training).
 */
export function decodeDoc(df: DocFeats, score: Scorer, bufs: DecodeBuffers, gold?: ArrayLike<number>, learn?: Learner, partial?: Partial): Uint8Array {
  const n = df.key.length;
  const tags = new Uint8Array(n);
  const hist = new Int32Array(df.nkeys * 5);
  const ctxScores = partial ? new Float32Array(df.nkeys * NT) : new Float32Array(0), ctxDone = new Uint8Array(partial ? df.nkeys : 0);
  let { f } = bufs;
  const sc = bufs.scores, quiet = QUIET ? df.quiet : undefined;
  const extra = df.extra, extraMax = extra ? df.extraMax ?? 64 : 0;
  const base = df.base, baseMax = base ? df.baseMax ?? 0 : 0;
  for (let si = 0; si + 1 < df.sent.length; si++) {
    const a = df.sent[si], b = df.sent[si + 1];
    let prev = 0, prev2 = 0;
    for (let i = a; i < b; i++) {
      if (quiet && quiet[i] && !OPENS[prev]) { tags[i] = 0; prev2 = prev; prev = 0; continue; }
      const s0 = base ? 0 : df.offs[i], s1 = base ? 0 : df.offs[i + 1], own = df.words[i].own;
      const kk = df.key[i], cx = kk >= 0 ? df.ctx[kk] : undefined;
      const need = s1 - s0 + baseMax + own.length + (cx ? cx.length : 0) + extraMax + 32;
      if (need > f.length) { f = new Uint32Array(2 * need); bufs.f = f; }
      let m = 0;
      if (!partial) {
        for (let q = 0; q < own.length; q++) f[m++] = own[q];
        if (cx) for (let q = 0; q < cx.length; q++) f[m++] = cx[q];
      }
      if (base) m = base(i, a, b, f, m);
      else for (let q = s0; q < s1; q++) f[m++] = df.feats[q];
      if (extra) m = extra(i, a, b, f, m);
      f[m++] = feat(T.PT, prev); f[m++] = feat(T.PT2, prev, prev2);
      f[m++] = feat(T.PTW, prev, df.lw[i]); f[m++] = feat(T.PTS, prev, df.ss[i]);
      m = pushAgg(f, m, T.HIST, hist, df.key[i], -2);
      sc.fill(0);
      if (partial) {
        partial(df.words[i], sc);
        if (cx) {
          // Context-aggregation features are the same for every token of the key: scored once.
          if (!ctxDone[kk]) { ctxDone[kk] = 1; const row = ctxScores.subarray(kk * NT, kk * NT + NT); score(cx, cx.length, row); }
          for (let t = 0; t < NT; t++) sc[t] += ctxScores[kk * NT + t];
        }
      }
      score(f, m, sc);
      const last = i + 1 === b;
      let best = pick(sc, prev, last);
      if (REPAIR && i > a && OPENS[prev]) {
        // An open entity the model would rather have closed: close it at the previous token.
        if (sc[0] > sc[best]) {
          const closed = tagOf(typeOf(prev), posOf(prev) === B ? U : L);
          tags[i - 1] = closed; prev = closed; best = 0;
        }
      }
      if (gold && learn && gold[i] !== best) learn(f, m, gold[i], best);
      tags[i] = best;
      if (kk >= 0) hist[kk * 5 + TYPE1[best]]++;
      prev2 = prev; prev = best;
    }
  }
  return tags;
}
