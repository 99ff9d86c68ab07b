import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanSpeaker, extendWithName } from './phrase.js';

function clean(text: string, inverted = false): string | null {
  const p = cleanSpeaker(text, 0, text.length, inverted, []);
  return p === null ? null : text.slice(p.span.start, p.span.end);
}

test('leading adverbials and conjunctions are dropped', () => {
  assert.equal(clean('On Tuesday the spokeswoman'), 'the spokeswoman');
  assert.equal(clean('In Geneva the envoy'), 'the envoy');
  assert.equal(clean('And Lavrov'), 'Lavrov');
});

test('trailing time and channel modifiers are cut after an inverted verb', () => {
  assert.equal(clean('Lavrov on Tuesday.', true), 'Lavrov');
  assert.equal(clean('Lavrov in a statement', true), 'Lavrov');
  assert.equal(clean('a senior official at the ministry.', true), 'a senior official at the ministry');
});

test('appositives: a noun phrase is kept, a relative clause is dropped', () => {
  assert.equal(clean('the spokeswoman, Maria Zakharova,'), 'the spokeswoman, Maria Zakharova');
  assert.equal(clean('the official, who asked not to be named,'), 'the official');
});

test('false positives: clauses are not speakers', () => {
  assert.equal(clean('is what the minister'), null);
  assert.equal(clean('Lavrov met Pompeo and'), null);
  assert.equal(clean('that he'), null);
});

test('abbreviations keep their final period', () => {
  assert.equal(clean('the U.S.', true), 'the U.S.');
});

test('a name appositive extends an inverted speaker', () => {
  const t = 'the spokeswoman, Maria Zakharova.';
  assert.equal(t.slice(0, extendWithName(t, 15, t.length)), 'the spokeswoman, Maria Zakharova');
  const u = 'Lavrov, Russia’s foreign minister.';
  assert.equal(extendWithName(u, 6, u.length), 6);
});
