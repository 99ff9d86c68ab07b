import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCountryGazetteer, countryCode } from './countries.js';

const g = buildCountryGazetteer();

test('country names, press aliases and demonyms resolve to ISO alpha-3', () => {
  assert.equal(countryCode(g, 'North Korea'), 'PRK');
  assert.equal(countryCode(g, 'South Korea'), 'KOR');
  assert.equal(countryCode(g, 'U.S.'), 'USA');
  assert.equal(countryCode(g, 'the United States'), 'USA');
  assert.equal(countryCode(g, 'Britain'), 'GBR');
  assert.equal(countryCode(g, 'North Korean'), 'PRK');
  assert.equal(countryCode(g, 'Russian'), 'RUS');
  assert.equal(countryCode(g, 'Chinese'), 'CHN');
});

test('capitals resolve to their country', () => {
  assert.equal(g.byCapital.get('Moscow')?.iso3, 'RUS');
  assert.equal(g.byCapital.get('Pyongyang')?.iso3, 'PRK');
  assert.equal(g.byCapital.get('Washington')?.iso3, 'USA');
  assert.equal(g.byCapital.get('Seoul')?.iso3, 'KOR');
});

test('ordinary words are not countries', () => {
  for (const w of ['Monday', 'President', 'The', 'Korean', 'May']) assert.equal(countryCode(g, w), null, w);
});

test('a demonym shared with a dependency goes to the independent state (rule prefer-independent)', () => {
  // Case: "French police" was coded ATF (French Southern and Antarctic Lands).
  assert.equal(countryCode(g, 'French'), 'FRA');
  assert.equal(countryCode(g, 'British'), 'GBR');
  assert.equal(countryCode(g, 'American'), 'USA');
  assert.equal(countryCode(g, 'Danish'), 'DNK');
  assert.equal(countryCode(g, 'Norwegian'), 'NOR');
});

test('short and former press names: Bosnia, Kampuchea', async () => {
  const { analyze } = await import('../analyze.js');
  const a = await analyze('Bosnia and Slovenia agreed to a ceasefire on Friday after talks in Vienna.', {});
  assert.deepEqual(a.entities.filter((e) => e.type === 'COUNTRY').map((e) => e.country).sort(), ['BIH', 'SVN']);
  const b = await analyze('Kampuchean guerrillas shelled the town on Sunday, officials said.', {});
  assert.ok(b.entities.some((e) => e.country === 'KHM'));
});

test('Kosovo is KSV, CAMEO\'s code, not the package\'s UNK', () => {
  const g = buildCountryGazetteer();
  assert.equal(g.byName.get('Kosovo')?.iso3, 'KSV');
  assert.equal(g.byIso3.get('UNK'), undefined);
});
