import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';
import { testSentences } from './testing.js';
import type { TimeExpr } from '../../doc.js';

const PUB = '2019-04-16';
const sentences = testSentences;
const times = (text: string, pub: string | null = PUB): TimeExpr[] => findTimes(text, sentences(text), pub).times;
const byText = (ts: TimeExpr[], s: string): TimeExpr => ts.find((t) => t.text === s) ?? assert.fail(`no timex "${s}" in ${JSON.stringify(ts.map((t) => t.text))}`);

test('subject rule: "The visit comes N weeks after B" dates B from the earlier-dated visit', () => {
  const text = 'Jacinda Ardern will visit Beijing next week. The visit comes roughly three weeks after a trade row between the two erupted.';
  const ts = times(text);
  const nextWeek = byText(ts, 'next week');
  const rel = byText(ts, 'roughly three weeks after');
  assert.deepEqual([rel.anchor, rel.anchorRef, rel.from, rel.to, rel.approximate, rel.granularity],
    ['event', nextWeek.id, '2019-04-01', '2019-04-07', true, 'week']);
  assert.equal(rel.rule, 'count-relative/count-event-subject');
});

test('subject rule with "before" moves forward, and skips sentences without a dated mention', () => {
  const text = 'The two leaders met on March 4, 2019. Nobody said where they met. The meeting was two days before the vote on tariffs.';
  const ts = times(text);
  const rel = byText(ts, 'two days before');
  assert.deepEqual([rel.anchor, rel.anchorRef, rel.from, rel.to, rel.approximate, rel.granularity],
    ['event', 't1', '2019-03-06', '2019-03-06', false, 'day']);
});

test('object rule: "N days after <earlier-dated event>" dates the main clause', () => {
  const text = 'The referendum took place on June 23, 2016. Four days after the referendum, the prime minister resigned.';
  const rel = byText(times(text), 'Four days after');
  assert.deepEqual([rel.anchor, rel.anchorRef, rel.from, rel.rule], ['event', 't1', '2016-06-27', 'count-relative/count-event-object']);
});

test('narrative rule: "N days later" counts from the previous dated expression', () => {
  const text = 'Rebels seized the town on May 2, 2018. Three days later they withdrew.';
  const rel = byText(times(text), 'Three days later');
  assert.deepEqual([rel.anchor, rel.anchorRef, rel.from], ['event', 't1', '2018-05-05']);
});

test('without an antecedent event a count is anchored to the publication date', () => {
  const text = 'The ceasefire comes about six weeks after heavy shelling began.';
  const rel = byText(times(text), 'about six weeks after');
  assert.deepEqual([rel.anchor, rel.anchorRef, rel.from, rel.to, rel.approximate], ['published', null, '2019-03-04', '2019-03-10', true]);
  const unrelated = 'Talks open next week. The ceasefire comes about six weeks after heavy shelling began.';
  assert.equal(byText(times(unrelated), 'about six weeks after').anchor, 'published');
});

test('event anchoring works without a publication date when the antecedent is written out', () => {
  const text = 'The summit opened on 12 June 2018. The meeting came a year after a missile test.';
  const r = findTimes(text, sentences(text), null);
  const rel = byText(r.times, 'a year after');
  assert.deepEqual([rel.anchor, rel.from, rel.to], ['event', '2017-01-01', '2017-12-31']);
  assert.equal(r.warning, null);
});
