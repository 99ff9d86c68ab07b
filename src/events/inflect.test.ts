import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounForms, verbForms } from './inflect.js';

test('verb forms: regular, irregular, doubling, -e, -ee, -y', () => {
  assert.deepEqual(new Set(verbForms('meet')), new Set(['meet', 'meets', 'met', 'meeted', 'meeting']));
  for (const f of ['travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling']) assert.ok(verbForms('travel').includes(f), f);
  for (const f of ['agree', 'agrees', 'agreed', 'agreeing']) assert.ok(verbForms('agree').includes(f), f);
  for (const f of ['deny', 'denies', 'denied', 'denying']) assert.ok(verbForms('deny').includes(f), f);
  for (const f of ['impose', 'imposes', 'imposed', 'imposing']) assert.ok(verbForms('impose').includes(f), f);
  for (const f of ['visit', 'visits', 'visited', 'visiting']) assert.ok(verbForms('visit').includes(f), f);
  assert.ok(!verbForms('visit').includes('visitted'));
  assert.ok(verbForms('hold').includes('held') && verbForms('pay').includes('paid'));
});

test('noun forms: plural', () => {
  assert.deepEqual(nounForms('summit'), ['summit', 'summits']);
  assert.deepEqual(nounForms('treaty'), ['treaty', 'treaties']);
  assert.deepEqual(nounForms('embargo'), ['embargo', 'embargos', 'embargoes']);
});
