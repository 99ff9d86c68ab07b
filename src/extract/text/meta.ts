/**
 * Article metadata read from the text itself: language (stopword ratio) and publication date
 * (from a date stamp line at the top).
 */
import { ENGLISH_STOPWORDS, LANGUAGE_LIMITS } from '../rules/language.js';

/**
 * `'en'` when at least `lang.en-ratio` of the words of `text` are English stopwords (and there are
 * at least `lang.min-tokens` words); otherwise null (unknown, not "not English").
 */
export function detectLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < LANGUAGE_LIMITS.minTokens.value) return null;
  const hits = words.filter((w) => ENGLISH_STOPWORDS.has(w)).length;
  return hits / words.length >= LANGUAGE_LIMITS.englishRatio.value ? 'en' : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number 1..12 from an English month name or abbreviation, or 0. */
function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (!m || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date written in a date stamp line, as `YYYY-MM-DD`: "April 16, 2019",
 * "16 April 2019", "2019-04-16". Null when the line has none or it is not a real date.
 */
export function dateOfStamp(line: string): string | null {
  const isoM = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (isoM) return iso(+isoM[1], +isoM[2], +isoM[3]);
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(line);
  if (mdy && monthOf(mdy[1])) return iso(+mdy[3], monthOf(mdy[1]), +mdy[2]);
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(line);
  if (dmy && monthOf(dmy[2])) return iso(+dmy[3], monthOf(dmy[2]), +dmy[1]);
  return null;
}

/** True when a stamp line reports an update rather than the first publication. */
export function isUpdateStamp(line: string): boolean {
  return /^(?:updated|last updated|modified)\b/i.test(line);
}
