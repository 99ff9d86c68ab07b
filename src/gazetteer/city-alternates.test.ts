import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cityAlternates, prominentPlace, type AlternateCandidate } from './city-alternates.js';
import { buildCityGazetteer } from './cities.js';
import { buildCountryGazetteer } from './countries.js';

const cg = buildCityGazetteer(buildCountryGazetteer());
const alt = (n: string): string[] => (cg.alternates.get(n) ?? []).map((c) => c.country ?? '?');

type P = AlternateCandidate & { id: string };
const p = (id: string, country: string | null, population: number, featureCode = 'PPL'): P => ({ id, country, population, featureCode, capital: featureCode === 'PPLC' });

test('prominentPlace: >= 200,000 people, or a capital or admin seat of >= 15,000', () => {
  assert.equal(prominentPlace('PPL', 200_000), true);
  assert.equal(prominentPlace('PPL', 199_999), false);
  assert.equal(prominentPlace('PPLA', 15_000), true);
  assert.equal(prominentPlace('PPLC', 20_000), true);
  assert.equal(prominentPlace('PPLA', 14_999), false, 'a tiny admin seat is no reading news means');
  assert.equal(prominentPlace('PPLC', 880), false);
  assert.equal(prominentPlace('PPLA2', 150_000), false);
});

test('cityAlternates: one per other country, best first; own country and unknown country dropped', () => {
  const chosen = new Map([['X', p('x-a', 'AAA', 900_000)], ['Y', p('y-a', 'AAA', 50_000)]]);
  const candidates = new Map<string, P[]>([
    ['X', [p('x-a', 'AAA', 900_000), p('x-a2', 'AAA', 300_000), p('x-b', 'BBB', 250_000), p('x-b2', 'BBB', 40_000, 'PPLA'),
      p('x-c', 'CCC', 30_000, 'PPLC'), p('x-n', null, 500_000)]],
    ['Y', [p('y-a', 'AAA', 50_000)]],
    ['Z', [p('z-b', 'BBB', 400_000)]],
  ]);
  const out = cityAlternates(chosen, candidates);
  assert.deepEqual(out.get('X')?.map((c) => c.id), ['x-c', 'x-b'], 'the capital, then the most populous; one per country');
  assert.equal(out.has('Y'), false, 'no alternate in another country');
  assert.equal(out.has('Z'), false, 'a name the gazetteer does not know has none');
});

test('named checks: prominent runner-ups of ambiguous names', () => {
  assert.equal(cg.byName.get('Tripoli')?.country, 'LBY');
  assert.equal(alt('Tripoli')[0], 'LBN');
  assert.deepEqual([cg.byName.get('Hyderabad')?.country, alt('Hyderabad')], ['IND', ['PAK']]);
  assert.deepEqual([cg.byName.get('Valencia')?.country, alt('Valencia')], ['ESP', ['VEN']]);
  assert.deepEqual([cg.byName.get('Cordoba')?.country, alt('Cordoba')], ['ARG', ['ESP']]);
  assert.deepEqual([cg.byName.get('London')?.country, alt('London')], ['GBR', ['CAN']]);
  assert.deepEqual([cg.byName.get('San Jose')?.country, alt('San Jose')], ['USA', ['CRI']]);
  assert.deepEqual([cg.byName.get('Barcelona')?.country, alt('Barcelona')], ['ESP', ['VEN']]);
  assert.deepEqual([cg.byName.get('Paraná')?.featureCode, alt('Paraná'), alt('Parana')], ['ADM1', ['ARG'], ['ARG']], 'a region\'s namesake city');
});

test('every alternate is prominent, of another country than the chosen place, and of a different country from the others', () => {
  for (const [name, list] of cg.alternates) {
    const chosen = cg.byName.get(name);
    assert.ok(chosen, name);
    assert.ok(list.length > 0, name);
    assert.equal(new Set(list.map((c) => c.country)).size, list.length, name);
    for (const c of list) {
      assert.notEqual(c.country, chosen.country, name);
      assert.ok(prominentPlace(c.featureCode, c.population), `${name}: ${c.country} ${c.featureCode} ${c.population}`);
      assert.equal(c.name, name);
    }
  }
  assert.ok(cg.alternates.size > 40 && cg.alternates.size < 200, `${cg.alternates.size} names`);
});

test('false positives: unambiguous names and tiny namesakes give no alternates', () => {
  for (const n of ['Moscow', 'Paris', 'Washington', 'Damascus', 'Mosul', 'Sydney', 'Salisbury', 'Kingston', 'Georgetown', 'Sindh', 'Darfur']) {
    assert.deepEqual(alt(n), [], n);
  }
});

test('derived spellings compete by population; a place\'s own name keeps it (rule in placeWins)', () => {
  assert.equal(cg.byName.get('Merida')?.country, 'MEX', 'Mérida, Yucatán over Mérida, Spain');
  assert.equal(cg.byName.get('Malaga')?.country, 'ESP', 'Málaga, not a Colombian town');
  assert.equal(cg.byName.get('Valparaiso')?.country, 'CHL', 'Valparaíso, not Valparaiso, Indiana');
  assert.ok((cg.byName.get('Belem')?.population ?? 0) > 1_000_000, 'Belém, Pará');
  assert.equal(cg.byName.get('San Jose')?.country, 'USA', 'own name San Jose (1M) over the capital San José\'s plain spelling');
  assert.equal(cg.byName.get('San José')?.country, 'CRI', 'the capital keeps its own name');
});
