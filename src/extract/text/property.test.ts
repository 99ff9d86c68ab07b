/** Property: whatever the line endings and where ad markers and tail residue fall, the body comes back intact. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { newCtx } from '../../context.js';
import { extractText } from './index.js';

const BODY = [
  'The two delegations met for four hours in the capital on Wednesday.',
  '“We made progress on the harder questions,” the lead negotiator told state radio.',
  'Next year the agreement will be reviewed by both parliaments.',
  'Fuel prices rose by a tenth after the sanctions were announced.',
  'He did not share the optimism of his colleagues, diplomats said.',
  'A previous round of talks in Oslo ended without a statement.',
];
const MID = ['Advertisement', 'ADVERTISEMENT', 'Sponsored', 'Story continues below advertisement'];
const TAIL = ['SHARE', 'Share on Facebook', 'Tweet', 'Email', 'Print', 'Previous articleBorder Crossing Reopens After Storm', 'Next: Grain Exports Hit Record', 'Leave a comment', '© 2024 Example News'];

test('body survives any arrangement of mid-body ad markers, tail residue and line endings', () => {
  fc.assert(fc.property(
    fc.shuffledSubarray(BODY, { minLength: 1 }),
    fc.array(fc.constantFrom(...MID), { maxLength: 5 }),
    fc.array(fc.nat(), { maxLength: 5 }),
    fc.shuffledSubarray(TAIL),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    (body, ads, positions, tail, eol, blank) => {
      const blocks = [...body];
      ads.forEach((ad, k) => blocks.splice(1 + ((positions[k] ?? 0) % blocks.length), 0, ad));
      const sep = blank ? eol + eol : eol;
      const raw = [...blocks, ...tail].join(sep);
      const a = extractText(raw, newCtx());
      assert.equal(a.text, body.join('\n\n'));
      assert.equal(a.removed.length, ads.length + tail.length);
    },
  ), { numRuns: 300 });
});
