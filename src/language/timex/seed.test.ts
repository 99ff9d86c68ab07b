/**
 * Check on the shared seed article (read at run time; skipped when ../shared is absent).
 * Body = lines longer than 60 characters ending in "." or "”", joined by blank lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findTimes } from './index.js';

const SEED = fileURLToPath(new URL('../../../../shared/seed/000_662f284dcfcb7a33.txt', import.meta.url));

function body(raw: string): string {
  return raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 60 && /[.”]$/.test(l)).join('\n\n');
}
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][”"]?(?=\s|$)/g)) {
    const end = m.index! + m[0].length;
    out.push({ start, end });
    start = end;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  return out;
}

test('seed article: next week, this week, the event-anchored count, no false positives', { skip: !existsSync(SEED) && 'needs ../shared' }, () => {
  const text = body(readFileSync(SEED, 'utf8'));
  const { times, warning } = findTimes(text, sentences(text), '2019-04-16');
  assert.equal(warning, null);
  const get = (s: string) => times.find((t) => t.text === s) ?? assert.fail(`missing "${s}" in ${JSON.stringify(times.map((t) => t.text))}`);
  const next = get('next week');
  assert.deepEqual([next.from, next.to, next.anchor, next.granularity], ['2019-04-22', '2019-04-28', 'published', 'week']);
  const thisWeek = get('this week');
  assert.deepEqual([thisWeek.from, thisWeek.to, thisWeek.anchor], ['2019-04-15', '2019-04-21', 'published']);
  const rel = times.find((t) => /six weeks after/.test(t.text)) ?? assert.fail('no "six weeks after"');
  assert.deepEqual([rel.approximate, rel.anchor, rel.anchorRef, rel.granularity], [true, 'event', next.id, 'week']);
  assert.deepEqual([rel.from, rel.to], ['2019-03-11', '2019-03-17']);
  for (const t of times) assert.doesNotMatch(t.text, /first time|earlier than planned|summit|\bdate\b/i);
  assert.equal(times.length, 3, JSON.stringify(times.map((t) => t.text)));
});
