/**
 * Detection rules for time expressions, as data: each rule has an id, a one-line reason,
 * a global regular expression whose whole match is the timex span, and `make`, which turns
 * the match into a `Spec` (or null to reject it). Month and weekday names must be capitalized.
 *
 * Overlaps are settled in `detect.ts`: the longer match wins, then the earlier rule in this list.
 */
import type { Spec, Part } from '../types.js';
import type { Unit } from './lexicon.js';
import { NUMBER_RE, UNIT_RE, HEDGE_RE, MONTH_RE, WEEKDAY_RE, WEEKDAYS, parseCount, monthNumber } from './lexicon.js';

/** One detection rule. */
export interface PatternRule {
  readonly id: string;
  readonly reason: string;
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray) => Spec | null;
}

const YEAR_RE = '(1[89]\\d{2}|20\\d{2})';
/** Prepositions after which a bare month or year name is a date ("in May", "since 2015"). */
const DATE_PREP = '(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|[Bb]y|[Ff]rom|(?:end|beginning|start|middle) of)';
const PART_RE = '([Ee]arly|[Mm]id|[Ll]ate)';

const part = (s: string | undefined): Part => (s ? (s.toLowerCase() as Part) : 'whole');
const unit = (s: string): Unit => s.toLowerCase().replace(/s$/, '') as Unit;
const which = (s: string | undefined): -1 | 0 | 1 => {
  const w = (s ?? '').toLowerCase();
  return w === 'next' ? 1 : w === 'last' ? -1 : 0;
};

