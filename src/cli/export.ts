/**
 * `dateline export --format gdelt2|jsonl|csv [--out FILE]`: the whole store, to stdout or a file.
 * A regular file is written beside its target and renamed when complete, so a failed export never
 * leaves a half file in place of an old one; devices and FIFOs are written in place; the database
 * itself is never a target (see `exportTarget`).
 */
import { closeSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { StoreError } from '../store/errors.js';
import { exportStore, type ExportFormat } from '../store/export.js';

/** Writes all of `text` to `fd` (a pipe may take less than asked in one call). */
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
}

/** The real path `p` names: symlinks followed; for a file not there yet, its real folder plus its name. */
function realTarget(p: string): string {
  try { return realpathSync(p); } catch { /* not there yet */ }
  try { return join(realpathSync(dirname(resolve(p))), basename(p)); } catch { return resolve(p); }
}

/**
 * Where the export goes. Refuses (E028) a directory and the database itself or its WAL/SHM/journal
 * files. A special file (device, FIFO, socket) is written in place; a regular file (or a new one) is
 * written beside itself and renamed over the real target when complete, so a failed export never
 * leaves a half file, and a symlink given as `--out` stays a symlink.
 */
export function exportTarget(out: string, dbPath: string): { path: string; inPlace: boolean } {
  const path = realTarget(out);
  const db = realTarget(dbPath);
  if ([db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(path)) throw new StoreError('E028', `${out}: is the database (or its journal); give another file with --out`);
  let st;
  try { st = statSync(path); } catch { return { path, inPlace: false }; }
  if (st.isDirectory()) throw new StoreError('E028', `${out}: is a directory; give a file with --out`);
  return { path, inPlace: !st.isFile() };
}

/** Runs the command; returns the exit code (3 with E028 when the output file cannot be written). */
export async function runExport(opts: { db: string; format: ExportFormat; out?: string }, io: CliIo): Promise<number> {
  return withStore(io, opts.db, true, ({ db }) => {
    if (!opts.out) { exportStore(db, opts.format, (l) => io.stdout.write(l)); return 0; }
    const out = opts.out;
    const target = exportTarget(out, opts.db);
    const tmp = target.inPlace ? target.path : join(dirname(target.path), `.${basename(target.path)}.tmp-${process.pid}`);
    let fd: number;
    try { fd = openSync(tmp, target.inPlace ? 'w' : 'wx'); } catch (err) { throw new StoreError('E028', `${out}: cannot write (${(err as Error).message})`); }
    let n: number;
    try {
      n = exportStore(db, opts.format, (l) => writeAll(fd, l));
      closeSync(fd);
      if (!target.inPlace) renameSync(tmp, target.path);
    } catch (err) {
      try { closeSync(fd); } catch { /* already closed */ }
      if (!target.inPlace) rmSync(tmp, { force: true });
      if (err instanceof StoreError) throw err;
      throw new StoreError('E028', `${out}: cannot write (${(err as Error).message})`);
    }
    io.stderr.write(`export: ${n} records (${opts.format}) to ${out}\n`);
    return 0;
  });
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
