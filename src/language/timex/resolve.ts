/**
 * Resolution of a detected expression against the publication date (for everything except the
 * event-relative counts, which `anchor.ts` handles). Pure: the publication day is an argument.
 */
import type { Spec, Part, Resolution, Granularity, Season } from './types.js';
import { COMING_REACH, SEASONS } from './rules/lexicon.js';
import type { Tense } from './tense.js';
import type { Unit } from './rules/lexicon.js';
import { type DayRange, dayOf, daysInMonth, ymd, weekday, periodOf, periodAt, shift, shiftRange } from './dates.js';

const UNRESOLVED = (g: Granularity, rule: string, approximate = false): Resolution =>
  ({ range: null, granularity: g, approximate, anchor: 'none', anchorRef: null, rule });

/**
 * The range `spec` denotes. `pub` is the publication day number (null when unknown: relative
 * expressions then come back unresolved with anchor `none`); `tense` is the context's tense, used
 * for weekdays and yearless dates. Count expressions that count from another event are resolved
 * here from the publication date; `anchor.ts` overrides them when it finds the event.
 */
export function resolveSpec(spec: Spec, pub: number | null, tense: Tense): Resolution {
  switch (spec.kind) {
    case 'date': return resolveDate(spec, pub, tense);
    case 'month': return resolveMonth(spec, pub, tense);
    case 'year': return explicit(partOf(periodOf(dayOf(spec.y, 1, 1), 'year'), spec.part, 'year'), 'year', spec.part !== 'whole', 'year-written');
    case 'season': if (spec.y !== null) return explicit(seasonIn(spec.season, spec.y), 'month', true, 'season-written'); break;
    case 'decade': return explicit(partOf({ from: dayOf(spec.y, 1, 1), to: dayOf(spec.y + 9, 12, 31) }, spec.part, 'decade'), 'year', spec.part !== 'whole', 'decade-written');
    default: break;
  }
  if (pub === null) return UNRESOLVED(unitOf(spec), 'no-anchor', spec.kind === 'count' && spec.approximate);
  switch (spec.kind) {
    case 'deictic': return published({ from: pub + spec.offset, to: pub + spec.offset }, 'day', false, 'deictic-day');
    case 'period': return resolvePeriod(spec, pub);
    case 'weekday': return resolveWeekday(spec.wd, spec.which, pub, tense);
    case 'count': return resolveCountFrom({ from: pub, to: pub }, spec.n, spec.unit, spec.dir, spec.approximate, 'count-from-published');
    case 'rolling': return published({ from: shift(pub, -spec.n, spec.unit) + 1, to: pub }, spec.unit, false, 'rolling-window');
    case 'within': return published({ from: pub, to: shift(pub, spec.n, spec.unit) }, spec.unit, false, 'within-window');
    case 'coming': {
      const reach = COMING_REACH[spec.unit];
      return published({ from: pub + 1, to: shift(pub, reach.n, reach.unit) }, spec.unit, true, 'coming-window');
    }
    case 'season': return resolveSeason(spec, pub, tense);
  }
}

/**
 * A count ("six weeks after") applied to a base range: the range moved back for ago/after/earlier
 * (the expression dates the earlier point) and forward for before/later/hence, each end widened
 * to the unit's calendar period (ISO week, month, year). Anchor `published`; callers re-anchor.
 */
export function resolveCountFrom(base: DayRange, n: number, unit: Unit, dir: string, approximate: boolean, rule: string): Resolution {
  const sign = dir === 'ago' || dir === 'after' || dir === 'earlier' ? -1 : 1;
  return published(shiftRange(base, sign * n, unit), unit, approximate, rule);
}

/** The granularity a relative spec has once resolved (used for unresolved ones too). */
function unitOf(spec: Spec): Granularity {
  if (spec.kind === 'count' || spec.kind === 'rolling' || spec.kind === 'within' || spec.kind === 'coming') return spec.unit;
  if (spec.kind === 'season') return 'month';
  if (spec.kind === 'period') return spec.unit === 'weekend' ? 'day' : spec.unit;
  return 'day';
}

