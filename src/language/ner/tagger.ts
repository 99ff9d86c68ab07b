/**
 * Two-stage tagging of a document: stage 1 tags with local, gazetteer and prediction-history
 * features; stage 2 adds stage 1's tags and their document-wide aggregation per word, and leaves
 * O the lower-case tokens stage 1 left O (`DocFeats.quiet`) unless an entity runs into them.
 */
import { docFeatures, stage2Lazy } from './features.js';
import { decodeDoc, buffers, type DecodeBuffers } from './decode.js';
import { scorer, type NerModel } from './model.js';
import type { Gazetteer } from './gazetteer.js';
import type { Scorer, Partial } from './decode.js';
import { trimEdges } from './post.js';

/** A loaded model with its gazetteer and scratch buffers (one per context; not shared across threads). */
export interface Tagger { model: NerModel; gz: Gazetteer; scorers: Scorer[]; partials: Partial[]; bufs: DecodeBuffers }

/** Wraps a model and gazetteer into a tagger. */
export function makeTagger(model: NerModel, gz: Gazetteer): Tagger {
  const scorers = model.stages.map(scorer);
  const owner = {};
  const partials = scorers.map((sc, k): Partial => (w, out) => {
    if (w.owner !== owner) { w.owner = owner; w.partial = []; }
    let p = w.partial[k];
    if (!p) { p = new Float32Array(out.length); sc(w.own, w.own.length, p); w.partial[k] = p; }
    for (let t = 0; t < out.length; t++) out[t] += p[t];
  });
  return { model, gz, scorers, partials, bufs: buffers() };
}

/**
 * BILOU tags (see `tags.ts`) of a document given as sentences of tokens, in document order as one
 * flat array. The document matters: the second stage reads the whole document. The last stage's
 * tags pass through the span rules of `post.ts`.
 */
export function tagDocument(tg: Tagger, sentences: readonly (readonly string[])[]): Uint8Array {
  const df = docFeatures(tg.gz, sentences, true);
  let tags = decodeDoc(df, tg.scorers[0], tg.bufs, undefined, undefined, tg.partials[0]);
  for (let k = 1; k < tg.scorers.length; k++) tags = decodeDoc(stage2Lazy(df, tags), tg.scorers[k], tg.bufs, undefined, undefined, tg.partials[k]);
  bySentence(tags, sentences).forEach((t, k) => trimEdges(t, sentences[k]));
  return tags;
}

/** Splits flat document tags back into sentences. */
export function bySentence(tags: Uint8Array, sentences: readonly (readonly string[])[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let k = 0;
  for (const s of sentences) { out.push(tags.subarray(k, k + s.length)); k += s.length; }
  return out;
}
