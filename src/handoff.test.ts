import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { analyzeHead, analyzeResult, analyzeTail } from './analyze.js';
import { newCtx } from './context.js';
import { columnTokens, isHandoff, isRecord, packHandoff, tokenColumns, unpackHandoff } from './handoff.js';
import { fromBytes, fromString } from './load/index.js';

const page = readFileSync(new URL('../examples/ministers-page.html', import.meta.url));
const scrape = readFileSync(new URL('../examples/summit-scrape.txt', import.meta.url), 'utf8');

test('analyzeHead + analyzeTail, through packed bytes, give the analysis analyzeResult gives', async () => {
  for (const [name, load] of [['html', () => fromBytes(page, 'ministers-page.html')], ['text', () => fromString(scrape, { path: 'summit.txt', id: 'r7' })]] as const) {
    const whole = await analyzeResult(load(), newCtx({ published: '2024-03-05' }));
    const head = await analyzeHead(load(), newCtx({ published: '2024-03-05' }), 'timex');
    assert.ok(isHandoff(head), `${name}: a handoff`);
    assert.equal(head.doc.raw, '', `${name}: the raw input is not handed on`);
    assert.ok(head.doc.sentences.length > 0 && head.doc.entities.length === 0, `${name}: sentences done, entities not yet`);
    const back = unpackHandoff(packHandoff(head));
    assert.ok(back, `${name}: unpacks`);
    const split = await analyzeTail(back, newCtx());
    assert.deepEqual(split, whole, name);
    assert.ok(!('error' in whole) && whole.events.length > 0, `${name}: events coded`);
  }
});

test('analyzeHead: a failing input is the failure record analyzeResult gives, not a handoff', async () => {
  const empty = () => fromString('<html><body><nav><a href="/">Home</a></nav></body></html>', { path: 'nav.html', id: 'b1', mediaType: 'text/html' });
  const whole = await analyzeResult(empty(), newCtx());
  const head = await analyzeHead(empty(), newCtx(), 'timex');
  assert.ok('error' in whole && whole.error.code === 'E007');
  assert.deepEqual(head, whole);
  assert.ok(isRecord(head));
});

test('unpackHandoff: bytes that are not a packed handoff give null; isHandoff checks the shape', () => {
  assert.equal(unpackHandoff(new Uint8Array([1, 2, 3, 4])), null);
  assert.equal(unpackHandoff(serialize({ handoff: 'dateline-doc/1', after: 'timex' })), null, 'no doc');
  assert.equal(unpackHandoff(serialize({ schema: 'dateline/1', article: {} })), null, 'a record, not a handoff');
  assert.equal(isHandoff(null), false);
  assert.equal(isHandoff({ handoff: 'dateline-doc/2', after: 'timex', doc: {}, options: {}, source: {} }), false, 'another version');
  assert.equal(isHandoff({ handoff: 'dateline-doc/1', after: 'timex', doc: {}, options: {}, source: {} }), true);
  assert.equal(isRecord({ schema: 'dateline/1', error: { code: 'E002' } }), true);
  assert.equal(isRecord({ schema: 'dateline/1' }), false);
});

test('token columns: the tokens come back equal, key order included; a token that is not its slice of the text keeps them as objects', async () => {
  const h = await analyzeHead(fromBytes(page, 'ministers-page.html'), newCtx(), 'timex');
  assert.ok(isHandoff(h));
  const cols = tokenColumns(h.doc.tokens, h.doc.article.text);
  assert.ok(cols && cols.start.length === h.doc.tokens.length && cols.tags.includes('PROPN'));
  const back = columnTokens(cols, h.doc.article.text);
  assert.deepEqual(back, h.doc.tokens);
  assert.deepEqual(Object.keys(back[0]!), Object.keys(h.doc.tokens[0]!));
  // A token whose text is not the article's slice (a tagger that normalized it) cannot be a column.
  const odd = h.doc.tokens.map((t, i) => (i === 3 ? { ...t, text: t.text.toUpperCase() + 'x' } : t));
  assert.equal(tokenColumns(odd, h.doc.article.text), null);
  const plain = { ...h, doc: { ...h.doc, tokens: odd } };
  assert.deepEqual(unpackHandoff(packHandoff(plain))?.doc.tokens, odd);
  assert.deepEqual(unpackHandoff(packHandoff(h)), h);
});
