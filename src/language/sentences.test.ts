import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { segment, joinsAcross, LONG_RUN_MASK, maskLongRuns } from './sentences.js';

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

/** Every token is an exact slice of `text` and lies inside its sentence; tokens are in order. */
function assertExact(text: string, seg: ReturnType<typeof segment>): void {
  let last = 0;
  for (const t of seg.tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last, 'tokens in text order');
    last = t.end;
    const s = seg.sentences[t.sentence];
    assert.ok(t.start >= s.start && t.end <= s.end);
  }
}

test('long-run-mask: a 200,000-character word becomes one exact token between its neighbours', () => {
  const word = 'q'.repeat(200_000);
  const text = `The envoy typed ${word} and left. Talks resumed on Friday.`;
  const seg = segment(ctx, text);
  assertExact(text, seg);
  const long = seg.tokens.filter((t) => t.end - t.start > LONG_RUN_MASK.value);
  assert.equal(long.length, 1);
  assert.equal(long[0].start, 'The envoy typed '.length);
  assert.equal(long[0].end, long[0].start + word.length);
  assert.deepEqual(seg.tokens.map((t) => t.text).filter((w) => w.length < 20), ['The', 'envoy', 'typed', 'and', 'left', '.', 'Talks', 'resumed', 'on', 'Friday', '.']);
  assert.deepEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), [`The envoy typed ${word} and left.`, 'Talks resumed on Friday.']);
});

test('long-run-mask: a long run with a final period still ends its sentence; a paragraph of one huge word is one sentence', () => {
  const run = 'https://example.org/' + 'x/'.repeat(60) + 'story';
  const text = `Read it at ${run}. The minister then resigned.`;
  const seg = segment(ctx, text);
  assertExact(text, seg);
  assert.ok(seg.tokens.some((t) => t.text === run));
  assert.deepEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), [`Read it at ${run}.`, 'The minister then resigned.']);
  const huge = 'z'.repeat(300_000);
  const one = segment(ctx, huge);
  assert.deepEqual(one.sentences, [{ start: 0, end: huge.length }]);
  assert.equal(one.tokens.length, 1);
  assert.equal(one.tokens[0].text.length, huge.length);
});

test('long-run-mask: masking keeps the length and touches only runs over the limit (false positives stay)', () => {
  const ok = 'a'.repeat(LONG_RUN_MASK.value);
  const body = `${ok} short words ${'b'.repeat(LONG_RUN_MASK.value + 1)}."`;
  const { masked, runs } = maskLongRuns(body);
  assert.equal(masked.length, body.length);
  assert.ok(masked.startsWith(`${ok} short words ${LONG_RUN_MASK.placeholder} `));
  assert.ok(masked.endsWith(' ."'));
  assert.deepEqual([...runs.values()], [{ start: ok.length + 13, end: ok.length + 13 + LONG_RUN_MASK.value + 1 }]);
  const plain = 'Sanctions on Iran were eased, officials in Vienna said on Monday.';
  assert.deepEqual(maskLongRuns(plain), { masked: plain, runs: new Map() });
});

test('long-run-mask: the limit counts UTF-16 units, so runs of astral characters and runs at the edge are judged like any other', () => {
  const limit = LONG_RUN_MASK.value;
  const atLimit = 'b'.repeat(limit);
  assert.equal(maskLongRuns(`x ${atLimit} y`).runs.size, 0, 'a run of exactly the limit stays');
  assert.equal(maskLongRuns(`x ${atLimit}b y`).runs.size, 1, 'one unit over the limit is masked');
  const astral = '\u{1F600}'.repeat(limit / 2 + 1); // limit + 2 units, limit / 2 + 1 code points
  const { masked, runs } = maskLongRuns(`see ${astral} here`);
  assert.deepEqual([...runs.keys()], [4]);
  assert.equal(masked.length, `see ${astral} here`.length);
  assert.equal(maskLongRuns(`tab\t${atLimit}\u00a0${atLimit}`).runs.size, 0, 'tabs and no-break spaces end runs');
});

test('tokens do not depend on the pages read before: a possessive is split even after the word was seen whole (rule split-possessive)', () => {
  const ctx = newCtx();
  const before = segment(ctx, "Since Rivera's decision to leave, we agreed.", [{ start: 0, end: 44 }]).tokens.map((t) => t.text);
  segment(ctx, "The risk was high in cases such as Rivera's. People waited.", [{ start: 0, end: 58 }]);
  const after = segment(ctx, "Since Rivera's decision to leave, we agreed.", [{ start: 0, end: 44 }]).tokens.map((t) => t.text);
  assert.deepEqual(after, before);
  assert.deepEqual(before.slice(0, 3), ['Since', 'Rivera', "'s"]);
});
