import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { goldenCases, goldenOutput, firstDifference } from './golden-lib.js';
import { newCtx } from '../src/context.js';

const ctx = newCtx();
const cases = goldenCases();

test('there is at least one golden case (the shipped examples)', () => {
  assert.ok(cases.length >= 1);
});

for (const c of cases) {
  test(`golden: ${c.slug} matches fixtures (regenerate with npm run golden)`, async () => {
    assert.ok(existsSync(c.expected), `missing ${c.expected}: run npm run golden`);
    const expected = JSON.parse(readFileSync(c.expected, 'utf-8'));
    const actual = JSON.parse(JSON.stringify(await goldenOutput(c, ctx)));
    const d = firstDifference(expected, actual);
    assert.equal(d, null, d ? `first difference at ${d.path}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}` : '');
  });
}
