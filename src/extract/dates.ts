/**
 * Publication dates from metadata strings, date stamp lines and URLs, normalized to ISO
 * `YYYY-MM-DD`; shared by the HTML and scraped-text extractors.
 *
 * The date is the calendar date as written by the page (the local date of an ISO timestamp's
 * prefix, never shifted to UTC). Impossible dates (month 13, 31 April, year outside
 * `MIN_YEAR..MAX_YEAR`) are rejected. Relative phrases ("2 hours ago") are not dates here:
 * nothing falls back to "now".
 */

/** Earliest and latest plausible publication years (the web's news era, with headroom). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when y/m/d is a real calendar date in range, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const ISO_SLASH = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/;
const MDY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

function monthOf(name: string): number | null {
  const k = name.toLowerCase();
  const m = MONTHS[k.slice(0, k.startsWith('sept') ? 4 : 3)];
  return m && (k.length <= 4 || MONTH_FULL.test(k)) ? m : null;
}
const MONTH_FULL = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * Normalizes a date string to `YYYY-MM-DD`. Accepts ISO 8601 (`2019-04-16`, with time and zone),
 * `2019/04/16`, `20190416`, "April 16, 2019", "16 April 2019", RFC 2822 ("Tue, 16 Apr 2019 ...")
 * and Unix epoch seconds/milliseconds (10 or 13 digits). Returns null otherwise.
 */
export function normalizeDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = String(input).trim();
  let m = ISO.exec(s) ?? ISO_SLASH.exec(s) ?? COMPACT.exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const d = new Date(s.length === 13 ? +s : +s * 1000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = MDY.exec(s);
  if (m) { const mo = monthOf(m[1]); if (mo) return isoDate(+m[3], mo, +m[2]); }
  m = DMY.exec(s);
  if (m) { const mo = monthOf(m[2]); if (mo) return isoDate(+m[3], mo, +m[1]); }
  return null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;
const URL_COMPACT = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/-]|$)/;

/** The date in a URL path (`/2019/04/16/`, `/2019-04-16-slug`, `/20190416/`), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { path = url; }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? isoDate(+m[1], +m[2], +m[3]) : null;
}

/**
 * `date` unless it falls after `crawled` (`YYYY-MM-DD`, the day the page was fetched): a date
 * later than the fetch is a template's "today" or a typo. Compares the calendar-day prefix;
 * returns `date` unchanged when `crawled` is absent or malformed, null when the date is later.
 */
export function notAfter(date: string | null, crawled: string | null | undefined): string | null {
  if (!date || !crawled || !/^\d{4}-\d{2}-\d{2}$/.test(crawled)) return date;
  return date.slice(0, 10) > crawled ? null : date;
}
