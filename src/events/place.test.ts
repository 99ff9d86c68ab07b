/** Event place: from the sentence, with coordinates from the gazetteer (our own sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { codeEvents } from './coder.js';
import { locatingPreposition } from './place.js';
import { buildDoc, CAST, type EntitySpec } from './test-doc.js';
import { tokenize } from './tokens.js';

const PLACES: readonly EntitySpec[] = [
  ...CAST,
  ['Moscow', 'PLACE', null, { country: 'RUS' }],
  ['Vienna', 'PLACE', null, { country: 'AUT' }],
  ['Geneva', 'PLACE', null, { country: 'CHE' }],
  ['Kharkiv', 'PLACE', null, { country: 'UKR' }],
  ['Rafah', 'PLACE', null, { country: 'PSE' }],
  [['Israeli troops'], 'GROUP', 'ISRMIL'],
  [['Russian forces'], 'GROUP', 'RUSMIL'],
  [['Ukrainian forces'], 'GROUP', 'UKRMIL'],
  [['militants'], 'GROUP', 'PSEINS'],
];

/** `[code, source, target, place text, place country]` of the first event, and the event. */
function placed(text: string) {
  const e = codeEvents(buildDoc(text, PLACES), newCtx())[0];
  return { row: e ? [e.code, e.source.code, e.target.code, e.place.text, e.place.country] : null, e };
}

const near = (a: number | null | undefined, b: number): boolean => a !== null && a !== undefined && Math.abs(a - b) < 0.1;

test('"travels to Moscow": place Moscow, RUS, coordinates from the gazetteer; the target is Russia', () => {
  const { row, e } = placed('Blinken travels to Moscow this week.');
  assert.deepEqual(row, ['042', 'USAGOV', 'RUS', 'Moscow', 'RUS']);
  assert.ok(near(e?.place.lat, 55.75) && near(e?.place.lon, 37.62), JSON.stringify(e?.place));
});

test('"talks in Vienna": the meeting place after "in", with coordinates', () => {
  const { row, e } = placed('Iran held talks with France in Vienna.');
  assert.deepEqual(row, ['046', 'IRN', 'FRA', 'Vienna', 'AUT']);
  assert.ok(near(e?.place.lat, 48.21) && near(e?.place.lon, 16.37), JSON.stringify(e?.place));
});

test('"talks in Geneva": place text and country from the entity; no coordinates of a same-named town elsewhere', () => {
  // The cities gazetteer knows the Swiss city only as "Genève"; the US town "Geneva" must not lend its coordinates.
  const { row, e } = placed('Iran held talks with France in Geneva.');
  assert.deepEqual(row, ['046', 'IRN', 'FRA', 'Geneva', 'CHE']);
  assert.ok(e?.place.lat === null || near(e?.place.lat, 46.2), JSON.stringify(e?.place));
});

test('"clashes near the border town of Rafah": the place after "the <modifiers> town of"', () => {
  const { row } = placed('Israeli troops clashed with militants near the border town of Rafah.');
  assert.deepEqual(row, ['190', 'ISRMIL', 'PSEINS', 'Rafah', 'PSE']);
  const k = placed('Russian forces attacked Ukrainian forces outside the eastern Ukrainian city of Kharkiv.');
  assert.deepEqual(k.row, ['190', 'RUSMIL', 'UKRMIL', 'Kharkiv', 'UKR']);
  assert.ok(near(k.e?.place.lat, 49.98), JSON.stringify(k.e?.place));
});

test('a country after "in" locates the event; a country after "to" is a target, not a place', () => {
  assert.deepEqual(placed('Putin met Xi in Japan.').row, ['040', 'RUSGOV', 'CHNGOV', 'Japan', 'JPN']);
  assert.deepEqual(placed('Japan sent humanitarian supplies to Ukraine.').row?.slice(3), [null, null]);
});

test('locatingPreposition: direct, after "the", after "the ... HEAD of"; none for other "of" phrases', () => {
  const prep = (s: string, w: string): string => locatingPreposition(tokenize(s, 0, s.length), s.indexOf(w));
  assert.equal(prep('talks in Geneva', 'Geneva'), 'in');
  assert.equal(prep('a rally at the Kremlin', 'Kremlin'), 'at');
  assert.equal(prep('clashes near the border town of Rafah', 'Rafah'), 'near');
  assert.equal(prep('fighting in the outskirts of Kyiv', 'Kyiv'), 'in');
  assert.equal(prep('the leader of Rafah', 'Rafah'), '');
  assert.equal(prep('near the very long and winding border town of Rafah', 'Rafah'), '');
  assert.equal(prep('Rafah', 'Rafah'), '');
  assert.equal(prep('a blast outside of the northern city of Mosul', 'Mosul'), 'outside', '"outside of" locates like "outside"');
  assert.equal(prep('a blast outside of Mosul', 'Mosul'), 'outside');
  assert.equal(prep('the mayor of Mosul', 'Mosul'), '');
});

test('false positives: places that do not locate the event', () => {
  // the origin of a trip is not its place
  assert.deepEqual(placed('Blinken arrived in Japan from Vienna.').row, ['042', 'USAGOV', 'JPN', 'Japan', 'JPN']);
  assert.deepEqual(placed('Blinken returned from Vienna and met Xi.').row, ['040', 'USAGOV', 'CHNGOV', null, null]);
  // a place in an "of" phrase without a place head is not where the event happened
  assert.deepEqual(placed('Xi criticized Japan over the leader of Rafah.').row, ['111', 'CHNGOV', 'JPN', null, null]);
});
