/**
 * JSON Lines inputs, streamed: the file is read in chunks and split into lines as they come, so a
 * multi-gigabyte file never sits in memory; a line over JSONL_LINE_LIMIT is dropped while it streams
 * (E008). Each non-blank line is a record `{ id?, text | html, url?, published? }` (as in src/load).
 * Keys (rule `jsonl-key`), unique per line and stable across re-runs of the same file:
 * `path#LINE` for a record without an id, `path#LINE:ID` with one (LINE 1-based, ID as the record
 * gives it), so two records sharing an id (or ids 1 and "1") keep distinct keys. Standard input
 * has no path to be stable by, so its lines are keyed by content: `(stdin)#<sha256 hex of the line bytes>`.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { bareSource } from '../load/index.js';
import { parseJsonlRecord } from '../load/record.js';
import { codeOf } from './errors.js';
import { failureUnit, type ReadContext, type Unit } from './job.js';
import { JSONL_LINE_LIMIT } from './rules.js';

/**
 * One line of a stream: its 1-based number and bytes (without the newline), or `tooLong`; with
 * `hash`, `sha256` is the hex SHA-256 of the line's bytes (CR included), also for an overlong line.
 */
export type Line = ({ no: number; bytes: Buffer } | { no: number; tooLong: true }) & { sha256?: string };

/**
 * Splits a byte stream into lines (LF or CRLF) without holding more than `limit` bytes of one line.
 * With `hash`, every line also carries the SHA-256 of its bytes, computed as they stream.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>, limit: number = JSONL_LINE_LIMIT.bytes, hash = false): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let no = 0;
  let digest: Hash | null = hash ? createHash('sha256') : null;
  const finish = (): Line => {
    no++;
    const line: Line = tooLong ? { no, tooLong: true } : { no, bytes: stripCr(Buffer.concat(parts, size)) };
    if (digest) { line.sha256 = digest.digest('hex'); digest = createHash('sha256'); }
    parts = []; size = 0; tooLong = false;
    return line;
  };
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0 || tooLong) yield finish();

  function take(piece: Buffer): void {
    digest?.update(piece);
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > limit) { tooLong = true; parts = []; size = 0; return; }
    parts.push(piece); size += piece.length;
  }
}

function stripCr(b: Buffer): Buffer {
  return b.length && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b;
}

/**
 * Units for every record of the JSON Lines file at `path` (`-` reads `rc.stdin`). Bad lines are
 * E006 failures (E004 for invalid UTF-8, E008 for an overlong line); an unreadable file is one failure.
 */
export async function* jsonlUnits(path: string, rc: ReadContext): AsyncGenerator<Unit> {
  const label = path === '-' ? '(stdin)' : path;
  const stream = path === '-' ? (rc.stdin ?? process.stdin) as AsyncIterable<Buffer> : createReadStream(path, { highWaterMark: 1 << 16 });
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    for await (const line of splitLines(stream, JSONL_LINE_LIMIT.bytes, path === '-')) {
      if (rc.signal.aborted) return;
      const where = `${label}:${line.no}`;
      const lineKey = line.sha256 !== undefined ? `${label}#${line.sha256}` : `${label}#${line.no}`;
      if ('tooLong' in line) {
        if (!rc.skip(lineKey)) yield failureUnit(lineKey, bareSource(where), 'E008', `line ${line.no} is over ${JSONL_LINE_LIMIT.bytes} bytes`);
        continue;
      }
      let text: string;
      try { text = utf8.decode(line.bytes); } catch {
        if (!rc.skip(lineKey)) yield failureUnit(lineKey, bareSource(where), 'E004', `line ${line.no} is not valid UTF-8`);
        continue;
      }
      if (!text.trim()) continue;
      const unit = recordUnit(text, line.no, label, rc, line.sha256);
      if (unit) yield unit;
    }
  } catch (err) {
    const { code, message } = codeOf(err, label);
    if (!rc.skip(label)) yield failureUnit(label, bareSource(label), code, message);
  } finally {
    if ('destroy' in stream && path !== '-') (stream as { destroy(): void }).destroy();
  }
}

/**
 * The key of a record (rule `jsonl-key`, see the module comment): `label#LINE` or `label#LINE:ID`;
 * `label#SHA256` when the line's content hash is given (standard input).
 */
export function recordKey(label: string, no: number, id: string | undefined, sha256?: string): string {
  if (sha256 !== undefined) return `${label}#${sha256}`;
  return id !== undefined ? `${label}#${no}:${id}` : `${label}#${no}`;
}

/** One line -> a unit (null when skipped); the record is checked by src/load's `parseJsonlRecord`. */
function recordUnit(text: string, no: number, label: string, rc: ReadContext, sha256?: string): Unit | null {
  const where = `${label}:${no}`;
  const rec = parseJsonlRecord(text, no);
  const key = recordKey(label, no, rec.id, sha256);
  if (rc.skip(key)) return null;
  if (!rec.ok) return failureUnit(key, bareSource(where, rec.id ?? null), 'E006', rec.message, rec.id);
  const { id, body, mediaType, url, published } = rec;
  return {
    key,
    job: async () => ({ kind: 'string', options: rc.options, text: body, mediaType, path: where, url, ...(id !== undefined ? { id } : {}), ...(published ? { published } : {}) }),
  };
}