function published(range: DayRange, g: Granularity, approximate: boolean, rule: string): Resolution {
  return { range, granularity: g, approximate, anchor: 'published', anchorRef: null, rule };
}
function explicit(range: DayRange, g: Granularity, approximate: boolean, rule: string): Resolution {
  return { range, granularity: g, approximate, anchor: 'explicit', anchorRef: null, rule };
}

/**
 * The early, mid or late part of a month (days 1–10, 11–20, 21–end), a year (Jan–Apr, May–Aug,
 * Sep–Dec) or a decade (years 0–3, 4–6, 7–9): calendar thirds, so "late 2020" is Sep 1–Dec 31.
 */
function partOf(r: DayRange, part: Part, unit: 'month' | 'year' | 'decade'): DayRange {
  if (part === 'whole') return r;
  const { y, m } = ymd(r.from);
  const idx = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  if (unit === 'month') {
    const starts = [1, 11, 21, daysInMonth(y, m) + 1];
    return { from: dayOf(y, m, starts[idx]!), to: dayOf(y, m, starts[idx + 1]!) - 1 };
  }
  if (unit === 'year') return { from: dayOf(y, 1 + 4 * idx, 1), to: dayOf(y, 5 + 4 * idx, 1) - 1 };
  const starts = [0, 4, 7, 10];
  return { from: dayOf(y + starts[idx]!, 1, 1), to: dayOf(y + starts[idx + 1]!, 1, 1) - 1 };
}

/**
 * The year to give a yearless date: among the publication year and its neighbours, the first
 * occurrence not ending before publication (future tense), the last not starting after it (past
 * tense), or the nearest one (no cue). Source: news dates without a year refer to the current
 * news cycle (AP Stylebook, "dates": the year is omitted for the current year).
 */
export function inferYear(rangeIn: (y: number) => DayRange, pub: number, tense: Tense): { y: number; rule: string } {
  const y0 = ymd(pub).y;
  const ys = [y0 - 1, y0, y0 + 1];
  if (tense === 'future') return { y: ys.find((y) => rangeIn(y).to >= pub) ?? y0, rule: 'year-inferred-future' };
  if (tense === 'past') return { y: [...ys].reverse().find((y) => rangeIn(y).from <= pub) ?? y0, rule: 'year-inferred-past' };
  const dist = (y: number): number => { const r = rangeIn(y); return pub < r.from ? r.from - pub : pub > r.to ? pub - r.to : 0; };
  return { y: ys.reduce((a, b) => (dist(b) < dist(a) ? b : a)), rule: 'year-inferred-nearest' };
}

function resolveDate(spec: Extract<Spec, { kind: 'date' }>, pub: number | null, tense: Tense): Resolution {
  const endOf = (y: number): number => {
    if (!spec.end) return dayOf(y, spec.m, spec.d);
    const e = dayOf(spec.end.y ?? y, spec.end.m, spec.end.d);
    return e < dayOf(y, spec.m, spec.d) ? dayOf((spec.end.y ?? y) + 1, spec.end.m, spec.end.d) : e;
  };
  const rangeIn = (y: number): DayRange => ({ from: dayOf(y, spec.m, Math.min(spec.d, daysInMonth(y, spec.m))), to: endOf(y) });
  if (spec.y !== null) return explicit(rangeIn(spec.y), 'day', false, 'date-written');
  if (pub === null) return UNRESOLVED('day', 'no-anchor');
  const { y, rule } = inferYear(rangeIn, pub, tense);
  return published(rangeIn(y), 'day', false, rule);
}

function resolveMonth(spec: Extract<Spec, { kind: 'month' }>, pub: number | null, tense: Tense): Resolution {
  const rangeIn = (y: number): DayRange => partOf(periodOf(dayOf(y, spec.m, 1), 'month'), spec.part, 'month');
  const approx = spec.part !== 'whole';
  if (spec.y !== null) return explicit(rangeIn(spec.y), 'month', approx, 'month-written');
  if (pub === null) return UNRESOLVED('month', 'no-anchor', approx);
  if (spec.which === 0) return published(rangeIn(ymd(pub).y), 'month', approx, 'month-this-year');
  if (spec.which === -1) {
    const start = periodOf(pub, 'month').from;
    const { y } = inferYear(rangeIn, start - 1, 'past');
    return published(rangeIn(y), 'month', approx, 'month-last');
  }
  if (spec.which === 1) {
    const end = periodOf(pub, 'month').to;
    const { y } = inferYear(rangeIn, end + 1, 'future');
    return published(rangeIn(y), 'month', approx, 'month-next');
  }
  const { y, rule } = inferYear(rangeIn, pub, tense);
  return published(rangeIn(y), 'month', approx, rule);
}

