/**
 * Inputs -> decoded sources. An input is a file path, `-` (stdin) or a directory (its .html,
 * .htm and .txt files, sorted); with `inputFormat: 'jsonl'` each line of each input is a record
 * `{ id, text | html, published?, url? }`. Every failure is a coded `LoadFailure`; one bad input
 * never stops the others.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Source } from '../doc.js';
import { DatelineError, type ErrorCode } from '../errors.js';
import { decode } from './decode.js';
import { looksBinary, sniffText } from './sniff.js';

/** Largest input accepted, in bytes (50 MiB): news pages are well under 5 MiB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** File extensions read from a directory. */
export const DIRECTORY_EXTENSIONS: readonly string[] = ['.html', '.htm', '.txt'];

/** A decoded input ready for the pipeline. */
export interface Loaded { ok: true; source: Source; raw: string; id?: string; published?: string }
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
  if (e?.code === 'ENOENT') return { ok: false, source, id, code: 'E001', message: `no such file or directory: ${source.path}` };
  if (e?.code === 'EACCES' || e?.code === 'EPERM' || e?.code === 'EISDIR' || e?.code === 'EIO') {
    return { ok: false, source, id, code: 'E005', message: `${e.code}: cannot read ${source.path}` };
  }
  return { ok: false, source, id, code: 'E099', message: String((err as Error)?.message ?? err) };
}

/**
 * Bytes -> a Loaded source: size, emptiness and binary checks, decoding, HTML/text sniffing.
 * @throws DatelineError E002 (empty), E003 (binary), E004 (undecodable), E008 (too large).
 */
export function fromBytes(buf: Uint8Array, path: string | null, opts: { charset?: string | null; url?: string | null } = {}): Loaded {
  if (buf.length > MAX_INPUT_BYTES) throw new DatelineError('E008', `input is ${buf.length} bytes; the limit is ${MAX_INPUT_BYTES}`);
  if (looksBinary(buf)) throw new DatelineError('E003');
  const { text, encoding } = decode(buf, opts.charset);
  if (!text.trim()) throw new DatelineError('E002');
  const source: Source = {
    path, url: opts.url ?? null, id: null, mediaType: sniffText(text), encoding,
    sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length,
  };
  return { ok: true, source, raw: text };
}

/** A string already in memory (library use, JSON Lines records) -> a Loaded source. */
export function fromString(text: string, meta: { path?: string | null; id?: string | null; url?: string | null; mediaType?: 'text/html' | 'text/plain' } = {}): Loaded {
  if (!text.trim()) throw new DatelineError('E002');
  const bytes = Buffer.byteLength(text, 'utf-8');
  if (bytes > MAX_INPUT_BYTES) throw new DatelineError('E008');
  const source: Source = {
    path: meta.path ?? null, url: meta.url ?? null, id: meta.id ?? null, mediaType: meta.mediaType ?? sniffText(text),
    encoding: 'utf-8', sha256: createHash('sha256').update(text, 'utf-8').digest('hex'), bytes,
  };
  return { ok: true, source, raw: text, ...(meta.id != null ? { id: meta.id } : {}) };
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Expands one CLI input to the paths it names (a directory's matching files, sorted). */
async function expand(input: string): Promise<string[]> {
  if (input === '-') return ['-'];
  let st;
  try { st = await stat(input); } catch { return [input]; } // reported as E001 when read
  if (!st.isDirectory()) return [input];
  const names = (await readdir(input)).filter((n) => DIRECTORY_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
  return names.map((n) => join(input, n));
}

/**
 * Loads every input in order, yielding one result per page (one per record for JSON Lines).
 * `stdin` is read for `-`.
 */
export async function* loadInputs(inputs: readonly string[], opts: { inputFormat?: 'auto' | 'jsonl'; stdin?: NodeJS.ReadableStream } = {}): AsyncGenerator<LoadResult> {
  for (const input of inputs) {
    const paths = await expand(input);
    if (paths.length === 0) {
      yield { ok: false, source: bareSource(input), code: 'E010', message: `directory has no .html, .htm or .txt files: ${input}` };
      continue;
    }
    for (const p of paths) {
      const path = p === '-' ? null : p;
      let buf: Buffer;
      try {
        buf = p === '-' ? await readStdin(opts.stdin ?? process.stdin) : await readFile(p);
      } catch (err) { yield failure(bareSource(path), err); continue; }
      if (opts.inputFormat === 'jsonl') { yield* jsonlRecords(buf, path ?? '(stdin)'); continue; }
      try { yield fromBytes(buf, path); } catch (err) { yield failure(bareSource(path), err); }
    }
  }
}

/** True for a real calendar day written `YYYY-MM-DD` (optionally followed by a time, which is ignored). */
export function isIsoDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(v)) return false;
  const day = v.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** One JSON Lines record as given by the user. */
interface JsonlRecord { id?: unknown; text?: unknown; html?: unknown; published?: unknown; url?: unknown }

/** Parses JSON Lines `buf` into one result per non-blank line. Each bad line is an E006 failure. */
export function* jsonlRecords(buf: Uint8Array, path: string): Generator<LoadResult> {
  const text = Buffer.from(buf).toString('utf-8');
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    let rec: JsonlRecord;
    try { rec = JSON.parse(line) as JsonlRecord; } catch {
      yield { ok: false, source: bareSource(where), code: 'E006', message: `line ${i + 1} is not valid JSON` };
      continue;
    }
    const id = rec && (typeof rec.id === 'string' || typeof rec.id === 'number') ? String(rec.id) : undefined;
    const body = typeof rec?.html === 'string' ? rec.html : typeof rec?.text === 'string' ? rec.text : null;
    if (!rec || typeof rec !== 'object' || body === null) {
      yield { ok: false, source: bareSource(where, id ?? null), id, code: 'E006', message: `line ${i + 1} needs a "text" or "html" string` };
      continue;
    }
    if (rec.published !== undefined && !isIsoDay(rec.published)) {
      yield { ok: false, source: bareSource(where, id ?? null), id, code: 'E006', message: `line ${i + 1}: "published" must be a real date YYYY-MM-DD, got ${JSON.stringify(rec.published)}` };
      continue;
    }
    try {
      const mediaType = typeof rec.html === 'string' ? 'text/html' : 'text/plain';
      const loaded = fromString(body, { path: where, id: id ?? null, url: typeof rec.url === 'string' ? rec.url : null, mediaType });
      yield { ...loaded, ...(typeof rec.published === 'string' ? { published: rec.published.slice(0, 10) } : {}) };
    } catch (err) { yield failure(bareSource(where, id ?? null), err, id); }
  }
}
