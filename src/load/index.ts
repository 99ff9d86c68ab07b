/**
 * Inputs -> decoded sources. An input is a file path, `-` (stdin) or a directory (its .html,
 * .htm and .txt files, sorted); with `inputFormat: 'jsonl'` each line of each input is a record
 * `{ id, text | html, published?, url? }`. Every failure is a coded `LoadFailure`; one bad input
 * never stops the others.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Source, Warning } from '../doc.js';
import { DatelineError, type ErrorCode } from '../errors.js';
import { decode } from './decode.js';
import { cleanUrl, looksBinary, neutralizeControls, sniffText } from './sniff.js';
import { WarningCodes } from '../errors.js';
import { errnoCode, readRegularFile, readStreamLimited } from './read.js';
import { parseJsonlRecord } from './record.js';

/** Largest input accepted, in bytes (50 MiB): news pages are well under 5 MiB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Largest JSON Lines file accepted, in bytes (2 GiB, Node's largest buffer): one record is still limited to MAX_INPUT_BYTES. */
export const MAX_JSONL_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** File extensions read from a directory. */
export const DIRECTORY_EXTENSIONS: readonly string[] = ['.html', '.htm', '.txt'];

/** A decoded input ready for the pipeline; `warnings` (e.g. W002) go into the analysis. */
export interface Loaded { ok: true; source: Source; raw: string; id?: string; published?: string; crawled?: string; warnings?: Warning[] }
/** An input that could not be loaded, with what is known of its source. */
export interface LoadFailure { ok: false; source: Source; id?: string; code: ErrorCode; message: string }
export type LoadResult = Loaded | LoadFailure;

/** A source record with only the path (or id) known. */
export function bareSource(path: string | null, id: string | null = null): Source {
  return { path, url: null, id, mediaType: null, encoding: null, sha256: null, bytes: null };
}

function failure(source: Source, err: unknown, id?: string): LoadFailure {
  if (err instanceof DatelineError) return { ok: false, source, id, code: err.code, message: err.message };
  const e = err as NodeJS.ErrnoException;
  const code = errnoCode(err);
  if (code === 'E001') return { ok: false, source, id, code, message: e.code === 'ENOENT' ? `no such file or directory: ${source.path}` : `${e.code}: no such file: ${source.path}` };
  if (code === 'E005') return { ok: false, source, id, code, message: `${e.code}: cannot read ${source.path}` };
  return { ok: false, source, id, code: 'E099', message: String((err as Error)?.message ?? err) };
}

/**
 * Bytes -> a Loaded source: size, emptiness and binary checks, decoding, HTML/text sniffing.
 * @throws DatelineError E002 (empty), E003 (binary), E004 (undecodable), E008 (too large).
 */
export function fromBytes(buf: Uint8Array, path: string | null, opts: { charset?: string | null; url?: string | null } = {}): Loaded {
  if (buf.length > MAX_INPUT_BYTES) throw new DatelineError('E008', `input is ${buf.length} bytes; the limit is ${MAX_INPUT_BYTES}`);
  if (looksBinary(buf)) throw new DatelineError('E003');
  const { text: decoded, encoding, how } = decode(buf, opts.charset);
  const text = neutralizeControls(decoded);
  if (!text.trim()) throw new DatelineError('E002');
  const source: Source = {
    path, url: cleanUrl(opts.url), id: null, mediaType: sniffText(text), encoding,
    sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length,
  };
  const warnings: Warning[] = how === 'detected' ? [{ code: 'W002', message: `${WarningCodes.W002}: ${encoding}` }] : [];
  return { ok: true, source, raw: text, ...(warnings.length ? { warnings } : {}) };
}

/** A string already in memory (library use, JSON Lines records) -> a Loaded source. */
export function fromString(input: string, meta: { path?: string | null; id?: string | null; url?: string | null; mediaType?: 'text/html' | 'text/plain' } = {}): Loaded {
  if (typeof input !== 'string') throw new DatelineError('E002', 'input text must be a string');
  const text = neutralizeControls(input);
  if (!text.trim()) throw new DatelineError('E002');
  const bytes = Buffer.byteLength(text, 'utf-8');
  if (bytes > MAX_INPUT_BYTES) throw new DatelineError('E008');
  const source: Source = {
    path: meta.path ?? null, url: cleanUrl(meta.url), id: meta.id ?? null, mediaType: meta.mediaType ?? sniffText(text),
    encoding: 'utf-8', sha256: createHash('sha256').update(text, 'utf-8').digest('hex'), bytes,
  };
  return { ok: true, source, raw: text, ...(meta.id != null ? { id: meta.id } : {}) };
}


