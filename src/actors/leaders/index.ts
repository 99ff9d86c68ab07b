/**
 * Who held an office on a date: the leader look-up over `LEADER_TERMS` (heads of state and of
 * government and foreign ministers of the G20, the P5 and the EU, 1990 on), so that "Putin" alone
 * is a Russian government actor in a 2019 article and not in a 1995 one.
 *
 * Matching rules (data: `../rules/leader-names.ts`):
 * - A name is normalized by `leaderKey` (accents folded, punctuation to spaces, honorifics dropped).
 * - Dated: the name matches when exactly one person it may designate was in office on that day
 *   (so a surname alone matches only when no other officeholder of that day bears it).
 * - Undated: the name matches when it designates exactly one person in the whole table.
 * - One-word common family names (`COMMON_SURNAMES`: "Kim", "Li", "Singh") never match.
 * Cost: one map look-up per name, then a scan of the few terms of the persons found.
 */
import type { Ctx } from '../../context.js';
import { resource } from '../../context.js';
import { COMMON_SURNAMES, NAME_HONORIFICS } from '../rules/leader-names.js';
import { LEADER_TERMS } from './table.js';
import type { LeaderTerm, Office } from './types.js';

export { LEADER_TERMS, LEADER_POLITIES } from './table.js';
export { polity, slug } from './types.js';
export type { LeaderTerm, Office, Row, PolityRows, TermFlag } from './types.js';

/** One office a matched person holds (or held): the term's id, polity and dates. */
export interface LeaderOffice {
  /** The `LeaderTerm.id` that decided. */
  readonly entry: string;
  /** ISO alpha-3 country or IGO code (`IGOEUREEC`). */
  readonly polity: string;
  /** The ISO alpha-3 country, or null for an IGO office. */
  readonly country: string | null;
  readonly office: Office;
  /** CAMEO sector of the office: heads of state/government and ministers are GOV (CAMEO 1.1b3 ch. 4). */
  readonly sector: 'GOV';
  readonly start: string;
  readonly end: string | null;
}

/** A name matched to one person, and the offices that person holds on the date (or all, undated). */
export interface LeaderMatch {
  /** The person's full name as the table writes it. */
  readonly person: string;
  /** False when no date was given and the match rests on the name alone. */
  readonly dated: boolean;
  /** Most relevant first: the home country before Commonwealth realms, then by office (state, government, foreign), then the latest term first. */
  readonly offices: readonly LeaderOffice[];
}

/** Name key -> persons; person -> terms. Built once per context by `leaderIndex(ctx)`. */
export interface LeaderIndex {
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  readonly byPerson: ReadonlyMap<string, readonly LeaderTerm[]>;
}

const HONORIFICS: ReadonlySet<string> = new Set(NAME_HONORIFICS);
const COMMON: ReadonlySet<string> = new Set(COMMON_SURNAMES.map((c) => c.name));

/**
 * The look-up key of a name: diacritics folded ("Erdoğan" -> `erdogan`), apostrophes dropped
 * ("D'Alema" -> `dalema`), other punctuation and hyphens as spaces ("H.W." -> `h w`), a trailing
 * possessive and leading honorifics ("Mr.", "Sir") removed, lower case.
 */
