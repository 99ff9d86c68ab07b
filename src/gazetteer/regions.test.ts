import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGIONS, REGIONS_LEFT_OUT, REGION_NAMES_LEFT_TO_COUNTRIES } from './regions.js';
import { buildCountryGazetteer, countryCode } from './countries.js';
import { buildCityGazetteer, nameForms } from './cities.js';
import { keptCity, loadCities, recordsOf } from './cities-data.js';
import { CITY_STOP_NAMES } from './city-rules.js';

const g = buildCountryGazetteer();
const file = loadCities();
const cg = buildCityGazetteer(g, file);
const regionOf = (n: string): string | null => { const c = cg.byName.get(n); return c?.featureCode === 'ADM1' ? c.country : null; };

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

test('every region names a country of the country gazetteer, once, with a centre rounded to 0.1°', () => {
  const seen = new Map<string, string>();
  for (const r of REGIONS) {
    assert.ok(g.byIso3.has(r.country), `${r.name}: unknown country ${r.country}`);
    assert.ok(!seen.has(r.name), `${r.name} listed twice`);
    seen.set(r.name, r.country);
    for (const v of [r.lat, r.lon]) assert.equal(Math.round(v * 10) / 10, v, `${r.name}: ${v} not rounded to 0.1°`);
    assert.ok(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180, r.name);
  }
  assert.ok(REGIONS.length >= 450, `${REGIONS.length} regions`);
  assert.ok(new Set(REGIONS.map((r) => r.country)).size >= 45);
});

test('centres lie near their country (catches swapped or mistyped coordinates)', () => {
  // Hawaii lies some 6,000 km from the US mainland's representative point; the only exception.
  const far: string[] = [];
  for (const r of REGIONS) {
    const c = g.byIso3.get(r.country);
    if (!c || c.lat === null || c.lon === null || r.name === 'Hawaii') continue;
    const d = km(r.lat, r.lon, c.lat, c.lon);
    if (d > 4500) far.push(`${r.name} ${r.country} ${Math.round(d)} km`);
  }
  assert.deepEqual(far, []);
});

test('no region repeats a country-gazetteer name, a city exonym stop name, or a left-out name without being kept out', () => {
  for (const r of REGIONS) {
    if (REGION_NAMES_LEFT_TO_COUNTRIES.has(r.name)) continue;
    assert.equal(countryCode(g, r.name), null, `${r.name} is a country name`);
    assert.ok(!CITY_STOP_NAMES.has(r.name), `${r.name} is a stop name`);
  }
});

test('every left-out name has a reason and a known country (or null), and is no region in the gazetteer', () => {
  assert.equal(REGION_NAMES_LEFT_TO_COUNTRIES.size, REGIONS_LEFT_OUT.length, 'unique names');
  for (const l of REGIONS_LEFT_OUT) {
    assert.ok(l.reason.length > 10, l.name);
    assert.ok(l.country === null || g.byIso3.has(l.country), l.name);
    assert.equal(regionOf(l.name), null, `${l.name} became a region`);
  }
});

/** Kept city records of at least `pop` people under each of their names (GeoNames name and derived forms). */
function bigCities(pop: number): { key: string; iso3: string | undefined; iso2: string }[] {
  return recordsOf(file).filter((c) => keptCity(c) && c.population >= pop)
    .flatMap((c) => nameForms(c.name, c.country).map((key) => ({ key, iso3: g.byIso2.get(c.country)?.iso3, iso2: c.country })));
}

test('a region shadows no city of its own country of 100,000 or more, except Quebec and Mpumalanga (rule in regions.ts)', () => {
  const names = new Map(REGIONS.map((r) => [r.name, r]));
  const shadowed = bigCities(100_000).filter((c) => names.get(c.key)?.country === c.iso3).map((c) => c.key);
  assert.deepEqual([...new Set(shadowed)].sort(), ['Mpumalanga', 'Quebec']);
});

test('the foreign cities of 200,000 or more a region displaces are exactly the known ones', () => {
  // Paraná (ARG) and Santa Catarina (MEX) cede to the Brazilian states, Bally/Bali (IND) to the island:
  // the region is the usual reading in world news. Adding a region that displaces another city fails here.
  const names = new Map(REGIONS.filter((r) => !REGION_NAMES_LEFT_TO_COUNTRIES.has(r.name)).map((r) => [r.name, r]));
  const displaced = bigCities(200_000).filter((c) => names.has(c.key) && names.get(c.key)?.country !== c.iso3).map((c) => `${c.key}|${c.iso2}`).sort();
  assert.deepEqual(displaced, ['Bali|IN', 'Paraná|AR', 'Santa Catarina|MX']);
});

