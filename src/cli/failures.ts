/** `dateline failures`: the inputs `ingest` could not store, with their error code and message. */
import { Command, Option } from 'commander';
import { countOption, withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { formatRows, type Row } from '../store/format.js';
import { failedInputs } from '../store/query.js';
import type { QueryFormat } from './events.js';

/** Runs the command; returns the exit code. */
export async function runFailures(opts: { db: string; code?: string; limit?: string; format: QueryFormat }, io: CliIo): Promise<number> {
  const limit = countOption('limit', opts.limit) ?? 100;
  return withStore(io, opts.db, true, ({ db }) => {
    const rows = failedInputs(db, limit, opts.code) as unknown as Row[];
    io.stdout.write(formatRows(rows, ['key', 'code', 'message', 'addedAt'], opts.format));
    return 0;
  });
}

/** Registers `failures`. */
export function registerFailures(p: Command, io: CliIo, setCode: (n: number) => void): void {
  p.command('failures')
    .description('inputs ingest could not store, with their error code and message (retried by the next ingest)')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--code <code>', 'error code or its prefix (E038, E03)')
    .option('--limit <n>', 'most rows listed (default 100)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv']).default('table'))
    .exitOverride()
    .action(async (opts: { db: string; code?: string; limit?: string; format: QueryFormat }) => { setCode(await runFailures(opts, io)); });
}
