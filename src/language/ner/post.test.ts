import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromIob, toIob } from './tags.js';
import { trimEdges } from './post.js';

const run = (toks: string[], iob: string[]): string[] => { const t = Uint8Array.from(fromIob(iob)); trimEdges(t, toks); return toIob(t); };

test('a person or place name loses trailing and leading tokens without a letter', () => {
  assert.deepEqual(run(['Mary', 'Jones', '7-2', 'won'], ['B-PER', 'I-PER', 'I-PER', 'O']), ['B-PER', 'I-PER', 'O', 'O']);
  assert.deepEqual(run(['(', 'Lyon', ')'], ['B-LOC', 'I-LOC', 'I-LOC']), ['O', 'B-LOC', 'O']);
  assert.deepEqual(run(['--', '12'], ['B-PER', 'I-PER']), ['O', 'O']);
});

test('false positives: organizations, MISC, inner marks and clean spans stay as they are', () => {
  assert.deepEqual(run(['Schalke', '04', 'won'], ['B-ORG', 'I-ORG', 'O']), ['B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(run(['Euro', '2000'], ['B-MISC', 'I-MISC']), ['B-MISC', 'I-MISC']);
  assert.deepEqual(run(['Ana', '(', 'Lu', ')', 'Diaz'], ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER']), ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER']);
  assert.deepEqual(run(['Rome', ',', 'Italy'], ['B-LOC', 'O', 'B-LOC']), ['B-LOC', 'O', 'B-LOC']);
});
