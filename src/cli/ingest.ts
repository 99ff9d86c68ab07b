/**
 * `dateline ingest INPUT...`: analyze inputs and keep the results in a SQLite database
 * (`--db`, default `./dateline.db`); the work is in ./ingest-run.ts. This module holds only the
 * command's options, so that the worker threads start before the main thread loads the readers,
 * the store and the progress bar (see `earlyPool`).
 */
import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import type { AnalysisPool } from '../ingest/pool.js';
import { countOption, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { addDictionaryOptions } from './dictionary-options.js';

/**
 * Items written in one transaction by default. The last batch is written after the last page is
 * analyzed, so its size is time at the end of every run: 64 items took ~50 ms on the 2-core dev
 * machine, 16 ~13 ms. With WAL and synchronous=NORMAL (src/store/db.ts) a commit does not wait for
 * the disk, so smaller batches cost little over a long run.
 */
export const DEFAULT_BATCH = 16;

/** Options of `ingest`, as parsed. */
export interface IngestCommandOptions {
  db: string; published?: string; crawled?: string; inputFormat: 'auto' | 'jsonl';
  allowPrivate?: boolean; workers?: string; batch?: string;
  /** PETRARCH/Phoenix dictionary files (see `dateline analyze`). */
  actors?: string[]; agents?: string[]; verbs?: string[]; discards?: string[];
}

/** Most worker threads `--workers` accepts. */
export const MAX_WORKERS = 256;

/**
 * The worker pool for `--workers` (default: the machine's parallelism), started at once when it
 * has two threads or more; undefined for one thread or a value `runIngest` will reject (it then
 * reports the error). Starting here, before the rest of the command loads, lets the threads load
 * the pipeline meanwhile: measured about 0.2 s sooner at work on 2 cores (`npm run bench:ingest`).
 */
export async function earlyPool(v: string | undefined): Promise<AnalysisPool | undefined> {
  let n: number;
  try { n = countOption('workers', v, MAX_WORKERS) ?? availableParallelism(); } catch { return undefined; }
  if (n < 2) return undefined;
  const { startPool } = await import('../ingest/pool.js');
  return startPool(n);
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
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      const pool = await earlyPool(opts.workers);
      const { runIngest } = await import('./ingest-run.js');
      setCode(await runIngest(inputs, opts, io, undefined, pool));
    });
}
