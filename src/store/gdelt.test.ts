import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { allCameoCodes } from '../events/cameo/index.js';
import { fipsCode, ISO3_TO_FIPS } from './fips.js';
import { GDELT2_COLUMNS } from './gdelt-columns.js';
import { dateAdded, dateFields, gdeltRows, quadClassOfRoot, splitActorCode } from './gdelt.js';
import { makeWriter } from './write.js';
import { tempStore, testAnalysis } from './test-analysis.js';

test('the GDELT 2.0 event table has 61 columns from GLOBALEVENTID to SOURCEURL', () => {
  assert.equal(GDELT2_COLUMNS.length, 61);
  assert.equal(GDELT2_COLUMNS[0], 'GLOBALEVENTID');
  assert.equal(GDELT2_COLUMNS[29], 'QuadClass');
  assert.equal(GDELT2_COLUMNS[53], 'ActionGeo_CountryCode');
  assert.equal(GDELT2_COLUMNS[60], 'SOURCEURL');
});

test('one cluster as a GDELT row, column by column', () => {
  const { db } = tempStore();
  const place = { text: 'Vladivostok', country: 'RUS', lat: 43.1155, lon: 131.8855 };
  makeWriter(db).writeBatch([
    { key: 'a', result: testAnalysis('ports', [{ src: 'RUSGOV', tgt: 'PRKGOV', code: '036', from: '2024-03-11', to: '2024-03-17', place }], { site: 'Paper A', url: 'https://a.example/story' }) },
    { key: 'b', result: testAnalysis('rail', [{ src: 'RUSGOV', tgt: 'PRKGOV', code: '036', from: '2024-03-12', place }], { site: 'Paper B' }) },
  ]);
  const added = db.prepare('SELECT added_at FROM clusters').pluck().get() as string;
  const rows = [...gdeltRows(db, newCtx())];
  assert.equal(rows.length, 1);
  const row = Object.fromEntries(GDELT2_COLUMNS.map((c, i) => [c, rows[0]![i]]));
  const expected: Record<string, string> = {
    GLOBALEVENTID: '1', SQLDATE: '20240311', MonthYear: '202403', Year: '2024', FractionDate: '2024.1918',
    Actor1Code: 'RUSGOV', Actor1Name: 'VLADIMIR PUTIN', Actor1CountryCode: 'RUS', Actor1KnownGroupCode: '', Actor1EthnicCode: '',
    Actor1Religion1Code: '', Actor1Religion2Code: '', Actor1Type1Code: 'GOV', Actor1Type2Code: '', Actor1Type3Code: '',
    Actor2Code: 'PRKGOV', Actor2Name: 'KIM JONG UN', Actor2CountryCode: 'PRK', Actor2KnownGroupCode: '', Actor2EthnicCode: '',
    Actor2Religion1Code: '', Actor2Religion2Code: '', Actor2Type1Code: 'GOV', Actor2Type2Code: '', Actor2Type3Code: '',
    IsRootEvent: '1', EventCode: '036', EventBaseCode: '036', EventRootCode: '03', QuadClass: '1', GoldsteinScale: '4',
    NumMentions: '2', NumSources: '2', NumArticles: '2', AvgTone: '',
    Actor1Geo_Type: '1', Actor1Geo_FullName: 'Russia', Actor1Geo_CountryCode: 'RS', Actor1Geo_ADM1Code: 'RS', Actor1Geo_ADM2Code: '',
    Actor2Geo_Type: '1', Actor2Geo_FullName: 'North Korea', Actor2Geo_CountryCode: 'KN', Actor2Geo_ADM1Code: 'KN', Actor2Geo_ADM2Code: '',
    Actor1Geo_FeatureID: 'RS', Actor2Geo_FeatureID: 'KN',
    ActionGeo_Type: '4', ActionGeo_FullName: 'Vladivostok, Russia', ActionGeo_CountryCode: 'RS', ActionGeo_ADM1Code: '', ActionGeo_ADM2Code: '',
    ActionGeo_Lat: '43.1155', ActionGeo_Long: '131.8855', ActionGeo_FeatureID: '',
    DATEADDED: dateAdded(added), SOURCEURL: 'https://a.example/story',
  };
  for (const [k, v] of Object.entries(expected)) assert.equal(row[k], v, k);
  for (const k of ['Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor2Geo_Lat', 'Actor2Geo_Long']) assert.match(row[k]!, /^-?\d+(\.\d+)?$/, k);
  assert.match(row.DATEADDED!, /^\d{14}$/);
});

test('actor codes split into country, known group, religion and types', () => {
  assert.deepEqual(pick(splitActorCode('IGOUNO')), ['', 'UNO', 'IGO', '', '', '']);
  assert.deepEqual(pick(splitActorCode('IGOEUREEC')), ['EUR', 'EEC', 'IGO', '', '', '']);
  assert.deepEqual(pick(splitActorCode('USAGOVMIL')), ['USA', '', 'GOV', 'MIL', '', '']);
  assert.deepEqual(pick(splitActorCode('IRQREBSHI')), ['IRQ', '', 'REB', '', '', 'SHI']);
  assert.deepEqual(pick(splitActorCode('ROMGOV')), ['ROM', '', 'GOV', '', '', '']);
  assert.deepEqual(pick(splitActorCode(null)), ['', '', '', '', '', '']);
});
const pick = (p: ReturnType<typeof splitActorCode>): string[] => [p.country, p.knownGroup, p.type1, p.type2, p.type3, p.religion1];

test('quad class follows the root code and agrees with every code of the CAMEO table', () => {
  for (const c of allCameoCodes()) assert.equal(quadClassOfRoot(c.root), c.quadClass, c.code);
  assert.deepEqual(['01', '05', '06', '08', '09', '13', '14', '20'].map(quadClassOfRoot), [1, 1, 2, 2, 3, 3, 4, 4]);
  assert.equal(quadClassOfRoot('21'), null);
  assert.equal(quadClassOfRoot('xx'), null);
});

test('FIPS 10-4 codes where they differ from ISO (the classic traps) and unknowns', () => {
  const cases: Record<string, string> = { DEU: 'GM', GBR: 'UK', RUS: 'RS', CHN: 'CH', PRK: 'KN', KOR: 'KS', AUS: 'AS', AUT: 'AU', ESP: 'SP', ISR: 'IS', IRQ: 'IZ', JPN: 'JA', ZAF: 'SF', UKR: 'UP', SRB: 'RI', ROU: 'RO', ROM: 'RO' };
  for (const [iso, fips] of Object.entries(cases)) assert.equal(fipsCode(iso), fips, iso);
  assert.equal(fipsCode('XYZ'), null);
  assert.equal(fipsCode(null), null);
  const values = Object.values(ISO3_TO_FIPS);
  assert.equal(new Set(values).size, values.length, 'no two countries share a FIPS code');
});

test('date fields: SQLDATE, MonthYear, Year, FractionDate; DATEADDED', () => {
  assert.deepEqual(dateFields('2019-01-01'), ['20190101', '201901', '2019', '2019.0000']);
  assert.deepEqual(dateFields('2019-12-31'), ['20191231', '201912', '2019', '2019.9973']);
  assert.deepEqual(dateFields(null), ['', '', '', '']);
  assert.equal(dateAdded('2024-03-05T07:08:09.123Z'), '20240305070809');
});
