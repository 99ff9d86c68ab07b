/**
 * Rule `country-misspelled`: a capitalized word the lexicon does not know that is one edit
 * (a letter dropped, added or changed) from a country name or nationality word of at least
 * `FUZZY_MIN_LENGTH` letters names that country ("Afganistan", "Ethopia", "Phillippines").
 * Wire copy and transcripts misspell country names often enough that an exact gazetteer drops whole
 * events. Symmetric-delete matching (Garbe 2012): every name and every one-letter deletion of it
 * are keys; a word matches through itself or one of its deletions. A word that reaches two
 * different countries, or is in `FUZZY_STOP` (real words and names one edit from a country), is no match;
 * nor is a word inside a run of capitalized words ("David Cameron"): the caller checks that.
 */
import type { LexEntry } from './types.js';

/** Shortest word and name compared: shorter names have too many real-word neighbours ("Mali"/"Bali"). */
export const FUZZY_MIN_LENGTH = 7;

/** Words one edit from a country name or nationality word that are something else in news text. */
export const FUZZY_STOP: ReadonlySet<string> = new Set([
  'Columbia', 'Columbian', 'Georgina', 'Sorbian', 'Sorbians', 'Siberian', 'Siberians', 'Moravia', 'Samaria', 'Nigella', 'Romani',
  'Cameron', 'Camerons', 'Hollande', 'Hollander',
]);

/** Country entries (COUNTRY and DEMONYM) by name and by every one-letter deletion of a name. */
export type FuzzyIndex = Map<string, LexEntry[]>;

/** The strings `w` gives with one letter removed. */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Builds the index over single-word country names and nationality words of `phrases`. */
export function buildFuzzyIndex(phrases: ReadonlyMap<string, readonly LexEntry[]>): FuzzyIndex {
  const idx: FuzzyIndex = new Map();
  for (const [name, entries] of phrases) {
    if (name.length < FUZZY_MIN_LENGTH || name.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
    const country = entries.filter((e) => e.type === 'COUNTRY' || e.type === 'DEMONYM');
    if (country.length === 0) continue;
    for (const k of [name, ...deletions(name)]) {
      const list = idx.get(k) ?? [];
      for (const e of country) if (!list.includes(e)) list.push(e);
      idx.set(k, list);
    }
  }
  return idx;
}

const iso3Of = (e: LexEntry): string | null => (e.type === 'COUNTRY' || e.type === 'DEMONYM' ? e.iso3 : null);

/** The country entries `word` is one edit from, or null (see the module comment). */
export function fuzzyCountry(idx: FuzzyIndex, word: string): LexEntry[] | null {
  if (word.length < FUZZY_MIN_LENGTH || FUZZY_STOP.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const found: LexEntry[] = [];
  for (const k of [word, ...deletions(word)]) for (const e of idx.get(k) ?? []) if (!found.includes(e)) found.push(e);
  if (found.length === 0) return null;
  const codes = new Set(found.map(iso3Of));
  return codes.size === 1 ? found : null;
}
