/**
 * The piscina worker: runs `runJob` for each job sent by the pool (src/ingest/pool.ts). Each worker
 * thread keeps one resource cache for its life, as one CLI run keeps one context: gazetteers and
 * dictionaries load once per thread, not once per page.
 */
import { runJob, type Job } from './job.js';
import { analyzeResult } from '../analyze.js';
import type { Analysis, Failure } from '../doc.js';

/** This thread's resource cache (the worker's context; see src/context.ts `resource`). */
const threadCache = new Map<string, unknown>();

/** Analyzes one job in this worker thread. */
export default function analyzeJob(job: Job): Promise<Analysis | Failure> {
  return runJob(job, threadCache, analyzeResult);
}
