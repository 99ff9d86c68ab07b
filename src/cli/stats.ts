/** `dateline stats`: counts of inputs, sources (sites), articles, duplicates, events, clusters and failed inputs. */
import { Command, Option } from 'commander';
import { withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { storeStats } from '../store/query.js';

/** Runs the command; returns the exit code. */
export async function runStats(opts: { db: string; format: 'text' | 'json' }, io: CliIo): Promise<number> {
  return withStore(io, opts.db, true, ({ db, path }) => {
    const s = storeStats(db);
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify({ db: path, ...s })}\n`);
    else {
      const w = Math.max(...Object.keys(s).map((k) => k.length));
      io.stdout.write(`${path}\n${Object.entries(s).map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n')}\n`);
    }
    return 0;
  });
}

/** Registers `stats`. */
export function registerStats(p: Command, io: CliIo, setCode: (n: number) => void): void {
  p.command('stats')
    .description('counts of the database: inputs, sources, articles, events, clusters, failed inputs')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (opts: { db: string; format: 'text' | 'json' }) => { setCode(await runStats(opts, io)); });
}
