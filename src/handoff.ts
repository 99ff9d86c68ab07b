/**
 * The Doc handed between the two halves of a split pipeline (src/ingest: the stages up to
 * `PIPELINE_SPLIT.after` run in one worker thread, the rest in another). A module of its own, with
 * no stage imports, so the ingest main thread can check a worker's answer without loading the pipeline.
 */
import { deserialize, serialize } from 'node:v8';
import type { AnalyzeOptions } from './context.js';
import type { Doc, Token } from './doc.js';

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
}

/** True when `x` has the shape of a `Handoff` (a worker's answer to a first-half task). */
export function isHandoff(x: unknown): x is Handoff {
  if (!x || typeof x !== 'object') return false;
  const h = x as Partial<Handoff>;
  return h.handoff === 'dateline-doc/1' && typeof h.after === 'string' && !!h.doc && typeof h.doc === 'object'
    && !!h.options && typeof h.options === 'object';
}

/**
 * The tokens of a Doc as columns: typed arrays of offsets and sentence numbers, and POS tags as
 * indexes into `tags`. A token's text is not stored: it is `article.text.slice(start, end)`, which
 * `tokenColumns` checks for every token. Tokens are most of a Handoff (~880 a page on the
 * ScrapingHub pages, ~0.7 ms of the ~0.72 ms it took to decode one); as columns they decode in a
 * small fraction of that.
 */
export interface TokenColumns { start: Int32Array; end: Int32Array; sentence: Int32Array; pos: Uint8Array; tags: string[] }

/** `doc.tokens` as columns, or null when a token's text is not its slice of the article text (or there are over 255 POS tags). */
export function tokenColumns(tokens: readonly Token[], text: string): TokenColumns | null {
  const n = tokens.length;
  const cols: TokenColumns = { start: new Int32Array(n), end: new Int32Array(n), sentence: new Int32Array(n), pos: new Uint8Array(n), tags: [] };
  const tagIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.end - t.start !== t.text.length || !text.startsWith(t.text, t.start)) return null;
    let k = tagIndex.get(t.pos);
    if (k === undefined) {
      if (cols.tags.length === 255) return null;
      k = cols.tags.length; tagIndex.set(t.pos, k); cols.tags.push(t.pos);
    }
    cols.start[i] = t.start; cols.end[i] = t.end; cols.sentence[i] = t.sentence; cols.pos[i] = k;
  }
  return cols;
}

/** The tokens of `cols` over `text` (the inverse of `tokenColumns`). */
export function columnTokens(cols: TokenColumns, text: string): Token[] {
  const out: Token[] = new Array(cols.start.length);
  for (let i = 0; i < out.length; i++) {
    const start = cols.start[i]!, end = cols.end[i]!;
    out[i] = { start, end, text: text.slice(start, end), pos: cols.tags[cols.pos[i]!]!, sentence: cols.sentence[i]! };
  }
  return out;
}

/**
 * A Handoff as bytes (V8's structured-clone serialization, the format `postMessage` uses), its
 * tokens as columns when they can be (`tokenColumns`). Sent between threads as bytes, the Doc is
 * encoded once in the head thread and decoded once in the tail thread; the main thread, which
 * relays it, only copies bytes (a ScrapingHub page's Handoff is ~70 KB with token objects).
 */
export function packHandoff(h: Handoff): Uint8Array {
  const cols = tokenColumns(h.doc.tokens, h.doc.article.text);
  return serialize(cols ? { ...h, doc: { ...h.doc, tokens: [] }, tokenColumns: cols } : h);
}

/** The Handoff packed in `bytes`, or null when they do not decode to one. */
export function unpackHandoff(bytes: Uint8Array): Handoff | null {
  try {
    const h: unknown = deserialize(bytes);
    if (!isHandoff(h)) return null;
    const { tokenColumns: cols, ...rest } = h as Handoff & { tokenColumns?: TokenColumns };
    if (!cols) return h;
    return { ...rest, doc: { ...rest.doc, tokens: columnTokens(cols, rest.doc.article.text) } };
  } catch { return null; }
}

/** True when `x` has the shape of a record (an Analysis or a Failure) a worker may answer with. */
export function isRecord(x: unknown): boolean {
  return !!x && typeof x === 'object' && 'schema' in x && ('error' in x || 'article' in x);
}
