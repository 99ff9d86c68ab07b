import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNumberToken, sentenceLayout } from './layout.js';

test('number tokens: digits, signed numbers, scores and times; not words or ordinal words', () => {
  for (const w of ['3', '12.5', '+4', '-0.2', '2-1', '10:30', '1,200']) assert.ok(isNumberToken(w), w);
  for (const w of ['three', 'Q3', '+', '-', '.', 'Paris', '']) assert.ok(!isNumberToken(w), w);
});

test('sentence layout: results lines are tables, prose with numbers is numeric prose, plain prose is 0', () => {
  assert.equal(sentenceLayout(['Lyon', '2', 'Nantes', '1']), 1);
  assert.equal(sentenceLayout(['Ajax', '14', '9', '3', '2', '30']), 1);
  assert.equal(sentenceLayout(['Shares', 'rose', '3', 'percent', 'to', '41.5', '.']), 2);
  assert.equal(sentenceLayout(['Merkel', 'met', 'Macron', 'in', 'Berlin', '.']), 0);
});

test('sentence layout false positives: one number or none is never a table', () => {
  assert.equal(sentenceLayout(['Lyon', '2']), 0);
  assert.equal(sentenceLayout(['BERLIN', '1996-08-22']), 0);
  assert.equal(sentenceLayout([]), 0);
});
