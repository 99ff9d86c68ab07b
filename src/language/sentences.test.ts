import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { segment, joinsAcross } from './sentences.js';

const ctx = newCtx();
const sents = (text: string, paras: { start: number; end: number }[] = []): string[] =>
  segment(ctx, text, paras).sentences.map((s) => text.slice(s.start, s.end));

test('abbreviations, initialisms and initials do not end sentences', () => {
  const text = 'Mr. Novak met Dr. A. Rivera at the U.N. office on Jan. 9 in Geneva. Gen. Park then flew home.';
  assert.deepEqual(sents(text), [
    'Mr. Novak met Dr. A. Rivera at the U.N. office on Jan. 9 in Geneva.',
    'Gen. Park then flew home.',
  ]);
});

test('a U.S. initialism before a title stays inside the sentence; at a real end it splits', () => {
  assert.deepEqual(sents('The U.S. Treasury imposed new curbs. Aid then flowed to the U.S. They objected.'), [
    'The U.S. Treasury imposed new curbs.', 'Aid then flowed to the U.S.', 'They objected.',
  ]);
});

test('paragraph boundaries are sentence boundaries even without final punctuation', () => {
  const text = 'A heading without a period\n\nThe body starts here. It goes on.';
  assert.deepEqual(sents(text, [{ start: 0, end: 26 }, { start: 28, end: text.length }]), [
    'A heading without a period', 'The body starts here.', 'It goes on.',
  ]);
});

test('token spans are exact slices of the text, with curly quotes and contractions', () => {
  const text = '“We can’t wait,” she said.\n\nIt’s the Putin-Xi meeting — finally; isn\'t it?';
  const { tokens, sentences } = segment(ctx, text);
  assert.ok(tokens.length > 15);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const t of tokens) assert.ok(t.start >= sentences[t.sentence].start && t.end <= sentences[t.sentence].end);
  assert.ok(tokens.some((t) => t.text === 'Putin' && t.pos === 'PROPN'));
});

test('boundary repair table: false positives (real sentence ends) are kept', () => {
  assert.equal(joinsAcross('Mr.', 'Lee'), true);
  assert.equal(joinsAcross('J.', 'Smith'), true);
  assert.equal(joinsAcross('Jan.', '5'), true);
  assert.equal(joinsAcross('U.S.', 'officials'), true);
  for (const [a, b] of [['U.S.', 'He'], ['.', 'The'], ['Jan.', 'The'], ['home', 'She']]) assert.equal(joinsAcross(a, b), false, `${a} ${b}`);
});
