/**
 * Content sniffing: tells HTML from plain text from binary by the bytes, never by file name.
 * Rules follow the WHATWG MIME Sniffing standard's spirit (§7.1 "HTML" patterns and the
 * binary-data byte ranges of §7.2), reduced to what news inputs need.
 */

/** What the bytes look like. */
export type Sniffed = 'text/html' | 'text/plain' | 'binary';

/** Tags that, at the start of a document (after whitespace/BOM/comments), mark HTML. WHATWG MIME Sniffing §7.1. */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|article|section|main|header|nav|span|link)\b/i;

/** Fraction of control bytes above which an input is binary (WHATWG: any "binary data byte" in the first bytes). */
export const BINARY_CONTROL_RATIO = 0.01;
/** Fewest control bytes that make an input binary: one stray control character in a text is noise, not binary. */
export const BINARY_CONTROL_MIN = 4;

/**
 * UTF-16 text without a byte-order mark: in its first bytes, nearly every other byte is NUL (ASCII
 * letters in UTF-16). Returns the encoding or null. Rule `utf16-no-bom`.
 */
export function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) { if (buf[i] === 0) evenNul++; if (buf[i + 1] === 0) oddNul++; }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when `buf` holds binary data: a NUL byte, or C0 controls (other than tab/LF/FF/CR/ESC) above the ratio and minimum, in its first 8 KiB. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  // UTF-16 (with or without a BOM) is text, decoded later.
  if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return false;
  if (utf16WithoutBom(buf)) return false;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n > 0 && controls >= BINARY_CONTROL_MIN && controls / n > BINARY_CONTROL_RATIO;
}

/**
 * Replaces C0 control characters (other than tab, line feed and carriage return) and DEL with a
 * space, keeping every offset: terminal escapes in a page never reach output (rule `strip-controls`).
 */
export function neutralizeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ' ');
}

/**
 * A URL given from outside the page (a feed link, a WARC target, a JSON Lines `url`) made safe to
 * print and store: control characters (C0, DEL, C1) and whitespace are percent-encoded as in the
 * WHATWG URL standard's C0-control and space encode sets, so no terminal escape or line break rides
 * along into `show`, exports or logs. Returns null for null.
 */
export function cleanUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  return url.trim().replace(/[\u0000-\u0020\u007F-\u009F]/g, (c) => encodeURIComponent(c));
}

/** Decides HTML vs plain text on decoded text: an HTML start tag at the top, or many tags throughout. */
export function sniffText(text: string): 'text/html' | 'text/plain' {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (HTML_START.test(head)) return 'text/html';
  const tags = head.match(/<\/?(?:p|div|span|a|br|li|h[1-6]|img|article|section)\b[^>]*>/gi);
  return tags && tags.length >= 5 ? 'text/html' : 'text/plain';
}
