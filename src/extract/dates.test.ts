import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, isoDate, normalizeDate } from './dates.js';

test('normalizes the date formats pages use to YYYY-MM-DD (local date, not UTC)', () => {
  assert.equal(normalizeDate('2019-04-16T23:30:00-04:00'), '2019-04-16');
  assert.equal(normalizeDate('2019/04/16'), '2019-04-16');
  assert.equal(normalizeDate('20190416'), '2019-04-16');
  assert.equal(normalizeDate('April 16, 2019 10:02 AM'), '2019-04-16');
  assert.equal(normalizeDate('16 Apr 2019'), '2019-04-16');
  assert.equal(normalizeDate('Tue, 16 Apr 2019 08:00:00 GMT'), '2019-04-16');
  assert.equal(normalizeDate('Sept. 3, 2018'), '2018-09-03');
  assert.equal(normalizeDate('1555372800'), '2019-04-16');
});

test('rejects impossible and relative dates', () => {
  for (const s of ['2019-02-30', '2019-13-01', '0001-01-01', '31 April 2019', '2 hours ago', 'yesterday', 'Mayday 4, 2019', '', 'Monday']) {
    assert.equal(normalizeDate(s), null, s);
  }
  assert.equal(isoDate(2020, 2, 29), '2020-02-29');
  assert.equal(isoDate(2019, 2, 29), null);
});

test('reads the date from URL paths', () => {
  assert.equal(dateFromUrl('https://example.com/world/2019/04/16/some-story'), '2019-04-16');
  assert.equal(dateFromUrl('https://example.com/2019-04-16-some-story.html'), '2019-04-16');
  assert.equal(dateFromUrl('https://example.com/news/20190416/story'), '2019-04-16');
  assert.equal(dateFromUrl('https://example.com/products/2019/13/45/x'), null);
  assert.equal(dateFromUrl('https://example.com/story-12345678'), null);
  assert.equal(dateFromUrl(null), null);
});

test('notAfter drops dates later than the crawl day and keeps the rest', async () => {
  const { notAfter } = await import('./dates.js');
  assert.equal(notAfter('2021-03-02', '2021-03-01'), null);
  assert.equal(notAfter('2021-03-01T23:00:00Z', '2021-03-01'), '2021-03-01T23:00:00Z');
  assert.equal(notAfter('2021-02-28', '2021-03-01'), '2021-02-28');
  assert.equal(notAfter('2021-03-02', undefined), '2021-03-02');
  assert.equal(notAfter('2021-03-02', 'yesterday'), '2021-03-02');
  assert.equal(notAfter(null, '2021-03-01'), null);
});
