import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateBlocks, detect } from './detect.js';

const ARTICLE = [
  'Delegates from Kenya and Ghana arrived in Accra for the trade talks.',
  'The ministers signed the accord on March 3, 2021, after two days of meetings.',
  'Nothing in this paragraph names a day of the calendar at all.',
  'A follow-up round is set for 2021-06-14 in Nairobi.',
].join('\n\n');

test('dateBlocks: only the blank-line blocks with a month name or an all-digit date, with their offsets', () => {
  const blocks = dateBlocks(ARTICLE);
  assert.deepEqual(blocks.map((b) => b.text.slice(0, 16)), ['The ministers si', 'A follow-up roun']);
  for (const b of blocks) assert.equal(ARTICLE.slice(b.start, b.start + b.text.length), b.text);
  assert.deepEqual(dateBlocks(''), []);
  assert.deepEqual(dateBlocks('May they meet again.').length, 1, '"May" is a month name to the cue: a superset is fine');
});

test('detect: dates found in later blocks keep their offsets in the whole text', () => {
  const found = detect(ARTICLE, null).filter((c) => c.rule === 'chrono-date');
  assert.deepEqual(found.map((c) => c.text), ['March 3, 2021', '2021-06-14']);
  for (const c of found) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
});
