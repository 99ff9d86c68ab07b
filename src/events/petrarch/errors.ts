/**
 * Stable error codes of PETRARCH/Phoenix dictionary loading (E040–E049). A dictionary error fails
 * the run (every input would be coded with a broken dictionary), naming the file and line.
 */
import { CodedError } from '../../errors.js';

/** Dictionary error codes: `E04x`. */
export const DictionaryErrorCodes = {
  E040: 'dictionary file not found or unreadable',
  E041: 'actor dictionary line is malformed',
  E042: 'actor date restriction is malformed',
  E043: 'agent dictionary line is malformed',
  E044: 'agent substitution is undefined, nested too deep or expands to too many phrases',
  E045: 'verb dictionary line is malformed',
  E046: 'verb pattern outside a verb block',
  E047: 'discard dictionary line is malformed',
  E048: 'dictionary line appears before any entry it could belong to',
  E049: 'dictionary file is empty',
} as const;
export type DictionaryErrorCode = keyof typeof DictionaryErrorCodes;

/** A dictionary error with a stable code; the message names `file:line`. */
export class DictionaryError extends CodedError<DictionaryErrorCode> {
  constructor(code: DictionaryErrorCode, message?: string) { super('DictionaryError', DictionaryErrorCodes, code, message); }
}

/** `text` as shown in a message: control characters (terminal escapes, binary bytes) become spaces. */
export const printable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, ' ');

/** Throws `code` for `file:line` with `what` (the offending text). */
export function fail(code: DictionaryErrorCode, file: string, line: number, what: string): never {
  // Control characters (terminal escapes, binary bytes) of the offending text are shown as spaces.
  throw new DictionaryError(code, `${DictionaryErrorCodes[code]}: ${printable(file)}:${line}: ${printable(what.trim().slice(0, 120))}`);
}
