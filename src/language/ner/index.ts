/**
 * Named-entity tagger (PER, ORG, LOC, MISC) trained on CoNLL-2003: a two-stage greedy averaged
 * perceptron over hashed features (see `features.ts`, `decode.ts`), shipped as `models/ner/`.
 *
 * Tokenization: the tagger takes tokens. In the pipeline it reads `Doc.tokens` (wink-nlp tokens,
 * which split punctuation and clitics as CoNLL does); `tokenize()` is a small CoNLL-style tokenizer
 * for raw text outside the pipeline. The document is the unit: tag a whole article at once.
 */
import { existsSync } from 'node:fs';
import type { Ctx } from '../../context.js';
import { resource } from '../../context.js';
import { loadGazetteer, phraseHash } from './gazetteer.js';
import { loadModel } from './model.js';
import { loadWordClasses } from './clusters.js';
import { loadPriors } from './prior.js';
import { makeTagger, tagDocument, bySentence, type Tagger } from './tagger.js';
import { spansOf, type NerType } from './tags.js';
import { NER_ORG_SUPPORT, ORG_SUFFIXES } from './rules.js';

export { tagDocument, bySentence, makeTagger, type Tagger } from './tagger.js';
export { spansOf, toIob, fromIob, TYPES, type NerType } from './tags.js';
export { loadGazetteer } from './gazetteer.js';
export { loadModel, type NerModel } from './model.js';

/** Directory of the shipped weights (same relative place from `src/` and from `dist/`). */
export const MODEL_DIR = new URL('../../../models/ner/', import.meta.url);

/** True when the shipped weights are present. */
export const hasNerModel = (): boolean => existsSync(new URL('weights.bin', MODEL_DIR));

/**
 * The tagger of this context, loaded once: the weights table plus typed-array views over the
 * gazetteer, word-class and prior files (measured on the compiled code: about 50 ms and 24 MB RSS).
 * Throws when the weights or the gazetteer are missing (`npm run train:ner` writes them).
 */
export function nerTagger(ctx: Ctx): Tagger {
  return resource(ctx, 'ner-model', () => {
    const file = (f: string): URL => new URL(f, MODEL_DIR);
    if (!existsSync(file('gazetteer.bin'))) throw new Error('ner model: models/ner/gazetteer.bin is missing (npm run train:ner -- --lists-only writes it)');
    return makeTagger(loadModel(MODEL_DIR), loadGazetteer(file('gazetteer.bin'), loadWordClasses(file('clusters.bin')), loadPriors(file('priors.bin'))));
  });
}

/** One tagged entity: token span `[start, end)` within its sentence. */
export interface NerSpan { sentence: number; start: number; end: number; type: NerType }

/** Entity spans of a document given as sentences of tokens. */
export function nerSpans(tg: Tagger, sentences: readonly (readonly string[])[]): NerSpan[] {
  const tags = bySentence(tagDocument(tg, sentences), sentences);
  return tags.flatMap((t, k) => spansOf(t).map((s) => ({ sentence: k, ...s })));
}

/** List bits of known organizations, companies and news outlets (see `gazetteer.ts`). */
const ORG_LISTS = (1 << 6) | (1 << 7) | (1 << 8);

/** True when an ORG span of `tokens` meets `NER_ORG_SUPPORT` (acronym, suffix or listed name). */
export function orgSupported(tg: Tagger, tokens: readonly string[]): boolean {
  if (tokens.some((t) => NER_ORG_SUPPORT.acronym.test(t))) return true;
  const low = tokens.map((t) => t.toLowerCase());
  if (ORG_SUFFIXES.entries.includes(low[low.length - 1])) return true;
  return ((tg.gz.phrases.get(phraseHash(low)) ?? 0) & ORG_LISTS) !== 0;
}

/**
 * Splits raw text into sentences of CoNLL-style tokens: words, numbers with inner punctuation,
 * abbreviations with dots ("U.S."), clitics ("'s", "n't") and single punctuation marks; a sentence
 * ends after ".", "!" or "?" followed by a space and an upper-case letter or a quote.
 */
export function tokenize(text: string): string[][] {
  const re = /\p{L}\.(?:\p{L}\.)+|n['’]t|['’](?:s|re|ve|ll|d|m)\b|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?=n['’]t|['’](?:s|re|ve|ll|d|m)\b)|[\p{L}\p{M}\p{N}]+(?:[-'’.,/&][\p{L}\p{M}\p{N}]+)*|\S/gu;
  const out: string[][] = [];
  let cur: string[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const tok = m[0];
    const before = text.slice(last, m.index);
    if (cur.length && /[.!?]["”’)]?$/.test(cur[cur.length - 1]) && /\s/.test(before) && /^[\p{Lu}"“‘(]/u.test(tok)) { out.push(cur); cur = []; }
    cur.push(tok);
    last = m.index + tok.length;
  }
  if (cur.length) out.push(cur);
  return out;
}
