import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTRIBUTION_PATTERNS, COMPILED_PATTERNS, compilePattern } from './patterns.js';
import { VIA_RULES } from './via.js';
import { INCH_MARK, MARK_PAIRS } from './marks.js';

test('every rule has a unique id and a reason', () => {
  for (const table of [ATTRIBUTION_PATTERNS, VIA_RULES, MARK_PAIRS, [INCH_MARK]]) {
    const ids = table.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of table) assert.ok(r.reason.length > 10, r.id);
  }
  assert.equal(COMPILED_PATTERNS.length, ATTRIBUTION_PATTERNS.length);
});

test('an unknown placeholder is an error', () => {
  assert.throws(() => compilePattern({ id: 'x', reason: 'test', side: 'after', template: '{NOPE}' }), /unknown placeholder \{NOPE\}/);
});
