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

/** True when `buf` contains binary data bytes (NUL or C0 controls other than tab/LF/FF/CR/ESC) in its first 8 KiB. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  // UTF-16 with BOM is text, decoded later.
  if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return false;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_RATIO;
}

/** Decides HTML vs plain text on decoded text: an HTML start tag at the top, or many tags throughout. */
export function sniffText(text: string): 'text/html' | 'text/plain' {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (HTML_START.test(head)) return 'text/html';
  const tags = head.match(/<\/?(?:p|div|span|a|br|li|h[1-6]|img|article|section)\b[^>]*>/gi);
  return tags && tags.length >= 5 ? 'text/html' : 'text/plain';
}
