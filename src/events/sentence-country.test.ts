/** Rule sentence-country: a sector-only actor takes the sentence's one country. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { codeEvents } from './coder.js';
import { domesticCountry } from './sentence-country.js';
import type { ActorSpan } from './actors.js';
import { buildDoc, type EntitySpec } from './test-doc.js';

/** Events of `text` over `specs`; entities coded by a bare sector (`GOV`) get no country, as the resolver leaves them. */
function coded(text: string, specs: readonly EntitySpec[]): string[] {
  const doc = buildDoc(text, specs);
  for (const e of doc.entities) if (e.actor && e.actor.code.length === 3 && e.type === 'PERSON') { e.actor.country = null; e.country = null; }
  return codeEvents(doc, newCtx()).map((e) => `${e.code} ${e.source.code}->${e.target.code}`);
}

const HOME: EntitySpec[] = [
  [['President Silva'], 'PERSON', 'GOV'],
  [['Peru'], 'COUNTRY', 'PER'],
  [['Lima'], 'PLACE', 'PER', { country: 'PER' }],
  [['Russian Foreign Minister Lavrov'], 'PERSON', 'RUSGOV'],
  [['Chile'], 'COUNTRY', 'CHL'],
  [['Peruvian students'], 'GROUP', 'PEREDU'],
];

test('a sector-only actor takes the one country its sentence names', () => {
  assert.deepEqual(coded('Critics in Peru condemned President Silva on Monday.', HOME), ['111 PER->PERGOV']);
  assert.deepEqual(coded('President Silva arrived in Lima on Monday.', HOME), ['042 PERGOV->PER']);
  assert.deepEqual(coded('President Silva praised Peruvian students on Monday.', HOME), ['051 PERGOV->PEREDU'], 'a group named by its nationality');
});

test('no country is inferred from a person with a nationality, from a possible target, or when two countries are named', () => {
  assert.deepEqual(coded('President Silva criticized Peru on Monday.', HOME), ['111 GOV->PER']);
  assert.deepEqual(coded('Russian Foreign Minister Lavrov criticized President Silva.', HOME), ['111 RUSGOV->GOV']);
  assert.deepEqual(coded('Chile and Peru criticized President Silva.', HOME).sort(), ['111 CHL->GOV', '111 PER->GOV']);
});

test('domestic-target: the home country when every coded mention of the sentence is of one country and it is named apart from the actor', () => {
  const span = (code: string, type: 'COUNTRY' | 'PLACE' | 'GROUP' = 'GROUP'): ActorSpan => ({ start: 0, end: 1, text: code, place: type === 'PLACE', actors: [{ entity: code, code, text: code }], entity: { id: code, type, name: code, roles: [], country: code.slice(0, 3), actor: null, mentions: [] } as never });
  assert.equal(domesticCountry([span('PERCOP'), span('PER', 'PLACE')]), 'PER');
  assert.equal(domesticCountry([span('PERCOP')]), null, 'the actor alone names no home country');
  assert.equal(domesticCountry([span('PERCOP'), span('PER', 'PLACE'), span('CHL', 'COUNTRY')]), null, 'two countries');
  assert.equal(domesticCountry([span('PERCOP'), span('IGOUNO')]), null, 'an international actor');
});

test('a nationality word is evidence of the sentence\'s country (whole pipeline)', async () => {
  const { analyze } = await import('../analyze.js');
  const a = await analyze('President Rodrigo Chaves criticized the Costa Rican press on Monday.', {});
  assert.deepEqual(a.events.map((e) => `${e.code} ${e.source.code}->${e.target.code}`), ['111 CRIGOV->CRI']);
  const b = await analyze('President Rodrigo Chaves criticized Costa Rica on Monday.', {});
  assert.deepEqual(b.events.map((e) => `${e.code} ${e.source.code}->${e.target.code}`), ['111 GOV->CRI'], 'a country named as the target is no evidence');
});
