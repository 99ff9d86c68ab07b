/**
 * The phrase lexicon of entity recognition: country names, demonyms, organizations and cities,
 * keyed by normalized phrase text, built once per context.
 */
import type { Ctx } from '../../context.js';
import { resource } from '../../context.js';
import { countries, type CountryGazetteer } from '../../gazetteer/countries.js';
import { cities, type CityGazetteer } from '../../gazetteer/cities.js';
import { ORGS } from '../rules/orgs.js';
import { DEMONYM_PLURAL, NATIONAL_NOUNS } from '../rules/demonyms.js';
import type { LexEntry } from './types.js';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy.js';

/** Phrase look-up: normalized text -> entries in priority order (ORG, COUNTRY, DEMONYM, PLACE). */
export interface Lexicon {
  phrases: Map<string, LexEntry[]>;
  /** Longest phrase in words. */
  maxWords: number;
  /**
   * First word of the phrases (text up to the first space) -> the longest phrase length in UTF-16
   * units among phrases with that first word: lets `lexAt` skip tokens no phrase can start at.
   */
  firstWords: Map<string, number>;
  countries: CountryGazetteer;
  cities: CityGazetteer;
  /** Country names and nationality words by one-letter deletions, for misspellings (`fuzzy.ts`). */
  fuzzy: FuzzyIndex;
}

/**
 * What `normPhrase` rewrites: a curly apostrophe, whitespace other than a plain space, two
 * whitespace characters in a row, or whitespace at either end. Text without any is already normal.
 */
const NEEDS_NORM = /[\u2019\u2018]|[^\S ]|\s\s|^\s|\s$/;

/** Normalizes phrase text for look-up: curly apostrophes to straight, whitespace folded. */
export const normPhrase = (s: string): string => (NEEDS_NORM.test(s) ? s.replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim() : s);

/**
 * Index of phrase keys by first word (text up to the first space): first word -> the longest key
 * length (UTF-16 units) with that first word. Used to bound phrase look-ups (see `longestPhrase`).
 */
export function firstWordIndex(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) {
    const sp = k.indexOf(' ');
    const w = sp < 0 ? k : k.slice(0, sp);
    out.set(w, Math.max(out.get(w) ?? 0, k.length));
  }
  return out;
}

function add(m: Map<string, LexEntry[]>, key: string, e: LexEntry): void {
  const k = normPhrase(key);
  if (!k || /^the /i.test(k)) return;
  const list = m.get(k) ?? [];
  list.push(e);
  m.set(k, list);
}

/** Adds `e` under `key` only when the phrase has no entry yet (derived forms never shadow a name). */
function addNew(m: Map<string, LexEntry[]>, key: string, e: LexEntry): void {
  if (!m.has(normPhrase(key))) add(m, key, e);
}

/** Builds the lexicon from the gazetteers and the organization table. */
export function buildLexicon(g: CountryGazetteer, cg: CityGazetteer): Lexicon {
  const phrases = new Map<string, LexEntry[]>();
  for (const org of ORGS) for (const n of [org.name, ...org.aliases]) add(phrases, n, { type: 'ORG', org });
  for (const [n, c] of g.byName) add(phrases, n, { type: 'COUNTRY', iso3: c.iso3, name: c.name });
  for (const [n, c] of g.byDemonym) add(phrases, n, { type: 'DEMONYM', iso3: c.iso3, name: c.name });
  // People nouns: "the Russians", "Israelis", "Britons" name the country (rules demonym-plural-s, national-nouns).
  for (const [n, c] of g.byDemonym) if (DEMONYM_PLURAL.re.test(n) && !/^[A-Z.]+$/.test(n)) addNew(phrases, `${n}s`, { type: 'DEMONYM', iso3: c.iso3, name: c.name });
  for (const [n, iso3] of Object.entries(NATIONAL_NOUNS.nouns)) {
    const c = g.byIso3.get(iso3);
    if (c) addNew(phrases, n, { type: 'DEMONYM', iso3, name: c.name });
  }
  // Built before the ~29,000 place names are added: only country names and nationality words take part.
  const fuzzy = buildFuzzyIndex(phrases);
  for (const [n, city] of cg.byName) add(phrases, n, { type: 'PLACE', city });
  let maxWords = 1;
  for (const k of phrases.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { phrases, maxWords: Math.min(maxWords, 8), firstWords: firstWordIndex(phrases.keys()), countries: g, cities: cg, fuzzy };
}

/** The lexicon of this context. */
export function lexicon(ctx: Ctx): Lexicon {
  return resource(ctx, 'entities:lexicon', () => buildLexicon(countries(ctx), cities(ctx)));
}
