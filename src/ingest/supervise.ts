/**
 * Runs ingest jobs on the analysis threads (src/ingest/pool.ts `AnalysisPool`) and watches them.
 *
 * Health: a task never rejects inside a worker (`runJob` and the stage runners turn every error into
 * a Failure), so a rejected task that the stream did not abort means the thread died on that input
 * (out of memory, say): that input fails with E099 and a new thread takes the next one. Threads that
 * cannot load their module (the pool's `error` event), or that die on `THREAD_FAILURES_MAX` inputs
 * in a row with no success between, cannot analyze at all: `check` then throws and the stream stops.
 *
 * Scheduling: jobs wait in this module's queues, not piscina's, and go to a lane only when one of
 * its threads is free. With a split pool, a job runs its first stages in the head lane and its
 * Handoff the rest in the tail lane (rule `pipeline-split`). Under rule `lane-merge` the lanes
 * merge when one half is clearly the slower one: from then on every thread runs whole jobs.
 */
import type { Piscina } from 'piscina';
import type { Analysis, Failure } from '../doc.js';
import { DatelineError } from '../errors.js';
import { isRecord } from '../handoff.js';
import type { Job, Task } from './job.js';
import { poolFailure, type AnalysisPool } from './pool.js';
import { LANE_MERGE } from './rules.js';

/** Inputs in a row on which worker threads may die before the pool counts as unable to run. */
export const THREAD_FAILURES_MAX = 3;

/** A pool started on first use, its jobs, and the health of its threads. */
export interface PoolRunner {
  /** Runs `job` in the threads. @throws DatelineError E099 when a thread died on it; the abort error when stopped. */
  run(job: Job): Promise<Analysis | Failure>;
  /** @throws DatelineError E099 when the threads cannot run (see the module comment). */
  check(): void;
  /** True once a pool exists (given, or started by a job). */
  readonly started: boolean;
  /** When (ms since the process started) the lanes merged (rule `lane-merge`); 0 while split. */
  readonly merged: { at: number };
  /** Destroys the pool, if any. */
  destroy(): Promise<void>;
}

/** What a queued job waits for. */
interface Waiting { resolve(a: Analysis | Failure): void; reject(err: unknown): void }

/** One lane of threads and how many of them are at work. */
interface Lane { pool: Piscina; busy: number; max: number }

/**
 * Recent task times of one half of the pipeline (ms, wall time from hand-over to answer, taken only
 * from its own lane's threads, which are not queued since a task goes only to a free thread).
 */
class Timings {
  private readonly xs: number[] = [];
  private n = 0;
  add(ms: number): void { this.xs[this.n++ % LANE_MERGE.window] = ms; }
  /** Mean of the last `window` times; null before `minSamples`. */
  mean(): number | null {
    if (this.n < LANE_MERGE.minSamples) return null;
    return this.xs.reduce((a, b) => a + b, 0) / this.xs.length;
  }
}

/**
 * True when one half of the pipeline takes more than `LANE_MERGE.ratio` times the thread time per
 * page of the other (each mean divided by its lane's threads): rule `lane-merge`.
 */
export function unequal(a: { meanMs: number | null; threads: number }, b: { meanMs: number | null; threads: number }): boolean {
  if (a.meanMs === null || b.meanMs === null) return false;
  const x = a.meanMs / a.threads, y = b.meanMs / b.threads;
  return Math.max(x, y) > LANE_MERGE.ratio * Math.min(x, y);
}

/**
 * A runner over `given`, or over a pool `start()` makes at the first job (a re-run whose inputs are
 * all skipped starts no thread). Aborting `stop` ends the runs in flight and rejects the waiting
 * ones; the runner aborts it too when the threads cannot run.
 */
