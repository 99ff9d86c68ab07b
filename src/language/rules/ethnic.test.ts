import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ETHNIC_GROUPS, ETHNIC_FORMS, ETHNIC_BY_CODE, ethnicOfTitle } from './ethnic.js';

test('ethnic table: unique ids, reasons, CAMEOECS codes of three lower-case letters', () => {
  const ids = ETHNIC_GROUPS.map((g) => g.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const g of ETHNIC_GROUPS) {
    assert.ok(g.reason.length > 10, g.id);
    assert.ok(g.code === null || /^[a-z]{3}$/.test(g.code), `${g.id}: ${g.code}`);
    assert.ok(g.plural.length > 0, g.id);
    assert.ok(g.state === null || /^[A-Z]{3}$/.test(g.state), `${g.id}: ${g.state}`);
  }
  assert.equal(ETHNIC_GROUPS.find((g) => g.id === 'ethnic-serbs')?.state, 'SRB');
  assert.equal(ETHNIC_GROUPS.find((g) => g.id === 'ethnic-kurds')?.state, null);
  assert.equal(ETHNIC_BY_CODE.get('srp')?.id, 'ethnic-serbs');
  assert.equal(ETHNIC_BY_CODE.get('kur')?.id, 'ethnic-kurds');
});

test('ethnic forms: each written form names one group; plural, singular and adjective kinds', () => {
  const all = ETHNIC_GROUPS.flatMap((g) => [...new Set([...g.singular, ...g.plural, ...g.adjectives])]);
  assert.equal(new Set(all).size, all.length, 'a form belongs to two groups');
  assert.deepEqual(ETHNIC_FORMS.get('Serbs'), { group: ETHNIC_GROUPS.find((g) => g.id === 'ethnic-serbs'), kind: 'plural' });
  assert.equal(ETHNIC_FORMS.get('Serb')?.kind, 'singular');
  assert.equal(ETHNIC_FORMS.get('Kurdish')?.kind, 'adjective');
  assert.equal(ETHNIC_FORMS.get('Druze')?.kind, 'singular', 'a form that is its own plural may modify a noun');
});

test('ethnic table false positives: polities and ambiguous singulars are not listed', () => {
  for (const w of ['Palestinians', 'Palestinian', 'Russian', 'Hungarian', 'Serbian', 'Croatian', 'Turkish', 'Greeks']) assert.equal(ETHNIC_FORMS.get(w), undefined, w);
});

test('ethnic role titles map back to their group', () => {
  assert.equal(ethnicOfTitle('ethnic albanian')?.code, 'alb');
  assert.equal(ethnicOfTitle('ethnic chinese'), null, 'a demonym outside the table has no group');
  assert.equal(ethnicOfTitle('albanian'), null);
});
