/**
 * Runs sentences + entities over the seed article's body (read at run time from ../shared;
 * skipped when absent). Body paragraphs are taken by shape: lines of six or more words that
 * end in a period or a closing quote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../doc.js';
import { newCtx, docOf } from './testing.js';
import { recognize } from './index.js';

const seedPath = fileURLToPath(new URL('../../../../shared/seed/000_662f284dcfcb7a33.txt', import.meta.url));

function seedEntities(): { es: Entity[]; text: string } {
  const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/).map((l) => l.trim());
  const body = lines.filter((l) => l.split(/\s+/).length >= 6 && /[.”]$/.test(l));
  const text = body.join('\n\n');
  const ctx = newCtx();
  return { es: recognize(docOf(ctx, text), ctx), text };
}

test('seed article: people, roles, places, organizations and coreference', { skip: !existsSync(seedPath) && 'needs ../shared' }, () => {
  const { es, text } = seedEntities();
  const find = (pred: (e: Entity) => boolean, what: string): Entity => { const e = es.find(pred); assert.ok(e, what); return e; };
  const person = (name: string) => find((e) => e.type === 'PERSON' && e.name === name, name);
  const texts = (e: Entity) => e.mentions.map((m) => m.text);

  const putin = person('Vladimir Putin');
  assert.deepEqual(putin.roles.map((r) => [r.title, r.of]), [['president', 'RUS']]);
  assert.ok(texts(putin).filter((t) => t === 'Putin').length >= 2);

  const kim = person('Kim Jong Un');
  assert.deepEqual(kim.roles.map((r) => [r.title, r.of]), [['leader', 'PRK']]);
  assert.ok(texts(kim).includes('the North Korean leader'));
  assert.ok(texts(kim).includes('Kim'));

  const trump = person('Donald Trump');
  assert.deepEqual(trump.roles.map((r) => [r.title, r.of]), [['president', 'USA']]);
  assert.ok(texts(trump).includes('Trump'));

  const biegun = person('Stephen Biegun');
  assert.deepEqual(biegun.roles.map((r) => ({ title: r.title, of: r.of, for: r.for })), [{ title: 'special representative', of: 'USA', for: 'PRK' }]);
  assert.ok(biegun.mentions.some((m) => m.kind === 'pronoun' && m.text === 'He'));

  const moscow = find((e) => e.type === 'PLACE' && e.name === 'Moscow', 'Moscow');
  assert.equal(moscow.country, 'RUS');
  assert.ok(moscow.geo && moscow.geo.source === 'geonames');

  assert.equal(find((e) => e.type === 'ORG' && e.name === 'State Department', 'State Department').country, 'USA');
  const official = find((e) => e.type === 'PERSON' && /State Department official/.test(e.name), 'official');
  assert.deepEqual(official.roles.map((r) => r.of), ['USA']);

  const two = find((e) => e.type === 'GROUP' && e.mentions.some((m) => m.text === 'the two') && !!e.members?.includes(putin.id), 'the two');
  assert.deepEqual(two.members, [putin.id, kim.id]);

  for (const e of es) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(es.every((e) => e.type !== 'PERSON' || !/^(Advertisement|Officials|However|The)$/.test(e.name)));
});
