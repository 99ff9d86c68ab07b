/**
 * Feature extraction. A document is a list of sentences of token strings. Static features (those
 * that do not depend on predicted tags) are computed once per document into one flat array; the
 * decoder adds the dynamic ones (previous tags, prediction history). Every feature is a 32-bit key
 * `feat(template, a, b)` (see `hash.ts`); template numbers are part of the model format.
 *
 * Feature set after Ratinov & Roth 2009 (CoNLL, "Design challenges and misconceptions in named
 * entity recognition"): word, lower-cased word and shapes in a ±2 window, prefixes and suffixes up
 * to 4, capitalization in context (sentence-initial, all-capital headline sentences), gazetteer
 * matches (`gazetteer.ts`), word classes at five granularities (`clusters.ts`, as Brown-cluster
 * path prefixes) for the word and its neighbours, the embedding type and list priors of the word
 * and its neighbours (`prior.ts`), and non-local document features: the casing a word has
 * elsewhere in the document, context aggregation (the neighbours of all occurrences of the word,
 * `neighbourSets`), the types already predicted for the same word ("prediction history") and, in
 * the second stage, the types and BILOU tags the first stage gave the word across the document.
 */
import { feat as featImport, fnv as fnvImport } from './hash.js';
import { matchSentence, type Gazetteer } from './gazetteer.js';
import { NTAGS, typeOf } from './tags.js';
import { NO_CLASS, classPrefix } from './clusters.js';
import { sentenceLayout } from './layout.js';

// Module-local copies of the hash functions (called per feature; see `decode.ts` on getters).
const feat = featImport, fnv = fnvImport;

/** Template numbers (append only: changing one invalidates trained weights). */
export const T = Object.freeze({
  BIAS: 0, W: 1, LW: 2, LWm1: 3, LWp1: 4, LWm2: 5, LWp2: 6, SH: 7, SS: 8, SSm1: 9, SSp1: 10, SS3: 11,
  P1: 12, SF1: 16, BIL: 20, BIR: 21, LWm1SS: 22, SSLWp1: 23, INIT: 24, HEAD: 25, HEADLW: 26,
  GAZ: 27, GAZm1: 28, GAZp1: 29, DOCCASE: 30, DOCLOW: 31, SLEN: 32, GAZLW: 33,
  PT: 40, PT2: 41, PTW: 42, PTS: 43, HIST: 44, HISTO: 45,
  ST: 50, STm1: 51, STp1: 52, AGG: 53, AGGO: 54, AGGm1: 55, AGGp1: 56,
  CLSS: 66, CLP: 70, CLPm1: 71, CLPp1: 72, CLPm2: 73, CLPp2: 74,
  CTXm1: 80, CTXp1: 81, CTXCm1: 82, CTXCp1: 83, AGGT: 84, PRIOR: 85, PRIORSS: 86, PRIORm1: 87, PRIORp1: 88, LPRIOR: 89, LPRIORSS: 90, PRIORC: 91, LPRIORC: 92,
  AGGTAB: 101, AGGPROSE: 103, S2LAY: 105, S2LAYPR: 106,
});

/** Static features of one document plus what the decoder needs for dynamic ones. */
export interface DocFeats {
  /** Sentence boundaries: sentence k is tokens `sent[k]..sent[k+1]-1`. */
  sent: Int32Array;
  /** Static features of token i are `feats[offs[i]..offs[i+1]-1]` (empty when `base` is set). */
  feats: Uint32Array;
  offs: Int32Array;
  /**
   * Lazy documents (`docFeatures(gz, sentences, true)`, for tagging): computes the static features
   * of token `i` (sentence `[a, b)`) into `out` from `at` (at most `baseMax`) and returns the new
   * end, in the order `feats` would hold them. Only the tokens the decoder scores are computed.
   */
  base?: (i: number, a: number, b: number, out: Uint32Array, at: number) => number;
  baseMax?: number;
  /** Lower-cased word hash (for dynamic features). */
  lw: Uint32Array;
  /** Short shape hash. */
  ss: Uint32Array;
  /** Each token's word information (its own features are not in `feats`). */
  words: WordInfo[];
  /** Word-class id for history and aggregation (capitalized tokens only; -1 otherwise). */
  key: Int32Array;
  /** Number of distinct keys. */
  nkeys: number;
  /**
   * Context-aggregation features per key (`neighbourSets`), shared by every token of the key and
   * kept out of `feats` so that tagging scores them once per key and document.
   */
  ctx: (Uint32Array | undefined)[];
  /**
   * 1 for tokens the decoder tags O without scoring unless an open entity reaches them. First
   * stage (`docFeatures`): plain lower-case words and punctuation not followed by a capitalized
   * word. Second stage (`stage2Features`): tokens the first stage left O that do not start with an
   * upper-case letter.
   */
  quiet?: Uint8Array;
  /** Layout code (`layout.ts` `sentenceLayout`) of each token's sentence. */
  layout?: Uint8Array;
  /**
   * Static features computed when token `i` (of sentence `[a, b)`) is scored, written after its
   * `feats` into `out` from `at` (at most `extraMax` of them); returns the new end (`stage2Lazy`).
   */
  extra?: (i: number, a: number, b: number, out: Uint32Array, at: number) => number;
  extraMax?: number;
}