export function leaderKey(name: string): string {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l')
    .toLowerCase().trim()
    .replace(/['\u2018\u2019`\u02bc]s$/, '')
    .replace(/['\u2018\u2019`\u02bc]/g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((w) => w !== '');
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return words.join(' ');
}

/** True when `key` must not match alone (a one-word common family name, or empty). */
const barred = (key: string): boolean => key === '' || COMMON.has(key);

/** Builds the index of `terms` (default: the whole table). Prefer `leaderIndex(ctx)`, which caches it. */
export function buildLeaderIndex(terms: readonly LeaderTerm[] = LEADER_TERMS): LeaderIndex {
  const byKey = new Map<string, string[]>();
  const byPerson = new Map<string, LeaderTerm[]>();
  for (const t of terms) {
    const list = byPerson.get(t.name) ?? [];
    list.push(t);
    byPerson.set(t.name, list);
    for (const n of [t.name, ...t.variants]) {
      const k = leaderKey(n);
      if (barred(k)) continue;
      const persons = byKey.get(k) ?? [];
      if (!persons.includes(t.name)) persons.push(t.name);
      byKey.set(k, persons);
    }
  }
  return { byKey, byPerson };
}

/** The leader index of this context (built once per context). */
export function leaderIndex(ctx: Ctx): LeaderIndex {
  return resource(ctx, 'actors:leaders', () => buildLeaderIndex());
}

/** The `YYYY-MM-DD` day of an ISO date or timestamp, or null when `s` is not one. */
export function isoDay(s: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? m[0] : null;
}

const activeOn = (t: LeaderTerm, day: string): boolean => t.start <= day && (t.end === null || day <= t.end);

const toOffice = (t: LeaderTerm): LeaderOffice => ({
  entry: t.id, polity: t.polity, country: /^[A-Z]{3}$/.test(t.polity) ? t.polity : null,
  office: t.office, sector: 'GOV', start: t.start, end: t.end,
});

const RANK: Readonly<Record<Office, number>> = Object.freeze({ 'head-of-state': 0, 'head-of-government': 1, 'foreign-minister': 2 });

/** Home offices before realm offices, then head of state, of government, foreign minister, then the latest start first. */
const order = (a: LeaderTerm, b: LeaderTerm): number =>
  Number(a.flags.includes('realm')) - Number(b.flags.includes('realm')) || RANK[a.office] - RANK[b.office] || b.start.localeCompare(a.start);

function match(idx: LeaderIndex, name: string, keep: (t: LeaderTerm) => boolean, dated: boolean): LeaderMatch | null {
  const key = leaderKey(name);
  if (barred(key)) return null;
  const found: { person: string; terms: LeaderTerm[] }[] = [];
  for (const person of idx.byKey.get(key) ?? []) {
    const terms = (idx.byPerson.get(person) ?? []).filter(keep);
    if (terms.length > 0) found.push({ person, terms });
  }
  if (found.length === 1) return { person: found[0].person, dated, offices: [...found[0].terms].sort(order).map(toOffice) };
  // Rule `person-leader-same-polity`: with no date, a name several officeholders bear ("Bush",
  // "Clinton") still names that country's government when all of them served the same one polity;
  // the person stays open ("George H. W. Bush or George W. Bush").
  if (dated || found.length === 0) return null;
  const terms = found.flatMap((f) => f.terms.filter((t) => !t.flags.includes('realm')));
  if (terms.length === 0 || new Set(terms.map((t) => t.polity)).size !== 1) return null;
  return { person: found.map((f) => f.person).join(' or '), dated, offices: terms.sort(order).map(toOffice) };
}

/**
 * The offices held on `date` by the one person `name` designates among that day's officeholders,
 * or null (no officeholder of that day bears the name, or several do). With `date` null (or not an
 * ISO date): the person's offices when the name designates exactly one person in the whole table
 * (`dated: false`). `date`: `YYYY-MM-DD` or an ISO timestamp.
 * Shapes: `lookupLeader(idx, 'Putin', '2019-04-16')` -> `{ person: 'Vladimir Putin', dated: true,
 * offices: [{ entry: 'RUS-hos-vladimir-putin-2012', country: 'RUS', office: 'head-of-state', sector: 'GOV', ... }] }`.
 */
export function lookupLeader(idx: LeaderIndex, name: string, date: string | null): LeaderMatch | null {
  const day = isoDay(date);
  return day ? match(idx, name, (t) => activeOn(t, day), true) : match(idx, name, () => true, false);
}

/** `lookupLeader` over the context's index: the offices `name` designates on `date` (see there). */
export function leaderOn(name: string, date: string | null, ctx: Ctx): LeaderMatch | null {
  return lookupLeader(leaderIndex(ctx), name, date);
}

/**
 * The past offices of the one person `name` designates among those whose term ended before `date`
 * (any ended term when `date` is null), latest first; null when none or several. For "former
 * president X", whom CAMEO codes as an elite (ELI) of the country.
 */
export function formerLeader(name: string, date: string | null, ctx: Ctx): LeaderMatch | null {
  const day = isoDay(date);
  return match(leaderIndex(ctx), name, (t) => t.end !== null && (day === null || t.end < day), day !== null);
}
