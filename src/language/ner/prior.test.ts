import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { priorCode, trainPriors, listPriors, packPriors, loadPriors, typeCountsOfWords, type Embeddings } from './prior.js';
import { fnv } from './hash.js';
import { tagOf, U } from './tags.js';

/** Words in two tight groups on different axes (unit vectors, small deterministic offsets). */
function twoGroups(): Embeddings {
  const words = ['alda', 'berto', 'cosmo', 'dario', 'nuvo', 'ostrava', 'plenz', 'quarn'];
  const d = 4;
  const v = new Float32Array(words.length * d);
  words.forEach((_, r) => {
    const axis = r < 4 ? 0 : 1;
    v[r * d + axis] = 1; v[r * d + 2] = 0.05 * (r % 4);
    let n = 0; for (let j = 0; j < d; j++) n += v[r * d + j] ** 2;
    for (let j = 0; j < d; j++) v[r * d + j] /= Math.sqrt(n);
  });
  return { words, d, v };
}

test('prior codes: 0 is reserved, then type and confidence', () => {
  assert.equal(priorCode([0.9, 0.05, 0.05, 0, 0]) & 15, 3);
  assert.equal(priorCode([0.1, 0.6, 0.3, 0, 0]) & 15, 5);
  assert.equal(priorCode([0.1, 0.1, 0.1, 0.3, 0.4]) & 15, 13);
  assert.equal(priorCode([0.9, 0.05, 0.05, 0, 0]) >> 4, 3, 'levels: O high, the others below 0.1');
  assert.equal(priorCode([0.1, 0.6, 0.3, 0, 0]) >> 4, 1 | (2 << 2) | (1 << 4));
});

test('a word unseen in training gets the type of the words near it', () => {
  const e = twoGroups();
  const counts = new Map<string, number[]>([['alda', [0, 5, 0, 0, 0]], ['berto', [0, 4, 0, 0, 0]], ['cosmo', [0, 3, 0, 0, 0]],
    ['nuvo', [0, 0, 0, 5, 0]], ['ostrava', [0, 0, 0, 4, 0]], ['plenz', [0, 0, 0, 3, 0]]]);
  const codes = trainPriors(e, counts, 3, 30);
  const typeOfCode = (c: number): number => Math.floor(((c & 15) - 1) / 3);
  assert.equal(typeOfCode(codes[3]), 1, 'dario: PER like its group');
  assert.equal(typeOfCode(codes[7]), 3, 'quarn: LOC like its group');
  assert.deepEqual(trainPriors(e, counts, 3, 30), codes, 'deterministic');
});

test('list priors follow the gazetteer lists; unlisted groups stay O', () => {
  const e = twoGroups();
  const phrases = new Map([['alda', 1 << 0], ['berto', 1 << 1], ['cosmo', 1 << 0]]);
  const codes = listPriors(e, phrases, 60);
  const typeOfCode = (c: number): number => Math.floor(((c & 15) - 1) / 3);
  assert.equal(typeOfCode(codes[3]), 1);
  assert.equal(typeOfCode(codes[6]), 0);
});

test('priors file round trip and training counts from capitalized tokens only', () => {
  const e = twoGroups();
  const file = join(mkdtempSync(join(tmpdir(), 'prior-')), 'priors.bin');
  writeFileSync(file, packPriors(e.words, Uint16Array.from(e.words, (_, r) => r + 1000), Uint16Array.from(e.words, (_, r) => 20000 + r)));
  const m = loadPriors(file);
  assert.equal(m.get(fnv('cosmo')), 1002 + 20002 * 65536);
  assert.equal(loadPriors(join(tmpdir(), 'no-such-dir-x', 'priors.bin')).size, 0);
  const c = typeCountsOfWords([{ sentences: [['Alda', 'met', 'alda', 'Nuvo']], gold: [[tagOf(0, U), 0, 0, tagOf(2, U)]] }]);
  assert.deepEqual([...c.get('alda')!], [0, 1, 0, 0, 0]);
  assert.deepEqual([...c.get('nuvo')!], [0, 0, 0, 1, 0]);
  assert.equal(c.has('met'), false);
});