/**
 * Expands one CLI input to the paths it names (a directory's matching files, sorted). A directory
 * that cannot be listed is one failure (E005), not the end of the batch.
 */
async function expand(input: string): Promise<string[] | LoadFailure> {
  if (input === '-') return ['-'];
  let st;
  try { st = await stat(input); } catch { return [input]; } // reported (E001, E005) when read
  if (!st.isDirectory()) return [input];
  let names: string[];
  try { names = await readdir(input); } catch (err) { return failure(bareSource(input), err); }
  return names.filter((n) => DIRECTORY_EXTENSIONS.includes(extname(n).toLowerCase())).sort().map((n) => join(input, n));
}

/**
 * Loads every input in order, yielding one result per page (one per record for JSON Lines).
 * `stdin` is read for `-`.
 */
export async function* loadInputs(inputs: readonly string[], opts: { inputFormat?: 'auto' | 'jsonl'; stdin?: NodeJS.ReadableStream } = {}): AsyncGenerator<LoadResult> {
  for (const input of inputs) {
    const paths = await expand(input);
    if (!Array.isArray(paths)) { yield paths; continue; }
    if (paths.length === 0) {
      yield { ok: false, source: bareSource(input), code: 'E010', message: `directory has no .html, .htm or .txt files: ${input}` };
      continue;
    }
    for (const p of paths) {
      const path = p === '-' ? null : p;
      // A `.jsonl` file is JSON Lines whatever the option says (as `ingest` reads it): read as one
      // page it would be a page of escaped records.
      const jsonl = opts.inputFormat === 'jsonl' || (path !== null && /\.jsonl$/i.test(path));
      const limit = jsonl ? MAX_JSONL_BYTES : MAX_INPUT_BYTES;
      let buf: Buffer;
      try {
        buf = p === '-' ? await readStreamLimited(opts.stdin ?? process.stdin, limit) : await readRegularFile(p, limit);
      } catch (err) { yield failure(bareSource(path), err); continue; }
      if (jsonl) { yield* jsonlRecords(buf, path ?? '(stdin)'); continue; }
      try { yield fromBytes(buf, path); } catch (err) { yield failure(bareSource(path), err); }
    }
  }
}

export { isIsoDay, isAnchorDay, PUBLISHED_YEARS } from './dates.js';

/**
 * Parses JSON Lines `buf` into one result per non-blank line. JSON Lines is UTF-8 (jsonlines.org):
 * each line is decoded on its own, strictly, so one line of bad bytes is one E004 failure and never
 * changes how the other lines read; a byte-order mark before the first line is dropped. Each line
 * that is not a record is an E006 failure.
 */
export function* jsonlRecords(buf: Uint8Array, path: string): Generator<LoadResult> {
  const bytesOf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let from = 0;
  for (let i = 0; from < bytesOf.length; i++) {
    let nl = bytesOf.indexOf(10, from);
    if (nl === -1) nl = bytesOf.length;
    const bytes = bytesOf.subarray(from, nl);
    from = nl + 1;
    let line: string;
    try { line = new TextDecoder('utf-8', { fatal: true, ignoreBOM: i !== 0 }).decode(bytes).trim(); } catch {
      yield { ok: false, source: bareSource(`${path}:${i + 1}`), code: 'E004', message: `line ${i + 1} is not valid UTF-8` };
      continue;
    }
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    const rec = parseJsonlRecord(line, i + 1);
    if (!rec.ok) {
      yield { ok: false, source: bareSource(where, rec.id ?? null), ...(rec.id !== undefined ? { id: rec.id } : {}), code: 'E006', message: rec.message };
      continue;
    }
    const { id } = rec;
    try {
      const loaded = fromString(rec.body, { path: where, id: id ?? null, url: rec.url, mediaType: rec.mediaType });
      yield { ...loaded, ...(rec.published ? { published: rec.published } : {}) };
    } catch (err) { yield failure(bareSource(where, id ?? null), err, id); }
  }
}
