/**
 * The piscina worker: runs each task the pool sends (src/ingest/pool.ts; task shapes in ./job.ts).
 * A whole job runs the pipeline; a `head` task runs its first stages and answers a packed Handoff;
 * a `tail` task runs the rest of a handed-off Doc. A thread that only ever runs one part loads,
 * compiles and warms only that part's code and resources (see `PIPELINE_SPLIT` in ./rules.ts).
 * Each thread keeps one resource cache for its life, as one CLI run keeps one context: gazetteers
 * and dictionaries load once per thread, not once per page.
 */
import { runJob, type Task } from './job.js';
import { analyzeHead, analyzeResult, analyzeTail } from '../analyze.js';
import type { Analysis, Failure } from '../doc.js';
import { packHandoff, unpackHandoff } from '../handoff.js';
import { bareSource } from '../load/index.js';
import { failureRecord } from '../records.js';

/** This thread's resource cache (the worker's context; see src/context.ts `resource`). */
const threadCache = new Map<string, unknown>();

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
