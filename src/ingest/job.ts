/**
 * A job is one input ready to analyze, in a form that crosses a worker-thread boundary (structured
 * clone): a page file to read, bytes to decode, a string, or an already-known failure. `runJob` does
 * the CPU work — decoding, then the pipeline — in whichever thread it is called.
 */
import type { AnalyzeOptions, Ctx } from '../context.js';
import type { Analysis, Failure } from '../doc.js';
import { failureRecord } from '../records.js';
import { bareSource, fromBytes, fromString, loadInputs, type Loaded, type LoadResult } from '../load/index.js';
import { codeOf } from './errors.js';

/** Per-input metadata carried by bytes and string jobs. */
interface JobMeta { path: string | null; url: string | null; id?: string; published?: string }

/** One unit of analysis work; `options` are the analysis options for this input (batch options plus e.g. a WARC crawl day). */
export type Job = { options: AnalyzeOptions } & (
  | { kind: 'path'; path: string }
  | ({ kind: 'bytes'; bytes: Uint8Array; charset: string | null } & JobMeta)
  | ({ kind: 'string'; text: string; mediaType?: 'text/html' | 'text/plain' } & JobMeta)
  | { kind: 'failure'; failure: Failure }
);

/**
 * One task for an analysis worker thread (src/ingest/worker.ts): a whole job (the answer is an
 * Analysis or Failure), the stages of a job up to and including `after` (`head`: a packed Handoff
 * or a Failure), or the stages after that of a handed-off Doc (`tail`: an Analysis or Failure).
 * A Handoff travels packed (`packHandoff`): the main thread passes its bytes on without decoding.
 */
export type Task = Job | { part: 'head'; after: string; job: Job } | { part: 'tail'; packed: Uint8Array };

/** The source record of a job known before loading (for failures). */
function sourceOf(meta: JobMeta): Failure['source'] {
  return { ...bareSource(meta.path, meta.id ?? null), url: meta.url };
}

/** Decodes a bytes or string job into a load result (never throws: errors become coded failures). */
function load(job: Extract<Job, { kind: 'bytes' | 'string' }>): Loaded | Failure {
  try {
    const loaded = job.kind === 'bytes'
      ? fromBytes(job.bytes, job.path, { charset: job.charset, url: job.url })
      : fromString(job.text, { path: job.path, url: job.url, id: job.id ?? null, mediaType: job.mediaType });
    if (job.id !== undefined) { loaded.id = job.id; loaded.source.id = job.id; }
    if (job.published !== undefined) loaded.published = job.published;
    return loaded;
  } catch (err) {
    const { code, message } = codeOf(err);
    return failureRecord(sourceOf(job), code, message, job.id);
  }
}

/**
 * What analyzes a load result: `analyzeResult` of src/analyze.ts (the whole pipeline), or a bound
 * `analyzeHead` (the first stages only, answering a `Handoff`). Passed in rather than imported here:
 * the worker imports it at start, and the main thread loads the pipeline only when it analyzes
 * in-process, so an ingest whose analysis runs in worker threads never loads the stages there.
 */
export type AnalyzeFn<T = Analysis> = (res: LoadResult, ctx: Ctx) => Promise<T | Failure>;

/**
 * Runs one job: loads it (a page file through src/load's `loadInputs`, bytes through `fromBytes`,
 * strings through `fromString`) and analyzes it with `ctx.cache` and the job's options.
 * @returns what `analyze` answers (an Analysis or a Handoff), or a Failure record; never throws.
 */
export async function runJob<T = Analysis>(job: Job, cache: Ctx['cache'], analyze: AnalyzeFn<T>): Promise<T | Failure> {
  if (job.kind === 'failure') return job.failure;
  const ctx: Ctx = { options: job.options, cache };
  if (job.kind === 'path') {
    for await (const res of loadInputs([job.path])) return analyze(res, ctx);
    return failureRecord(bareSource(job.path), 'E001', `nothing to read at ${job.path}`);
  }
  const loaded = load(job);
  return 'ok' in loaded ? analyze(loaded, ctx) : loaded;
}

/** One input found by expansion: its stable key and how to get its job (reading or fetching happens then). */
export interface Unit { key: string; job: () => Promise<Job> }

/** What the input readers share: batch options, the skip test, the URL fetcher and the abort signal. */
export interface ReadContext {
  options: AnalyzeOptions;
  inputFormat: 'auto' | 'jsonl';
  skip: (key: string) => boolean;
  fetcher: () => import('./fetch.js').Fetcher;
  signal: AbortSignal;
  stdin?: NodeJS.ReadableStream;
}

/** A unit that is already a failure: `code` and `message` for the input named `key`. */
export function failureUnit(key: string, source: Failure['source'], code: string, message: string, id?: string): Unit {
  const failure = failureRecord(source, code, message, id);
  return { key, job: async () => ({ kind: 'failure', options: {}, failure }) };
}
