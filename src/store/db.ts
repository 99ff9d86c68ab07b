/**
 * Opening a dateline database: a SQLite file in WAL mode, its schema brought up to date by the
 * numbered SQL files in `migrations/` (`001_init.sql`, `002_...`), applied in order inside one
 * transaction each and recorded in the `migrations` table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { StoreError, storeErrorFrom } from './errors.js';

/** An open store: the better-sqlite3 handle and the path it was opened from. */
export interface Store { db: Database.Database; path: string; readonly: boolean }

/** Default database file of the CLI, relative to the working directory. */
export const DEFAULT_DB = 'dateline.db';

/** How long a writer waits for another process's lock before E022, in milliseconds. */
export const BUSY_TIMEOUT_MS = 2000;

/** One migration file: its number (the version it brings the schema to), name and SQL. */
export interface Migration { version: number; name: string; sql: string }

/** The folder of migration files: `migrations/` at the package root (from `src/store` or `dist/store`). */
export function migrationsDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');
}

/** The migrations in `dir` (`NNN_name.sql`), sorted by number. @throws StoreError E026 on a duplicate number. */
export function readMigrations(dir = migrationsDir()): Migration[] {
  const out: Migration[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(f);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: f, sql: readFileSync(join(dir, f), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.version === out[i - 1]!.version) throw new StoreError('E026', `two migrations numbered ${out[i]!.version}`);
  }
  return out;
}

/** The schema version recorded in the database (0 when none). */
export function schemaVersion(db: Database.Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
  if (!has) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Applies the migrations newer than the recorded version, each in its own transaction.
 * @throws StoreError E024 when the database is newer than the known migrations; E026 when one fails.
 */
export function migrate(db: Database.Database, migrations = readMigrations()): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new StoreError('E024', `database schema version ${current} is newer than this dateline's ${latest}`);
  for (const m of migrations) {
    if (m.version <= current) continue;
    const apply = db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    });
    try { apply(); } catch (err) {
      const mapped = storeErrorFrom(err, '');
      if (mapped instanceof StoreError) throw mapped;
      throw new StoreError('E026', `migration ${m.name} failed: ${(err as Error).message}`);
    }
  }
  return schemaVersion(db);
}

/**
 * Opens (creating when `readonly` is false) the database at `path`, in WAL mode, migrated.
 * A read-only open never creates or migrates; an older schema is then an error (E024 is not used:
 * the file is simply read as it is).
 * @throws StoreError E020 (a directory), E021 (corrupt / not SQLite), E022 (locked), E023
 *   (read-only), E024 (newer schema), E025 (cannot open; also an empty path or ":memory:", which SQLite
 *   would keep nowhere), E026 (migration failed).
 */
export function openStore(path: string, opts: { readonly?: boolean } = {}): Store {
  const ro = opts.readonly === true;
  // SQLite reads "" as a temporary database and ":memory:" as one in memory: both vanish on close,
  // so a run would report pages stored that are kept nowhere.
  if (path.trim() === '' || path === ':memory:') throw new StoreError('E025', `${JSON.stringify(path)}: not a database file; give a file path with --db (the data would be kept nowhere)`);
  let isFile = false;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new StoreError('E020', `${path}: ${'database path is a directory'}; give a file with --db`);
    // A device, FIFO or socket is no database: SQLite would fail on it with a raw error and leave
    // journal files beside it (in /dev).
    if (!st.isFile()) throw new StoreError('E025', `${path}: not a regular file; give a database file with --db`);
    isFile = true;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw storeErrorFrom(err, path);
  }
  if (ro && !isFile) throw new StoreError('E025', `${path}: no such database (run \`dateline ingest\` first, or give --db)`);
  if (!isFile && !existsSync(dirname(resolve(path)))) throw new StoreError('E025', `${path}: the folder ${dirname(resolve(path))} does not exist`);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: ro, fileMustExist: ro, timeout: BUSY_TIMEOUT_MS });
    if (!ro) {
      if (isFile) refuseForeign(db, path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } else {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      if (schemaVersion(db) === 0) throw new StoreError('E021', `${path}: ${'not a dateline database (no migrations table)'}`);
    }
    return { db, path, readonly: ro };
  } catch (err) {
    db?.close();
    throw storeErrorFrom(err, path);
  }
}

/** Refuses a SQLite file that holds tables but no `migrations` table: it is someone else's database. */
function refuseForeign(db: Database.Database, path: string): void {
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (tables > 0 && schemaVersion(db) === 0) throw new StoreError('E021', `${path}: a SQLite database that dateline did not create (no migrations table); give another --db`);
}
