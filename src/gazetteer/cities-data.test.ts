import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CITIES_FILE, compactCities, keptCity, loadCityRecords, packageCities, packageRecords, recordsOf, type PackageCity } from './cities-data.js';
import { buildCityGazetteer } from './cities.js';
import { buildCountryGazetteer } from './countries.js';

const fromPackage = packageRecords();

test('the committed compact file holds exactly the records the package gives (else rerun scripts/build-cities.ts)', () => {
  assert.ok(existsSync(CITIES_FILE), `${CITIES_FILE.pathname} is missing: run node --import tsx scripts/build-cities.ts`);
  const fromFile = loadCityRecords(CITIES_FILE);
  assert.equal(fromFile.length, fromPackage.length);
  assert.deepEqual(fromFile, fromPackage);
});

test('a missing file falls back to the package', () => {
  assert.deepEqual(loadCityRecords(new URL('file:///nonexistent/cities.json')), fromPackage);
});

test('a file made with other thresholds is not used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cities-'));
  try {
    const stale = compactCities([{ name: 'Testville', country: 'FR', featureCode: 'PPL', population: 20000, loc: { coordinates: [2, 48] } }], 'test');
    stale.filter.minPopulation += 1;
    const path = join(dir, 'cities.json');
    writeFileSync(path, JSON.stringify(stale));
    const got = loadCityRecords(pathToFileURL(path));
    assert.equal(got.some((r) => r.name === 'Testville'), false);
    assert.equal(got.length, fromPackage.length);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('compactCities keeps large places, admin seats and capitals, in order, with their fields', () => {
  const raw: PackageCity[] = [
    { name: 'Bigtown', country: 'DE', featureCode: 'PPL', population: 50000, loc: { coordinates: [10.5, 51.25] } },
    { name: 'Smallville', country: 'DE', featureCode: 'PPL', population: 14999, loc: { coordinates: [9, 50] } },
    { name: 'Seat', country: 'DE', featureCode: 'PPLA', population: 900, loc: { coordinates: [8, 49] } },
    { name: 'Capital', country: 'LI', featureCode: 'PPLC', population: 5000, loc: { coordinates: [9.52, 47.14] } },
  ];
  const recs = recordsOf(compactCities(raw, 'test'));
  assert.deepEqual(recs.map((r) => r.name), ['Bigtown', 'Seat', 'Capital']);
  assert.deepEqual(recs[0], { name: 'Bigtown', country: 'DE', featureCode: 'PPL', population: 50000, lat: 51.25, lon: 10.5 });
  assert.equal(recs[2].featureCode, 'PPLC');
});

test('false positives: small ordinary places are not kept', () => {
  assert.equal(keptCity({ population: 14999, featureCode: 'PPL' }), false);
  assert.equal(keptCity({ population: 0, featureCode: 'PPLX' }), false);
  assert.equal(keptCity({ population: 10, featureCode: 'PPLA' }), true);
});

test('the gazetteer built from the file equals the one built from the package', () => {
  const g = buildCountryGazetteer();
  const a = buildCityGazetteer(g);
  const b = buildCityGazetteer(g, packageCities());
  assert.equal(a.size, b.size);
  assert.deepEqual([...a.byName.entries()], [...b.byName.entries()]);
});
