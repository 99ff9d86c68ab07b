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
import type { AnalyzeOptions, DictionaryPaths } from '../context.js';
import type { Analysis, Failure } from '../doc.js';
import { checkOptions, failureRecord } from '../records.js';
import { DatelineError } from '../errors.js';
import { bareSource } from '../load/index.js';
import { codeOf } from './errors.js';
import { expandInputs } from './expand.js';
import { newFetcher, type Fetcher } from './fetch.js';
import { runJob, type Job, type ReadContext, type Unit } from './job.js';
import { splitPool, type AnalysisPool } from './pool.js';
import { poolRunner } from './supervise.js';
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
  pool?: AnalysisPool;
}

/**
 * Jobs in flight per worker thread: enough to keep every thread busy while the next input is read,
 * and, with a split pipeline, for the head lane to run ahead of the tail lane while the main thread
 * writes a batch (3 left the head lane idle ~0.4 s in a 181-page ingest on 2 cores, 6 ~0.2 s).
 */
const IN_FLIGHT_PER_WORKER = 6;

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
  // Worker threads, started at the first job unless given, in two lanes (src/ingest/supervise.ts).
  const threads = poolRunner(() => splitPool(workers), opts.pool ?? null, stop);
  const cache = new Map<string, unknown>();
  let tuned = !(opts.tuneV8 ?? true) || threads.started;
  const exec = async (job: Job): Promise<Analysis | Failure> => {
    // V8 flags are process-wide: set before the pipeline loads here or in a worker, they hold for both.
    if (!tuned) { setFlagsFromString(V8_BATCH_FLAGS.flags.join(' ')); tuned = true; }
    return workers > 1 ? threads.run(job) : runJob(job, cache, (await import('../analyze.js')).analyzeResult);
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
      threads.check();
      if (stop.signal.aborted || queue.length === 0) return;
      const item = await queue.shift()!;
      threads.check();
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
    await threads.destroy();
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
