/**
 * WARC inputs (.warc, .warc.gz; gzip detected by warcio): every `response` record whose HTTP
 * Content-Type is HTML, and every `resource` record with an HTML WARC Content-Type, becomes one
 * input — its body (transfer and content encodings removed) decoded with the HTTP charset when
 * given, `source.url` from WARC-Target-URI, the crawl day (`crawled`) from WARC-Date. Other records
 * (requests, metadata, images, scripts, redirects and error pages) are passed over silently: they
 * are not pages. Keys: `warcPath#recordOffset` (byte offset of the record, or of its gzip member);
 * a file that breaks off is one failure keyed `warcPath#error`, after the pages read before the break.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { WARCParser, WARCRecord } from 'warcio';
import { bareSource, isAnchorDay, MAX_INPUT_BYTES } from '../load/index.js';
import { codeOf, IngestError } from './errors.js';
import { failureUnit, type ReadContext, type Unit } from './job.js';
import { isHtmlType, parseContentType, type ContentType } from './media.js';

/** The HTML content type of a page record, or null when the record is not a page. */
function pageType(rec: WARCRecord): ContentType | null {
  if (rec.warcType === 'response') {
    const status = Number(rec.httpHeaders?.statusCode ?? 0);
    if (status < 200 || status > 299) return null;
    const ct = parseContentType(rec.httpHeaders?.headers.get('content-type'));
    return isHtmlType(ct) ? ct : null;
  }
  if (rec.warcType === 'resource') {
    const ct = parseContentType(rec.warcContentType);
    return isHtmlType(ct) ? ct : null;
  }
  return null;
}

/**
 * Why the file did not end cleanly after the last record, or null. warcio stops quietly at a cut
 * file, so this checks the ends: uncompressed, the last record must end where its Content-Length
 * says, with at most a few stray line ends after it; gzip-compressed, the last gzip member started
 * must have given a record and reach the end of the file.
 */
async function truncation(path: string, parser: WARCParser, lastOffset: number, expectedEnd: number): Promise<string | null> {
  const { size } = await stat(path);
  const fh = await open(path, 'r');
  const magic = Buffer.alloc(2);
  try { await fh.read(magic, 0, 2, 0); } finally { await fh.close(); }
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  if (gzip) {
    // Clean ends seen from warcio: the position at the end of the file, or still at the last record, which reaches the end.
    const clean = parser.offset === size || (parser.offset === lastOffset && parser.offset + parser.recordLength >= size);
    if (!clean) return `${path}: cut or unreadable gzip member at offset ${parser.offset}`;
    return null;
  }
  if (size === 0) return null;
  if (lastOffset < 0) return `${path}: no WARC record found`;
  if (size < expectedEnd) return `${path}: last record (offset ${lastOffset}) is cut: the file ends ${expectedEnd - size} bytes early`;
  if (size - expectedEnd > 4) return `${path}: ${size - expectedEnd} bytes after the last record (offset ${lastOffset}) are not a WARC record`;
  return null;
}

/**
 * The record's declared Content-Length (WARC 1.1 §5.3: required, a whole number of octets).
 * @throws IngestError E035 when it is missing, negative or not a number — warcio would otherwise
 *   read past the record and print its own warning.
 */
