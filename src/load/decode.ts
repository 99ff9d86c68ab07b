/**
 * Bytes -> text. Order: byte-order mark, the charset the caller knows (HTTP header), a
 * `<meta charset>` / `http-equiv` declaration in the first 4 KiB, valid UTF-8, then detection
 * over the whole document (chardet). Follows the HTML Standard's encoding-sniffing order (§13.2.3.2).
 */
import { createRequire } from 'node:module';
import { DatelineError } from '../errors.js';
import { utf16WithoutBom } from './sniff.js';

const require = createRequire(import.meta.url);
/**
 * chardet and iconv-lite, loaded on first use: a page that is UTF-8 (declared or not, without a
 * byte-order mark) needs neither, and loading them cost every process and every ingest thread
 * ~25 ms at start-up (iconv-lite's tables are 540 KB of the ingest worker's bundle).
 */
const chardet = (): typeof import('chardet') => require('chardet') as typeof import('chardet');
const iconv = (): typeof import('iconv-lite') => require('iconv-lite') as typeof import('iconv-lite');

/** A decoded input and how its encoding was decided. */
export interface Decoded { text: string; encoding: string; how: 'bom' | 'declared' | 'meta' | 'utf-8' | 'detected' }

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i;

function bomEncoding(buf: Uint8Array): { enc: string; skip: number } | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { enc: 'utf-8', skip: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { enc: 'utf-16le', skip: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { enc: 'utf-16be', skip: 2 };
  return null;
}

/** The bytes decoded as UTF-8, or null when they are not valid UTF-8 (one pass: check and decode together). */
function strictUtf8(buf: Uint8Array): string | null {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { return null; }
}

/** Labels the HTML Standard forbids honouring (UTF-7 can smuggle markup); they count as undeclared. */
const FORBIDDEN_LABELS: ReadonlySet<string> = new Set(['utf-7', 'utf7', 'unicode-1-1-utf-7', 'csunicode11utf7']);

/** Normalizes a label to an iconv-lite name; labels browsers treat as windows-1252 become it. */
function normalizeLabel(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (FORBIDDEN_LABELS.has(l)) return null;
  const alias = l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' ? 'windows-1252' : l;
  if (alias === 'utf-8' || alias === 'utf8') return alias; // what iconv-lite answers, without loading it
  return iconv().encodingExists(alias) ? alias : null;
}

/**
 * Decodes `buf`. `declared` is a charset from outside the bytes (an HTTP header), tried after a BOM.
 * @throws DatelineError E004 when no encoding can decode the bytes.
 */
export function decode(buf: Uint8Array, declared?: string | null): Decoded {
  const bom = bomEncoding(buf);
  if (bom) return { text: iconv().decode(Buffer.from(buf.subarray(bom.skip)), bom.enc), encoding: bom.enc, how: 'bom' };
  const fromHeader = declared ? normalizeLabel(declared) : null;
  if (fromHeader) return { text: iconv().decode(Buffer.from(buf), fromHeader), encoding: fromHeader, how: 'declared' };
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const meta = head.match(META_CHARSET) ?? head.match(XML_ENCODING);
  // A UTF-16 label read from the bytes as ASCII cannot be true: the HTML Standard's prescan takes it as UTF-8.
  const metaLabel = meta ? normalizeLabel(meta[1]!) : null;
  const fromMeta = metaLabel && /^utf-?16/.test(metaLabel) ? 'utf-8' : metaLabel;
  // A page that declares UTF-8 but is not valid UTF-8 falls through to detection.
  const utf8 = fromMeta && !/^utf-?8$/.test(fromMeta) ? null : strictUtf8(buf);
  if (fromMeta && /^utf-?8$/.test(fromMeta) && utf8 !== null) return { text: utf8, encoding: fromMeta, how: 'meta' };
  if (fromMeta && !/^utf-?8$/.test(fromMeta)) return { text: iconv().decode(Buffer.from(buf), fromMeta), encoding: fromMeta, how: 'meta' };
  const u16 = utf16WithoutBom(buf);
  if (u16) return { text: iconv().decode(Buffer.from(buf), u16), encoding: u16, how: 'detected' };
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', how: 'utf-8' };
  const guess = chardet().detect(buf);
  const enc = guess ? normalizeLabel(guess) : null;
  if (!enc) throw new DatelineError('E004', 'could not detect the text encoding');
  return { text: iconv().decode(Buffer.from(buf), enc), encoding: enc, how: 'detected' };
}
