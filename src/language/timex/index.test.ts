import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { findTimes, timexStage } from './index.js';
import { newDoc } from '../../doc.js';
import { newCtx } from '../../context.js';
import type { TimeExpr } from '../../doc.js';

const PUB = '2019-04-16'; // a Tuesday
const all = (text: string, pub: string | null = PUB): TimeExpr[] => findTimes(text, [], pub).times;
function only(text: string, pub: string | null = PUB): TimeExpr {
  const ts = all(text, pub);
  assert.equal(ts.length, 1, `expected one timex in ${JSON.stringify(text)}, got ${JSON.stringify(ts.map((t) => t.text))}`);
  return ts[0]!;
}
const range = (t: TimeExpr): string => `${t.from}..${t.to}`;

test('written dates are explicit day ranges', () => {
  for (const s of ['The treaty was signed on April 16, 2019 in Geneva.', 'The treaty was signed on 16 April 2019.', 'Filed 2019-04-16 by the clerk.']) {
    const t = only(s);
    assert.equal(range(t), '2019-04-16..2019-04-16', s);
    assert.equal(t.anchor, 'explicit');
    assert.equal(t.granularity, 'day');
  }
  assert.equal(range(only('Hearings ran March 3-5, 2018 in Ottawa.')), '2018-03-03..2018-03-05');
});

test('month-year, year and decade expressions', () => {
  const m = only('Parliament dissolved in April 2019 after a long fight.');
  assert.deepEqual([m.text, range(m), m.granularity, m.anchor], ['April 2019', '2019-04-01..2019-04-30', 'month', 'explicit']);
  const y = only('The dam was finished in 2015.');
  assert.deepEqual([y.text, range(y), y.granularity], ['2015', '2015-01-01..2015-12-31', 'year']);
  const late = only('Elections are due in late 2020.');
  assert.equal(late.approximate, true);
  assert.equal(range(late), '2020-09-01..2020-12-31');
  assert.equal(only('Fighting flared in early May.').from, '2018-05-01'); // past tense: the May before publication
  const early = only('Elections will be held in early May.');
  assert.deepEqual([early.text, range(early), early.approximate], ['early May', '2019-05-01..2019-05-10', true]);
  assert.equal(range(only('Troops left in the early 2000s.')), '2000-01-01..2003-12-31');
  const dec = only('Relations froze in the 1990s.');
  assert.deepEqual([range(dec), dec.granularity], ['1990-01-01..1999-12-31', 'year']);
});

test('yearless dates take the sensible year near publication', () => {
  assert.equal(range(only('Emmanuel Macron met the union leaders on March 3.')), '2019-03-03..2019-03-03');
  assert.equal(range(only('The court will rule on June 2.')), '2019-06-02..2019-06-02');
  assert.equal(range(only('Voters went to the polls in December.')), '2018-12-01..2018-12-31');
  assert.equal(range(only('The talks will resume in December.')), '2019-12-01..2019-12-31');
  assert.equal(range(only('Exports fell last March.')), '2019-03-01..2019-03-31');
  assert.equal(range(only('Exports fell last March.', '2019-03-10')), '2018-03-01..2018-03-31');
});

test('weekdays follow tense: past -> previous, future -> following, none -> most recent', () => {
  const past = only('Angela Merkel spoke with the farmers on Friday.');
  assert.deepEqual([range(past), past.rule], ['2019-04-12..2019-04-12', 'weekday/weekday-past']);
  assert.equal(range(only('Angela Merkel will speak with the farmers on Friday.')), '2019-04-19..2019-04-19');
  assert.equal(range(only('The ministers are to gather on Monday.')), '2019-04-22..2019-04-22');
  assert.equal(range(only('The new sedan was unveiled Sunday night ahead of the motor show.')), '2019-04-14..2019-04-14');
  const dflt = only('Strikes across the capital on Sunday.');
  assert.deepEqual([range(dflt), dflt.rule], ['2019-04-14..2019-04-14', 'weekday/weekday-default-past']);
  assert.equal(range(only('The board is to vote on Tuesday.')), '2019-04-16..2019-04-16');
  assert.equal(range(only('They signed it last Tuesday.')), '2019-04-09..2019-04-09');
  assert.equal(range(only('They sign it next Tuesday.')), '2019-04-23..2019-04-23');
  // Case: examples/ministers-page.html — "travels to <city> on Friday" is a fixed arrangement, not last Friday.
  assert.equal(range(only('The Chilean envoy travels to Lima on Friday to prepare the talks.')), '2019-04-19..2019-04-19');
  assert.equal(range(only('The defence minister arrives in Oslo on Thursday.')), '2019-04-18..2019-04-18');
});

