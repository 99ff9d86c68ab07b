/**
 * Stable error codes of `dateline ingest` inputs (E030–E039), alongside the load codes of
 * src/errors.ts. Like those, a code stops one input, never the batch, and never changes meaning
 * once released. Each becomes a `Failure` record `{ error: { code, message } }`.
 */
import { CodedError } from '../errors.js';
import { errnoCode } from '../load/read.js';

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
export class IngestError extends CodedError<IngestErrorCode> {
  constructor(code: IngestErrorCode, message?: string) { super('IngestError', IngestErrorCodes, code, message); }
}

/**
 * The stable code and message of any error met while reading an input: ingest and load codes
 * pass through, Node file-system errors map as in src/load, anything else is E099.
 */
export function codeOf(err: unknown, what = 'input'): { code: string; message: string } {
  if (err instanceof CodedError) return { code: err.code, message: err.message };
  const mapped = errnoCode(err);
  if (mapped) return { code: mapped, message: `${(err as NodeJS.ErrnoException).code}: cannot read ${what}` };
  return { code: 'E099', message: String((err as Error)?.message ?? err) };
}
