import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findTimes } from './index.js';
import { TimeSchema } from '../../doc.js';

/** Fragments that mix time expressions, near-misses and filler. */
const FRAGMENTS = [
  'next week', 'this week', 'last month', 'later this year', 'earlier this month', 'on Monday', 'last Friday',
  'about six weeks after the summit', 'two days before the vote', 'three years ago', 'a week later',
  'April 16, 2019', '16 April 2019', '2019-04-16', 'in April 2019', 'in May', 'in 2015', 'in the 1980s',
  'yesterday', 'tomorrow', 'tonight', 'the past two weeks', 'early March', 'March 3-5, 2018',
  'for the first time ever', 'much earlier than planned', 'Officials may meet', 'a protest march', 'the Sunday Times',
  'The meeting comes', 'Leaders will meet', 'They met', '300 troops', 'the 2019 Act', 'and', ',', '.', ' ',
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((xs) => xs.join(' '));
const pubArb = fc.option(fc.integer({ min: 0, max: 60 * 365 }).map((d) => new Date(Date.UTC(1990, 0, 1 + d)).toISOString().slice(0, 10)), { nil: null });

test('every time has from <= to, slices to its text, and fits the schema', () => {
  fc.assert(fc.property(textArb, pubArb, (text, pub) => {
    const { times } = findTimes(text, [], pub);
    let last = -1;
    for (const t of times) {
      TimeSchema.parse(t);
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.start >= last, 'sorted, non-overlapping');
      last = t.end;
      assert.equal(t.from === null, t.to === null);
      if (t.from !== null) assert.ok(t.from <= t.to!, `${t.text}: ${t.from} > ${t.to}`);
      if (pub === null && t.anchor === 'published') assert.fail('published anchor without a publication date');
      if (t.anchor === 'event') assert.ok(times.some((o) => o.id === t.anchorRef && o.start < t.start));
    }
  }), { numRuns: 400 });
});
