/**
 * The interface between the input side (`src/ingest/`, the worker pool) and the store, and a
 * serial stand-in for `ingestStream` used until (or where) the pool is not available: it reads the
 * inputs with `loadInputs` (files, directories, JSON Lines) and analyzes them one by one.
 */
import type { Analysis, Failure } from '../doc.js';
import { newCtx } from '../context.js';
import { analyzeResult, checkOptions, failureRecord } from '../analyze.js';
import { loadInputs, type LoadResult } from '../load/index.js';

/** One analyzed input: its stable key (path, path#record, url, warc path#offset) and its result. */
export interface IngestItem { key: string; result: Analysis | Failure }

/** Options of an ingest stream. */
export interface IngestOptions {
  inputFormat?: 'auto' | 'jsonl';
  /** Anchor for relative dates, `YYYY-MM-DD`. */
  published?: string;
  /** Day the pages were fetched, `YYYY-MM-DD`. */
  crawled?: string;
  /** Allow URLs that resolve to private addresses. */
  allowPrivate?: boolean;
  /** Worker threads. */
  workers?: number;
  /** True: the input with this key is already stored; do not analyze it. */
  skip?: (key: string) => boolean;
  /** Progress after each input; `total` is null while unknown. */
  onProgress?: (p: { done: number; failed: number; total: number | null }) => void;
}

/** A function with the shape of `ingestStream` from `src/ingest/index.ts`. */
export type IngestStream = (inputs: string[], opts: IngestOptions) => AsyncIterable<IngestItem>;

/** The stable key of a load result: the path (or `-`), with `#record-id` for JSON Lines records. */
export function loadKey(res: LoadResult): string {
  const base = res.source.path ?? res.source.url ?? '-';
  if (res.id !== undefined) return `${base}#${res.id}`;
  if (base === '-' && res.source.sha256) return `-#${res.source.sha256}`;
  return base;
}

/**
 * Serial `ingestStream`: loads each input, asks `skip`, analyzes, yields. URLs, WARC and feeds
 * are not read here (they are `src/ingest/`'s); `workers` and `allowPrivate` are ignored.
 * @throws DatelineError E009 for a bad `published` or `crawled`.
 */
export async function* serialIngestStream(inputs: string[], opts: IngestOptions): AsyncGenerator<IngestItem> {
  const options = { ...(opts.published ? { published: opts.published } : {}), ...(opts.crawled ? { crawled: opts.crawled } : {}) };
  checkOptions(options);
  const ctx = newCtx(options);
  let done = 0;
  let failed = 0;
  for await (const res of loadInputs(inputs, { inputFormat: opts.inputFormat ?? 'auto' })) {
    const key = loadKey(res);
    if (opts.skip?.(key)) continue;
    const result = res.ok ? await analyzeResult(res, ctx) : failureRecord(res.source, res.code, res.message, res.id);
    done++;
    if ('error' in result) failed++;
    opts.onProgress?.({ done, failed, total: null });
    yield { key, result };
  }
}
