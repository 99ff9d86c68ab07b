import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continues, detectLayout, normalizeLine, splitLines, toUnits } from './lines.js';

test('normalizeLine trims and collapses spaces and tabs only', () => {
  assert.equal(normalizeLine('  “Talks\t\tresumed”   on\u00a0Monday.  '), '“Talks resumed” on Monday.');
  assert.equal(normalizeLine('zero\u200bwidth'), 'zerowidth');
});

test('splitLines: CRLF, CR and blank-line blocks', () => {
  const lines = splitLines('One.\r\nTwo.\r\n\r\n\r\nThree.\rFour.\n   \nFive.');
  assert.deepEqual(lines.map((l) => [l.text, l.block]), [['One.', 0], ['Two.', 0], ['Three.', 1], ['Four.', 1], ['Five.', 2]]);
});

test('splitLines: punctuation-only lines separate blocks', () => {
  const lines = splitLines('First line here.\n***\nSecond line here.');
  assert.deepEqual(lines.map((l) => [l.text, l.block, l.separator]), [['First line here.', 0, false], ['***', -1, true], ['Second line here.', 1, false]]);
});

test('continues: unwrapped text joins only a lower-case continuation', () => {
  const flat = { width: null, blankSeparated: true };
  assert.equal(continues('The ministers met for three hours in the old palace and agreed', 'to meet again in the spring.', flat), true);
  assert.equal(continues('The ministers met for three hours in the old palace and agreed', 'To meet again was their aim.', flat), false);
  assert.equal(continues('The ministers met for three hours.', 'they agreed to meet again.', flat), false);
  assert.equal(continues('He said:', 'we will return.', flat), false);
});

test('continues: wrapped text joins full-width lines, across a sentence end only when blank lines part paragraphs', () => {
  const full = 'The ministers met for three hours in the old palace on the river.';
  assert.equal(continues(full, 'They agreed to meet again.', { width: full.length, blankSeparated: true }), true);
  assert.equal(continues(full, 'They agreed to meet again.', { width: full.length, blankSeparated: false }), false);
  assert.equal(continues('Talks In Geneva', 'The ministers met.', { width: full.length, blankSeparated: true }), false);
});

test('detectLayout: hard-wrapped text vs one short paragraph per line', () => {
  const wrapped = splitLines([
    'Indonesia and Japan agreed on Tuesday to expand joint coast guard',
    'patrols in the waters north of the Natuna Islands, a deal that took',
    'two years of talks and several rounds of quiet diplomacy in both',
    'capitals.',
  ].join('\n'));
  assert.equal(detectLayout(wrapped).width, 67);
  const perLine = splitLines([
    'Indonesia and Japan agreed on Tuesday to expand joint patrols.',
    'The deal took two years of talks and several rounds of diplomacy.',
    'Officials in both capitals welcomed it in statements on Wednesday.',
  ].join('\n'));
  assert.equal(detectLayout(perLine).width, null);
});

test('toUnits joins a hard-wrapped paragraph and keeps residue lines apart', () => {
  const units = toUnits(splitLines([
    'Indonesia and Japan agreed on Tuesday to expand joint coast guard',
    'patrols in the waters north of the Natuna Islands, officials said.',
    'Advertisement',
    'The deal follows two years of talks.',
  ].join('\n')));
  assert.deepEqual(units.map((u) => [u.text.slice(0, 20), u.match?.kind ?? null]), [
    ['Indonesia and Japan ', null], ['Advertisement', 'advertisement'], ['The deal follows two', null],
  ]);
  assert.ok(units[0].text.includes('coast guard patrols in the waters'));
  assert.ok(units[0].text.endsWith('officials said.'));
});
