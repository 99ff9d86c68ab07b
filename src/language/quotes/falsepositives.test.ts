import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from './index.js';
import { makeDoc } from './testing.js';

/** Sentences that must yield no quote. */
const NO_QUOTE: readonly string[] = [
  'Diplomats warned that the move would cross the so-called “red line” in the strait.',
  'The film "Red Heat" premiered in Moscow in 1988.',
  'Her novel “The Night Watch Over Riga” was translated into nine languages.',
  'The band played "Born in the U.S.A." to a full stadium.',
  'The officials’ plan was rejected by the council.',
  "The officials' plan was rejected by the council.",
  'Critics called the festival a celebration of rock ’n’ roll and little else.',
  "Critics called the festival a celebration of rock 'n' roll and little else.",
  'The new goalkeeper stands 6\'4" and weighs 95 kilograms.',
  'The striker is 5\'11" tall, the coach said.',
  'Growth in the ’90s was faster than in the 2000s, the report said.',
  'The minister said “no” twice before leaving the room.',
  'He described the talks as “constructive” and the mood as “calm.”',
  'The ministry said it had “no information” about the ship.',
  'Sales of “The Art of the Deal” rose after the debate.',
];

test('false positives: scare quotes, titles, apostrophes and inch marks yield no quote', () => {
  for (const s of NO_QUOTE) assert.deepEqual(findQuotes(makeDoc([s])), [], s);
});

test('false positives: an unmatched opening mark yields no quote', () => {
  assert.deepEqual(findQuotes(makeDoc(['“The talks will go on for several more days, the envoy said.', 'Nothing else was agreed at the meeting.'])), []);
});

test('property: every quote text is the slice of its span and lies inside the text', () => {
  const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", ' said Lavrov', ' the minister said', ', ', '. ', '\n\n', 'we will win', 'Talks', ' 5', 'officials');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
    const paragraphs = parts.join('').split('\n\n');
    const doc = makeDoc(paragraphs);
    for (const q of findQuotes(doc)) {
      assert.ok(q.start >= 0 && q.start <= q.end && q.end <= doc.article.text.length);
      assert.equal(q.text, doc.article.text.slice(q.start, q.end));
    }
  }), { numRuns: 300 });
});