/**
 * First-stage quiet tokens (`DocFeats.quiet`): a word of lower-case letters only (with inner
 * apostrophes or hyphens) or a run of punctuation. Followed by a word that is not capitalized and
 * not inside an open entity, the model tags them O: skipping them left every prediction on
 * CoNLL-2003 test.txt and on the 181 ScrapingHub pages unchanged and cut tagging time by a
 * quarter.
 */
const PLAIN_WORD = /^(?:\p{Ll}+(?:['’-]\p{Ll}+)*|[.,;:!?()"'“”‘’—–-]+)$/u;

const BOS = fnv('<s>'), EOS = fnv('</s>');
/** Class-prefix depths used for the ±1 neighbours (64 and 1024 classes). */
const NEIGHBOUR_DEPTHS = [1, 3] as const;

/** Shape: upper X, lower x, digit d, other kept; runs capped at 3 (long) or 1 (short). */
function shapes(w: string): [string, string] {
  let long = '', short = '', prev = '', run = 0;
  for (const ch of w) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    run = c === prev ? run + 1 : 1;
    if (run <= 3) long += c;
    if (run === 1) short += c;
    prev = c;
  }
  return [long, short];
}

const isUpperStart = (w: string): boolean => { const c = w[0]; return c !== c.toLowerCase(); };
const isLowerStart = (w: string): boolean => { const c = w[0]; return c !== c.toUpperCase(); };
/** True when a sentence has at least two words and no word with a lower-case letter (a headline). */
function headline(ws: readonly string[]): boolean {
  let letters = 0;
  for (const w of ws) { if (/[a-z]/.test(w)) return false; if (/[A-Z]{2}/.test(w)) letters++; }
  return letters >= 2;
}

/** What a word contributes on its own: cached per tagger in `Gazetteer.words`. */
export interface WordInfo {
  low: string; lw: number; ss: number; cl: number; upper: boolean; lowerStart: boolean;
  /** Embedding type prior code (`prior.ts`; 0 = none). */
  pr: number;
  /** Features of the word alone: bias, word, lower-cased, shapes, classes, prefixes and suffixes. */
  own: Uint32Array;
  /** Scores of `own` per stage of the model `owner` (filled by the tagger; weights never change there). */
  partial: (Float32Array | undefined)[];
  owner: object | null;
}

/** Largest number of cached words before the cache is emptied. */
const WORD_CACHE_MAX = 200_000;

/** The word's own features (cached in `gz.words`). */
export function wordInfo(gz: Gazetteer, w: string): WordInfo {
  const hit = gz.words.get(w);
  if (hit) return hit;
  const low = w.toLowerCase();
  const [sh, s] = shapes(w);
  const lw = fnv(low), ss = fnv(s), cl = gz.classes.get(lw) ?? NO_CLASS;
  const own = [feat(T.BIAS, 0), feat(T.W, fnv(w)), feat(T.LW, lw), feat(T.SH, fnv(sh)), feat(T.SS, ss), feat(T.CLSS, classPrefix(cl, 3), ss)];
  for (let d = 0; d <= 4; d++) own.push(feat(T.CLP, classPrefix(cl, d), d));
  const prs = gz.priors.get(lw) ?? 0, prAll = prs & 0xffff, plAll = Math.floor(prs / 65536), pr = prAll & 15, pl = plAll & 15;
  own.push(feat(T.PRIOR, pr), feat(T.PRIORSS, pr, ss), feat(T.LPRIOR, pl), feat(T.LPRIORSS, pl, ss));
  if (prAll) for (let c = 0; c < 5; c++) own.push(feat(T.PRIORC, c, (prAll >> (4 + 2 * c)) & 3), feat(T.LPRIORC, c, (plAll >> (4 + 2 * c)) & 3));
  for (let q = 1; q <= 4 && q <= low.length; q++) own.push(feat(T.P1 + q - 1, fnv(low.slice(0, q))), feat(T.SF1 + q - 1, fnv(low.slice(-q))));
  const info: WordInfo = { low, lw, ss, cl, pr, upper: isUpperStart(w), lowerStart: isLowerStart(w), own: Uint32Array.from(own), partial: [], owner: null };
  if (gz.words.size >= WORD_CACHE_MAX) gz.words.clear();
  gz.words.set(w, info);
  return info;
}

