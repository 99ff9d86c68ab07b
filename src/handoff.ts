/**
 * The Doc handed between the two halves of a split pipeline (src/ingest: the stages up to
 * `PIPELINE_SPLIT.after` run in one worker thread, the rest in another). A module of its own, with
 * no stage imports, so the ingest main thread can check a worker's answer without loading the pipeline.
 */
import { deserialize, serialize } from 'node:v8';
import type { AnalyzeOptions } from './context.js';
import type { Doc, Failure } from './doc.js';

/**
 * A Doc part-way through the pipeline. Plain data, so it crosses threads by structured clone.
 * `doc.raw` is emptied: no stage after extraction reads it.
 */
export interface Handoff {
  /** Marks the shape (and its version) among worker answers. */
  handoff: 'dateline-doc/1';
  /** Name of the last stage run. */
  after: string;
  doc: Doc;
  /** The input's analysis options (its own dates included). */
  options: AnalyzeOptions;
  /** The load result's source and id, for a failure record in the second half. */
  source: Failure['source'];
  id?: string;
}

/** True when `x` has the shape of a `Handoff` (a worker's answer to a first-half task). */
export function isHandoff(x: unknown): x is Handoff {
  if (!x || typeof x !== 'object') return false;
  const h = x as Partial<Handoff>;
  return h.handoff === 'dateline-doc/1' && typeof h.after === 'string' && !!h.doc && typeof h.doc === 'object'
    && !!h.options && typeof h.options === 'object' && !!h.source && typeof h.source === 'object';
}

/**
 * A Handoff as bytes (V8's structured-clone serialization, the format `postMessage` uses). Sent
 * between threads as bytes, the Doc's object graph is encoded once in the head thread and decoded
 * once in the tail thread; the main thread, which relays it, only copies bytes (a ScrapingHub page's
 * Handoff is ~70 KB: ~0.35 ms to encode, ~0.55 ms to decode, each saved on the main thread).
 */
export function packHandoff(h: Handoff): Uint8Array {
  return serialize(h);
}

/** The Handoff packed in `bytes`, or null when they do not decode to one. */
export function unpackHandoff(bytes: Uint8Array): Handoff | null {
  try {
    const h: unknown = deserialize(bytes);
    return isHandoff(h) ? h : null;
  } catch { return null; }
}

/** True when `x` has the shape of a record (an Analysis or a Failure) a worker may answer with. */
export function isRecord(x: unknown): boolean {
  return !!x && typeof x === 'object' && 'schema' in x && ('error' in x || 'article' in x);
}
