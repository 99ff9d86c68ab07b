import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

/** Sentences (our own) that must yield no time expression at all. */
const NOTHING: readonly string[] = [
  'The two navies held joint drills for the first time ever.',
  'It was the first time in a decade that the envoys shook hands.',
  'The vote was held much earlier than planned.',
  'The shuttle landed two days earlier than planned.',
  'Officials may meet to discuss the dispute.',
  'It may be too soon to tell.',
  'May we ask a question?',
  'Thousands joined a protest march through the capital.',
  'They march on the parliament at dawn.',
  'The Sunday Times first reported the leak.',
  'She was interviewed by the Sunday Telegraph.',
  'Theresa May addressed the Commons.',
  'Under the 2019 Act, the agency gained new powers.',
  'The ministry sent 300 troops and 2019 rifles to the border.',
  'Nostalgia for the Seventies runs deep.',
  'The senator, in his seventies, retired.',
  'A second summit ended without a deal.',
  'First, the ministers signed the text.',
  'They had once been allies.',
  'No date has yet been set for the talks.',
  'The coach told USA Today that he would stay.',
  'Super Tuesday decides much of the race.',
  'He moved to Paris in search of work.',
];

test('false-positive list yields no time expressions', () => {
  for (const s of NOTHING) {
    const r = findTimes(s, [], '2019-04-16');
    assert.deepEqual(r.times.map((t) => t.text), [], s);
  }
});

test('blockers do not hide a real date in the same sentence', () => {
  const r = findTimes('The Sunday Times reported on Monday that the vote came earlier than planned.', [], '2019-04-16');
  assert.deepEqual(r.times.map((t) => t.text), ['Monday']);
  const today = findTimes('Today the court ruled, USA Today reported.', [], '2019-04-16');
  assert.deepEqual(today.times.map((t) => t.text), ['Today']);
  const may = findTimes('Theresa May will travel to Brussels in May.', [], '2019-04-16');
  assert.deepEqual(may.times.map((t) => [t.text, t.from]), [['May', '2019-05-01']]);
});
