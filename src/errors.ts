/**
 * Stable error and warning codes. Errors stop one input (never a batch); warnings ride along in
 * `analysis.warnings`. Codes never change meaning once released.
 */

/** Error codes: `E0xx`. */
export const ErrorCodes = {
  E001: 'input path not found',
  E002: 'input is empty',
  E003: 'input is binary, not HTML or text',
  E004: 'input could not be decoded',
  E005: 'input is not readable (permission or I/O error)',
  E006: 'JSON Lines record is invalid',
  E007: 'no article text could be extracted',
  E008: 'input is too large',
  E009: 'invalid option value',
  E010: 'unsupported input type',
  E099: 'internal error while analyzing',
} as const;
export type ErrorCode = keyof typeof ErrorCodes;

/** Warning codes: `W0xx`. */
export const WarningCodes = {
  W001: 'no publication date and no --published anchor: relative dates left unresolved',
  W002: 'encoding guessed by detection',
  W003: 'extraction fell back to the whole page text',
  W004: 'page looks like a listing or section page, not an article',
} as const;
export type WarningCode = keyof typeof WarningCodes;

/**
 * An error with a stable code from a code table (`{ E0xx: 'default message' }`). The analysis
 * (DatelineError), the store (StoreError, E020–E029) and ingest inputs (IngestError, E030–E039)
 * each derive one with their own table; the message defaults to the table's text.
 */
export abstract class CodedError<C extends string> extends Error {
  readonly code: C;
  protected constructor(name: string, table: Readonly<Record<C, string>>, code: C, message?: string) {
    super(message ?? table[code]);
    this.code = code;
    this.name = name;
  }
}

/** An error with a stable code; thrown inside stages, reported per input. */
export class DatelineError extends CodedError<ErrorCode> {
  constructor(code: ErrorCode, message?: string) { super('DatelineError', ErrorCodes, code, message); }
}

/** A coded result: success with a value, or a coded reason (never a bare null). */
export type Result<T> = { ok: true; value: T } | { ok: false; code: string; message: string };
