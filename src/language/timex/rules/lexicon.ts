/**
 * Word lists of the timex rules: numbers, units, hedges, month and weekday names.
 * All tables are frozen constants; the rules in `patterns.ts` build on them.
 */

/** A calendar unit a count expression can use. */
export type Unit = 'day' | 'week' | 'month' | 'year';

/** Spelled-out cardinals up to twenty, the tens, and the indefinite article ("a week ago" = one week). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, 'a couple of': 2, 'a couple': 2,
});

/** Regex alternation for a count: digits (1–3, no thousands) or a number word. */
export const NUMBER_RE = `(?:\\d{1,3}|a couple of|${Object.keys(NUMBER_WORDS).filter((w) => !w.startsWith('a couple')).join('|')})`;

/** Parses a count matched by `NUMBER_RE`; null when it is not a count. */
export function parseCount(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

/** Unit words (singular; the patterns accept a plural `s`). */
export const UNIT_RE = '(day|week|month|year)s?';

/**
 * Hedges that make a count approximate ("about six weeks"). Source: the brief's list
 * (about, nearly, some, roughly, around, almost) plus common synonyms in wire copy.
 */
export const HEDGES: readonly string[] = Object.freeze([
  'about', 'nearly', 'some', 'roughly', 'around', 'almost', 'approximately', 'more than', 'less than',
  'just over', 'just under', 'close to', 'barely', 'over', 'under',
]);
export const HEDGE_RE = `(?:${HEDGES.join('|')})`;

/** English month names (capitalized, as written in news copy) and common abbreviations. */
export const MONTHS: readonly string[] = Object.freeze([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);
export const MONTH_ABBR: Readonly<Record<string, number>> = Object.freeze({
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
});
export const MONTH_RE = `(${MONTHS.join('|')}|${Object.keys(MONTH_ABBR).join('|')})\\.?`;

/** Month number 1–12 for a name or abbreviation matched by `MONTH_RE`. */
export function monthNumber(s: string): number {
  const clean = s.replace(/\.$/, '');
  const i = MONTHS.indexOf(clean);
  return i >= 0 ? i + 1 : (MONTH_ABBR[clean] ?? 0);
}

/** Weekday names, ISO order (Monday = 0). */
export const WEEKDAYS: readonly string[] = Object.freeze(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
export const WEEKDAY_RE = `(${WEEKDAYS.join('|')})`;

/**
 * How far "in the coming days|weeks|months" reaches after the publication date, in units of its
 * own noun. Source: our reading of wire usage — "coming days" is within a week, "coming weeks"
 * within a month, "coming months" within half a year; always flagged approximate.
 */
export const COMING_REACH: Readonly<Record<Unit, { n: number; unit: Unit; reason: string }>> = Object.freeze({
  day: { n: 7, unit: 'day', reason: '"in the coming days": the next week' },
  week: { n: 4, unit: 'week', reason: '"in the coming weeks": the next month' },
  month: { n: 6, unit: 'month', reason: '"in the coming months": the next half year' },
  year: { n: 3, unit: 'year', reason: '"in the coming years": the next few years' },
});

/**
 * Seasons as month ranges, northern hemisphere, meteorological (Dec–Feb is winter and belongs to
 * the year its December is in). Source: WMO meteorological seasons. Ranges are flagged approximate
 * (the hemisphere and astronomical reading are assumptions).
 */
export const SEASONS: Readonly<Record<string, { first: number; months: number }>> = Object.freeze({
  spring: { first: 3, months: 3 }, summer: { first: 6, months: 3 }, autumn: { first: 9, months: 3 }, fall: { first: 9, months: 3 },
  winter: { first: 12, months: 3 },
});
