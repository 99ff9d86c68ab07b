import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateBlocks, detect } from './detect.js';

const FILL = 'The delegates talked for hours about trade, ports and security.';
const ARTICLE = [
  ...Array(4).fill(FILL),
  'The ministers signed the accord on March 3, 2021, after two days of meetings.',
  ...Array(6).fill(FILL),
  'A follow-up round is set for 2021-06-14 in Nairobi.',
].join('\n\n');

test('dateBlocks: windows of blank-line blocks around each block with a month name or an all-digit date, two blocks each side', () => {
  const blocks = dateBlocks(ARTICLE);
  assert.equal(blocks.length, 2);
  for (const b of blocks) assert.equal(ARTICLE.slice(b.start, b.start + b.text.length), b.text);
  assert.equal(blocks[0]!.text.split('\n\n').length, 5, 'the cue block and two on each side');
  assert.match(blocks[0]!.text, /March 3, 2021/);
  assert.equal(blocks[1]!.text.split('\n\n').length, 3, 'the last block and two before it');
  assert.deepEqual(dateBlocks(''), []);
  assert.deepEqual(dateBlocks(Array(9).fill(FILL).join('\n\n')), [], 'no cue, nothing for chrono');
  // Windows that touch are read as one.
  assert.equal(dateBlocks(['May 1', FILL, FILL, FILL, 'June 2'].join('\n\n')).length, 1);
});

test('detect: dates in later blocks keep their offsets in the whole text', () => {
  const found = detect(ARTICLE, null).filter((c) => c.rule === 'chrono-date');
  assert.deepEqual(found.map((c) => c.text), ['March 3, 2021', '2021-06-14']);
  for (const c of found) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
});

test('detect: a written date cut by a blank line (a <br> or a line break inside a paragraph) is read whole', () => {
  for (const [inner, y, m, d, end] of [
    ['signed on 5 May\n\n2019 in Moscow', 2019, 5, 5, null],
    ['held on May\n\n5, 2021 in Geneva', 2021, 5, 5, null],
    ['held from May 5\n\nto May 7, 2021 in Oslo', 2021, 5, 5, { y: 2021, m: 5, d: 7 }],
  ] as const) {
    const text = [FILL, FILL, FILL, `The accord was ${inner}.`, FILL, FILL, FILL].join('\n\n');
    const dates = detect(text, 18_000).filter((c) => c.rule === 'chrono-date');
    assert.equal(dates.length, 1, inner);
    assert.deepEqual(dates[0]!.spec, { kind: 'date', y, m, d, end }, inner);
    assert.equal(text.slice(dates[0]!.start, dates[0]!.end), dates[0]!.text);
  }
});
