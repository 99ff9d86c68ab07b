/**
 * The light half of `analyze`: option checks and failure records. Kept apart from the pipeline so
 * that code which only checks options or reports failures (the ingest main thread, whose analysis
 * runs in worker threads) does not load the stages and their resources.
 */
import type { AnalyzeOptions } from './context.js';
import type { Failure } from './doc.js';
import { DatelineError } from './errors.js';
import { bareSource } from './load/index.js';
import { isAnchorDay, PUBLISHED_YEARS } from './load/dates.js';

/**
 * Checks analysis options.
 * @throws DatelineError E009 when `published` is not a real `YYYY-MM-DD` date within PUBLISHED_YEARS.
 */
export function checkOptions(options: AnalyzeOptions): void {
  for (const key of ['published', 'crawled'] as const) {
    const p = options[key];
    if (p === undefined) continue;
    if (!isAnchorDay(p)) {
      throw new DatelineError('E009', `${key} must be a real date YYYY-MM-DD between ${PUBLISHED_YEARS.min} and ${PUBLISHED_YEARS.max}, got ${JSON.stringify(p)}`);
    }
  }
}

/** A failure line of the output contract. */
export function failureRecord(source: Failure['source'] | null, code: string, message: string, id?: string): Failure {
  const src = source ?? bareSource(null);
  return id !== undefined
    ? { schema: 'dateline/1', id, source: src, error: { code, message } }
    : { schema: 'dateline/1', source: src, error: { code, message } };
}
