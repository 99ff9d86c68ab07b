import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFeatures, stage2Features, stage2Lazy, T, type DocFeats } from './features.js';
import { feat, fnv } from './hash.js';
import { tagOf, B, L, U } from './tags.js';
import type { Gazetteer } from './gazetteer.js';

const emptyGz = (): Gazetteer => ({ phrases: new Map(), starts: new Map(), classes: new Map(), priors: new Map(), words: new Map() });
const featsOf = (df: DocFeats, i: number): Set<number> => new Set(df.feats.subarray(df.offs[i], df.offs[i + 1]));
/** Static and context-aggregation features of token i. */
const allOf = (df: DocFeats, i: number): Set<number> => new Set([...featsOf(df, i), ...(df.key[i] >= 0 ? df.ctx[df.key[i]] ?? [] : [])]);

test('context aggregation: every occurrence of a repeated capitalized word sees the neighbours of all', () => {
  const df = docFeatures(emptyGz(), [['Wigan', 'beat', 'Leeds', '.'], ['Fans', 'of', 'Wigan', 'cheered']]);
  const first = allOf(df, 0), second = allOf(df, 6);
  for (const f of [first, second]) {
    assert.ok(f.has(feat(T.CTXm1, fnv('of'))));
    assert.ok(f.has(feat(T.CTXp1, fnv('beat'))));
    assert.ok(f.has(feat(T.CTXp1, fnv('cheered'))));
  }
});

test('context aggregation: a word seen once and lower-case words get none', () => {
  const df = docFeatures(emptyGz(), [['Wigan', 'beat', 'Leeds', '.'], ['Fans', 'of', 'Wigan', 'cheered']]);
  const ctx = new Set([T.CTXm1, T.CTXp1].flatMap((t) => ['<s>', 'beat', 'of', 'cheered', 'leeds', 'fans'].map((w) => feat(t, fnv(w)))));
  for (const i of [1, 2, 4, 5]) assert.equal([...allOf(df, i)].filter((f) => ctx.has(f)).length, 0, `token ${i}`);
});

test('stage 2 sees the BILOU tags a word has elsewhere in the document', () => {
  const df = docFeatures(emptyGz(), [['Boatmen', 'Bancshares', 'rose'], ['Boatmen', 'fell']]);
  const first = [tagOf(1, B), tagOf(1, L), 0, tagOf(1, U), 0];
  const s2 = stage2Features(df, first);
  const later = featsOf(s2, 3), earlier = featsOf(s2, 0);
  assert.ok(later.has(feat(T.AGGT, tagOf(1, B))));
  assert.ok(!later.has(feat(T.AGGT, tagOf(1, U))), 'its own tag is not counted');
  assert.ok(earlier.has(feat(T.AGGT, tagOf(1, U))));
});

test('stage 2 splits a word\'s first-stage types by table lines and prose', () => {
  // Sentence 0 is a results line (table), sentence 1 prose; "Lens" is ORG in the table, LOC in prose.
  const df = docFeatures(emptyGz(), [['Lens', '2', 'Metz', '1'], ['They', 'drove', 'to', 'Lens', '.']]);
  assert.deepEqual([...df.layout!], [1, 1, 1, 1, 0, 0, 0, 0, 0]);
  const first = [tagOf(1, U), 0, tagOf(1, U), 0, 0, 0, 0, tagOf(2, U), 0];
  const s2 = stage2Features(df, first);
  const inTable = featsOf(s2, 0), inProse = featsOf(s2, 7);
  // In the table line: the prose occurrence (LOC, type 2) is seen through the prose counts, own tag excluded.
  assert.ok(inTable.has(feat(T.AGGPROSE + 1, 3, 2)));
  assert.ok(![...inTable].some((f) => [1, 2, 3, 4].some((y) => [0, 1, 2].some((b) => f === feat(T.AGGTAB + 1, y, b)))), 'own table tag not counted');
  assert.ok(inTable.has(feat(T.S2LAY, 2, 1)), 'layout with its own first-stage type (ORG)');
  // In prose: the table occurrence (ORG, type 1) through the table counts.
  assert.ok(inProse.has(feat(T.AGGTAB, 2, 2)));
  assert.ok(![...inProse].some((f) => f === feat(T.S2LAY, 3, 0)), 'no layout feature in plain prose');
});

test('stage 2 built lazily gives each token the same features, in the same order, as built in full', () => {
  const df = docFeatures(emptyGz(), [['Lens', '2', 'Metz', '1'], ['Boatmen', 'Bancshares', 'rose', 'in', 'Lens', '.']]);
  const first = [tagOf(1, U), 0, tagOf(1, U), 0, tagOf(1, B), tagOf(1, L), 0, 0, tagOf(2, U), 0];
  const full = stage2Features(df, first), lazy = stage2Lazy(df, first);
  assert.deepEqual([...lazy.quiet!], [...full.quiet!]);
  for (let si = 0; si + 1 < df.sent.length; si++) {
    for (let i = df.sent[si]; i < df.sent[si + 1]; i++) {
      const out = new Uint32Array(256);
      let m = 0;
      for (let q = lazy.offs[i]; q < lazy.offs[i + 1]; q++) out[m++] = lazy.feats[q];
      m = lazy.extra!(i, df.sent[si], df.sent[si + 1], out, m);
      assert.deepEqual([...out.subarray(0, m)], [...full.feats.subarray(full.offs[i], full.offs[i + 1])], `token ${i}`);
    }
  }
});

test('first stage: plain lower-case words and punctuation are quiet unless a capitalized word follows', () => {
  const df = docFeatures(emptyGz(), [['the', 'talks', 'in', 'van', 'Gaal', "'s", 'home', ',', 'iPhone', 'sales', '.']]);
  // "van" precedes a capitalized word, "'s" and "iPhone" are not plain words: all three are scored.
  assert.deepEqual([...df.quiet!], [1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1]);
});

test('lazy documents compute each token\'s static features exactly as the built-in-full ones hold them', () => {
  const sentences = [['NEW', 'YORK', 'TIMES'], ['Officials', 'in', 'Lens', 'met', 'Wigan', 'fans', '.'], ['Wigan', 'won']];
  const full = docFeatures(emptyGz(), sentences), lazy = docFeatures(emptyGz(), sentences, true);
  assert.equal(lazy.feats.length, 0, 'nothing built up front');
  for (let si = 0; si + 1 < full.sent.length; si++) {
    for (let i = full.sent[si]; i < full.sent[si + 1]; i++) {
      const out = new Uint32Array(lazy.baseMax!);
      const m = lazy.base!(i, full.sent[si], full.sent[si + 1], out, 0);
      assert.deepEqual([...out.subarray(0, m)], [...full.feats.subarray(full.offs[i], full.offs[i + 1])], `token ${i}`);
    }
  }
});
