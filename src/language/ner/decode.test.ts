import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDoc, buffers, type Scorer } from './decode.js';
import { docFeatures, stage2Features, T } from './features.js';
import { feat, fnv } from './hash.js';
import { tagOf, B, I, L, U } from './tags.js';
import type { Gazetteer } from './gazetteer.js';

const emptyGz = (): Gazetteer => ({ phrases: new Map(), starts: new Map(), classes: new Map(), priors: new Map(), words: new Map() });
const ORG = 1;

/** A scorer that gives each word fixed tag scores, recognized by its lower-cased word feature. */
function byWord(table: Record<string, Record<number, number>>): Scorer {
  const keys = new Map(Object.entries(table).map(([w, s]) => [feat(T.LW, fnv(w)), s]));
  return (f, n, out) => {
    for (let q = 0; q < n; q++) {
      const s = keys.get(f[q]);
      if (s) for (const [t, v] of Object.entries(s)) out[Number(t)] += v;
    }
  };
}

test('an open entity the model would rather close is closed at the previous token', () => {
  const df = docFeatures(emptyGz(), [['Zorbex', 'and', 'others', 'agreed']]);
  const sc = byWord({
    zorbex: { [tagOf(ORG, B)]: 2, [tagOf(ORG, U)]: 1 },
    and: { 0: 3, [tagOf(ORG, I)]: 1, [tagOf(ORG, L)]: 0.5 },
    others: { 0: 3 }, agreed: { 0: 3 },
  });
  assert.deepEqual([...decodeDoc(df, sc, buffers())], [tagOf(ORG, U), 0, 0, 0]);
});

test('an entity the model wants to continue is continued (no repair when a continuation wins)', () => {
  const df = docFeatures(emptyGz(), [['Zorbex', 'Holdings', 'agreed']]);
  const sc = byWord({
    zorbex: { [tagOf(ORG, B)]: 2 },
    holdings: { 0: 1, [tagOf(ORG, L)]: 2 },
    agreed: { 0: 3 },
  });
  assert.deepEqual([...decodeDoc(df, sc, buffers())], [tagOf(ORG, B), tagOf(ORG, L), 0]);
});

test('the last token of a sentence never opens an entity', () => {
  const df = docFeatures(emptyGz(), [['met', 'Zorbex']]);
  const sc = byWord({ met: { 0: 1 }, zorbex: { [tagOf(ORG, B)]: 5, [tagOf(ORG, U)]: 1 } });
  assert.deepEqual([...decodeDoc(df, sc, buffers())], [0, tagOf(ORG, U)]);
});

test('false positives: a scorer with no opinion tags nothing', () => {
  const df = docFeatures(emptyGz(), [['Officials', 'said', 'nothing', '.']]);
  assert.deepEqual([...decodeDoc(df, () => {}, buffers())], [0, 0, 0, 0]);
});

test('second stage: quiet tokens stay O unless an open entity reaches them', () => {
  const df = docFeatures(emptyGz(), [['Bank', 'of', 'Zorbex', 'said', 'nothing']]);
  const s2 = stage2Features(df, [tagOf(ORG, B), tagOf(ORG, I), tagOf(ORG, L), 0, 0]);
  assert.deepEqual([...s2.quiet!], [0, 0, 0, 1, 1], 'said and nothing: O in stage 1 and lower case');
  const sc = byWord({
    bank: { [tagOf(ORG, B)]: 2 }, of: { [tagOf(ORG, I)]: 2 }, zorbex: { [tagOf(ORG, L)]: 2 },
    said: { [tagOf(ORG, U)]: 9 }, nothing: { 0: 1 },
  });
  assert.deepEqual([...decodeDoc(s2, sc, buffers())], [tagOf(ORG, B), tagOf(ORG, I), tagOf(ORG, L), 0, 0]);
  const open = stage2Features(df, [tagOf(ORG, B), 0, 0, 0, 0]);
  assert.equal(open.quiet![1], 1);
  assert.deepEqual([...decodeDoc(open, sc, buffers())].slice(0, 3), [tagOf(ORG, B), tagOf(ORG, I), tagOf(ORG, L)], '"of" is scored: the entity before it is open');
});
