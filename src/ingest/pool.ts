/**
 * The analysis worker threads (piscina): one pool of threads running whole jobs, or two lanes of
 * them, one per half of the pipeline (`splitPool`, rule `pipeline-split`; scheduled by
 * ./supervise.ts). The worker file sits next to this module with the same extension:
 * `worker.ts` when running from source under tsx (the workers then load tsx too), `worker.js` in
 * the compiled dist/ — or there `worker.bundle.js`, the same worker as one module
 * (scripts/bundle-worker.ts), when `npm run build` wrote it after the last compile.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { PIPELINE_SPLIT, V8_BATCH_FLAGS, WORKER_HEAP } from './rules.js';

/**
 * The bundled worker next to `worker` when it is at least as new as it (tsc rewrites every file of
 * dist/, so a compile without the bundling step leaves an older bundle, which is then not used).
 */
export function bundledWorker(worker: URL): URL | null {
  const bundle = new URL(worker.href.replace(/\.js$/, '.bundle.js'));
  try {
    return statSync(fileURLToPath(bundle)).mtimeMs >= statSync(fileURLToPath(worker)).mtimeMs ? bundle : null;
  } catch { return null; }
}

/**
 * The parent's Node flags that worker threads may inherit: module hooks (`--import`, `--require`,
 * `--loader`), `--conditions` and `--experimental-*`/`--no-warnings`-style switches. Flags about the
 * main script itself (`-e`, `-p`, `--input-type`, `--test`, `--watch`, `--cpu-prof`...) are dropped: a
 * worker given them fails to start (ERR_INPUT_TYPE_NOT_ALLOWED for `--input-type`).
 */
export function inheritableExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  const withValue = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.split('=')[0]!;
    if (withValue.has(name)) {
      if (a.includes('=')) out.push(a);
      else if (i + 1 < argv.length) { out.push(a, argv[i + 1]!); i++; }
      continue;
    }
    if (/^--(experimental-|no-warnings|no-deprecation|enable-source-maps|trace-warnings)/.test(name)) out.push(a);
    // Every other flag (and the value of -e/-p/--eval/--print/--input-type) is dropped.
    else if ((name === '-e' || name === '-p' || name === '--eval' || name === '--print' || name === '--input-type') && !a.includes('=')) i++;
  }
  return out;
}

/**
 * The module a pool's threads run, the Node flags they need, and their heap limit in MB (V8's
 * old generation; default `workerHeapMb()`, rule `worker-heap`).
 */
export interface WorkerSetup { filename: string; execArgv: string[]; heapMb?: number }

/**
 * The old-generation heap limit of each analysis thread, in MB (rule `worker-heap` of ./rules.ts):
 * the heap limit V8 gave this process, which Node sizes from the machine's memory.
 */
export function workerHeapMb(): number {
  return Math.max(WORKER_HEAP.minMb, Math.round(getHeapStatistics().heap_size_limit / 2 ** 20));
}

/** Where the worker file is and the Node flags its threads need. */
export function workerSetup(): WorkerSetup {
  const ext = extname(new URL(import.meta.url).pathname);
  const worker = new URL(`./worker${ext}`, import.meta.url);
  const filename = (ext === '.js' ? bundledWorker(worker) ?? worker : worker).href;
  const inherited = inheritableExecArgv(process.execArgv);
  const hasTsx = inherited.some((a) => a.includes('tsx'));
  const execArgv = ext === '.ts' && !hasTsx ? [...inherited, '--import', import.meta.resolve('tsx')] : inherited;
  return { filename, execArgv };
}

/** The first error each pool's threads raised (see `poolFailure`). */
const failures = new WeakMap<Piscina, Error>();

/**
 * The first error a pool's threads raised outside any job — a worker that could not load its
 * module or that died — or null. A pool that has one cannot analyze: `ingestStream` stops with E099.
 */
export function poolFailure(pool: Piscina): Error | null {
  return failures.get(pool) ?? null;
}

