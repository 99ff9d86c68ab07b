/** Rule sentence-max-length: run-on "sentences" are cut so no stage sees one longer than MAX_SENTENCE_TOKENS. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { capLength, MAX_SENTENCE_TOKENS, segment } from './sentences.js';

const toks = (words: string[]): { text: string }[] => words.map((text) => ({ text }));

test('capLength: short ranges unchanged; long ones cut at a comma in the second half, else at the limit', () => {
  assert.deepEqual(capLength(toks(['a', 'b']), [[0, 2]]), [[0, 2]]);
  const plain = toks(Array.from({ length: 2 * MAX_SENTENCE_TOKENS + 10 }, () => 'w'));
  assert.deepEqual(capLength(plain, [[0, plain.length]]), [[0, MAX_SENTENCE_TOKENS], [MAX_SENTENCE_TOKENS, 2 * MAX_SENTENCE_TOKENS], [2 * MAX_SENTENCE_TOKENS, plain.length]]);
  const withComma = plain.map((t, i) => (i === 350 ? { text: ',' } : t));
  assert.deepEqual(capLength(withComma, [[0, 500]])[0], [0, 351], 'the cut follows the comma');
});

test('a run-on text of thousands of words becomes sentences of at most MAX_SENTENCE_TOKENS tokens', () => {
  const text = `Officials met ${Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'and talks went on' : 'today')).join(' ')}.`;
  const { sentences, tokens } = segment(newCtx(), text);
  assert.ok(sentences.length >= 3);
  const perSentence = new Map<number, number>();
  for (const t of tokens) perSentence.set(t.sentence, (perSentence.get(t.sentence) ?? 0) + 1);
  assert.ok([...perSentence.values()].every((n) => n <= MAX_SENTENCE_TOKENS));
  assert.equal(sentences[0]!.start, 0);
  assert.equal(sentences.at(-1)!.end, text.length);
});
