import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanMentions, paragraphOf } from './index.js';
import type { Mention } from '../../doc.js';

/** The pairwise definition the linear version replaces (the reference). */
function pairwise(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) if (!out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  return out;
}

test('cleanMentions keeps the same mentions as the pairwise overlap test', () => {
  const mention = fc.tuple(fc.nat(40), fc.nat(6)).map(([s, n]): Mention => ({ start: s, end: s + n, text: 'x', kind: 'name' }));
  fc.assert(fc.property(fc.array(mention, { maxLength: 25 }), (ms) => {
    assert.deepEqual(cleanMentions(ms), pairwise(ms));
  }), { numRuns: 500 });
});

test('paragraphOf finds the first paragraph holding the offset, as a scan does (0 when none)', () => {
  const paras = fc.array(fc.tuple(fc.nat(5), fc.nat(6)), { maxLength: 8 }).map((gaps) => {
    let at = 0;
    return gaps.map(([gap, len]) => { const p = { start: at + gap, end: at + gap + len }; at = p.end; return p; });
  });
  fc.assert(fc.property(paras, fc.nat(60), (ps, at) => {
    assert.equal(paragraphOf(ps, at), Math.max(0, ps.findIndex((p) => at >= p.start && at < p.end)));
  }), { numRuns: 500 });
  const shuffled = [{ start: 10, end: 20 }, { start: 0, end: 10 }];
  assert.equal(paragraphOf(shuffled, 3), 1);
  assert.equal(paragraphOf(shuffled, 25), 0);
});
