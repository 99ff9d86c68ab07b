/**
 * Article metadata read from the text itself: language (stopword ratio) and publication date
 * (from a date stamp line at the top).
 */
import { ENGLISH_STOPWORDS, LANGUAGE_LIMITS } from '../rules/language.js';
import { normalizeDate } from '../dates.js';

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

/**
 * The calendar date written in a date stamp line, as `YYYY-MM-DD`: "April 16, 2019",
 * "16 April 2019", "2019-04-16" anywhere in the line; parsed by the shared `normalizeDate`
 * (`extract/dates.ts`). Null when the line has none or it is not a real date.
 */
export function dateOfStamp(line: string): string | null {
  const isoM = /\b\d{4}-\d{2}-\d{2}\b/.exec(line);
  return normalizeDate(isoM ? isoM[0] : line);
}

/** True when a stamp line reports an update rather than the first publication. */
export function isUpdateStamp(line: string): boolean {
  return /^(?:updated|last updated|modified)\b/i.test(line);
}
