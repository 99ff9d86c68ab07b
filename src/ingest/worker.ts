/**
 * The piscina worker: runs each task the pool sends (src/ingest/pool.ts; task shapes in ./job.ts).
 * A whole job runs the pipeline; a `head` task runs its first stages and answers a packed Handoff;
 * a `tail` task runs the rest of a handed-off Doc. A thread that only ever runs one part loads,
 * compiles and warms only that part's code and resources (see `PIPELINE_SPLIT` in ./rules.ts).
 * Each thread keeps one resource cache for its life, as one CLI run keeps one context: gazetteers
 * and dictionaries load once per thread, not once per page.
 */
import { workerData } from 'node:worker_threads';
import { runJob, type Task } from './job.js';
import { analyzeHead, analyzeResult, analyzeTail } from '../analyze.js';
import type { Analysis, Failure } from '../doc.js';
import { packHandoff, unpackHandoff } from '../handoff.js';
import { bareSource } from '../load/index.js';
import { preloadStages, splitStages } from '../pipeline.js';
import { failureRecord } from '../records.js';
import type { Stage } from '../stage.js';
import type { LaneData } from './pool.js';

/** This thread's resource cache (the worker's context; see src/context.ts `resource`). */
const threadCache = new Map<string, unknown>();

/**
 * The stages whose resources a thread of `lane` loads before its first task: those of the tail
 * lane; none for a head lane or whole jobs. A tail thread has nothing to do until the first head
 * result (about half a second into a run on 2 cores), so loading then (the tagger, gazetteers,
 * lexicon, leader and rule tables: ~150 ms) takes the load off its first page: measured 3.40 s
 * against 3.57 s (medians of 6 interleaved 181-page ingests). A head thread's first task arrives at
 * once; loading ahead of it only competed with the start-up for the cores (first page ~200 ms later).
 */
export function preloadedStages(lane: Partial<LaneData> | undefined): readonly Stage[] {
  if (lane?.part !== 'tail' || typeof lane.after !== 'string') return [];
  try { return splitStages(lane.after).tail; } catch { return []; }
}

// At module load, synchronously: piscina threads wait for tasks in Atomics.wait, so a deferred
// callback would run only after the first task. A failure here is left to the first task, which
// reports it for its input.
try { preloadStages(preloadedStages((workerData as { lane?: LaneData } | null)?.lane), { options: {}, cache: threadCache }); } catch { /* see above */ }

/** Runs one task in this worker thread; never rejects (errors are Failure records). */
export default async function analyzeTask(task: Task): Promise<Analysis | Uint8Array | Failure> {
  if ('part' in task) {
    if (task.part === 'head') {
      const out = await runJob(task.job, threadCache, (res, ctx) => analyzeHead(res, ctx, task.after));
      return 'handoff' in out ? packHandoff(out) : out;
    }
    const h = task.packed instanceof Uint8Array ? unpackHandoff(task.packed) : null;
    if (!h) return failureRecord(bareSource(null), 'E099', 'internal error: a handed-off document could not be read');
    return analyzeTail(h, { options: h.options, cache: threadCache });
  }
  return runJob(task, threadCache, analyzeResult);
}
