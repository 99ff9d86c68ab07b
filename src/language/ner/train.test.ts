import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mixModels } from './train.js';
import { NTAGS } from './tags.js';

const row = (v: number): number[] => Array.from({ length: NTAGS }, (_, t) => v * (t + 1));

test('mixing averages rows per key; a key missing from a model counts as zero there', () => {
  const a = { keys: Uint32Array.from([7, 9]), weights: Float32Array.from([...row(2), ...row(4)]) };
  const b = { keys: Uint32Array.from([9, 11]), weights: Float32Array.from([...row(6), ...row(8)]) };
  const m = mixModels([a, b]);
  assert.deepEqual([...m.keys], [7, 9, 11]);
  assert.deepEqual([...m.weights.subarray(0, NTAGS)], row(1));
  assert.deepEqual([...m.weights.subarray(NTAGS, 2 * NTAGS)], row(5));
  assert.deepEqual([...m.weights.subarray(2 * NTAGS)], row(4));
});

test('one model mixes to itself', () => {
  const a = { keys: Uint32Array.from([3]), weights: Float32Array.from(row(1)) };
  assert.equal(mixModels([a]), a);
});
