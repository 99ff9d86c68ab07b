/**
 * Rule kinds added for root-level misses (issue 5): aid given as an amount's "worth of" goods
 * (`aid-worth`), and refusals whose refused act sits five tokens
 * after "refused"/"declined to" (the `refuse`/`decline` reject heads). Sentences are our own; each
 * family has a false-positive list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadsOf } from '../test-doc.js';

/** [sentence, expected `code source->target`] */
const CASES: ReadonlyArray<[string, string]> = [
  ['Japan delivered $80,000 worth of aid to Ukraine.', '070 JPN->UKR'],
  ['France donated 2.5 million euros worth of goods to Ukraine.', '070 FRA->UKR'],
  ['Israel has refused to commit to any direct assistance to Ukraine.', '122 ISR->UKR'],
  ['Qatar declined to offer any new financial aid to Iran.', '1221 QAT->IRN'],
];

for (const [text, want] of CASES) {
  test(`amounts/refusals ${want.split(' ')[0]}: "${text}" -> ${want}`, () => {
    const got = dyadsOf(text);
    assert.ok(got.includes(want), `got ${JSON.stringify(got)}`);
  });
}

/** [sentence, root that must not be coded] */
const FALSE_POSITIVES: ReadonlyArray<[string, string]> = [
  ['Japan sold $80,000 worth of cars to Ukraine.', '07'],
  ['The painting is worth of a lot of aid workers\' attention, Japan said.', '07'],
  ['Israel refused. Later that week the government of Japan sent aid to Ukraine.', '12'],
  ['France gave a long speech about aid to Ukraine.', '07'],
];

for (const [text, root] of FALSE_POSITIVES) {
  test(`amounts/refusals false positive: "${text}" yields no ${root} event`, () => {
    const got = dyadsOf(text);
    assert.ok(!got.some((d) => d.startsWith(root)), `got ${JSON.stringify(got)}`);
  });
}
