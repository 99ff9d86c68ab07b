/**
 * Alternates of ambiguous place names (rule `city-alternate`, see city-rules.ts): the prominent
 * places in other countries that bear a name the gazetteer gives to one place. The gazetteer keeps
 * one place per name (`CityGazetteer.byName`); this is what a reader that knows the document's
 * countries can switch to ("Tripoli ... the north Lebanese port" -> Tripoli, LBN).
 */
import { CITY_ALTERNATE_POPULATION, CITY_MIN_POPULATION } from './city-rules.js';

/** The fields of a place this module reads (a `City` of cities.ts). */
export interface AlternateCandidate { country: string | null; population: number; featureCode: string; capital: boolean }

/**
 * True when a place is prominent enough to be an alternate: >= 200,000 people, or a capital or an
 * admin seat (PPLC, PPLA) of at least CITY_MIN_POPULATION (15,000): the seats of tiny territories
 * (Kingston, Norfolk Island: 880 people) are no reading a news text means.
 */
export function prominentPlace(featureCode: string, population: number): boolean {
  if (population >= CITY_ALTERNATE_POPULATION.value) return true;
  return (featureCode === 'PPLC' || featureCode === 'PPLA') && population >= CITY_MIN_POPULATION.value;
}

/** Orders candidates: capitals first, then by population (descending). */
function rank(a: AlternateCandidate, b: AlternateCandidate): number {
  return Number(b.capital) - Number(a.capital) || b.population - a.population;
}

/**
 * The alternates of each name: for every name of `chosen` with prominent `candidates`, the best
 * candidate of each other country (by `rank`), best first. Candidates of the chosen place's own
 * country, and of no known country, are dropped (a country can't tell them apart). Names without
 * any alternate are absent from the result. Pure; `candidates` lists prominent places per name.
 */
export function cityAlternates<C extends AlternateCandidate>(chosen: ReadonlyMap<string, C>, candidates: ReadonlyMap<string, readonly C[]>): Map<string, C[]> {
  const out = new Map<string, C[]>();
  for (const [name, list] of candidates) {
    const kept = chosen.get(name);
    if (!kept) continue;
    const best = new Map<string, C>();
    for (const c of list) {
      if (c.country === null || c.country === kept.country) continue;
      const prev = best.get(c.country);
      if (!prev || rank(c, prev) < 0) best.set(c.country, c);
    }
    if (best.size) out.set(name, [...best.values()].sort(rank));
  }
  return out;
}