/**
 * Static features of a document (`sentences`: token strings per sentence). Costs about 2 µs a token.
 * With `lazy`, the per-token features are not built: the decoder computes them through
 * `DocFeats.base` for the tokens it scores (about a quarter of the tokens of news text).
 */
export function docFeatures(gz: Gazetteer, sentences: readonly (readonly string[])[], lazy = false): DocFeats {
  let n = 0;
  for (const s of sentences) n += s.length;
  const sent = new Int32Array(sentences.length + 1);
  const lw = new Uint32Array(n), ss = new Uint32Array(n), key = new Int32Array(n).fill(-1);
  const CL = new Uint16Array(n).fill(NO_CLASS);
  const low: string[] = new Array(n);
  const head = new Uint8Array(sentences.length);
  const layout = new Uint8Array(n);
  const gaz: number[][] = [];
  // Document casing: lower-case uses and mid-sentence capitalized uses of each lower-cased word.
  const seenLow = new Set<string>(), seenCapMid = new Set<string>();
  const keys = new Map<string, number>();
  let k = 0;
  const words: WordInfo[] = new Array(n);
  sentences.forEach((ws, si) => {
    sent[si] = k;
    head[si] = headline(ws) ? 1 : 0;
    const infos = ws.map((w) => wordInfo(gz, w));
    layout.fill(sentenceLayout(ws), k, k + ws.length);
    for (const g of matchSentence(gz, ws, infos.map((x) => x.low), infos.map((x) => x.lw))) gaz.push(g);
    infos.forEach((x, j) => {
      const l = x.low;
      low[k] = l; lw[k] = x.lw; CL[k] = x.cl; ss[k] = x.ss; words[k] = x;
      if (x.upper) {
        let id = keys.get(l);
        if (id === undefined) { id = keys.size; keys.set(l, id); }
        key[k] = id;
        if (j > 0 && !head[si] && /^\p{L}/u.test(ws[j - 1])) seenCapMid.add(l);
      } else if (x.lowerStart) seenLow.add(l);
      k++;
    });
  });
  sent[sentences.length] = n;
  const ctx = neighbourSets(sent, key, keys.size, lw, CL);
  let maxGaz = 0;
  for (const g of gaz) maxGaz = Math.max(maxGaz, g.length);
  const sid = new Int32Array(n);
  for (let si = 0; si < sentences.length; si++) sid.fill(si, sent[si], sent[si + 1]);
  // The static features of token i (sentence [a, b)), written into `out` from `at`.
  const base = (i: number, a: number, b: number, out: Uint32Array, at: number): number => {
    const hd = head[sid[i]], slen = Math.min(b - a, 5);
    let m = at;
    const m1 = i > a ? lw[i - 1] : BOS, p1 = i + 1 < b ? lw[i + 1] : EOS;
    const m2 = i > a + 1 ? lw[i - 2] : BOS, p2 = i + 2 < b ? lw[i + 2] : EOS;
    const sm1 = i > a ? ss[i - 1] : BOS, sp1 = i + 1 < b ? ss[i + 1] : EOS;
    out[m++] = feat(T.LWm1, m1); out[m++] = feat(T.LWp1, p1); out[m++] = feat(T.LWm2, m2); out[m++] = feat(T.LWp2, p2);
    out[m++] = feat(T.SSm1, sm1); out[m++] = feat(T.SSp1, sp1); out[m++] = feat(T.SS3, ss[i], feat(0, sm1, sp1));
    out[m++] = feat(T.BIL, m1, lw[i]); out[m++] = feat(T.BIR, lw[i], p1); out[m++] = feat(T.LWm1SS, m1, ss[i]);
    out[m++] = feat(T.SSLWp1, ss[i], p1); out[m++] = feat(T.SLEN, slen, ss[i]);
    const cm1 = i > a ? CL[i - 1] : NO_CLASS - 1, cp1 = i + 1 < b ? CL[i + 1] : NO_CLASS - 1;
    const cm2 = i > a + 1 ? CL[i - 2] : NO_CLASS - 1, cp2 = i + 2 < b ? CL[i + 2] : NO_CLASS - 1;
    for (const d of NEIGHBOUR_DEPTHS) { out[m++] = feat(T.CLPm1, classPrefix(cm1, d), d); out[m++] = feat(T.CLPp1, classPrefix(cp1, d), d); }
    out[m++] = feat(T.CLPm2, classPrefix(cm2, 1)); out[m++] = feat(T.CLPp2, classPrefix(cp2, 1));
    out[m++] = feat(T.PRIORm1, i > a ? words[i - 1].pr : 99); out[m++] = feat(T.PRIORp1, i + 1 < b ? words[i + 1].pr : 99);
    if (i === a) out[m++] = feat(T.INIT, ss[i]);
    if (hd) { out[m++] = feat(T.HEAD, ss[i]); out[m++] = feat(T.HEADLW, lw[i]); }
    for (const c of gaz[i]) { out[m++] = feat(T.GAZ, c); out[m++] = feat(T.GAZLW, c, lw[i]); }
    if (i > a) for (const c of gaz[i - 1]) out[m++] = feat(T.GAZm1, c);
    if (i + 1 < b) for (const c of gaz[i + 1]) out[m++] = feat(T.GAZp1, c);
    if (key[i] >= 0) {
      const lo = seenLow.has(low[i]) ? 1 : 0, cm = seenCapMid.has(low[i]) ? 2 : 0;
      out[m++] = feat(T.DOCLOW, lo + cm);
      if (i === a || hd) out[m++] = feat(T.DOCCASE, lo + cm, ss[i]);
    }
    return m;
  };
  const quiet = new Uint8Array(n);
  for (let si = 0; si < sentences.length; si++) {
    const a = sent[si], b = sent[si + 1];
    for (let i = a; i < b; i++) quiet[i] = PLAIN_WORD.test(low[i]) && low[i] === sentences[si][i - a] && (i + 1 === b || !words[i + 1].upper) ? 1 : 0;
  }
  const df: DocFeats = { sent, feats: new Uint32Array(0), offs: new Int32Array(0), lw, ss, key, nkeys: keys.size, words, ctx, layout, quiet, base, baseMax: BASE_MAX + 4 * maxGaz };
  return lazy ? df : materialize(df);
}