export function poolRunner(start: () => AnalysisPool, given: AnalysisPool | null, stop: AbortController): PoolRunner {
  let pool: AnalysisPool | null = null;
  let head: Lane | null = null, tail: Lane | null = null;
  let failure: Error | null = null;
  let inRow = 0;
  const headQ: Array<Waiting & { job: Job }> = [];
  const tailQ: Array<Waiting & { packed: Uint8Array }> = [];
  const headTimes = new Timings(), tailTimes = new Timings();
  const merged = { at: 0 };

  const laneOf = (p: Piscina): Lane => {
    p.on('error', () => stop.abort());
    if (poolFailure(p)) stop.abort();
    return { pool: p, busy: 0, max: p.options.maxThreads };
  };
  const use = (p: AnalysisPool): AnalysisPool => {
    pool = p;
    head = laneOf(p.head);
    tail = p.tail ? laneOf(p.tail) : null;
    return p;
  };
  if (given) use(given);
  /** What a job that the stop ended rejects with. */
  const stopped = (): unknown => stop.signal.reason ?? new Error('stopped');
  stop.signal.addEventListener('abort', () => {
    for (const w of [...headQ.splice(0), ...tailQ.splice(0)]) w.reject(stopped());
  }, { once: true });

  /** A rejected task: the abort error as is; otherwise the thread died on this input (E099). */
  const died = (err: unknown): unknown => {
    if (stop.signal.aborted) return err;
    const message = `the worker thread analyzing this input stopped: ${(err as Error)?.message ?? String(err)}`;
    if (++inRow >= THREAD_FAILURES_MAX) { failure ??= new Error(message); stop.abort(); }
    return new DatelineError('E099', message);
  };
  const broken = (): Error => new Error('the worker answered without an analysis or a failure record');

  /** Hands `task` to a free thread of `lane`; `answered` gets its answer (or throws to fail the input). */
  const send = (lane: Lane, task: Task, w: Waiting, answered: (out: unknown, ms: number) => void): void => {
    lane.busy++;
    const t0 = performance.now();
    lane.pool.run(task, { signal: stop.signal }).then((out: unknown) => {
      lane.busy--;
      try { answered(out, performance.now() - t0); } catch (err) { w.reject(died(err)); }
      pump();
    }, (err: unknown) => {
      lane.busy--;
      w.reject(died(err));
      pump();
    });
  };
  /** A whole job (or a tail task): the answer must be a record. */
  const final = (w: Waiting, times: Timings | null) => (out: unknown, ms: number): void => {
    if (!isRecord(out)) throw broken();
    inRow = 0;
    times?.add(ms);
    w.resolve(out as Analysis | Failure);
  };
  const sendWhole = (lane: Lane, w: Waiting & { job: Job }): void => send(lane, w.job, w, final(w, null));
  const sendTail = (lane: Lane, w: Waiting & { packed: Uint8Array }): void => send(lane, { part: 'tail', packed: w.packed }, w, final(w, lane === tail ? tailTimes : null));
  const sendHead = (lane: Lane, w: Waiting & { job: Job }, after: string): void => send(lane, { part: 'head', after, job: w.job }, w, (out, ms) => {
    if (out instanceof Uint8Array) {
      inRow = 0; headTimes.add(ms);
      // Stopped while this answer was on its way: the waiting queues were already emptied.
      if (stop.signal.aborted) w.reject(stopped());
      else tailQ.push({ resolve: w.resolve, reject: w.reject, packed: out });
      return;
    }
    final(w, null)(out, ms);
  });

  /** Gives waiting work to free threads (see the module comment and rule `lane-merge`). */
  const pump = (): void => {
    if (stop.signal.aborted || !head || !pool) return;
    const h = head as Lane, t = tail as Lane | null, after = (pool as AnalysisPool).after;
    if (t && !merged.at && unequal({ meanMs: headTimes.mean(), threads: h.max }, { meanMs: tailTimes.mean(), threads: t.max })) {
      merged.at = Math.round(performance.now());
    }
    for (let moved = true; moved;) {
      moved = false;
      if (t && t.busy < t.max) {
        if (tailQ.length > 0) { sendTail(t, tailQ.shift()!); moved = true; }
        else if (merged.at && headQ.length > 0) { sendWhole(t, headQ.shift()!); moved = true; }
      }
      if (h.busy < h.max && headQ.length > 0) {
        const w = headQ.shift()!;
        if (t && after !== null && !merged.at) sendHead(h, w, after); else sendWhole(h, w);
        moved = true;
      }
    }
  };

  return {
    get started() { return pool !== null; },
    merged,
    run(job) {
      if (!pool) use(start());
      return new Promise<Analysis | Failure>((resolve, reject) => {
        if (stop.signal.aborted) { reject(stopped()); return; }
        headQ.push({ job, resolve, reject });
        pump();
      });
    },
    check() {
      const p = pool as AnalysisPool | null;
      const err = failure ?? (p && (poolFailure(p.head) ?? (p.tail && poolFailure(p.tail))));
      if (err) throw new DatelineError('E099', `the analysis worker threads failed, so nothing more can be analyzed: ${err.message}`);
    },
    async destroy() { await (pool as AnalysisPool | null)?.destroy(); },
  };
}
