import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx, entitiesOf, byName, mentionTexts } from './testing.js';
import { shortKeys } from './coref.js';

const ctx = newCtx();
const kinds = (text: string, name: string): string[] =>
  (byName(entitiesOf(ctx, text), name)?.mentions ?? []).map((m) => `${m.text}/${m.kind}`);

test('short-name keys: the last word, and the family name of East Asian names', () => {
  assert.deepEqual(shortKeys('Vladimir Putin'), ['Putin']);
  assert.deepEqual(shortKeys('Kim Jong Un'), ['Un', 'Kim']);
  assert.deepEqual(shortKeys('Moon Jae-in'), ['Jae-in', 'Moon']);
});

test('surnames and family names join the full name', () => {
  assert.deepEqual(kinds('Prime Minister Shinzo Abe met Moon Jae-in. Moon thanked Abe.', 'Moon Jae-in'), ['Moon Jae-in/name', 'Moon/short']);
  assert.deepEqual(kinds('Prime Minister Shinzo Abe met Moon Jae-in. Moon thanked Abe.', 'Shinzo Abe'), ['Shinzo Abe/name', 'Abe/short']);
});

test('a titled surname before the full name joins it', () => {
  const es = entitiesOf(ctx, 'President Macron spoke first. Emmanuel Macron then left for Berlin.');
  assert.deepEqual(mentionTexts(byName(es, 'Emmanuel Macron')), ['Macron', 'Emmanuel Macron']);
});

test('title-only descriptions join the holder of the role (title family and country)', () => {
  const text = 'North Korean leader Kim Jong Un met South Korean President Moon Jae-in. The North Korean leader smiled, and the South Korean president waved.';
  assert.deepEqual(kinds(text, 'Kim Jong Un'), ['Kim Jong Un/name', 'The North Korean leader/title']);
  assert.deepEqual(kinds(text, 'Moon Jae-in'), ['Moon Jae-in/name', 'the South Korean president/title']);
  assert.deepEqual(kinds('U.S. special representative Stephen Biegun landed. The U.S. envoy met aides.', 'Stephen Biegun'),
    ['Stephen Biegun/name', 'The U.S. envoy/title']);
});

test('"the two" joins the two persons just named; "the two countries" the two countries', () => {
  const es = entitiesOf(ctx, 'Indian Prime Minister Narendra Modi will host Chinese President Xi Jinping. The two will tour a temple. Ties between the two countries have warmed.');
  const modi = byName(es, 'Narendra Modi')!;
  const xi = byName(es, 'Xi Jinping')!;
  const pair = es.find((e) => e.type === 'GROUP' && e.members?.includes(modi.id));
  assert.deepEqual(pair?.members, [modi.id, xi.id]);
  assert.deepEqual(mentionTexts(pair ?? null), ['The two']);
  const countries = es.find((e) => e.type === 'GROUP' && e.mentions.some((m) => m.text === 'the two countries'));
  assert.deepEqual(countries?.members?.map((id) => es.find((e) => e.id === id)?.country), ['IND', 'CHN']);
});

test('sentence-initial he/she joins the single person subject of the previous sentence', () => {
  const text = 'German Chancellor Angela Merkel flew to Paris on Monday. She’s expected to meet the French president.';
  assert.deepEqual(kinds(text, 'Angela Merkel'), ['Angela Merkel/name', 'She/pronoun']);
});

test('false positives: pronouns with two candidate subjects, or none, stay unresolved', () => {
  // Case: two men in the previous sentence, so "He" has two candidates (rule pronoun-one-candidate).
  const es = entitiesOf(ctx, 'Olaf Scholz and Emmanuel Macron met. He left early.');
  assert.ok(es.every((e) => e.mentions.every((m) => m.kind !== 'pronoun')));
  const none = entitiesOf(ctx, 'The talks ended. He left early.');
  assert.deepEqual(none, []);
});

test('"the <Surname> government" is an alias mention of the person', () => {
  assert.deepEqual(kinds('Kim Jong Un spoke. Aid reached the Kim government via Beijing.', 'Kim Jong Un'), ['Kim Jong Un/name', 'the Kim government/alias']);
});

test('"the North" after a divided country is named joins the other half', () => {
  const es = entitiesOf(ctx, 'Talks between South Korea and the North resumed.');
  assert.deepEqual(es.find((e) => e.country === 'PRK')?.mentions.map((m) => `${m.text}/${m.kind}`), ['the North/alias']);
  assert.deepEqual(entitiesOf(ctx, 'They headed to the North by train.'), []);
});