/** Most static features of one token besides its gazetteer ones (12 context, 6 classes, 2 priors, 4 sentence and document). */
const BASE_MAX = 28;

/** The document with every token's static features built into `feats`/`offs` (for training, which reads and prunes them). */
function materialize(df: DocFeats): DocFeats {
  const n = df.key.length;
  const offs = new Int32Array(n + 1);
  const buf = new Uint32Array(df.baseMax ?? 0);
  const out: number[] = [];
  for (let si = 0; si + 1 < df.sent.length; si++) {
    const a = df.sent[si], b = df.sent[si + 1];
    for (let i = a; i < b; i++) {
      offs[i] = out.length;
      const m = df.base!(i, a, b, buf, 0);
      for (let q = 0; q < m; q++) out.push(buf[q]);
    }
  }
  offs[n] = out.length;
  return { ...df, feats: Uint32Array.from(out), offs, base: undefined, baseMax: undefined };
}

/** Most distinct neighbours per side kept for one word's context aggregation. */
const CTX_MAX = 8;

/**
 * Context aggregation (Ratinov & Roth 2009, section 5.2): for each capitalized word that occurs
 * more than once in the document, the words and 256-class word classes just left and right of all
 * its occurrences, as features shared by every occurrence (the first `CTX_MAX` distinct per side).
 * Returns per key the feature list, or undefined for words seen once.
 */
