import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { nerTagger, nerSpans, tokenize, hasNerModel } from './index.js';
import { fromIob, toIob, spansOf, ALLOWED, NTAGS } from './tags.js';
import { feat, fnv } from './hash.js';

const ctx = newCtx();
const noModel = !hasNerModel() && 'needs models/ner (npm run train:ner)';

/** Entities of raw text as `[text, type]` pairs. */
function ents(text: string): [string, string][] {
  const sents = tokenize(text);
  return nerSpans(nerTagger(ctx), sents).map((s) => [sents[s.sentence].slice(s.start, s.end).join(' '), s.type]);
}
const only = (text: string, types = ['PER', 'ORG', 'LOC']): [string, string][] => ents(text).filter(([, t]) => types.includes(t));

test('BILOU from IOB2 and IOB1, back to IOB2, and spans', () => {
  const t = fromIob(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'O']);
  assert.deepEqual(toIob(t), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG', 'O']);
  assert.deepEqual(spansOf(t).map((s) => [s.start, s.end, s.type]), [[0, 2, 'PER'], [3, 4, 'LOC'], [4, 5, 'LOC'], [5, 6, 'ORG']]);
  assert.deepEqual(toIob(fromIob(['I-ORG', 'I-ORG', 'I-MISC'])), ['B-ORG', 'I-ORG', 'B-MISC']);
});

test('BILOU constraints: an open entity must continue, a closed one may not', () => {
  const B_PER = 1, I_PER = 2, L_PER = 3, U_PER = 4, B_ORG = 5;
  assert.equal(ALLOWED[B_PER * NTAGS + L_PER], 1);
  assert.equal(ALLOWED[B_PER * NTAGS + 0], 0);
  assert.equal(ALLOWED[I_PER * NTAGS + B_ORG], 0);
  assert.equal(ALLOWED[U_PER * NTAGS + B_ORG], 1);
  assert.equal(ALLOWED[0 * NTAGS + I_PER], 0);
});

test('feature keys are deterministic and never 0', () => {
  assert.equal(fnv('a'), 0xe40c292c);
  assert.equal(feat(3, fnv('x')), feat(3, fnv('x')));
  assert.notEqual(feat(3, fnv('x')), feat(4, fnv('x')));
  for (let i = 0; i < 1000; i++) assert.notEqual(feat(i, i * 7), 0);
});

test('tokenize splits punctuation and clitics, keeps abbreviations, splits sentences', () => {
  assert.deepEqual(tokenize("The U.S. envoy didn't visit Kenya's capital. Talks resumed."), [
    ['The', 'U.S.', 'envoy', 'did', "n't", 'visit', 'Kenya', "'s", 'capital', '.'], ['Talks', 'resumed', '.']]);
});

test('persons, organizations and places in plain sentences', { skip: noModel }, () => {
  assert.deepEqual(only('Angela Merkel met executives of Siemens in Munich on Tuesday.'), [['Angela Merkel', 'PER'], ['Siemens', 'ORG'], ['Munich', 'LOC']]);
  assert.deepEqual(only('Emmanuel Macron flew to Nairobi, where Kenya Airways announced new routes.'), [['Emmanuel Macron', 'PER'], ['Nairobi', 'LOC'], ['Kenya Airways', 'ORG']]);
});

test('a surname later in the document keeps the person type', { skip: noModel }, () => {
  const r = only('Jacinda Ardern spoke in Wellington on Monday. Ardern said the plan would go ahead.');
  assert.deepEqual(r, [['Jacinda Ardern', 'PER'], ['Wellington', 'LOC'], ['Ardern', 'PER']]);
});

test('false positives: capitalized common words, "may" the verb, months, headline caps', { skip: noModel }, () => {
  assert.deepEqual(only('Officials said prices may rise again in May.'), []);
  assert.deepEqual(only('However, analysts expect the decision in March or April.'), []);
  assert.deepEqual(only('Yesterday the committee delayed the vote until next week.'), []);
  assert.deepEqual(only('STOCKS FALL AS TRADERS WAIT FOR RATE DECISION .'), []);
});
