/**
 * Runs ingest jobs on a worker pool and watches its threads. A job never rejects inside a worker
 * (`runJob` turns every error into a Failure), so a rejected run that the stream did not abort means
 * the thread died on that input (out of memory, say): that input fails with E099 and a new thread
 * takes the next one. Threads that cannot load their module (the pool's `error` event), or that die
 * on `THREAD_FAILURES_MAX` inputs in a row with no success between, cannot analyze at all: `check`
 * then throws and the stream stops.
 */
import type { Piscina } from 'piscina';
import type { Analysis, Failure } from '../doc.js';
import { DatelineError } from '../errors.js';
import type { Job } from './job.js';
import { poolFailure } from './pool.js';

/** Inputs in a row on which worker threads may die before the pool counts as unable to run. */
export const THREAD_FAILURES_MAX = 3;

/** A pool started on first use, its jobs, and the health of its threads. */
export interface PoolRunner {
  /** Runs `job` in a thread. @throws DatelineError E099 when the thread died on it; the abort error when stopped. */
  run(job: Job): Promise<Analysis | Failure>;
  /** @throws DatelineError E099 when the threads cannot run (see the module comment). */
  check(): void;
  /** True once a pool exists (given, or started by a job). */
  readonly started: boolean;
  /** Destroys the pool, if any. */
  destroy(): Promise<void>;
}

/**
 * A runner over `given`, or over a pool `start()` makes at the first job (a re-run whose inputs are
 * all skipped starts no thread). Aborting `stop` ends the runs in flight; the runner aborts it too
 * when the threads cannot run.
 */
export function poolRunner(start: () => Piscina, given: Piscina | null, stop: AbortController): PoolRunner {
  let pool: Piscina | null = null;
  let failure: Error | null = null;
  let inRow = 0;
  const use = (p: Piscina): Piscina => {
    pool = p;
    p.on('error', () => stop.abort());
    if (poolFailure(p)) stop.abort();
    return p;
  };
  if (given) use(given);
  return {
    get started() { return pool !== null; },
    async run(job) {
      try {
        const out: unknown = await (pool ?? use(start())).run(job, { signal: stop.signal });
        // A worker module that answers with something else than a record is broken, not the input.
        if (!out || typeof out !== 'object' || !('schema' in out) || !('error' in out || 'article' in out)) throw new Error('the worker answered without an analysis or a failure record');
        inRow = 0;
        return out as Analysis | Failure;
      } catch (err) {
        if (stop.signal.aborted) throw err;
        const message = `the worker thread analyzing this input stopped: ${(err as Error)?.message ?? String(err)}`;
        if (++inRow >= THREAD_FAILURES_MAX) { failure ??= new Error(message); stop.abort(); }
        throw new DatelineError('E099', message);
      }
    },
    check() {
      const err = failure ?? (pool && poolFailure(pool));
      if (err) throw new DatelineError('E099', `the analysis worker threads failed, so nothing more can be analyzed: ${err.message}`);
    },
    async destroy() { await (pool as Piscina | null)?.destroy(); },
  };
}