function neighbourSets(sent: Int32Array, key: Int32Array, nkeys: number, lw: Uint32Array, CL: Uint16Array): (Uint32Array | undefined)[] {
  const seen: Set<number>[] = Array.from({ length: nkeys }, () => new Set());
  const count = new Int32Array(nkeys);
  const out: number[][] = Array.from({ length: nkeys }, () => []);
  const add = (k: number, t: number, v: number): void => {
    const f = feat(t, v);
    if (seen[k].has(f) || seen[k].size >= 4 * CTX_MAX) return;
    seen[k].add(f); out[k].push(f);
  };
  for (let si = 0; si + 1 < sent.length; si++) {
    const a = sent[si], b = sent[si + 1];
    for (let i = a; i < b; i++) {
      const k = key[i];
      if (k < 0) continue;
      count[k]++;
      add(k, T.CTXm1, i > a ? lw[i - 1] : BOS); add(k, T.CTXp1, i + 1 < b ? lw[i + 1] : EOS);
      add(k, T.CTXCm1, i > a ? classPrefix(CL[i - 1], 2) : NO_CLASS - 1); add(k, T.CTXCp1, i + 1 < b ? classPrefix(CL[i + 1], 2) : NO_CLASS - 1);
    }
  }
  return out.map((f, k) => (count[k] > 1 ? Uint32Array.from(f) : undefined));
}

/** Frequency bucket of `c` out of `all` (0: some, 1: at least half, 2: all). */
const bucket = (c: number, all: number): number => (c === all ? 2 : 2 * c >= all ? 1 : 0);

/**
 * Type counts per key over tags (index `key * 5 + type + 1`, type -1 = O), for aggregation.
 */
export function typeCounts(df: DocFeats, tags: ArrayLike<number>): Int32Array {
  const c = new Int32Array(df.nkeys * 5);
  for (let i = 0; i < tags.length; i++) if (df.key[i] >= 0) c[df.key[i] * 5 + typeOf(tags[i]) + 1]++;
  return c;
}

/** Pushes aggregate features of template `t` for key `kk` from counts `c` less the tag `own` (or -2 for none). */
export function pushAgg(out: number[] | Uint32Array, at: number, t: number, c: Int32Array, kk: number, own: number): number {
  if (kk < 0) return at;
  let all = 0;
  for (let y = 0; y < 5; y++) all += c[kk * 5 + y] - (own + 1 === y ? 1 : 0);
  if (all <= 0) return at;
  for (let y = 0; y < 5; y++) {
    const v = c[kk * 5 + y] - (own + 1 === y ? 1 : 0);
    if (v > 0) out[at++] = feat(t, y, bucket(v, all));
  }
  return at;
}

/** `pushAgg` over counts that put non-entity tokens of the other layout under O too: only entity types are emitted. */
function pushAggTyped(out: Uint32Array, at: number, t: number, c: Int32Array, kk: number, own: number): number {
  let all = 0;
  for (let y = 1; y < 5; y++) all += c[kk * 5 + y] - (own + 1 === y ? 1 : 0);
  if (all <= 0) return at;
  for (let y = 1; y < 5; y++) {
    const v = c[kk * 5 + y] - (own + 1 === y ? 1 : 0);
    if (v > 0) out[at++] = feat(t, y, bucket(v, all));
  }
  return at;
}

/** What the second-stage features of a document read: its first-stage tags and their counts per key. */
interface Stage2Counts { first: ArrayLike<number>; c: Int32Array; cTab: Int32Array; cProse: Int32Array; tc: Int32Array }

/** First-stage type counts (all, table lines, other sentences) and full-tag counts per key. */
function stage2Counts(df: DocFeats, first: ArrayLike<number>): Stage2Counts {
  const c = typeCounts(df, first);
  const lay = df.layout;
  // The word's first-stage types elsewhere, split by table lines and other sentences.
  const cTab = lay ? typeCounts(df, Uint8Array.from(first, (t, i) => (lay[i] === 1 ? t : 0))) : c;
  const cProse = lay ? typeCounts(df, Uint8Array.from(first, (t, i) => (lay[i] !== 1 ? t : 0))) : c;
  // Full-tag counts per key: whether the word is a single-word entity or inside a longer one elsewhere.
  const tc = new Int32Array(df.nkeys * NTAGS);
  for (let i = 0; i < df.key.length; i++) if (df.key[i] >= 0) tc[df.key[i] * NTAGS + first[i]]++;
  return { first, c, cTab, cProse, tc };
}

/**
 * Writes the second-stage features of token `i` (sentence `[a, b)`) beyond the first stage's static
 * ones into `out` from `at`; returns the new end. `out` needs room for 64 more features.
 */
