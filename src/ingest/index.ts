/**
 * `dateline ingest`, input side: many inputs in, a stream of `{ key, result }` out, analysis spread
 * over worker threads. Inputs are expanded lazily (src/ingest/expand.ts), at most a small window
 * of them is read and in flight at once (backpressure: a 10,000-file directory is never loaded
 * whole), and results come out in input order. One broken input becomes a Failure item; the
 * stream goes on.
 */
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Piscina } from 'piscina';
import type { AnalyzeOptions, DictionaryPaths } from '../context.js';
import type { Analysis, Failure } from '../doc.js';
import { checkOptions, failureRecord } from '../records.js';
import { DatelineError } from '../errors.js';
import { bareSource } from '../load/index.js';
import { codeOf } from './errors.js';
import { expandInputs } from './expand.js';
import { newFetcher, type Fetcher } from './fetch.js';
import { runJob, type Job, type ReadContext, type Unit } from './job.js';
import { newPool, poolFailure } from './pool.js';
import { V8_BATCH_FLAGS } from './rules.js';

export { IngestErrorCodes, IngestError, type IngestErrorCode } from './errors.js';

/** One ingested input: its stable key and its analysis or coded failure. */
export interface IngestItem {
  /**
   * Stable input key, unique per input and the same on a re-run of the same input: a file path; a
   * URL as given; `warcPath#recordOffset` (`warcPath#error` for a file that breaks off);
   * `feedPath#itemIndex`; JSON Lines records `path#LINE`, or `path#LINE:ID` when the record has an
   * id (LINE 1-based; two records sharing an id keep distinct keys). Standard input is keyed by
   * content: a page `-#<sha256 hex of its bytes>`, a JSON Lines record `(stdin)#<sha256 hex of its line>`.
   */
  key: string;
  result: Analysis | Failure;
}

/** Options of `ingestStream`. */
export interface IngestOptions {
  /** `jsonl`: every file is JSON Lines; `auto` (default): by extension. */
  inputFormat?: 'auto' | 'jsonl';
  /** Anchor day `YYYY-MM-DD` for inputs without their own (a record's or feed item's date wins). */
  published?: string;
  /** Crawl day `YYYY-MM-DD` for inputs without their own (a WARC-Date or fetch day wins). */
  crawled?: string;
  /** Fetch URLs on private, loopback, link-local and unique-local addresses (off by default). */
  allowPrivate?: boolean;
  /** Worker threads; default `os.availableParallelism()`; 0 or 1 analyzes in this thread. */
  workers?: number;
  /** PETRARCH/Phoenix dictionary files to code with (see `AnalyzeOptions.dictionaries`); each worker loads them once. */
  dictionaries?: DictionaryPaths;
  /** True when `key` is already stored: the input is neither read nor analyzed, nor counted. */
  skip?: (key: string) => boolean;
  /** Called after each item: items done, of which failed, and the total once expansion has finished (null before). */
  onProgress?: (p: { done: number; failed: number; total: number | null }) => void;
  /**
   * Set V8_BATCH_FLAGS (src/ingest/rules.ts: optimize later, compile less) when analysis starts;
   * default true. The flags are process-wide: pass false to leave the host process's V8 as it is.
   */
  tuneV8?: boolean;
  /** Aborting ends the stream after the item being handed out; work in flight is dropped (not yielded). */
  signal?: AbortSignal;
  /**
   * A pool already started (`startPool` of src/ingest/pool.ts, with `workers` threads): used instead
   * of starting one at the first job, and destroyed when the stream ends.
   */
  pool?: Piscina;
}

/** Inputs in a row on which worker threads may die before the stream stops (see `runIn` in `run`). */
const THREAD_FAILURES_MAX = 3;

/** Jobs in flight per worker thread: enough to keep every thread busy while the next input is read. */
const IN_FLIGHT_PER_WORKER = 3;

/**
 * Analyzes every input, yielding one item per page, record, WARC response or feed item, in input order.
 * An input on which a worker thread dies (out of memory, say) is a Failure item with E099, and a new
 * thread goes on with the next.
 * @throws DatelineError E009 at once for a bad `published`, `crawled` or `workers`; while iterating,
 *   E099 when the worker threads cannot run (a worker module that cannot load; threads dying on 3
 *   inputs in a row): the items analyzed before are yielded, nothing after.
 */
export function ingestStream(inputs: string[], opts: IngestOptions): AsyncIterable<IngestItem> {
  const options: AnalyzeOptions = {
    ...(opts.published !== undefined ? { published: opts.published, publishedFrom: 'option' as const } : {}),
    ...(opts.crawled !== undefined ? { crawled: opts.crawled } : {}),
    ...(opts.dictionaries ? { dictionaries: opts.dictionaries } : {}),
  };
  checkOptions(options);
  const workers = opts.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new DatelineError('E009', `workers must be a whole number >= 0, got ${JSON.stringify(opts.workers)}`);
  if (opts.inputFormat !== undefined && opts.inputFormat !== 'auto' && opts.inputFormat !== 'jsonl') {
    throw new DatelineError('E009', `inputFormat must be "auto" or "jsonl", got ${JSON.stringify(opts.inputFormat)}`);
  }
  return run(inputs, opts, options, workers);
}

