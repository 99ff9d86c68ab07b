import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QuoteMarks, RoleIndex, SeenLog } from './seen.js';
import type { Ent } from './coref.js';
import { newCtx, entitiesOf, byName } from './testing.js';

const ent = (name: string, extra: Partial<Ent> = {}): Ent =>
  ({ type: 'PERSON', name, roles: [], country: null, mentions: [], order: 0, desc: false, ...extra });

/** The paragraph-slice counting the index replaces (the reference). */
function sliceCounts(text: string, at: number): { open: number; close: number; straight: number } {
  const para = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const n = (re: RegExp): number => para.match(re)?.length ?? 0;
  return { open: n(/\u201C/g), close: n(/\u201D/g), straight: n(/"/g) };
}

test('quote marks before an offset in its paragraph match the paragraph-slice count', () => {
  const chars = fc.constantFrom('a', ' ', '\n', '\u201C', '\u201D', '"');
  fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), fc.nat(70), (text, at) => {
    assert.deepEqual(new QuoteMarks(text).before(at), sliceCounts(text, at));
  }), { numRuns: 400 });
});

test('role index: up to two fitting persons, by office key or by title family', () => {
  const ix = new RoleIndex();
  const a = ent('A', { roles: [{ title: 'governor', of: 'KEN' } as Ent['roles'][number]] });
  const b = ent('B', { roles: [{ title: 'governor', of: 'UGA' } as Ent['roles'][number]] });
  const c = ent('C', { roles: [{ title: 'governor', of: 'TZA' } as Ent['roles'][number]] });
  for (const e of [a, b, c, ent('D'), ent('Acme', { type: 'ORG', roles: a.roles })]) ix.add(e);
  assert.deepEqual(ix.firstTwo('governor', null, () => true).map((e) => e.name), ['A', 'B']);
  assert.deepEqual(ix.firstTwo('governor', null, (e) => e.roles[0]?.of === 'UGA').map((e) => e.name), ['B']);
  assert.deepEqual(ix.firstTwo('president', null, () => true), []);
});

test('seen log: the last mention before an offset among a group, and the first-seen offsets', () => {
  const log = new SeenLog();
  const [a, b] = [ent('A'), ent('B')];
  log.push({ ent: a, start: 0, end: 1, sentence: 0, kind: 'name' });
  log.push({ ent: b, start: 5, end: 6, sentence: 0, kind: 'name' });
  log.push({ ent: a, start: 10, end: 11, sentence: 1, kind: 'short' });
  assert.equal(log.lastOf([a, b], 8), b);
  assert.equal(log.lastOf([a, b], 11), a);
  assert.equal(log.lastOf([a], 0), null);
  assert.equal(log.seenBefore(b, 5), false);
  assert.equal(log.seenBefore(b, 6), true);
  assert.equal(log.bySentence.get(1)?.length, 1);
  assert.equal(log.monotone, true);
  log.push({ ent: b, start: 2, end: 3, sentence: 0, kind: 'short' });
  assert.equal(log.monotone, false);
});

test('many title-only mentions of one office all join its single holder (dense page)', () => {
  const ctx = newCtx();
  const text = 'Governor Amina Odhiambo arrived in Nairobi. ' + 'The governor said the talks in Nairobi went well. '.repeat(300);
  const e = byName(entitiesOf(ctx, text), 'Amina Odhiambo');
  assert.equal(e?.mentions.filter((m) => m.kind === 'title').length, 300);
});
