import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findQuotes } from './index.js';
import { makeDoc } from './testing.js';

const seed = fileURLToPath(new URL('../../../../shared/seed/000_662f284dcfcb7a33.txt', import.meta.url));

test('seed: the body quote has the description speaker and its via', { skip: !existsSync(seed) && 'needs ../shared' }, () => {
  const lines = readFileSync(seed, 'utf8').split('\n').map((l) => l.trim());
  const body = lines.filter((l) => l.length > 60 && /[.\u201D]$/u.test(l));
  const speaker = 'a State Department official';
  const doc = makeDoc(body, [
    { id: 'd1', type: 'PERSON', name: speaker, mentions: [speaker] },
    { id: 'o1', type: 'ORG', name: 'State Department', mentions: ['State Department'] },
  ]);
  const quotes = findQuotes(doc);
  assert.equal(quotes.length, 1, 'one quote in the body');
  const [q] = quotes;
  const para = doc.article.paragraphs.find((p) => p.start <= q.start && q.end <= p.end);
  assert.ok(para !== undefined && doc.article.text[para.start] === '\u201C', 'the quote opens its paragraph');
  assert.deepEqual(q.speaker, { entity: 'd1', text: speaker });
  assert.equal(q.via, 'ABC News');
  assert.equal(q.text, doc.article.text.slice(q.start, q.end));
});
