/**
 * Country gazetteer: names, aliases, demonyms and capitals -> ISO 3166-1 alpha-3 (CAMEO's country
 * codes). Built from the `world-countries` package plus `country-aliases.ts`.
 */
import { createRequire } from 'node:module';
import type { Ctx } from '../context.js';
import { resource } from '../context.js';
import { COUNTRY_ALIASES, CAPITAL_ALIASES } from './country-aliases.js';

const require = createRequire(import.meta.url);

/** One country. `lat`/`lon` are the package's representative point, WGS84 degrees. */
export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  lat: number | null;
  lon: number | null;
}

/** Look-ups over all countries. Keys are matched case-sensitively after whitespace folding. */
export interface CountryGazetteer {
  all: CountryInfo[];
  byIso3: Map<string, CountryInfo>;
  byIso2: Map<string, CountryInfo>;
  /** A country name or alias ("North Korea", "U.S.", "Britain"). */
  byName: Map<string, CountryInfo>;
  /** A demonym or national adjective ("North Korean", "Russian", "U.S."). */
  byDemonym: Map<string, CountryInfo>;
  /** A capital city ("Moscow", "Pyongyang", "Washington"). */
  byCapital: Map<string, CountryInfo>;
}

interface WorldCountry {
  cca2: string; cca3: string; name: { common: string; official: string }; independent?: boolean;
  altSpellings?: string[]; capital?: string[]; latlng?: number[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

const norm = (s: string): string => s.replace(/[\u2019']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Package codes that are no ISO alpha-3 code, replaced by CAMEO's: world-countries gives Kosovo
 * "UNK" (UNMIK's code); CAMEO's country list (countrynames.txt) and the Phoenix actor dictionary code it KSV.
 */
const CAMEO_CODES: Readonly<Record<string, string>> = Object.freeze({ UNK: 'KSV' });

/** Builds the gazetteer (about 250 countries; a few ms). Prefer `countries(ctx)`, which caches it. */
export function buildCountryGazetteer(): CountryGazetteer {
  // Independent states first, so that a shared demonym or name ("French") goes to the state, not to
  // a dependency that shares it (French Southern and Antarctic Lands) — rule `prefer-independent`.
  const raw = [...(require('world-countries') as WorldCountry[])].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  const g: CountryGazetteer = { all: [], byIso3: new Map(), byIso2: new Map(), byName: new Map(), byDemonym: new Map(), byCapital: new Map() };
  for (const c of raw) {
    const alias = COUNTRY_ALIASES[c.cca3] ?? {};
    const names = new Set<string>([c.name.common, c.name.official, ...(alias.names ?? [])]);
    for (const a of c.altSpellings ?? []) if (/^[A-Za-z][A-Za-z .'-]{3,}$/.test(a) && !/,/.test(a)) names.add(a);
    const demonyms = new Set<string>([...(alias.demonyms ?? [])]);
    const dm = c.demonyms?.eng?.m; if (dm) demonyms.add(dm);
    const df = c.demonyms?.eng?.f; if (df) demonyms.add(df);
    const capitals = new Set<string>([...(c.capital ?? []), ...(alias.capitals ?? [])]);
    const info: CountryInfo = {
      iso3: CAMEO_CODES[c.cca3] ?? c.cca3, iso2: c.cca2, name: c.name.common, names: [...names].map(norm), demonyms: [...demonyms].map(norm),
      capitals: [...capitals].map(norm), lat: c.latlng?.[0] ?? null, lon: c.latlng?.[1] ?? null,
    };
    g.all.push(info); g.byIso3.set(info.iso3, info); g.byIso2.set(info.iso2, info);
  }
  // Aliases first so that curated names win over package alt spellings.
  for (const info of g.all) for (const n of COUNTRY_ALIASES[info.iso3]?.names ?? []) g.byName.set(norm(n), info);
  for (const info of g.all) {
    for (const n of info.names) if (!g.byName.has(n)) g.byName.set(n, info);
    for (const d of info.demonyms) if (!g.byDemonym.has(d)) g.byDemonym.set(d, info);
    for (const cap of info.capitals) if (!g.byCapital.has(cap)) g.byCapital.set(cap, info);
  }
  for (const [cap, iso3] of Object.entries(CAPITAL_ALIASES)) { const i = g.byIso3.get(iso3); if (i) g.byCapital.set(cap, i); }
  return g;
}

/** The country gazetteer of this context (built once per context). */
export function countries(ctx: Ctx): CountryGazetteer {
  return resource(ctx, 'gazetteer:countries', buildCountryGazetteer);
}

/** Resolves a country name, alias or demonym to its ISO alpha-3 code, or null. */
export function countryCode(g: CountryGazetteer, text: string): string | null {
  const k = norm(text).replace(/^the /i, '');
  return g.byName.get(k)?.iso3 ?? g.byDemonym.get(k)?.iso3 ?? null;
}
