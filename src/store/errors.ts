/**
 * Stable error codes of the store (`E020`–`E029`), in the pattern of `src/errors.ts`. A store error
 * stops the command (the database cannot be used), never silently: nothing already stored is
 * touched. The CLI prints `dateline: E0xx message` and exits with {@link STORE_EXIT_CODE}.
 */
import { CodedError } from '../errors.js';

/** Store error codes and their meaning. Codes never change meaning once released. */
export const StoreErrorCodes = {
  E020: 'database path is a directory',
  E021: 'database file is corrupt or not a dateline database',
  E022: 'database is locked by another process',
  E023: 'database is read-only',
  E024: 'database was written by a newer dateline (unknown schema version)',
  E025: 'database cannot be opened (missing folder, permission or I/O error)',
  E026: 'schema migration failed',
  E027: 'no such event or cluster',
  E028: 'output file cannot be written',
} as const;
export type StoreErrorCode = keyof typeof StoreErrorCodes;

/** Exit code of a command that stopped on a store error (0 ok, 1 some inputs failed, 2 usage, 3 output unwritable, 4 database unusable). */
export const STORE_EXIT_CODE = 4;

/** An error with a stable store code. */
export class StoreError extends CodedError<StoreErrorCode> {
  constructor(code: StoreErrorCode, message?: string) { super('StoreError', StoreErrorCodes, code, message); }
}

/**
 * Maps an error thrown by better-sqlite3 (its `code` is the SQLite extended result code, e.g.
 * `SQLITE_BUSY`, `SQLITE_READONLY_DBMOVED`) to a StoreError naming the database `path`.
 * Other errors are returned unchanged.
 */
export function storeErrorFrom(err: unknown, path: string): unknown {
  if (err instanceof StoreError) return err;
  const code = String((err as { code?: unknown })?.code ?? '');
  const msg = (err as Error)?.message ?? String(err);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return new StoreError('E021', `${path}: ${StoreErrorCodes.E021} (${msg})`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError('E022', `${path}: ${StoreErrorCodes.E022} (${msg})`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return new StoreError('E023', `${path}: ${StoreErrorCodes.E023} (${msg})`);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM') || code === 'EACCES' || code === 'ENOENT') {
    return new StoreError('E025', `${path}: ${StoreErrorCodes.E025} (${msg})`);
  }
  return err;
}
