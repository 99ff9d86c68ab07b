/** Day checks shared by the loaders and the options: real calendar days and the anchor-year range. */

/** True for a real calendar day written `YYYY-MM-DD` (optionally followed by a time, which is ignored). */
export function isIsoDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(v)) return false;
  const day = v.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Publication dates accepted as anchors: years 1000–2999. Outside it, date arithmetic would leave
 * the four-digit `YYYY-MM-DD` form ("next week" of 9999-12-31) — rule `published-range`.
 */
export const PUBLISHED_YEARS = Object.freeze({ id: 'published-range', min: 1000, max: 2999 });

/** True for a plain `YYYY-MM-DD` real day within PUBLISHED_YEARS: usable as the anchor of relative dates. */
export function isAnchorDay(v: unknown): v is string {
  if (!isIsoDay(v) || v.length !== 10) return false;
  const year = Number(v.slice(0, 4));
  return year >= PUBLISHED_YEARS.min && year <= PUBLISHED_YEARS.max;
}
