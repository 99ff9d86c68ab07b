/**
 * `dateline export --format gdelt2|jsonl|csv [--out FILE]`: the whole store, to stdout or a file.
 * A file is written beside its target and renamed when complete, so a failed export never leaves
 * a half file in place of an old one.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { Command, Option } from 'commander';
import { withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { StoreError } from '../store/errors.js';
import { exportStore, type ExportFormat } from '../store/export.js';

/** Runs the command; returns the exit code (3 with E028 when the output file cannot be written). */
export async function runExport(opts: { db: string; format: ExportFormat; out?: string }, io: CliIo): Promise<number> {
  return withStore(io, opts.db, true, ({ db }) => {
    if (!opts.out) { exportStore(db, opts.format, (l) => io.stdout.write(l)); return 0; }
    const out = opts.out;
    if (isDirectory(out)) throw new StoreError('E028', `${out}: is a directory; give a file with --out`);
    const tmp = `${out}.tmp-${process.pid}`;
    let fd: number;
    try { fd = openSync(tmp, 'w'); } catch (err) { throw new StoreError('E028', `${out}: cannot write (${(err as Error).message})`); }
    let n: number;
    try {
      n = exportStore(db, opts.format, (l) => { writeSync(fd, l); });
      closeSync(fd);
      renameSync(tmp, out);
    } catch (err) {
      try { closeSync(fd); } catch { /* already closed */ }
      rmSync(tmp, { force: true });
      if (err instanceof StoreError) throw err;
      throw new StoreError('E028', `${out}: cannot write (${(err as Error).message})`);
    }
    io.stderr.write(`export: ${n} records (${opts.format}) to ${out}\n`);
    return 0;
  });
}

function isDirectory(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

/** Registers `export`. */
export function registerExport(p: Command, io: CliIo, setCode: (n: number) => void): void {
  p.command('export')
    .description('export the store: gdelt2 (GDELT 2.0 event table, one row a cluster), jsonl (clusters with evidence), csv (events)')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'export format').choices(['gdelt2', 'jsonl', 'csv']).default('gdelt2'))
    .option('--out <file>', 'write to this file instead of stdout')
    .exitOverride()
    .action(async (opts: { db: string; format: ExportFormat; out?: string }) => { setCode(await runExport(opts, io)); });
}
