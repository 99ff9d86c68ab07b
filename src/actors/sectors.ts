/**
 * Sector words in titles and organization names -> CAMEO sector codes, by the `SECTOR_WORDS` table.
 */
import { SECTOR_WORDS, type SectorWord } from './rules/sectors.js';

/** A sector match: the rule that decided and its sectors. */
export interface SectorMatch {
  rule: SectorWord;
  sectors: readonly string[];
  /** The phrase of the rule that matched, as in the table. */
  phrase: string;
}

/**
 * Folds text for word matching: lower case, possessive `'s` dropped, hyphens and punctuation to
 * spaces, spaces collapsed, a space at each end (so phrases match as ` phrase `).
 */
export function foldWords(text: string): string {
  const t = text.toLowerCase().replace(/[\u2019']s\b/g, '').replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ').trim();
  return ` ${t} `;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Pattern { rule: SectorWord; phrase: string; re: RegExp; order: number }

/** Compiled phrase patterns (constant, derived from the frozen table). */
const PATTERNS: readonly Pattern[] = Object.freeze(SECTOR_WORDS.flatMap((rule, i) =>
  rule.words.map((phrase) => ({ rule, phrase, order: i, re: new RegExp(` ${escape(foldWords(phrase).trim())}(?:s|es)? `) }))));

/**
 * The sector rule that decides for `text` (a role title or an organization name), or null.
 * Highest rank wins, then the longer phrase, then table order (see `rules/sectors.ts`).
 * Words match whole ("general" does not match "generalized"); a plural `s`/`es` is allowed.
 */
export function matchSector(text: string): SectorMatch | null {
  const folded = foldWords(text);
  let best: Pattern | null = null;
  for (const p of PATTERNS) {
    if (!p.re.test(folded)) continue;
    if (!best || better(p, best)) best = p;
  }
  return best ? { rule: best.rule, sectors: best.rule.sectors, phrase: best.phrase } : null;
}

function better(a: Pattern, b: Pattern): boolean {
  if (a.rule.rank !== b.rule.rank) return a.rule.rank > b.rule.rank;
  if (a.phrase.length !== b.phrase.length) return a.phrase.length > b.phrase.length;
  return a.order < b.order;
}

/**
 * The CAMEO sector code a title implies, as one string (`'GOV'`, `'GOVMIL'` for "defense minister"),
 * or null when no sector word is in it. Source: `SECTOR_WORDS` (Phoenix/PLOVER agent dictionaries).
 */
export function sectorForTitle(title: string): string | null {
  const m = matchSector(title);
  return m ? m.sectors.join('') : null;
}

/** Splits a CAMEO sector string into 3-letter codes: `'GOVMIL'` -> `['GOV', 'MIL']`. */
export function splitSectors(code: string): string[] {
  return code.match(/[A-Z]{3}/g) ?? [];
}