function declaredLength(rec: WARCRecord, path: string, offset: number): number {
  const raw = rec.warcHeaders.headers.get('Content-Length');
  if (raw === null || raw === undefined || !/^\s*\d+\s*$/.test(raw)) {
    throw new IngestError('E035', `${path}: record at offset ${offset} has an invalid Content-Length ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

/**
 * Reads and discards what is left of a record's content, a chunk at a time. warcio's own skip loops
 * forever when the file ends inside a record, so the end is checked here first.
 * @throws IngestError E035 when the file ends before the declared Content-Length.
 */
async function finishRecord(rec: WARCRecord, path: string, offset: number, declared: number): Promise<void> {
  const reader = rec._reader as unknown as AsyncIterable<Uint8Array> & { limit?: number };
  if (typeof reader.limit !== 'number') return;
  for await (const chunk of reader) void chunk;
  if (reader.limit > 0) {
    throw new IngestError('E035', `${path}: record at offset ${offset} is cut: it declares ${declared} content bytes and the file ends ${reader.limit} bytes early`);
  }
}

/** The unit of one record (null when it is not a page or is skipped); reads the body of a page. */
async function recordUnit(rec: WARCRecord, path: string, offset: number, rc: ReadContext): Promise<Unit | null> {
  const ct = pageType(rec);
  if (!ct) return null;
  const key = `${path}#${offset}`;
  if (rc.skip(key)) return null;
  const url = rec.warcTargetURI ?? null;
  const source = { ...bareSource(key), url };
  if (rec.warcContentLength > MAX_INPUT_BYTES * 2) {
    return failureUnit(key, source, 'E008', `record is ${rec.warcContentLength} bytes; the limit is ${MAX_INPUT_BYTES}`);
  }
  let bytes: Uint8Array;
  try { bytes = await rec.readFully(true); } catch (err) {
    return failureUnit(key, source, 'E035', `record at offset ${offset}: ${(err as Error).message}`);
  }
  const day = warcDay(rec.warcDate);
  const options = day ? { ...rc.options, crawled: day } : rc.options;
  return { key, job: async () => ({ kind: 'bytes', options, bytes, charset: ct.charset, path: key, url }) };
}

/**
 * The crawl day of a WARC-Date (W3C-DTF, WARC 1.1 §5.4: `YYYY-MM-DDThh:mm:ssZ`) when it is an anchor
 * day (src/load/dates.ts PUBLISHED_YEARS); null for a five-digit or signed year or any other form.
 */
export function warcDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:T|\s*$)/.exec(value ?? '');
  return m && isAnchorDay(m[1]) ? m[1]! : null;
}

/** Units for the HTML pages of the WARC file at `path`; a parse error or cut record ends the file with one E035 failure. */
export async function* warcUnits(path: string, rc: ReadContext): AsyncGenerator<Unit> {
  // Loaded here, not at import: the main thread of an ingest without WARC files never pays for it (~40 ms).
  const { WARCParser: Parser } = await import('warcio');
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  const parser = new Parser(stream);
  let offset = 0;
  let pages = 0;
  let records = 0;
  let expectedEnd = 0;
  try {
    for await (const rec of parser) {
      if (rc.signal.aborted) return;
      offset = parser.offset;
      records++;
      const declared = declaredLength(rec, path, offset);
      // warcio's _warcHeadersLength is the file position where this record's content starts (uncompressed).
      const contentStart = parser._warcHeadersLength >= offset ? parser._warcHeadersLength : offset + parser._warcHeadersLength;
      expectedEnd = contentStart + declared + 4;
      if (pageType(rec)) pages++;
      const unit = await recordUnit(rec, path, offset, rc);
      await finishRecord(rec, path, offset, declared); // before the unit: a cut page is not handed out
      if (unit) yield unit;
      if (rc.signal.aborted) return;
    }
    const broken = await truncation(path, parser, records ? offset : -1, expectedEnd);
    if (broken) throw new IngestError('E035', broken);
    if (pages === 0 && !rc.skip(path)) yield failureUnit(path, bareSource(path), 'E039', `WARC file has no HTML response records: ${path}`);
  } catch (err) {
    const { code, message } = codeOf(err, path);
    const known = code !== 'E099'; // a read error (E001, E005) keeps its code; a parser error is E035
    const key = `${path}#error`;
    if (!rc.skip(key)) yield failureUnit(key, bareSource(key), known ? code : 'E035', known ? message : new IngestError('E035', `${path} near offset ${offset}: ${message}`).message);
  } finally {
    stream.destroy();
  }
}