/**
 * The analysis worker threads of one ingest. With `tail` null, the `head` threads run whole jobs;
 * otherwise they run the stages up to and including `after` and the `tail` threads the rest
 * (rule `pipeline-split`; the scheduling is src/ingest/supervise.ts).
 */
export interface AnalysisPool {
  readonly head: Piscina;
  readonly tail: Piscina | null;
  /** The last stage the head threads run; null when they run whole jobs. */
  readonly after: string | null;
  /** Destroys every thread. */
  destroy(): Promise<void>;
}

/** Keeps the `error` events of a piscina pool (see `poolFailure`). */
function watched(pool: Piscina): Piscina {
  pool.on('error', (err: unknown) => { if (!failures.has(pool)) failures.set(pool, err instanceof Error ? err : new Error(String(err))); });
  return pool;
}

/**
 * What a worker thread runs, passed as its `workerData` (src/ingest/worker.ts reads it): whole
 * jobs, or the head or tail lane of a split pipeline (`after`: the head's last stage).
 */
export interface LaneData { part: 'whole' | 'head' | 'tail'; after: string | null }

/**
 * A piscina pool of exactly `threads` threads of `worker`, one task at a time each, its errors kept.
 * Each thread has its own heap limit (`resourceLimits`): a thread that reaches it is ended by Node
 * alone, and its task rejects (E099 for that input), instead of V8 ending the whole process.
 */
function piscinaOf(threads: number, worker: WorkerSetup, lane: LaneData): Piscina {
  const { filename, execArgv } = worker;
  const resourceLimits = { maxOldGenerationSizeMb: worker.heapMb ?? workerHeapMb() };
  return watched(new Piscina({ filename, execArgv, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 1, idleTimeout: 30_000, resourceLimits, workerData: { lane } }));
}

/**
 * A pool of exactly `threads` worker threads each running whole jobs, one at a time. The pool's
 * `error` events are kept (`poolFailure`) from the start, so a thread that fails before anyone
 * listens does not end the process with an unhandled error. `worker` defaults to `workerSetup()`
 * (tests pass another module).
 */
export function newPool(threads: number, worker: WorkerSetup = workerSetup()): AnalysisPool {
  const head = piscinaOf(threads, worker, { part: 'whole', after: null });
  return { head, tail: null, after: null, destroy: () => head.destroy() };
}

/**
 * Threads of each lane for `threads` in all (rule `pipeline-split`): the head lane gets
 * `headShare` of them rounded down, each lane at least one; below `minThreads`, no split.
 */
export function laneThreads(threads: number): { head: number; tail: number } | null {
  if (!Number.isInteger(threads) || threads < PIPELINE_SPLIT.minThreads) return null;
  const head = Math.min(threads - 1, Math.max(1, Math.floor(threads * PIPELINE_SPLIT.headShare)));
  return { head, tail: threads - head };
}

/**
 * `threads` worker threads split into a head and a tail lane (rule `pipeline-split`, `laneThreads`);
 * fewer than two threads run whole jobs (`newPool`). `worker` as for `newPool`.
 */
export function splitPool(threads: number, worker: WorkerSetup = workerSetup()): AnalysisPool {
  const lanes = laneThreads(threads);
  if (!lanes) return newPool(threads, worker);
  const after = PIPELINE_SPLIT.after;
  const head = piscinaOf(lanes.head, worker, { part: 'head', after }), tail = piscinaOf(lanes.tail, worker, { part: 'tail', after });
  return { head, tail, after, destroy: async () => { await Promise.all([head.destroy(), tail.destroy()]); } };
}

/**
 * V8 tuning for a batch (rule `v8-batch-tiering`, src/ingest/rules.ts), then `splitPool(threads)`.
 * The flags are process-wide and must be set before any thread compiles the pipeline, so they come
 * first. `dateline ingest` calls this before loading its readers and the store: the threads then
 * load while the main thread starts (about 0.2 s earlier on a 2-core machine; `npm run bench:ingest`).
 */
export function startPool(threads: number, tuneV8 = true): AnalysisPool {
  if (tuneV8) setFlagsFromString(V8_BATCH_FLAGS.flags.join(' '));
  return splitPool(threads);
}
