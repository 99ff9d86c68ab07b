/**
 * First-order administrative regions and well-known historical or conflict regions that English
 * news names without their country ("fighting in Helmand", "the government of Sindh province").
 * Without them a region name is no place at all, or falls to a small foreign town of the same name
 * ("Virginia" -> a town in South Africa). Facts, written here, one file per continent (regions/*.ts);
 * coordinates are approximate geographic centres (WGS84 degrees, rounded to 0.1°).
 *
 * Rules of the tables:
 * - `region-recognized-sovereign`: a disputed or breakaway region takes the country that holds it in
 *   international recognition (UN General Assembly resolutions, ISO 3166-2 subdivisions), not the one
 *   in control: Crimea -> UKR (UNGA res. 68/262; ISO 3166-2:UA-43), Abkhazia and South Ossetia -> GEO,
 *   Nagorno-Karabakh -> AZE, Transnistria -> MDA, Golan Heights -> SYR (UNSC res. 497), Somaliland -> SOM,
 *   Northern Cyprus -> CYP. One rule for all, so that coding never takes a side case by case.
 * - `region-name-collision`: names more often something else stay out (regions/left-out.ts, with reasons).
 * - A region whose name is also a city of its own country is left to the city (the country is the same
 *   and the place exact): Kandahar, Idlib, Donetsk, Luhansk, Jilin, Veracruz, Oaxaca stay cities.
 *   Quebec and Mpumalanga are the exceptions: news means the province far more often than the city
 *   (Québec) or the township.
 * - Country-gazetteer names (Scotland, Wales, West Bank, Gaza Strip, Kosovo, Hong Kong, Western Sahara)
 *   are not repeated as regions.
 */
import type { Region } from './regions/region.js';
import { AMERICAS_REGIONS } from './regions/americas.js';
import { ASIA_PACIFIC_REGIONS } from './regions/asia-pacific.js';
import { MIDDLE_EAST_REGIONS } from './regions/middle-east.js';
import { AFRICA_REGIONS } from './regions/africa.js';
import { EUROPE_REGIONS } from './regions/europe.js';
import { REGION_NAMES_LEFT_OUT } from './regions/left-out.js';

export type { Region } from './regions/region.js';
export { REGIONS_LEFT_OUT, type RegionLeftOut } from './regions/left-out.js';

/** All regions (515 names of 52 countries; plain-letter forms are added in cities.ts). */
export const REGIONS: readonly Region[] = Object.freeze([
  ...AMERICAS_REGIONS, ...ASIA_PACIFIC_REGIONS, ...MIDDLE_EAST_REGIONS, ...AFRICA_REGIONS, ...EUROPE_REGIONS,
]);

/**
 * Names never entered into the place gazetteer although a region bears them (rule
 * `region-name-collision`; the reasons are in REGIONS_LEFT_OUT): "Georgia" is a US state and a
 * country, and the country gazetteer wins unless the text says "the state of" (not modelled yet).
 */
export const REGION_NAMES_LEFT_TO_COUNTRIES: ReadonlySet<string> = REGION_NAMES_LEFT_OUT;
