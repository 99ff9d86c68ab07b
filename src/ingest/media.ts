/**
 * HTTP `Content-Type` handling shared by the URL fetcher and the WARC reader.
 */
import { HTML_CONTENT_TYPES } from './rules.js';

/** A parsed `Content-Type`: the lower-cased media type and the `charset` parameter, if any. */
export interface ContentType { type: string; charset: string | null }

/**
 * Parses a `Content-Type` header value (RFC 9110 §8.3): `text/html; charset="ISO-8859-1"` ->
 * `{ type: 'text/html', charset: 'ISO-8859-1' }`. Returns null for an absent or empty header.
 */
export function parseContentType(value: string | null | undefined): ContentType | null {
  if (!value) return null;
  const [head, ...params] = value.split(';');
  const type = head!.trim().toLowerCase();
  if (!type) return null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) { charset = m[1]!; break; }
  }
  return { type, charset };
}

/** True when the media type is one read as a page (rule `html-content-type`). */
export function isHtmlType(ct: ContentType | null): boolean {
  return ct !== null && HTML_CONTENT_TYPES.includes(ct.type);
}
