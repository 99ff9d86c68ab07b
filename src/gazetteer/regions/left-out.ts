/**
 * Region names deliberately not entered as places (rule `region-name-collision`): each is more often
 * something else in news text (a country, a word, a person, a brand, a club), or names regions of
 * several countries so that no one country is right. Facts and judgements, written here (checked by
 * hand against common English press usage). `country`: the region's country, or null when several.
 * A name in REGIONS and here stays out of the place gazetteer (US "Georgia", Indian "Punjab").
 */

/** One name left out, with the region it would have named and why it is left out. */
export interface RegionLeftOut { name: string; country: string | null; reason: string }

const SEVERAL = 'names regions of several countries; no one country is right without context';
const PERSON = 'a common surname or given name in news';
const WORD = 'an ordinary English word or phrase, capitalized at sentence starts and in headlines';

export const REGIONS_LEFT_OUT: readonly RegionLeftOut[] = Object.freeze([
  { name: 'Georgia', country: 'USA', reason: 'also a country; the country gazetteer wins (a "state of Georgia" rule is not modelled)' },
  { name: 'Punjab', country: null, reason: 'an Indian state and a Pakistani province, both often in news' },
  { name: 'Kurdistan', country: null, reason: `${SEVERAL} (IRQ, IRN, TUR, SYR); "Kurdistan Region" and "Iraqi Kurdistan" are listed` },
  { name: 'Bengal', country: null, reason: `${SEVERAL} (IND West Bengal, BGD); "West Bengal" is listed` },
  { name: 'Borneo', country: null, reason: `${SEVERAL} (IDN, MYS, BRN); "Kalimantan" is listed` },
  { name: 'Tyrol', country: null, reason: `${SEVERAL} (AUT, ITA); "South Tyrol" is listed` },
  { name: 'Patagonia', country: null, reason: `${SEVERAL} (ARG, CHL), and a clothing brand` },
  { name: 'Caucasus', country: null, reason: `${SEVERAL} (RUS, GEO, ARM, AZE); "North Caucasus" is listed` },
  { name: 'Khorasan', country: null, reason: `${SEVERAL} (IRN, AFG), and part of the name of an Islamic State branch` },
  { name: 'Abyei', country: null, reason: 'claimed by both Sudan and South Sudan, under a special administrative status' },
  { name: 'La Rioja', country: null, reason: `${SEVERAL} (ESP, ARG)` },
  { name: 'Eastern Province', country: null, reason: `${SEVERAL} (SAU, LKA, KEN, ZMB, RWA, ...)` },
  { name: 'Macedonia', country: 'GRC', reason: 'a country name (MKD) in the country gazetteer' },
  { name: 'Niger', country: 'NGA', reason: 'a country name (NER); the Nigerian state is listed as "Niger State"' },
  { name: 'Mexico', country: 'MEX', reason: 'the country; the state is listed as "State of Mexico"' },
  { name: 'Java', country: 'IDN', reason: 'the programming language in technology news; East, West and Central Java are listed' },
  { name: 'Guerrero', country: 'MEX', reason: PERSON },
  { name: 'Hidalgo', country: 'MEX', reason: PERSON },
  { name: 'Bolívar', country: null, reason: `${PERSON} (Simón Bolívar); also a state of VEN and a department of COL` },
  { name: 'Miranda', country: 'VEN', reason: PERSON },
  { name: 'Magdalena', country: 'COL', reason: `${PERSON}, and a river` },
  { name: 'Brittany', country: 'FRA', reason: `${PERSON} (a given name in English-speaking countries)` },
  { name: 'Lorraine', country: 'FRA', reason: PERSON },
  { name: 'Santander', country: 'COL', reason: 'a bank; also a Spanish city' },
  { name: 'Córdoba', country: null, reason: 'a Spanish and an Argentine city (the city gazetteer keeps it), and a Colombian department' },
  { name: 'Meta', country: 'COL', reason: 'a technology company' },
  { name: 'Acre', country: 'BRA', reason: `${WORD} (a unit of area), and an Israeli city` },
  { name: 'Amazon', country: null, reason: 'a company, and a river and rainforest of several countries' },
  { name: 'Champagne', country: 'FRA', reason: 'the sparkling wine, named far more often than the region' },
  { name: 'Lazio', country: 'ITA', reason: 'a football club in sports news' },
  { name: 'Marche', country: 'ITA', reason: 'part of the French party name "En Marche"' },
  { name: 'Plateau', country: 'NGA', reason: `${WORD}; listed as "Plateau State"` },
  { name: 'Delta', country: 'NGA', reason: `${WORD}, and an airline; listed as "Delta State"` },
  { name: 'Rivers', country: 'NGA', reason: `${WORD}; listed as "Rivers State"` },
  { name: 'Imo', country: 'NGA', reason: 'an acronym and a slang word; listed as "Imo State"' },
  { name: 'Edo', country: 'NGA', reason: 'the former name of Tokyo (the Edo period); listed as "Edo State"' },
  { name: 'Bay', country: 'SOM', reason: WORD },
  { name: 'Free State', country: 'ZAF', reason: `${WORD} (also the Irish Free State)` },
  { name: 'North West', country: 'ZAF', reason: WORD },
  { name: 'Blue Nile', country: 'SDN', reason: 'the river, named far more often than the state' },
  { name: 'Red Sea', country: 'SDN', reason: 'the sea, named far more often than the Sudanese state' },
  { name: 'Tanganyika', country: 'COD', reason: 'the lake, and the former country (now part of TZA)' },
  { name: 'Fars', country: 'IRN', reason: 'the Fars news agency, cited far more often than the province' },
  { name: 'Shan', country: 'MMR', reason: `${PERSON}; listed as "Shan State"` },
  { name: 'Karen', country: 'MMR', reason: `${PERSON}; listed as "Karen State"` },
  { name: 'Chin', country: 'MMR', reason: `${WORD}, and a surname; listed as "Chin State"` },
  { name: 'Mon', country: 'MMR', reason: 'an abbreviation of Monday; listed as "Mon State"' },
]);

/** The names of REGIONS_LEFT_OUT. */
export const REGION_NAMES_LEFT_OUT: ReadonlySet<string> = new Set(REGIONS_LEFT_OUT.map((r) => r.name));
