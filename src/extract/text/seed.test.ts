/**
 * Acceptance on the seed scrape (../shared, read at run time only; skipped when absent) and on
 * our own example scrape (examples/summit-scrape.txt). Expectations about the seed are computed
 * from its raw text structurally, not pasted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newCtx } from '../../context.js';
import { extractText } from './index.js';
import type { Article } from '../../doc.js';

const SEED = fileURLToPath(new URL('../../../../shared/seed/000_662f284dcfcb7a33.txt', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/summit-scrape.txt', import.meta.url));
const paras = (a: Article): string[] => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

/** Residue never leaks into the body: no removed line appears in the text. */
function assertNoResidue(a: Article): void {
  for (const r of a.removed) assert.ok(!a.text.includes(r.text), `residue in body: ${r.kind} ${r.reason}`);
}

test('seed scrape: body, author, bio, credit/caption, related headlines', { skip: !existsSync(SEED) && 'needs ../shared' }, () => {
  const raw = readFileSync(SEED, 'utf8');
  const lines = raw.split('\n');
  const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  // Oracle: the body paragraphs are the one-line blocks of six words or more that end a sentence.
  const expectedBody = blocks.filter((b) => !b.includes('\n') && b.split(/\s+/).length >= 6 && /[.!?][”"]?$/.test(b));
  const a = extractText(raw, newCtx());
  assert.equal(expectedBody.length, 7);
  assert.deepEqual(paras(a), expectedBody);
  assert.ok(paras(a)[0].startsWith('Russia’s President'));
  assert.ok(paras(a)[6].endsWith('told ABC News.'));
  assert.deepEqual(a.authors, ['Hana Levi Julian']);
  assert.equal(a.authorBio, lines.filter(Boolean).at(-1)!.trim());
  assert.deepEqual(a.images, [{ src: null, caption: lines[1].trim(), credit: lines[0].replace(/^Photo Credit:\s*/, '').trim() }]);
  const nav = lines.filter((l) => /^(Previous|Next) article/.test(l));
  assert.deepEqual(a.related, nav.map((l) => ({
    title: l.replace(/^(Previous|Next) article/, '').trim(), url: null, rel: l.startsWith('Previous') ? 'previous' : 'next',
  })));
  assert.equal(a.title, null);
  assert.equal(a.language, 'en');
  assertNoResidue(a);
  assert.deepEqual(a.removed.map((r) => r.kind), ['credit', 'caption', 'advertisement', 'share', 'advertisement', 'share', 'navigation', 'navigation', 'author-bio']);
});

test('example scrape (examples/summit-scrape.txt)', () => {
  const a = extractText(readFileSync(EXAMPLE, 'utf8'), newCtx());
  assert.equal(paras(a).length, 7);
  assert.ok(paras(a)[0].startsWith('Japanese Prime Minister Fumio Kishida and Indonesian President Joko Widodo'));
  assert.ok(paras(a)[6].endsWith('told NHK.'));
  assert.deepEqual(a.authors, ['Daniel Okafor']);
  assert.ok(a.authorBio?.startsWith('Daniel Okafor is a Tokyo-based Asia-Pacific correspondent'));
  assert.deepEqual(a.images, [{ src: null, caption: 'Japanese Prime Minister Fumio Kishida at a press conference in Tokyo', credit: 'Kenji Mori / Kyodo / Pool' }]);
  assert.deepEqual(a.related, [
    { title: 'Flooding Closes Mountain Roads Across Northern Luzon', url: null, rel: 'previous' },
    { title: 'Central Bank Holds Rates Steady As Exports Slow', url: null, rel: 'next' },
  ]);
  assert.equal(a.title, null);
  assert.equal(a.published, '2024-03-12');
  assertNoResidue(a);
  assert.deepEqual(a.removed.map((r) => r.reason), [
    'credit.label', 'caption.next-to-credit', 'dateline.stamp', 'ad.marker', 'share.buttons', 'share.buttons', 'share.buttons',
    'nav.previous-next', 'nav.previous-next', 'bio.opening',
  ]);
});

/** Layout variants of a scrape: one paragraph per line with CRLF and no blank lines; hard-wrapped at 72 columns. */
function variants(raw: string): Record<string, string> {
  const wrap = (l: string): string => l.replace(/(.{1,72})(\s+|$)/g, '$1\n').trimEnd();
  return {
    'no blank lines, CRLF': raw.split('\n').filter((l) => l.trim()).join('\r\n'),
    'wrapped at 72': raw.split('\n').map(wrap).join('\n'),
  };
}

for (const [name, path] of [['seed', SEED], ['example', EXAMPLE]] as const) {
  test(`${name} scrape: same result in other layouts`, { skip: !existsSync(path) && 'needs ../shared' }, () => {
    const raw = readFileSync(path, 'utf8');
    const base = extractText(raw, newCtx());
    for (const [label, text] of Object.entries(variants(raw))) {
      const a = extractText(text, newCtx());
      assert.deepEqual(paras(a), paras(base), label);
      assert.deepEqual([a.authors, a.authorBio, a.images, a.related], [base.authors, base.authorBio, base.images, base.related], label);
    }
  });
}