test('calendar periods relative to the publication date', () => {
  const cases: [string, string, string][] = [
    ['Envoys arrive next week.', '2019-04-22..2019-04-28', 'week'],
    ['Envoys arrived this week.', '2019-04-15..2019-04-21', 'week'],
    ['Envoys arrived last week.', '2019-04-08..2019-04-14', 'week'],
    ['Prices rose last month.', '2019-03-01..2019-03-31', 'month'],
    ['Prices may rise next month.', '2019-05-01..2019-05-31', 'month'],
    ['Prices rose this year.', '2019-01-01..2019-12-31', 'year'],
    ['Prices fell last year.', '2018-01-01..2018-12-31', 'year'],
    ['A vote is planned for next year.', '2020-01-01..2020-12-31', 'year'],
    ['A ruling is expected later this month.', '2019-04-17..2019-04-30', 'month'],
    ['A ruling came earlier this month.', '2019-04-01..2019-04-15', 'month'],
    ['A ruling came earlier this year.', '2019-01-01..2019-04-15', 'year'],
    ['Crowds gathered this weekend.', '2019-04-20..2019-04-21', 'day'],
    ['Shares slid over the past two weeks.', '2019-04-03..2019-04-16', 'week'],
  ];
  for (const [s, want, g] of cases) {
    const t = only(s);
    assert.deepEqual([range(t), t.granularity, t.anchor], [want, g, 'published'], s);
  }
});

test('today, yesterday, tomorrow, tonight', () => {
  assert.equal(range(only('The ministry said today that talks resume.')), '2019-04-16..2019-04-16');
  assert.equal(range(only('Protesters left yesterday.')), '2019-04-15..2019-04-15');
  assert.equal(range(only('The result is due tomorrow.')), '2019-04-17..2019-04-17');
  assert.equal(range(only('Justin Trudeau speaks tonight.')), '2019-04-16..2019-04-16');
});

test('counts from publication, digits and words, hedges make them approximate', () => {
  const ago = only('The border closed three days ago.');
  assert.deepEqual([range(ago), ago.granularity, ago.approximate, ago.anchor], ['2019-04-13..2019-04-13', 'day', false, 'published']);
  const weeks = only('The border closed about 2 weeks ago.');
  assert.deepEqual([range(weeks), weeks.granularity, weeks.approximate], ['2019-04-01..2019-04-07', 'week', true]);
  const months = only('The border closed nearly five months ago.');
  assert.deepEqual([range(months), months.granularity, months.approximate], ['2018-11-01..2018-11-30', 'month', true]);
  const some = only('Some ten years ago the mine opened.');
  assert.deepEqual([some.text, range(some), some.approximate], ['Some ten years ago', '2009-01-01..2009-12-31', true]);
  assert.equal(only('A year ago the mine opened.').from, '2018-01-01');
});

test('no publication date: relative expressions stay null with anchor none, written dates resolve, one W001', () => {
  const r = findTimes('Envoys arrive next week. They left two days ago. The pact of May 2, 2018 stands.', [], null);
  assert.equal(r.times.length, 3);
  for (const t of r.times.slice(0, 2)) assert.deepEqual([t.from, t.to, t.anchor], [null, null, 'none']);
  assert.deepEqual([r.times[2]!.from, r.times[2]!.anchor], ['2018-05-02', 'explicit']);
  assert.equal(r.warning?.code, 'W001');
  assert.equal(findTimes('The pact of May 2, 2018 stands.', [], null).warning, null);
  const yearless = only('On April 20 the border reopened.', null);
  assert.deepEqual([yearless.from, yearless.anchor], [null, 'none']); // chrono's guessed year is never used
});

test('no code in the stage reads the clock', () => {
  const dir = new URL('./', import.meta.url);
  const files = ['index.ts', 'detect.ts', 'resolve.ts', 'anchor.ts', 'tense.ts', 'dates.ts'];
  for (const f of files) {
    const src = readFileSync(new URL(f, dir), 'utf8');
    assert.doesNotMatch(src, /Date\.now\s*\(|new Date\(\s*\)|performance\.now/, f);
  }
});

test('timexStage writes times, ids in order, and exactly one W001 when unanchored', async () => {
  const doc = newDoc({ path: null, url: null, id: null, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: null }, '');
  doc.article.text = 'Talks start next week. More talks follow next month.';
  const out = await timexStage.run(doc, newCtx());
  assert.deepEqual(out.times.map((t) => t.id), ['t1', 't2']);
  assert.deepEqual(out.warnings.map((w) => w.code), ['W001']);
  doc.article.published = '2019-04-16T08:00:00Z';
  const anchored = await timexStage.run(doc, newCtx());
  assert.equal(anchored.times[0]!.from, '2019-04-22');
  assert.equal(anchored.warnings.length, 0);
  doc.article.published = null;
  const viaOption = await timexStage.run(doc, newCtx({ published: '2019-04-16' }));
  assert.equal(viaOption.times[1]!.from, '2019-05-01');
});

test('a tense cue far from the expression does not govern it (rule tense-window)', () => {
  // Case (performance review): tense was looked up over the whole sentence for every expression,
  // quadratic on very long sentences; only nearby cues can govern a time adjunct.
  const filler = ' and the talks covered fishing, ports, customs, rail links, energy prices and visas'.repeat(4);
  const r = findTimes(`The delegates will arrive on Friday${filler}, as was agreed.`, [], '2019-04-16');
  assert.equal(r.times[0]?.from, '2019-04-19');
});
