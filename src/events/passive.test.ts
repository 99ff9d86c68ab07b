/** Passive verb triggers: the "by" agent is the source and the grammatical subject the target. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPassive } from './arguments.js';
import { tokenize } from './tokens.js';
import { dyadsOf } from './test-doc.js';

test('a participle after a form of "be" is passive; an active past tense is not', () => {
  const toks = (s: string) => tokenize(s, 0, s.length);
  const irregular = new Set(['held', 'shot']);
  assert.equal(isPassive(toks('Two reporters were arrested'), 3, irregular), true);
  assert.equal(isPassive(toks('Two reporters were reportedly arrested'), 4, irregular), true);
  assert.equal(isPassive(toks('The envoy was held'), 3, irregular), true);
  assert.equal(isPassive(toks('Police arrested two reporters'), 1, irregular), false);
  assert.equal(isPassive(toks('The talks were productive'), 3, irregular), false);
});

test('passive: "X was criticized by Y" codes Y -> X; without an agent the source is unknown', () => {
  assert.deepEqual(dyadsOf('Japan was criticized by China for the visit.'), ['111 CHN->JPN']);
  assert.deepEqual(dyadsOf('Israel was condemned on Friday.'), ['111 null->ISR']);
});

test('passive with a prepositional target keeps it ("sanctions were imposed on Iran by the European Union")', () => {
  assert.deepEqual(dyadsOf('New sanctions were imposed on Iran by the European Union.'), ['163 IGOEEC->IRN']);
});

test('rule object-agent: "condemned an attack by X" targets X, the author of the act', () => {
  assert.deepEqual(dyadsOf('China condemned the missile attack by Russia on Monday.'), ['111 CHN->RUS', '194 RUS->null'], 'and the attack is Russia\'s');
  assert.deepEqual(dyadsOf('Macron criticized a decision by Xi.'), ['111 FRAGOV->CHNGOV']);
  // a "by" phrase far from the verb is not the object's author
  assert.deepEqual(dyadsOf('China condemned the strikes, which were announced on Monday by Russia.').filter((d) => d.startsWith('111')), []);
});
