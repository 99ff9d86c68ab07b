/**
 * Time expressions (issue 4 item 7) with a fixed publication date, Tuesday 2019-04-16: every
 * relative form resolves to a day range with a granularity and an approximate flag, event-relative
 * counts anchor on the event's time, and a false-positive list yields no time at all. Our own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';
import { testSentences } from './testing.js';
import type { TimeExpr } from '../../doc.js';

const PUB = '2019-04-16';
const sentences = testSentences;
const times = (text: string): TimeExpr[] => findTimes(text, sentences(text), PUB).times;
/** [text, from, to, granularity, approximate, anchor] of each time expression. */
const rows = (text: string): (string | boolean | null)[][] => times(text).map((t) => [t.text, t.from, t.to, t.granularity, t.approximate, t.anchor]);

test('explicit dates, weekdays and "on Monday"', () => {
  assert.deepEqual(rows('The accord was signed on 4 March 2019.'), [['on 4 March 2019', '2019-03-04', '2019-03-04', 'day', false, 'explicit']]);
  assert.deepEqual(rows('The envoys met on Monday.'), [['Monday', '2019-04-15', '2019-04-15', 'day', false, 'published']]);
  assert.deepEqual(rows('The envoys will meet on Monday.'), [['Monday', '2019-04-22', '2019-04-22', 'day', false, 'published']]);
  assert.deepEqual(rows('Monday’s deal ended the strike.'), [['Monday', '2019-04-15', '2019-04-15', 'day', false, 'published']]);
});

test('this/next/last week|month|year and parts of the current period', () => {
  assert.deepEqual(rows('Talks resume next week.'), [['next week', '2019-04-22', '2019-04-28', 'week', false, 'published']]);
  assert.deepEqual(rows('The envoy flew home last month.'), [['last month', '2019-03-01', '2019-03-31', 'month', false, 'published']]);
  assert.deepEqual(rows('Exports rose this year.'), [['this year', '2019-01-01', '2019-12-31', 'year', false, 'published']]);
  assert.deepEqual(rows('A vote is planned later this month.'), [['later this month', '2019-04-17', '2019-04-30', 'month', false, 'published']]);
  assert.deepEqual(rows('Prices jumped earlier this year.'), [['earlier this year', '2019-01-01', '2019-04-15', 'year', false, 'published']]);
});

test('counts: ago, earlier, later, with hedges (about, around, some) as approximate', () => {
  assert.deepEqual(rows('The ceasefire collapsed three days ago.'), [['three days ago', '2019-04-13', '2019-04-13', 'day', false, 'published']]);
  assert.deepEqual(rows('The talks began around two weeks ago.'), [['around two weeks ago', '2019-04-01', '2019-04-07', 'week', true, 'published']]);
  assert.deepEqual(rows('The treaty lapsed some two months ago.')[0].slice(1), ['2019-02-01', '2019-02-28', 'month', true, 'published']);
});

test('counts after another event anchor on that event\'s time', () => {
  const ts = times('The summit in Hanoi ended on Feb. 28. Six weeks after the summit, the envoys met again.');
  const rel = ts.find((t) => t.text === 'Six weeks after') ?? assert.fail('no count');
  assert.deepEqual([rel.from, rel.to, rel.anchor, rel.anchorRef, rel.granularity], ['2019-04-08', '2019-04-14', 'event', ts[0].id, 'week']);
  const later = times('Rebels took the port on Friday. Two days later the navy arrived.');
  assert.deepEqual(later.map((t) => [t.text, t.from, t.anchor]), [['Friday', '2019-04-12', 'published'], ['Two days later', '2019-04-14', 'event']]);
});

test('windows and seasons (rules within-window, coming-window, season)', () => {
  assert.deepEqual(rows('Talks will resume within two weeks.'), [['within two weeks', '2019-04-16', '2019-04-30', 'week', false, 'published']]);
  assert.deepEqual(rows('A deal is expected in the coming weeks.'), [['in the coming weeks', '2019-04-17', '2019-05-14', 'week', true, 'published']]);
  assert.deepEqual(rows('They first met in the spring of 2018.'), [['the spring of 2018', '2018-03-01', '2018-05-31', 'month', true, 'explicit']]);
  assert.deepEqual(rows('Gas prices soared last winter.'), [['last winter', '2018-12-01', '2019-02-28', 'month', true, 'published']]);
  assert.deepEqual(rows('The vote is due this autumn.')[0].slice(1, 3), ['2019-09-01', '2019-11-30']);
});

test('false positives: named days, verbs, nouns, durations used as modifiers and names yield no time', () => {
  const NOTHING = [
    'The envoys shook hands for the first time ever.',
    'The ministers finished earlier than planned.',
    'Officials may meet to settle the dispute.',
    'Farmers joined a protest march to the capital.',
    'The Sunday Times ran the leak on its front page.',
    'Black Friday sales beat every forecast.',
    'Cyber Monday traffic crashed the site.',
    'The Good Friday Agreement ended decades of violence.',
    'A 24-hour news cycle rewards speed over care.',
    'The Six-Day War redrew the map of the region.',
    'The Hundred Years’ War shaped both crowns.',
    'He sent a 10-day ultimatum to the rebels.',
    'The two-week truce held along the border.',
    'A five-year plan was adopted by the congress.',
    'The May 4 Movement reshaped Chinese politics.',
    'The Arab Spring toppled four governments.',
    'A deal is expected within 30 days of the vote.',
  ];
  for (const s of NOTHING) assert.deepEqual(times(s).map((t) => t.text), [], s);
});

test('rule range-in-years: a range reaching past the years 1000-2999 stays unresolved; inside them it resolves', () => {
  const low = findTimes('They met last year and again yesterday, and will meet next week.', [], '1000-01-01').times;
  assert.deepEqual(low.map((t) => [t.text, t.from]), [['last year', null], ['yesterday', null], ['next week', '1000-01-06']]);
  const high = findTimes('Talks resume tomorrow and end next year; they began last week.', [], '2999-12-31').times;
  assert.deepEqual(high.map((t) => [t.text, t.from, t.to]), [['tomorrow', null, null], ['next year', null, null], ['last week', '2999-12-23', '2999-12-29']]);
  assert.ok(high[0]?.rule?.endsWith('+range-in-years'));
});