function stage2Extras(df: DocFeats, s: Stage2Counts, i: number, a: number, b: number, out: Uint32Array, at: number): number {
  const { first, c, cTab, cProse, tc } = s;
  const lay = df.layout;
  let m = at;
  out[m++] = feat(T.ST, first[i]); out[m++] = feat(T.STm1, i > a ? first[i - 1] : NTAGS); out[m++] = feat(T.STp1, i + 1 < b ? first[i + 1] : NTAGS);
  m = pushAgg(out, m, T.AGG, c, df.key[i], typeOf(first[i]));
  if (i > a) m = pushAgg(out, m, T.AGGm1, c, df.key[i - 1], typeOf(first[i - 1]));
  if (i + 1 < b) m = pushAgg(out, m, T.AGGp1, c, df.key[i + 1], typeOf(first[i + 1]));
  if (lay && df.key[i] >= 0) {
    const inTab = lay[i] === 1 ? 1 : 0, own = typeOf(first[i]);
    m = pushAggTyped(out, m, T.AGGTAB + inTab, cTab, df.key[i], inTab ? own : -2);
    m = pushAggTyped(out, m, T.AGGPROSE + inTab, cProse, df.key[i], inTab ? -2 : own);
    if (lay[i] !== 0) { out[m++] = feat(T.S2LAY, own + 1, lay[i]); out[m++] = feat(T.S2LAYPR, lay[i], df.words[i].pr & 15); }
  }
  const kk = df.key[i];
  if (kk >= 0) for (let y = 1; y < NTAGS; y++) if (tc[kk * NTAGS + y] - (first[i] === y ? 1 : 0) > 0) out[m++] = feat(T.AGGT, y);
  return m;
}

/** Most second-stage extra features of one token (3 tags, 3 x 5 aggregates, 2 x 4 typed, 2 layout, 16 full tags). */
const STAGE2_EXTRA_MAX = 64;

/** Second-stage quiet tokens: left O by the first stage and not a capitalized word. */
const quietAfter = (df: DocFeats, first: ArrayLike<number>): Uint8Array =>
  Uint8Array.from(df.words, (w, i) => (first[i] === 0 && !(w.upper && /^\p{L}/u.test(w.low)) ? 1 : 0));

/**
 * Second-stage static features: the first stage's tags around each token, the first stage's
 * type counts of the token's word elsewhere in the document, and the BILOU tags it has elsewhere
 * (so a word seen inside a longer entity elsewhere learns from that) (Ratinov & Roth's two-stage
 * prediction aggregation). With `df.layout` (`layout.ts`), also the word's entity types elsewhere
 * split by table lines and other sentences (each conjoined with whether this sentence is a table
 * line), and in table lines and numeric prose the layout with the first-stage type and with the
 * type prior (+0.0012 micro F1 on valid.txt; see `layout.ts`). Returns a new `DocFeats` sharing
 * everything but the features, all of them built (training reads and prunes them); tagging uses
 * `stage2Lazy`, which gives the same features token by token.
 */
export function stage2Features(df: DocFeats, first: ArrayLike<number>): DocFeats {
  const s = stage2Counts(df, first);
  const n = df.key.length;
  const out: number[] = [];
  const offs = new Int32Array(n + 1);
  const buf = new Uint32Array(STAGE2_EXTRA_MAX);
  for (let si = 0; si + 1 < df.sent.length; si++) {
    const a = df.sent[si], b = df.sent[si + 1];
    for (let i = a; i < b; i++) {
      offs[i] = out.length;
      for (let q = df.offs[i]; q < df.offs[i + 1]; q++) out.push(df.feats[q]);
      const m = stage2Extras(df, s, i, a, b, buf, 0);
      for (let q = 0; q < m; q++) out.push(buf[q]);
    }
  }
  offs[n] = out.length;
  return { ...df, feats: Uint32Array.from(out), offs, quiet: quietAfter(df, first), extra: undefined };
}

/**
 * The second-stage features of `stage2Features`, computed only for the tokens the decoder scores
 * (`DocFeats.extra`): most tokens of news text are second-stage quiet and never scored, so building
 * all their features first cost about as much as decoding (measured on the ScrapingHub pages).
 */
export function stage2Lazy(df: DocFeats, first: ArrayLike<number>): DocFeats {
  const s = stage2Counts(df, first);
  return { ...df, quiet: quietAfter(df, first), extra: (i, a, b, out, at) => stage2Extras(df, s, i, a, b, out, at), extraMax: STAGE2_EXTRA_MAX };
}