/** The detection rules, in priority order for equal-length overlaps. */
export const PATTERN_RULES: readonly PatternRule[] = Object.freeze([
  {
    id: 'deictic-day',
    reason: 'today/tonight/yesterday/tomorrow and parts of today name a day relative to publication',
    re: /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      return { kind: 'deictic', offset: w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    id: 'period-part',
    reason: '"later this month" / "earlier this year": the rest or the elapsed part of the current period',
    re: /\b(later|earlier) this (week|month|year)\b/gi,
    make: (m) => ({ kind: 'period', unit: unit(m[2]!), which: 0, part: m[1]!.toLowerCase() === 'later' ? 'later' : 'earlier' }),
  },
  {
    id: 'period',
    reason: 'this/next/last week|month|year|weekend: a calendar period relative to the publication date',
    re: /\b(this|next|last) (week|month|year|weekend)\b/gi,
    make: (m) => ({ kind: 'period', unit: m[2]!.toLowerCase() === 'weekend' ? 'weekend' : unit(m[2]!), which: which(m[1]), part: 'whole' }),
  },
  {
    id: 'rolling-window',
    reason: '"the past two weeks", "the last month": a window of N units ending on the publication date',
    re: new RegExp(`\\b(?:the (?:past|last)|this past) (?:(${NUMBER_RE}) )?${UNIT_RE}\\b`, 'gi'),
    make: (m) => {
      const n = m[1] ? parseCount(m[1]) : 1;
      return n === null ? null : { kind: 'rolling', n, unit: unit(m[2]!) };
    },
  },
  {
    id: 'within-window',
    reason: '"within (the next) two weeks": a window of N units starting on the publication date; "within N days of X" counts from X and is skipped',
    re: new RegExp(`\\bwithin (?:the next )?(${NUMBER_RE}) ${UNIT_RE}\\b(?! of\\b)`, 'gi'),
    make: (m) => {
      const n = parseCount(m[1]!);
      return n === null || n === 0 ? null : { kind: 'within', n, unit: unit(m[2]!) };
    },
  },
  {
    id: 'coming-window',
    reason: '"in the coming days|weeks|months": an approximate window after the publication date',
    re: /\b(?:in|over|during) the (?:coming|next few|next several) (day|week|month|year)s\b/gi,
    make: (m) => ({ kind: 'coming', unit: unit(m[1]!) }),
  },
  {
    id: 'season',
    reason: '"spring 2018", "the summer of 2019", "this autumn", "last winter", "in the spring": a season (capitalized names such as "Arab Spring" are not matched)',
    re: new RegExp(`\\b(?:(?:([Tt]his|[Ll]ast|[Nn]ext) |(?<=\\b[Ii]n the ))(spring|summer|autumn|fall|winter)\\b(?: of ${YEAR_RE}\\b)?|(?:the )?(spring|summer|autumn|fall|winter)(?: of)? ${YEAR_RE}\\b)`, 'g'),
    make: (m) => {
      const season = (m[2] ?? m[4])!;
      const y = m[3] ?? m[5];
      return { kind: 'season', season: season === 'fall' ? 'autumn' : season as 'spring', y: y ? Number(y) : null, which: m[1] ? which(m[1]) : null };
    },
  },
  {
    id: 'count-relative',
    reason: '"(about) six weeks after|before|ago|earlier|later": N units from an anchor; a hedge makes it approximate',
    re: new RegExp(`\\b(?:(${HEDGE_RE}) )?(${NUMBER_RE}) ${UNIT_RE} (ago|earlier|later|after|before|from now|hence)\\b`, 'gi'),
    make: (m) => {
      const n = parseCount(m[2]!);
      if (n === null || n === 0) return null;
      const d = m[4]!.toLowerCase();
      return { kind: 'count', n, unit: unit(m[3]!), dir: d === 'from now' ? 'hence' : (d as 'ago'), approximate: m[1] !== undefined };
    },
  },
  {
    id: 'count-the-day',
    reason: '"the day before/after X": one day from an anchor',
    re: /\bthe day (before|after)\b(?! (?:yesterday|tomorrow))/gi,
    make: (m) => ({ kind: 'count', n: 1, unit: 'day', dir: m[1]!.toLowerCase() as 'before', approximate: false }),
  },
  {
    id: 'weekday',
    reason: 'a capitalized weekday name, optionally with last/next/this; resolved by tense (see resolve.ts)',
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his) )?${WEEKDAY_RE}(?: (?:morning|afternoon|evening|night))?\\b`, 'g'),
    make: (m) => {
      const w = (m[1] ?? 'bare').toLowerCase() as 'bare';
      return { kind: 'weekday', wd: WEEKDAYS.indexOf(m[2]!), which: w };
    },
  },
  {
    id: 'month-year',
    reason: '"April 2019", "late March 2018": a month of a written year',
    re: new RegExp(`\\b(?:${PART_RE}[- ])?${MONTH_RE},? ${YEAR_RE}\\b(?![-–/]\\d)`, 'g'),
    make: (m) => ({ kind: 'month', y: Number(m[3]), m: monthNumber(m[2]!), part: part(m[1]), which: null }),
  },
  {
    id: 'month-modified',
    reason: '"last March", "next May", "early April": a month name with a modifier is a date, not a verb or noun',
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his) |${PART_RE}[- ])${MONTH_RE}\\b(?![ .]?\\d)`, 'g'),
    make: (m) => ({ kind: 'month', y: null, m: monthNumber(m[3]!), part: part(m[2]), which: m[1] ? which(m[1]) : null }),
  },
  {
    id: 'month-after-prep',
    reason: '"in May", "since March": a bare month name only counts after a date preposition (May is also a modal verb and a surname)',
    re: new RegExp(`(?<=\\b${DATE_PREP} )${MONTH_RE}\\b(?![ .]?\\d)`, 'g'),
    make: (m) => ({ kind: 'month', y: null, m: monthNumber(m[1]!), part: 'whole', which: null }),
  },
  {
    id: 'year-part',
    reason: '"early 2019", "mid-2018": a third of a written year',
    re: new RegExp(`\\b${PART_RE}[- ]${YEAR_RE}\\b(?![-–/]\\d|s\\b)`, 'g'),
    make: (m) => ({ kind: 'year', y: Number(m[2]), part: part(m[1]) }),
  },
  {
    id: 'year-after-prep',
    reason: '"in 2019", "since 2015": a four-digit number is a year only after a date preposition (not "300 troops", not "the 2019 Act")',
    re: new RegExp(`(?<=\\b${DATE_PREP} )${YEAR_RE}\\b(?![-–/,.]\\d|s\\b| ?%)`, 'g'),
    make: (m) => ({ kind: 'year', y: Number(m[1]), part: 'whole' }),
  },
  {
    id: 'decade',
    reason: '"the 1990s", "the early 2000s": a written decade (spelled decades like "the Seventies" are skipped: also ages)',
    re: new RegExp(`(?<=\\b[Tt]he )(?:${PART_RE}[- ])?(1[89]\\d0|20\\d0)s\\b`, 'g'),
    make: (m) => ({ kind: 'decade', y: Number(m[2]), part: part(m[1]) }),
  },
] satisfies PatternRule[]);
