import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { lexicon } from './lexicon.js';
import { fuzzyCountry } from './fuzzy.js';
import { entitiesOf, byName } from './testing.js';

const lex = lexicon(newCtx());
const iso = (w: string): string | null => { const f = fuzzyCountry(lex.fuzzy, w); return f ? (f[0] as { iso3: string }).iso3 : null; };

test('country-misspelled: one edit from a country name or nationality word of 7+ letters', () => {
  assert.equal(iso('Afganistan'), 'AFG');
  assert.equal(iso('Ethopia'), 'ETH');
  assert.equal(iso('Phillippines'), 'PHL');
  assert.equal(iso('Brazillian'), 'BRA');
  assert.equal(iso('Ukranian'), 'UKR');
});

test('false positives: short words, stop-listed names and real words stay unknown', () => {
  for (const w of ['Columbia', 'Georgina', 'Sorbian', 'Siberian', 'Nigella', 'Bali', 'Olivia', 'Marianne', 'Christina', 'Gonzalez', 'afganistan', 'AFGANISTAN']) {
    assert.equal(iso(w), null, w);
  }
});

test('a misspelled country in a sentence is a mention of that country', () => {
  const ctx = newCtx();
  const es = entitiesOf(ctx, 'Pakistan rejected an offer from Afganistan on Monday.');
  assert.deepEqual(byName(es, 'Afghanistan')?.mentions.map((m) => m.text), ['Afganistan']);
});

test('a word inside a capitalized name run is no misspelled country ("David Cameron", "Cameron said")', () => {
  const es = entitiesOf(newCtx(), 'Prime Minister David Cameron met officials. Cameron said the talks went well.');
  assert.equal(es.some((e) => e.country === 'CMR'), false, es.map((e) => `${e.name}:${e.country}`).join('|'));
});