test('named checks: regions news names without their country', () => {
  const want: Record<string, string> = {
    Sindh: 'PAK', Darfur: 'SDN', 'North Darfur': 'SDN', Helmand: 'AFG', Anbar: 'IRQ', Chechnya: 'RUS', Dagestan: 'RUS',
    Crimea: 'UKR', Donbas: 'UKR', 'Kurdistan Region': 'IRQ', 'Iraqi Kurdistan': 'IRQ', Rojava: 'SYR', Tigray: 'ETH', Oromia: 'ETH',
    Borno: 'NGA', Balochistan: 'PAK', 'Khyber Pakhtunkhwa': 'PAK', Xinjiang: 'CHN', Tibet: 'CHN', Guangdong: 'CHN', Aceh: 'IDN',
    Papua: 'IDN', Mindanao: 'PHL', Kashmir: 'IND', Galilee: 'ISR', Negev: 'ISR', Chiapas: 'MEX', Bavaria: 'DEU', Catalonia: 'ESP',
    Corsica: 'FRA', Sicily: 'ITA', Siberia: 'RUS', 'Nagorno-Karabakh': 'AZE', 'South Ossetia': 'GEO', Abkhazia: 'GEO',
    Transnistria: 'MDA', 'Golan Heights': 'SYR', Somaliland: 'SOM', 'North Kivu': 'COD', 'Cabo Delgado': 'MOZ', Rakhine: 'MMR',
    Sinai: 'EGY', Khuzestan: 'IRN', Cyrenaica: 'LBY', Puntland: 'SOM', 'Upper Nile': 'SSD', Antioquia: 'COL', Bahia: 'BRA',
    Virginia: 'USA', Ontario: 'CAN',
  };
  const got = Object.fromEntries(Object.keys(want).map((n) => [n, regionOf(n)]));
  assert.deepEqual(got, want);
});

test('regions are also found under their plain-letter form, without displacing a known place', () => {
  assert.equal(regionOf('Michoacan'), 'MEX');
  assert.equal(regionOf('Nuevo Leon'), 'MEX');
  assert.equal(regionOf('Baden-Wurttemberg'), 'DEU');
  assert.equal(regionOf('Castile and Leon'), 'ESP');
  assert.equal(regionOf('Ceara'), 'BRA');
  assert.equal(regionOf('Michoacán'), 'MEX', 'the accented name too');
});

test('country-gazetteer names are not repeated as regions and keep their country', () => {
  for (const [n, iso3] of [['Scotland', 'GBR'], ['Wales', 'GBR'], ['Northern Ireland', 'GBR'], ['West Bank', 'PSE'], ['Gaza Strip', 'PSE'], ['Kosovo', 'KSV'], ['Western Sahara', 'ESH']]) {
    assert.equal(countryCode(g, n), iso3, n);
    assert.equal(regionOf(n), null, n);
  }
  assert.notEqual(cg.byName.get('Georgia')?.featureCode, 'ADM1', 'Georgia is left to the country gazetteer');
});

test('false positives: words, people, brands and multi-country names do not become regions', () => {
  for (const w of ['Georgia', 'Punjab', 'Kurdistan', 'Bengal', 'Java', 'Guerrero', 'Hidalgo', 'Amazon', 'Meta', 'Champagne', 'Lazio',
    'Marche', 'Plateau', 'Delta', 'Rivers', 'Bay', 'Free State', 'Shan', 'Karen', 'Chin', 'Mon', 'Fars', 'Brittany', 'Lorraine',
    'Khorasan', 'Caucasus', 'sindh', 'darfur', 'crimea', 'State', 'Region', 'Province', 'Valley', 'Heights']) {
    assert.equal(regionOf(w), null, w);
  }
});

test('end to end: region names give places with their country; collisions give none', async () => {
  const { analyze } = await import('../analyze.js');
  const a = await analyze('Officials in Sindh said that fighting in Helmand had spread, while Darfur and Tigray saw new clashes.', {});
  const places = a.entities.filter((e) => e.type === 'PLACE').map((e) => `${e.name}:${e.country}`).sort();
  assert.deepEqual(places, ['Darfur:SDN', 'Helmand:AFG', 'Sindh:PAK', 'Tigray:ETH']);
  const b = await analyze('Karen Bass praised the Java course at Meta. Champagne was served on the Plateau.', {});
  const leftOut = b.entities.filter((e) => e.type === 'PLACE' && REGION_NAMES_LEFT_TO_COUNTRIES.has(e.name));
  assert.deepEqual(leftOut.map((e) => e.name), []);
});
