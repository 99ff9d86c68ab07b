/**
 * Test helpers for src/ingest (excluded from the build): temp directories, a ReadContext, and
 * collecting units with their jobs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job, ReadContext, Unit } from './job.js';
import { newFetcher } from './fetch.js';

/** A fresh temp directory and its remover. */
export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A ReadContext for tests; `skip` defaults to never. */
export function readContext(over: Partial<ReadContext> = {}): ReadContext {
  return { options: {}, inputFormat: 'auto', skip: () => false, fetcher: () => newFetcher({ allowPrivate: true }), signal: new AbortController().signal, ...over };
}

/** Every unit of `units` with its job resolved. */
export async function collect(units: AsyncIterable<Unit>): Promise<Array<{ key: string; job: Job }>> {
  const out: Array<{ key: string; job: Job }> = [];
  for await (const u of units) out.push({ key: u.key, job: await u.job() });
  return out;
}

/** The error code of a failure job, or null. */
export const failCode = (job: Job): string | null => (job.kind === 'failure' ? job.failure.error.code : null);
