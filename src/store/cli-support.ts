/**
 * What the store commands share: their output streams, running an action against an open store
 * and turning store errors into `dateline: E0xx message` with exit code 4 (3 for an unwritable output file).
 */
import { DatelineError } from '../errors.js';
import { isAnchorDay } from '../load/index.js';
import { openStore, type Store } from './db.js';
import { STORE_EXIT_CODE, StoreError, storeErrorFrom } from './errors.js';

/** A stream the commands write to; `isTTY` picks bars and ANSI bold. */
export interface OutStream { write(s: string): boolean; isTTY?: boolean; columns?: number }

/** The streams of one CLI run. */
export interface CliIo { stdout: OutStream; stderr: OutStream }

/**
 * Opens the store at `dbPath` and runs `fn`; closes the store after. A StoreError is written to
 * stderr as `dateline: E0xx message` and gives exit code 4 (3 for E028, an output file that cannot be
 * written, as `analyze` does for unwritable output); other errors propagate.
 */
export async function withStore(io: CliIo, dbPath: string, readonly: boolean, fn: (s: Store) => Promise<number> | number): Promise<number> {
  let store: Store | undefined;
  try {
    store = openStore(dbPath, { readonly });
    return await fn(store);
  } catch (caught) {
    const err = storeErrorFrom(caught, dbPath);
    if (err instanceof StoreError) {
      io.stderr.write(`dateline: ${err.code} ${err.message}\n`);
      return err.code === 'E028' ? 3 : STORE_EXIT_CODE;
    }
    throw err;
  } finally {
    store?.db.close();
  }
}

/** Checks a `YYYY-MM-DD` option. @throws DatelineError E009 (a usage error, exit 2). */
export function dayOption(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!isAnchorDay(v)) throw new DatelineError('E009', `${name} must be a real date YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
}

/** Checks a positive integer option. @throws DatelineError E009. */
export function countOption(name: string, v: string | undefined, max = 1_000_000): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > max) throw new DatelineError('E009', `${name} must be a whole number from 1 to ${max}, got ${JSON.stringify(v)}`);
  return n;
}
