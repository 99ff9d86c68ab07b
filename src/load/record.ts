/**
 * One JSON Lines record `{ id?, text | html, url?, published? }`, checked. Shared by `analyze
 * --input-format jsonl` (src/load) and `ingest` (src/ingest/jsonl.ts), so both accept and refuse
 * the same lines with the same E006 messages.
 */
import { isAnchorDay, isIsoDay, PUBLISHED_YEARS } from './dates.js';

/** A record that passed the checks. */
export interface JsonlRecordOk {
  ok: true;
  /** The record's `id` as a string, when it has a string or number id. */
  id?: string;
  /** The page: `html` when present, else `text`. */
  body: string;
  mediaType: 'text/html' | 'text/plain';
  url: string | null;
  /** `YYYY-MM-DD` (a time after the day is dropped). */
  published?: string;
}

/** A refused line: the E006 message (and the id, when the record had one). */
export interface JsonlRecordBad { ok: false; id?: string; message: string }

/** Parses and checks line `no` (1-based) of a JSON Lines input. Never throws. */
export function parseJsonlRecord(line: string, no: number): JsonlRecordOk | JsonlRecordBad {
  let rec: { id?: unknown; text?: unknown; html?: unknown; published?: unknown; url?: unknown };
  try { rec = JSON.parse(line) as typeof rec; } catch { return { ok: false, message: `line ${no} is not valid JSON` }; }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return { ok: false, message: `line ${no} needs a "text" or "html" string` };
  // A number id is kept only when JSON reads it exactly (a whole number up to 2^53, or a finite
  // fraction): 12345678901234567890 and 1e400 would come out as another id.
  if (typeof rec.id === 'number' && !(Number.isFinite(rec.id) && (Number.isSafeInteger(rec.id) || !Number.isInteger(rec.id)))) {
    return { ok: false, message: `line ${no}: a number "id" must be a whole number up to 2^53 (give larger ids as strings)` };
  }
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : undefined;
  const withId = id !== undefined ? { id } : {};
  // A null id or url is an absent one; any other type is a mistake in the record, not something to drop.
  if (rec.id !== undefined && rec.id !== null && id === undefined) return { ok: false, message: `line ${no}: "id" must be a string or a number, got ${typeof rec.id === 'object' ? 'an object' : `a ${typeof rec.id}`}` };
  if (rec.url !== undefined && rec.url !== null && !(typeof rec.url === 'string' && /^https?:\/\/\S+$/i.test(rec.url))) {
    return { ok: false, ...withId, message: `line ${no}: "url" must be an http(s) URL, got ${JSON.stringify(rec.url).slice(0, 80)}` };
  }
  const body = typeof rec.html === 'string' ? rec.html : typeof rec.text === 'string' ? rec.text : null;
  if (body === null) return { ok: false, ...withId, message: `line ${no} needs a "text" or "html" string` };
  if (rec.published !== undefined && !(isIsoDay(rec.published) && isAnchorDay(rec.published.slice(0, 10)))) {
    return { ok: false, ...withId, message: `line ${no}: "published" must be a real date YYYY-MM-DD between ${PUBLISHED_YEARS.min} and ${PUBLISHED_YEARS.max}, got ${JSON.stringify(rec.published)}` };
  }
  return {
    ok: true, ...withId, body, mediaType: typeof rec.html === 'string' ? 'text/html' : 'text/plain',
    url: typeof rec.url === 'string' ? rec.url : null,
    ...(typeof rec.published === 'string' ? { published: rec.published.slice(0, 10) } : {}),
  };
}
