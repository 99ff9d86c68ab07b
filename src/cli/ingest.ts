/**
 * `dateline ingest INPUT...`: analyze inputs and keep the results in a SQLite database
 * (`--db`, default `./dateline.db`), one transaction per batch. Inputs already stored (by key) are
 * not analyzed again; an article whose body is already stored is recorded as a duplicate.
 * Exit codes: 0 all inputs stored or skipped; 1 some inputs failed (recorded in `failures`);
 * 2 usage error; 4 the database cannot be used (E020–E029).
 */
import { Command, Option } from 'commander';
import { checkOptions } from '../records.js';
import { withStore, countOption, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { ingestStream, type IngestItem } from '../ingest/index.js';
import { progressReporter, type IngestCounts } from '../store/progress.js';
import { makeWriter } from '../store/write.js';
import { addDictionaryOptions, dictionaryOptions } from './dictionary-options.js';

/** Items written in one transaction by default. */
export const DEFAULT_BATCH = 64;

/** Options of `ingest`, as parsed. */
export interface IngestCommandOptions {
  db: string; published?: string; crawled?: string; inputFormat: 'auto' | 'jsonl';
  allowPrivate?: boolean; workers?: string; batch?: string;
  /** PETRARCH/Phoenix dictionary files (see `dateline analyze`). */
  actors?: string[]; agents?: string[]; verbs?: string[]; discards?: string[];
}

/** The shape of `ingestStream` (tests pass their own). */
export type IngestStream = typeof ingestStream;

/** Runs the command; returns the exit code. @throws DatelineError E009 for a bad option. */
export async function runIngest(inputs: string[], opts: IngestCommandOptions, io: CliIo, stream?: IngestStream): Promise<number> {
  checkOptions({ ...(opts.published ? { published: opts.published } : {}), ...(opts.crawled ? { crawled: opts.crawled } : {}) });
  const workers = countOption('workers', opts.workers, 256);
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
    const items = ingest(inputs, {
      inputFormat: opts.inputFormat, published: opts.published, crawled: opts.crawled, allowPrivate: opts.allowPrivate === true,
      ...(workers !== undefined ? { workers } : {}), ...dictOpts,
      skip: (key) => { const known = writer.hasKey(key); if (known) counts.known++; return known; },
      onProgress: (p) => { total = p.total; },
    });
    for await (const item of items) {
      counts.analyzed++;
      pending.push(item);
      progress.tick({ ...counts, failed: counts.failed + pending.filter((i) => 'error' in i.result).length }, total);
      if (pending.length >= batchSize) flush();
    }
    flush();
    progress.done(counts, path);
    return counts.failed > 0 ? 1 : 0;
  });
}

/** Registers `ingest` on the program. */
export function registerIngest(p: Command, io: CliIo, setCode: (n: number) => void): void {
  const cmd = p.command('ingest')
    .description('analyze pages and keep them in a SQLite database (files, directories, globs, JSON Lines, WARC, RSS/Atom feeds, URLs)')
    .argument('<input...>', 'file, directory, glob, JSON Lines file, WARC, feed or URL')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--published <YYYY-MM-DD>', 'anchor for relative dates when a page gives no publication date')
    .option('--crawled <YYYY-MM-DD>', 'the day the pages were fetched: no page date later than it is kept')
    .addOption(new Option('--input-format <format>', 'input format').choices(['auto', 'jsonl']).default('auto'))
    .option('--allow-private', 'allow URLs that resolve to private or local addresses')
    .option('--workers <n>', 'worker threads analyzing pages')
    .option('--batch <n>', `inputs written per transaction (default ${DEFAULT_BATCH})`);
  addDictionaryOptions(cmd)
    .exitOverride()
    .action(async (inputs: string[], opts: IngestCommandOptions) => { setCode(await runIngest(inputs, opts, io)); });
}
