/** Event time: the time expression of the event's own clause, never the publication date (our own sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { codeEvents } from './coder.js';
import { attachNearest, clauseInitial, datesReport, eventTime } from './time.js';
import { buildDoc, CAST, type TimeSpec } from './test-doc.js';

/**
 * `trigger source->target factuality from..to` of every event (published 2024-03-13, a
 * Wednesday). Keyed by trigger, not code, so it holds while rule tables change codes.
 */
function timed(text: string, times: TimeSpec[]): string[] {
  return codeEvents(buildDoc(text, CAST, times), newCtx())
    .map((e) => `${e.trigger.text} ${e.source.code}->${e.target.code} ${e.factuality} ${e.time.from}..${e.time.to}`);
}

test('"met on Tuesday": the event takes its own time expression', () => {
  assert.deepEqual(timed('Putin met Xi on Tuesday.', [['Tuesday', '2024-03-12', '2024-03-12']]),
    ['met RUSGOV->CHNGOV asserted 2024-03-12..2024-03-12']);
});

test('"will visit next week": planned, dated by the whole week', () => {
  assert.deepEqual(timed('Xi will visit France next week.', [['next week', '2024-03-18', '2024-03-24']]),
    ['visit CHNGOV->FRA planned 2024-03-18..2024-03-24']);
  // present tense with a future range is planned by the tense rule alone
  assert.deepEqual(timed('Xi visits France next week.', [['next week', '2024-03-18', '2024-03-24']]),
    ['visits CHNGOV->FRA planned 2024-03-18..2024-03-24']);
});

test('"the summit six weeks ago": a nominal event takes the time after it, asserted', () => {
  assert.deepEqual(timed('The summit between Putin and Xi six weeks ago produced a joint statement.', [['six weeks ago', '2024-01-29', '2024-02-04']]),
    ['summit RUSGOV->CHNGOV asserted 2024-01-29..2024-02-04', 'summit CHNGOV->RUSGOV asserted 2024-01-29..2024-02-04']);
});

test('no time expression: no time, not the publication date', () => {
  assert.deepEqual(timed('Xi visited France.', []), ['visited CHNGOV->FRA asserted null..null']);
});

test('two events, two times in one sentence: each event its own', () => {
  const out = timed('Putin met Xi on Monday and will visit France next week.',
    [['Monday', '2024-03-11', '2024-03-11'], ['next week', '2024-03-18', '2024-03-24']]);
  assert.ok(out.includes('met RUSGOV->CHNGOV asserted 2024-03-11..2024-03-11'), out.join(' | '));
  assert.ok(out.includes('visit RUSGOV->FRA planned 2024-03-18..2024-03-24'), out.join(' | '));
});

test('the time of a report ("said on Monday") dates no reported event (rule time-of-reporting)', () => {
  const text = 'Japan said on Monday that Xi visited France.';
  assert.equal(datesReport(text, { start: text.indexOf('Monday') }), true);
  assert.equal(datesReport('Xi visited France on Monday.', { start: 'Xi visited France on '.length }), false);
  assert.deepEqual(timed(text, [['Monday', '2024-03-11', '2024-03-11']]), ['visited CHNGOV->FRA asserted null..null']);
});

test('rule time-attach-direction: end-position spans go to the verb before, initial ones to the verb after', () => {
  const at = (s: string, w: string): { start: number; end: number } => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length });
  const clauseOf = (): number => 0;
  // "on Monday" is nearer to "flew" by characters, but modifies "met" before it
  const a = 'Putin met the Chinese leader and his large delegation on Monday before he flew home.';
  const [met, flew, monday] = [at(a, 'met'), at(a, 'flew'), at(a, 'Monday')];
  assert.deepEqual(attachNearest([met, flew], [monday], clauseOf, a), [monday, null]);
  assert.deepEqual(attachNearest([met, flew], [monday], clauseOf), [null, monday], 'without text: nearest either side');
  // a clause-initial time goes to the verb after it
  const b = 'Putin met Xi in Beijing, and on Friday Macron visited Japan.';
  const [met2, visited, friday] = [at(b, 'met'), at(b, 'visited'), at(b, 'Friday')];
  assert.deepEqual(attachNearest([met2, visited], [friday], clauseOf, b), [null, friday]);
  assert.equal(clauseInitial('On Monday, Putin met Xi.', 3), true);
  assert.equal(clauseInitial(b, b.indexOf('Friday')), true);
  assert.equal(clauseInitial(a, a.indexOf('Monday')), false);
  // with no trigger on the preferred side, the other side's nearest
  const c = 'On Monday, Putin met Xi.';
  assert.deepEqual(attachNearest([at(c, 'met')], [at(c, 'Monday')], clauseOf, c), [at(c, 'Monday')]);
});

test('eventTime copies the expression id and range', () => {
  assert.deepEqual(eventTime(null), { time: null, from: null, to: null });
  assert.deepEqual(eventTime({ id: 't3', start: 0, end: 4, text: 'June', from: '2024-06-01', to: '2024-06-30', granularity: 'month', approximate: false, anchor: 'published', anchorRef: null }),
    { time: 't3', from: '2024-06-01', to: '2024-06-30' });
});
