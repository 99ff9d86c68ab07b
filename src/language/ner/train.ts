/**
 * Averaged-perceptron training of one stage (Collins 2002; averaging by the w - u/c trick of
 * Daumé's "A Course in Machine Learning", ch. 4). Deterministic: documents are visited in an order
 * shuffled by a seeded generator (mulberry32), features in their extraction order.
 */
import { NTAGS } from './tags.js';
import { mulberry32 } from './hash.js';
import { decodeDoc, buffers, type Scorer, type Learner } from './decode.js';
import { linearModel, type LinearModel } from './model.js';
import type { DocFeats } from './features.js';

export { mulberry32 } from './hash.js';

/** A growing perceptron over hashed feature keys. */
export class Perceptron {
  private map = new Map<number, number>();
  private keys = new Uint32Array(1 << 16);
  private w = new Float32Array((1 << 16) * NTAGS);
  private u = new Float64Array((1 << 16) * NTAGS);
  private n = 0;
  /** Instance counter for averaging. */
  c = 1;

  private row(k: number): number {
    let r = this.map.get(k);
    if (r !== undefined) return r;
    r = this.n++;
    if (r >= this.keys.length) {
      const cap = this.keys.length * 2;
      const k2 = new Uint32Array(cap); k2.set(this.keys); this.keys = k2;
      const w2 = new Float32Array(cap * NTAGS); w2.set(this.w); this.w = w2;
      const u2 = new Float64Array(cap * NTAGS); u2.set(this.u); this.u = u2;
    }
    this.keys[r] = k;
    this.map.set(k, r);
    return r;
  }

  /** Scores with the current (not averaged) weights. */
  readonly score: Scorer = (f, n, out) => {
    const w = this.w;
    for (let q = 0; q < n; q++) {
      const r = this.map.get(f[q]);
      if (r === undefined) continue;
      const b = r * NTAGS;
      for (let t = 0; t < NTAGS; t++) out[t] += w[b + t];
    }
  };

  /** Perceptron update: +1 on the gold tag, -1 on the predicted one, for every feature. */
  readonly learn: Learner = (f, n, gold, pred) => {
    const c = this.c;
    for (let q = 0; q < n; q++) {
      const b = this.row(f[q]) * NTAGS;
      this.w[b + gold] += 1; this.u[b + gold] += c;
      this.w[b + pred] -= 1; this.u[b + pred] -= c;
    }
  };

  /** The averaged weights as keys + rows. */
  averaged(): { keys: Uint32Array; weights: Float32Array } {
    const weights = new Float32Array(this.n * NTAGS);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i] - this.u[i] / this.c;
    return { keys: this.keys.slice(0, this.n), weights };
  }
}

/**
 * Drops static features seen fewer than `min` times over `docs` (feature-count pruning); a
 * context-aggregation feature counts once per token of its key.
 */
export function pruneRare(docs: DocFeats[], min: number): DocFeats[] {
  const count = new Map<number, number>();
  for (const d of docs) {
    for (const k of d.feats) count.set(k, (count.get(k) ?? 0) + 1);
    for (let i = 0; i < d.key.length; i++) { const c = d.key[i] >= 0 ? d.ctx[d.key[i]] : undefined; if (c) for (const k of c) count.set(k, (count.get(k) ?? 0) + 1); }
  }
  const keep = (k: number): boolean => (count.get(k) ?? 0) >= min;
  return docs.map((d) => {
    const ctx = d.ctx.map((c) => (c ? c.filter(keep) : c));
    const out: number[] = [];
    const offs = new Int32Array(d.offs.length);
    for (let i = 0; i + 1 < d.offs.length; i++) {
      offs[i] = out.length;
      for (let q = d.offs[i]; q < d.offs[i + 1]; q++) if (keep(d.feats[q])) out.push(d.feats[q]);
    }
    offs[d.offs.length - 1] = out.length;
    return { ...d, feats: Uint32Array.from(out), offs, ctx };
  });
}

/** Options of one stage's training. */
export interface StageOptions {
  epochs: number;
  seed: number;
  /**
   * Perceptrons trained side by side, each on its own shuffled order (seeds `seed + 1000 * j`),
   * whose averaged weights are averaged again (parameter mixing, McDonald, Hall & Mann 2010):
   * a linear model like one perceptron, so tagging costs the same. Default 1.
   */
  members?: number;
  /** Scores an averaged model (e.g. F1 on valid); the best epoch's weights are kept. */
  select?: (m: LinearModel) => number;
  log?: (msg: string) => void;
}

/** Result: averaged weights of the chosen epoch, the epoch (1-based) and the per-epoch selection scores. */
export interface StageResult { keys: Uint32Array; weights: Float32Array; epoch: number; scores: number[] }

/** The mean of linear models given as keys + rows (a key missing from a model weighs 0 there). */
export function mixModels(ms: { keys: Uint32Array; weights: Float32Array }[]): { keys: Uint32Array; weights: Float32Array } {
  if (ms.length === 1) return ms[0];
  const row = new Map<number, number>();
  for (const m of ms) for (const k of m.keys) if (!row.has(k)) row.set(k, row.size);
  const keys = new Uint32Array(row.size), weights = new Float32Array(row.size * NTAGS);
  for (const [k, r] of row) keys[r] = k;
  for (const m of ms) m.keys.forEach((k, i) => {
    const b = row.get(k)! * NTAGS;
    for (let t = 0; t < NTAGS; t++) weights[b + t] += m.weights[i * NTAGS + t] / ms.length;
  });
  return { keys, weights };
}

/** Trains one stage on documents with gold BILOU tags (flat per document). */
export function trainStage(docs: DocFeats[], gold: Uint8Array[], o: StageOptions): StageResult {
  const members = Array.from({ length: o.members ?? 1 }, (_, j) => ({ p: new Perceptron(), rnd: mulberry32(o.seed + 1000 * j), order: docs.map((_, i) => i) }));
  const bufs = buffers();
  let best: StageResult | null = null;
  const scores: number[] = [];
  for (let e = 1; e <= o.epochs; e++) {
    let wrong = 0, all = 0;
    for (const { p, rnd, order } of members) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      for (const d of order) {
        decodeDoc(docs[d], p.score, bufs, gold[d], (f, n, g, pr) => { wrong++; p.learn(f, n, g, pr); });
        all += gold[d].length;
        p.c += gold[d].length;
      }
    }
    const avg = mixModels(members.map((m) => m.p.averaged()));
    const s = o.select ? o.select(linearModel(avg.keys, avg.weights)) : e;
    scores.push(s);
    o.log?.(`epoch ${e}: train errors ${(wrong / all * 100).toFixed(2)}%, selection ${s.toFixed(4)}, features ${avg.keys.length}`);
    if (!best || s > best.scores[best.scores.length - 1] || !o.select) best = { ...avg, epoch: e, scores: [...scores] };
  }
  return { keys: best!.keys, weights: best!.weights, epoch: best!.epoch, scores };
}
