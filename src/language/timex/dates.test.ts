import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, iso, parseIsoDay, weekday, periodOf, periodAt, shift, shiftRange, daysInMonth } from './dates.js';

const d = (s: string): number => parseIsoDay(s)!;
const r = (x: { from: number; to: number }): string => `${iso(x.from)}..${iso(x.to)}`;

test('parseIsoDay reads dates and the date part of timestamps, rejects invalid ones', () => {
  assert.equal(iso(d('2019-04-16')), '2019-04-16');
  assert.equal(iso(d('2019-04-16T23:30:00-05:00')), '2019-04-16');
  assert.equal(parseIsoDay('2019-02-30'), null);
  assert.equal(parseIsoDay('April 16'), null);
  assert.equal(parseIsoDay(null), null);
});

test('weekday is ISO (Monday = 0)', () => {
  assert.equal(weekday(d('2019-04-15')), 0);
  assert.equal(weekday(d('2019-04-16')), 1);
  assert.equal(weekday(d('2019-04-21')), 6);
  assert.equal(weekday(dayOf(1970, 1, 1)), 3);
});

test('periods: ISO week, month, year; leap years', () => {
  assert.equal(r(periodOf(d('2019-04-16'), 'week')), '2019-04-15..2019-04-21');
  assert.equal(r(periodAt(d('2019-04-16'), 1, 'week')), '2019-04-22..2019-04-28');
  assert.equal(r(periodAt(d('2019-01-10'), -1, 'month')), '2018-12-01..2018-12-31');
  assert.equal(r(periodOf(d('2020-02-10'), 'month')), '2020-02-01..2020-02-29');
  assert.equal(daysInMonth(2019, 2), 28);
  assert.equal(r(periodAt(d('2019-06-01'), 1, 'year')), '2020-01-01..2020-12-31');
});

test('shift clamps month ends and shiftRange widens to the unit', () => {
  assert.equal(iso(shift(d('2019-03-31'), -1, 'month')), '2019-02-28');
  assert.equal(iso(shift(d('2020-02-29'), 1, 'year')), '2021-02-28');
  assert.equal(r(shiftRange({ from: d('2019-04-22'), to: d('2019-04-28') }, -6, 'week')), '2019-03-11..2019-03-17');
  assert.equal(r(shiftRange({ from: d('2019-04-16'), to: d('2019-04-16') }, -2, 'month')), '2019-02-01..2019-02-28');
});

test('years 0–99 are not shifted to the 1900s (Date.UTC quirk)', () => {
  // Case (hostile-input review): --published 0001-01-01 resolved "next week" to 1901.
  assert.equal(iso(dayOf(1, 1, 1)), '0001-01-01');
  assert.equal(iso(dayOf(99, 12, 31) + 1), '0100-01-01');
});
