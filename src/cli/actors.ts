/** `dateline actors`: event counts by actor code and role (source or target). */
import { Command, Option } from 'commander';
import { countOption, withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { formatRows, type Row } from '../store/format.js';
import { actorCounts } from '../store/query.js';
import type { QueryFormat } from './events.js';

/** Runs the command; returns the exit code. */
export async function runActors(opts: { db: string; limit?: string; format: QueryFormat }, io: CliIo): Promise<number> {
  const limit = countOption('limit', opts.limit) ?? 100;
  return withStore(io, opts.db, true, ({ db }) => {
    const rows = actorCounts(db, limit) as unknown as Row[];
    io.stdout.write(formatRows(rows, ['code', 'role', 'events', 'clusters'], opts.format));
    return 0;
  });
}

/** Registers `actors`. */
export function registerActors(p: Command, io: CliIo, setCode: (n: number) => void): void {
  p.command('actors')
    .description('event counts by actor code and role (source, target)')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--limit <n>', 'most rows listed (default 100)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv']).default('table'))
    .exitOverride()
    .action(async (opts: { db: string; limit?: string; format: QueryFormat }) => { setCode(await runActors(opts, io)); });
}
