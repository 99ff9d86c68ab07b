/**
 * The work of `dateline ingest` (registered in ./ingest.ts, which loads this module only when the
 * command runs): analyze inputs and keep the results in a SQLite database, one transaction per
 * batch. Inputs already stored (by key) are not analyzed again; an article whose body is already
 * stored is recorded as a duplicate.
 * Exit codes: 0 all inputs stored or skipped; 1 some inputs failed (recorded in `failures`);
 * 2 usage error; 4 the database cannot be used (E020–E029).
 */
import type { AnalysisPool } from '../ingest/pool.js';
import { checkOptions } from '../records.js';
import { withStore, countOption, type CliIo } from '../store/cli-support.js';
import { ingestStream, type IngestItem } from '../ingest/index.js';
import { progressReporter, type IngestCounts } from '../store/progress.js';
import { makeWriter } from '../store/write.js';
import { dictionaryOptions } from './dictionary-options.js';
import { DEFAULT_BATCH, MAX_WORKERS, type IngestCommandOptions } from './ingest.js';

export { DEFAULT_BATCH, type IngestCommandOptions } from './ingest.js';

/** The shape of `ingestStream` (tests pass their own). */
export type IngestStream = typeof ingestStream;

/**
 * Runs the command; returns the exit code. `pool`, when given, is a worker pool already started
 * with `--workers` threads (see ./ingest.ts): the run uses it and always destroys it.
 * @throws DatelineError E009 for a bad option.
 */
export async function runIngest(inputs: string[], opts: IngestCommandOptions, io: CliIo, stream?: IngestStream, pool?: AnalysisPool): Promise<number> {
  try {
    return await run(inputs, opts, io, stream, pool);
  } finally {
    await pool?.destroy();
  }
}

async function run(inputs: string[], opts: IngestCommandOptions, io: CliIo, stream?: IngestStream, pool?: AnalysisPool): Promise<number> {
  checkOptions({ ...(opts.published ? { published: opts.published } : {}), ...(opts.crawled ? { crawled: opts.crawled } : {}) });
  const workers = countOption('workers', opts.workers, MAX_WORKERS);
  const batchSize = countOption('batch', opts.batch, 100_000) ?? DEFAULT_BATCH;
  const dictionaries = dictionaryOptions(opts);
  const dictOpts = dictionaries ? { dictionaries } : {};
  const ingest = stream ?? ingestStream;
  return withStore(io, opts.db, false, async ({ db, path }) => {
    const writer = makeWriter(db);
    const counts: IngestCounts = { analyzed: 0, stored: 0, duplicate: 0, known: 0, failed: 0 };
    const progress = progressReporter(io.stderr);
    let total: number | null = null;
    let pending: IngestItem[] = [];
    const flush = (): void => {
      if (pending.length === 0) return;
      const c = writer.writeBatch(pending);
      counts.stored += c.stored; counts.duplicate += c.duplicate; counts.failed += c.failed;
      pending = [];
      progress.batch(counts);
    };
    // Ctrl-C or a termination request ends the run after the item at hand: what was analyzed is
    // written and summed up, and the exit code says how the run ended (130 / 143, as the shell
    // would). A second signal is not caught: it ends the process at once, keeping what was written.
    const interrupt = new AbortController();
    let signal: NodeJS.Signals | null = null;
    const onSignal = (sig: NodeJS.Signals): void => { signal = sig; interrupt.abort(); };
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    try {
      const items = ingest(inputs, {
        inputFormat: opts.inputFormat, published: opts.published, crawled: opts.crawled, allowPrivate: opts.allowPrivate === true,
        ...(workers !== undefined ? { workers } : {}), ...dictOpts, ...(pool ? { pool } : {}),
        skip: (key) => { const known = writer.hasKey(key); if (known) counts.known++; return known; },
        onProgress: (p) => { total = p.total; },
        signal: interrupt.signal,
      });
      for await (const item of items) {
        counts.analyzed++;
        pending.push(item);
        progress.tick({ ...counts, failed: counts.failed + pending.filter((i) => 'error' in i.result).length }, total);
        if (pending.length >= batchSize) flush();
      }
      // A signal from here on finds every input analyzed: the last batch is written all the same
      // (the handlers stay in place until it is, so the signal cannot end the process mid-write).
      const stoppedBy = signal as NodeJS.Signals | null;
      flush();
      progress.done(counts, path);
      if (stoppedBy) io.stderr.write(`ingest: stopped by ${stoppedBy}; run the same command again to go on (stored inputs are skipped)\n`);
      return stoppedBy === 'SIGINT' ? 130 : stoppedBy === 'SIGTERM' ? 143 : counts.failed > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    }
  });
}

