/**
 * Reading CoNLL-2003 files (run time only; the corpus is never copied into the repo) and scoring
 * entity spans the conlleval way (exact span and type, micro-averaged over the counted types).
 */
import { readFileSync } from 'node:fs';
import { fromIob, spansOf } from './tags.js';

/** One document: sentences of tokens with gold BILOU tags. */
export interface ConllDoc { sentences: string[][]; gold: number[][] }

/**
 * Reads a CoNLL file: whitespace-separated columns, token first and NER tag last, blank lines
 * between sentences, `-DOCSTART-` lines between documents. A file with no DOCSTART is one document.
 */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let toks: string[] = [], tags: string[] = [];
  const flush = (): void => {
    if (!toks.length) return;
    if (!doc) { doc = { sentences: [], gold: [] }; docs.push(doc); }
    doc.sentences.push(toks); doc.gold.push(fromIob(tags));
    toks = []; tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) { flush(); continue; }
    const cols = t.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { flush(); doc = null; continue; }
    toks.push(cols[0]); tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs;
}

/** Precision, recall and F1 counts. */
export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

/**
 * Entity-level scores of predicted BILOU tag sequences against gold ones (parallel sentences),
 * per type and micro-averaged over `types` (other types count as O).
 */
export function scoreSpans(gold: ArrayLike<number>[], pred: ArrayLike<number>[], types: readonly string[] = ['PER', 'ORG', 'LOC']): Record<string, Prf> {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...types, 'micro']) c[t] = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, k) => {
    const G = new Set(spansOf(g).filter((s) => types.includes(s.type)).map((s) => `${s.start}:${s.end}:${s.type}`));
    const P = new Set(spansOf(pred[k]).filter((s) => types.includes(s.type)).map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of P) { const ty = s.split(':')[2]; const hit = G.has(s) ? 'tp' : 'fp'; c[ty][hit]++; c.micro[hit]++; }
    for (const s of G) if (!P.has(s)) { const ty = s.split(':')[2]; c[ty].fn++; c.micro.fn++; }
  });
  const out: Record<string, Prf> = {};
  for (const [k, { tp, fp, fn }] of Object.entries(c)) {
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
    out[k] = { tp, fp, fn, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}