function resolvePeriod(spec: Extract<Spec, { kind: 'period' }>, pub: number): Resolution {
  if (spec.unit === 'weekend') {
    const week = periodAt(pub, spec.which, 'week');
    return published({ from: week.from + 5, to: week.to }, 'day', false, `weekend-${label(spec.which)}`);
  }
  const p = periodAt(pub, spec.which, spec.unit);
  if (spec.part === 'later') return published({ from: Math.min(pub + 1, p.to), to: p.to }, spec.unit, false, `later-this-${spec.unit}`);
  if (spec.part === 'earlier') return published({ from: p.from, to: Math.max(pub - 1, p.from) }, spec.unit, false, `earlier-this-${spec.unit}`);
  return published(p, spec.unit, false, `${label(spec.which)}-${spec.unit}`);
}

const label = (w: -1 | 0 | 1): string => (w === 1 ? 'next' : w === -1 ? 'last' : 'this');

/**
 * A weekday (0 = Monday) relative to publication. bare + past/no cue: the most recent such day
 * (publication day included); bare + future: the next one (publication day included); `last`: the
 * one in the 7 days before; `next`: the one in the 7 days after; `this`: the one in the
 * publication's ISO week. Source: AP Stylebook — a weekday names a day within a week of the story.
 */
function resolveWeekday(wd: number, which: string, pub: number, tense: Tense): Resolution {
  const back = (weekday(pub) - wd + 7) % 7;
  const ahead = (wd - weekday(pub) + 7) % 7;
  let day: number;
  let rule: string;
  if (which === 'last') { day = pub - (back || 7); rule = 'weekday-last'; }
  else if (which === 'next') { day = pub + (ahead || 7); rule = 'weekday-next'; }
  else if (which === 'this') { day = pub - weekday(pub) + wd; rule = 'weekday-this'; }
  else if (tense === 'future') { day = pub + ahead; rule = 'weekday-future'; }
  else { day = pub - back; rule = tense === 'past' ? 'weekday-past' : 'weekday-default-past'; }
  return published({ from: day, to: day }, 'day', false, rule);
}

/** The months of `season` in year `y` (winter runs from December of `y` into February of `y + 1`). */
function seasonIn(season: Season, y: number): DayRange {
  const { first, months } = SEASONS[season]!;
  return { from: dayOf(y, first, 1), to: dayOf(y, first + months, 1) - 1 };
}

/**
 * A season without a written year: `this` = the one holding the publication date (else the one of its
 * year), `last` = the latest one ended before it, `next` = the first one starting after it; a bare
 * season ("in the spring") takes its year from the tense like a yearless date.
 */
function resolveSeason(spec: Extract<Spec, { kind: 'season' }>, pub: number, tense: Tense): Resolution {
  const rangeIn = (y: number): DayRange => seasonIn(spec.season, y);
  const y0 = ymd(pub).y;
  const ys = [y0 - 2, y0 - 1, y0, y0 + 1];
  if (spec.which === 0) {
    const y = ys.find((k) => rangeIn(k).from <= pub && pub <= rangeIn(k).to) ?? y0;
    return published(rangeIn(y), 'month', true, 'season-this');
  }
  if (spec.which === -1) return published(rangeIn([...ys].reverse().find((k) => rangeIn(k).to < pub) ?? y0 - 1), 'month', true, 'season-last');
  if (spec.which === 1) return published(rangeIn(ys.find((k) => rangeIn(k).from > pub) ?? y0 + 1), 'month', true, 'season-next');
  const { y, rule } = inferYear(rangeIn, pub, tense);
  return published(rangeIn(y), 'month', true, `season-${rule}`);
}
