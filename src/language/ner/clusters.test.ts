import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWordClasses, classPrefix, packClasses, loadWordClasses, NO_CLASS, CLASS_BITS } from './clusters.js';
import { fnv, mulberry32 } from './hash.js';

test('class prefixes give 16, 64, 256, 1024 and 4096 classes; unknown stays unknown', () => {
  const cl = 0b1011_01_10_11_00;
  assert.deepEqual([0, 1, 2, 3, 4].map((d) => classPrefix(cl, d)), [0b1011, 0b1011_01, 0b1011_01_10, 0b1011_01_10_11, cl]);
  assert.equal(classPrefix(NO_CLASS, 2), NO_CLASS);
  assert.equal(CLASS_BITS, 12);
});

test('word classes: identical vectors share a class, classes fit in 12 bits, building is deterministic', () => {
  const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
  const d = 8;
  const v = new Float32Array(words.length * d);
  for (let r = 0; r < words.length; r++) {
    const src = r % 100; // three copies of 100 distinct directions
    const g = mulberry32(src + 1);
    let n = 0;
    for (let j = 0; j < d; j++) { v[r * d + j] = g() - 0.5; n += v[r * d + j] ** 2; }
    for (let j = 0; j < d; j++) v[r * d + j] /= Math.sqrt(n);
  }
  const e = { words, d, v };
  const c = buildWordClasses(e, 4);
  const cls = new Map([...c.hashes].map((h, i) => [h, c.classes[i]]));
  for (let r = 0; r < 100; r++) {
    assert.equal(cls.get(fnv(`w${r}`)), cls.get(fnv(`w${r + 100}`)));
    assert.equal(cls.get(fnv(`w${r}`)), cls.get(fnv(`w${r + 200}`)));
  }
  assert.ok([...c.classes].every((x) => x < 1 << CLASS_BITS));
  assert.deepEqual(buildWordClasses(e, 4), c);
  const file = join(mkdtempSync(join(tmpdir(), 'cl-')), 'clusters.bin');
  writeFileSync(file, packClasses(c));
  assert.equal(loadWordClasses(file).get(fnv('w7')), cls.get(fnv('w7')));
});
