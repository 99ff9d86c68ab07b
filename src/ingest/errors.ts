/**
 * Stable error codes of `dateline ingest` inputs (E030–E039), alongside the load codes of
 * src/errors.ts. Like those, a code stops one input, never the batch, and never changes meaning
 * once released. Each becomes a `Failure` record `{ error: { code, message } }`.
 */
import { DatelineError } from '../errors.js';

/** Ingest error codes: `E03x`. */
export const IngestErrorCodes = {
  E030: 'URL refused: not http(s), or its host is a private, loopback, link-local or unique-local address',
  E031: 'fetch timed out',
  E032: 'HTTP error status',
  E033: 'too many redirects',
  E034: 'unsupported content type: not HTML',
  E035: 'WARC file could not be parsed',
  E036: 'feed could not be parsed as RSS or Atom',
  E037: 'feed item has no inline content and no link to fetch',
  E038: 'network error while fetching',
  E039: 'no inputs matched',
} as const;
export type IngestErrorCode = keyof typeof IngestErrorCodes;

/** An ingest error with a stable code; reported per input as a Failure. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message?: string) {
    super(message ?? IngestErrorCodes[code]);
    this.code = code;
    this.name = 'IngestError';
  }
}

/** Node file-system error codes and the load code each maps to (E001 missing, E005 unreadable). */
const ERRNO_CODES: Readonly<Record<string, 'E001' | 'E005'>> = Object.freeze({
  ENOENT: 'E001', ENAMETOOLONG: 'E001', ENOTDIR: 'E001',
  EACCES: 'E005', EPERM: 'E005', EISDIR: 'E005', EIO: 'E005', ELOOP: 'E005',
});

/**
 * The stable code and message of any error met while reading an input: ingest and load codes
 * pass through, Node file-system errors map as in src/load, anything else is E099.
 */
export function codeOf(err: unknown, what = 'input'): { code: string; message: string } {
  if (err instanceof IngestError || err instanceof DatelineError) return { code: err.code, message: err.message };
  const errno = (err as NodeJS.ErrnoException)?.code;
  const mapped = errno ? ERRNO_CODES[errno] : undefined;
  if (mapped) return { code: mapped, message: `${errno}: cannot read ${what}` };
  return { code: 'E099', message: String((err as Error)?.message ?? err) };
}
