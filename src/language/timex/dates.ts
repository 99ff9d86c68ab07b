/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), proleptic Gregorian, in UTC.
 * Days are integers counted from 1970-01-01 (day 0). Nothing here reads the clock:
 * every function takes its date as an argument.
 */
import type { Unit } from './rules/lexicon.js';

const MS_PER_DAY = 86_400_000;

/** An inclusive day range, both ends as day numbers. */
export interface DayRange { from: number; to: number }

/** Day number of year `y`, month `m` (1–12), day `d` (1–31; overflow rolls over). */
export function dayOf(y: number, m: number, d: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** Year, month (1–12) and day of a day number. */
export function ymd(day: number): { y: number; m: number; d: number } {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function iso(day: number): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Day number of an ISO date or the date part of an ISO timestamp ("2019-04-16T10:00:00Z" -> 2019-04-16,
 * the date as written, no time-zone shift). Null when the string is not a valid calendar date.
 */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayOf(y, mo, d);
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return dayOf(y, m + 1, 1) - dayOf(y, m, 1);
}

/** ISO weekday of a day number: Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The calendar period of `unit` that contains `day`: the day, its ISO week (Mon–Sun), month or year. */
export function periodOf(day: number, unit: Unit): DayRange {
  if (unit === 'day') return { from: day, to: day };
  if (unit === 'week') { const mon = day - weekday(day); return { from: mon, to: mon + 6 }; }
  const { y, m } = ymd(day);
  if (unit === 'month') return { from: dayOf(y, m, 1), to: dayOf(y, m, daysInMonth(y, m)) };
  return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31) };
}

/**
 * `day` moved by `n` units (negative = back). Months and years keep the day of month, clamped
 * to the month's length (Mar 31 − 1 month = Feb 28/29).
 */
export function shift(day: number, n: number, unit: Unit): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  const { y, m, d } = ymd(day);
  const months = unit === 'month' ? n : 12 * n;
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The period `n` periods of `unit` away from the one containing `day` (0 = this, 1 = next, −1 = last). */
export function periodAt(day: number, n: number, unit: Unit): DayRange {
  return periodOf(shift(periodOf(day, unit).from, n, unit), unit);
}

/** A range moved by `n` units, each end widened to the calendar period of `unit` it falls in. */
export function shiftRange(r: DayRange, n: number, unit: Unit): DayRange {
  return { from: periodOf(shift(r.from, n, unit), unit).from, to: periodOf(shift(r.to, n, unit), unit).to };
}
