/**
 * Types of the leader table (heads of state, heads of government and foreign ministers of the G20
 * and the UN Security Council's permanent members, 1990 on) and the builder the data files use.
 *
 * Conventions of every term:
 * - `start`/`end` are ISO dates `YYYY-MM-DD`; the term covers both days (a handover day belongs to
 *   both holders). `end` is null while the holder is in office (as of 2026-11).
 * - Where only the month is certain, the day is the 1st; the data file says so in a comment.
 * - Acting officeholders are mostly skipped; those kept are flagged `acting` in their row.
 */

/** The three offices the table covers. */
export type Office = 'head-of-state' | 'head-of-government' | 'foreign-minister';

/** Row flags: `realm` a monarch reigning over a Commonwealth realm (the table lists them after the
 * home country); `union` an office of the Soviet Union, coded RUS as the continuator state;
 * `acting` an acting holder kept because news named them in the role. */
export type TermFlag = 'realm' | 'union' | 'acting';

/** One term of one person in one office. Persons with several terms or offices have several terms. */
export interface LeaderTerm {
  /** Stable id: `<polity>-<hos|hog|fm>-<slug of the name>-<start year>`, e.g. `RUS-hos-vladimir-putin-2012`. */
  readonly id: string;
  /** The person's full name as the table writes it; the same string in all of the person's terms. */
  readonly name: string;
  /** Other names people use: the surname alone, other spellings and transliterations. */
  readonly variants: readonly string[];
  /** ISO 3166-1 alpha-3 country code, or a CAMEO IGO code (`IGOEUREEC` for the European Union). */
  readonly polity: string;
  readonly office: Office;
  readonly start: string;
  readonly end: string | null;
  readonly flags: readonly TermFlag[];
}

/** A data row: full name, start, end (null: in office), variants separated by `|` (may be ''), flags. */
export type Row = readonly [name: string, start: string, end: string | null, variants?: string, ...flags: TermFlag[]];

/** The rows of one polity, by office; `both` rows hold head of state and head of government at once. */
export interface PolityRows {
  readonly hos?: readonly Row[];
  readonly hog?: readonly Row[];
  readonly both?: readonly Row[];
  readonly fm?: readonly Row[];
}

const SHORT: Readonly<Record<Office, string>> = Object.freeze({ 'head-of-state': 'hos', 'head-of-government': 'hog', 'foreign-minister': 'fm' });

/** A slug of a name: lower-case ASCII words joined by hyphens ("Recep Tayyip Erdoğan" -> `recep-tayyip-erdogan`). */
export const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function term(polity: string, office: Office, row: Row): LeaderTerm {
  const [name, start, end, variants = '', ...flags] = row;
  return Object.freeze({
    id: `${polity}-${SHORT[office]}-${slug(name)}-${start.slice(0, 4)}`,
    name, polity, office, start, end,
    variants: Object.freeze(variants.split('|').map((v) => v.trim()).filter((v) => v !== '')),
    flags: Object.freeze(flags),
  });
}

/**
 * The terms of one polity: `both` rows become a head-of-state and a head-of-government term each.
 * Shapes: `polity('USA', { both: [['Joe Biden', '2021-01-20', '2025-01-20', 'Biden']] })` gives two terms.
 */
export function polity(code: string, rows: PolityRows): readonly LeaderTerm[] {
  const out: LeaderTerm[] = [];
  for (const r of rows.hos ?? []) out.push(term(code, 'head-of-state', r));
  for (const r of rows.hog ?? []) out.push(term(code, 'head-of-government', r));
  for (const r of rows.both ?? []) out.push(term(code, 'head-of-state', r), term(code, 'head-of-government', r));
  for (const r of rows.fm ?? []) out.push(term(code, 'foreign-minister', r));
  return Object.freeze(out);
}
