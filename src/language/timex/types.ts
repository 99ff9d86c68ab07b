/**
 * Internal shapes of the timex stage: what detection finds (a `Candidate` with a `Spec`)
 * and what resolution returns (a `Resolution`).
 */
import type { Unit } from './rules/lexicon.js';
import type { DayRange } from './dates.js';

/** Which third of a month or year a modifier selects ("early May", "late 2019"). */
export type Part = 'whole' | 'early' | 'mid' | 'late';

/** What a detected expression means, before any anchor is applied. */
export type Spec =
  /** A calendar date (optionally a range of dates); `y` null when the text gives no year. */
  | { kind: 'date'; y: number | null; m: number; d: number; end: { y: number | null; m: number; d: number } | null }
  | { kind: 'month'; y: number | null; m: number; part: Part; which: -1 | 0 | 1 | null }
  | { kind: 'year'; y: number; part: Part }
  | { kind: 'decade'; y: number; part: Part }
  /** today (0), yesterday (−1), tomorrow (+1): days from the publication date. */
  | { kind: 'deictic'; offset: number }
  /** this/next/last week|month|year|weekend, or its later/earlier part. */
  | { kind: 'period'; unit: Unit | 'weekend'; which: -1 | 0 | 1; part: 'whole' | 'later' | 'earlier' }
  /** A weekday (0 = Monday); `which` is the modifier written before it, `bare` when none. */
  | { kind: 'weekday'; wd: number; which: 'this' | 'next' | 'last' | 'bare' }
  /** N units ago/earlier/later/after/before, possibly hedged. */
  | { kind: 'count'; n: number; unit: Unit; dir: CountDir; approximate: boolean }
  /** the past/last N units: a window ending on the publication date. */
  | { kind: 'rolling'; n: number; unit: Unit }
  /** within (the next) N units: a window starting on the publication date. */
  | { kind: 'within'; n: number; unit: Unit }
  /** in the coming days/weeks/months: an approximate window after the publication date. */
  | { kind: 'coming'; unit: Unit }
  /** A season of a written year (`y`), or of the year before/of/after publication (`which`). */
  | { kind: 'season'; season: Season; y: number | null; which: -1 | 0 | 1 | null };

/** A meteorological season of the northern hemisphere. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Direction word of a count expression. */
export type CountDir = 'ago' | 'earlier' | 'later' | 'after' | 'before' | 'hence';

/** A detected time expression: its span in `article.text`, the rule that found it and its meaning. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Id of the detection rule (`rules/patterns.ts`, or `chrono-*` for chrono-node dates). */
  rule: string;
  spec: Spec;
}

/** Granularity of a resolved range (matches `TimeSchema.granularity`). */
export type Granularity = 'day' | 'week' | 'month' | 'year' | 'unknown';

/** The resolved meaning of one candidate. `range` null when it cannot be resolved. */
export interface Resolution {
  range: DayRange | null;
  granularity: Granularity;
  approximate: boolean;
  anchor: 'published' | 'event' | 'explicit' | 'none';
  anchorRef: string | null;
  /** Id of the resolution rule that decided the range. */
  rule: string;
}