async function* run(inputs: readonly string[], opts: IngestOptions, options: AnalyzeOptions, workers: number): AsyncGenerator<IngestItem> {
  const stop = new AbortController();
  setMaxListeners(64 + workers * IN_FLIGHT_PER_WORKER, stop.signal); // one listener per job in flight and per fetch
  const onAbort = (): void => stop.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) stop.abort();
  let fetcher: Fetcher | null = null;
  const rc: ReadContext = {
    options, inputFormat: opts.inputFormat ?? 'auto', skip: opts.skip ?? (() => false), signal: stop.signal,
    fetcher: () => (fetcher ??= newFetcher({ allowPrivate: opts.allowPrivate ?? false })),
  };
  // The pool starts with the first job to analyze: a rerun whose inputs are all skipped starts no thread.
  let pool: Piscina | null = null;
  // A pool whose threads fail (a worker that cannot load, or dies) stops the stream: see `checkPool`.
  const usePool = (p: Piscina): Piscina => { pool = p; p.on('error', () => stop.abort()); if (poolFailure(p)) stop.abort(); return p; };
  if (opts.pool) usePool(opts.pool);
  // A job in a worker never rejects (runJob turns every error into a Failure), so a rejected run that
  // this stream did not abort means the thread died on that input (out of memory, say): the input
  // fails with E099 and a new thread takes the next one. Threads that die on THREAD_FAILURES_MAX
  // inputs in a row, with no success between, cannot analyze at all: the stream stops.
  let runFailure: Error | null = null;
  let failuresInRow = 0;
  const runIn = async (p: Piscina, job: Job): Promise<Analysis | Failure> => {
    try {
      const out = await p.run(job, { signal: stop.signal }) as Analysis | Failure;
      failuresInRow = 0;
      return out;
    } catch (err) {
      if (stop.signal.aborted) throw err;
      const message = `the worker thread analyzing this input stopped: ${(err as Error)?.message ?? String(err)}`;
      if (++failuresInRow >= THREAD_FAILURES_MAX) { runFailure ??= new Error(message); stop.abort(); }
      throw new DatelineError('E099', message);
    }
  };
  const checkPool = (): void => {
    const err = runFailure ?? (pool && poolFailure(pool));
    if (err) throw new DatelineError('E099', `the analysis worker threads failed, so nothing more can be analyzed: ${err.message}`);
  };
  const cache = new Map<string, unknown>();
  let tuned = !(opts.tuneV8 ?? true) || pool !== null;
  const exec = async (job: Job): Promise<Analysis | Failure> => {
    // V8 flags are process-wide: set before the pipeline loads here or in a worker, they hold for both.
    if (!tuned) { setFlagsFromString(V8_BATCH_FLAGS.flags.join(' ')); tuned = true; }
    return workers > 1 ? runIn(pool ?? usePool(newPool(workers)), job) : runJob(job, cache, (await import('../analyze.js')).analyzeResult);
  };
  const window = workers > 1 ? workers * IN_FLIGHT_PER_WORKER : 2;
  const units = expandInputs(inputs, rc);
  const queue: Array<Promise<IngestItem>> = [];
  let produced = 0, done = 0, failed = 0, total: number | null = null;
  try {
    for (;;) {
      while (total === null && queue.length < window && !stop.signal.aborted) {
        const next = await units.next();
        if (next.done) { total = produced; break; }
        produced++;
        queue.push(settle(next.value, exec));
      }
      checkPool();
      if (stop.signal.aborted || queue.length === 0) return;
      const item = await queue.shift()!;
      checkPool();
      if (stop.signal.aborted) return;
      done++;
      if ('error' in item.result) failed++;
      opts.onProgress?.({ done, failed, total });
      yield item;
    }
  } finally {
    stop.abort();
    opts.signal?.removeEventListener('abort', onAbort);
    await units.return(undefined);
    await Promise.allSettled(queue);
    await (pool as Piscina | null)?.destroy();
    await (fetcher as Fetcher | null)?.close();
  }
}

/** Gets a unit's job and runs it; any error becomes a Failure item (never rejects). */
async function settle(unit: Unit, exec: (job: Job) => Promise<Analysis | Failure>): Promise<IngestItem> {
  try {
    const job = await unit.job();
    return { key: unit.key, result: job.kind === 'failure' ? job.failure : await exec(job) };
  } catch (err) {
    const { code, message } = codeOf(err, unit.key);
    return { key: unit.key, result: failureRecord(bareSource(unit.key), code, message) };
  }
}
