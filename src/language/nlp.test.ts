import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { wink } from './nlp.js';

test('the wink engine is built once per process, whatever the number of contexts', () => {
  // Case: analyze() in a loop with a fresh context each time crashed after ~100 calls
  // ("RangeError: Invalid string length" inside wink's model loader).
  const first = wink(newCtx());
  for (let i = 0; i < 300; i++) assert.equal(wink(newCtx()), first);
  assert.equal(first.readDoc('One sentence. Two sentences.').sentences().length(), 2);
});
