import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonlRecord } from './record.js';

const text = 'Officials in Chile said on Monday that the talks would resume.';

test('a record keeps a string or number id as a string; a null id or url counts as absent', () => {
  assert.deepEqual(parseJsonlRecord(JSON.stringify({ id: 7, text }), 1), { ok: true, id: '7', body: text, mediaType: 'text/plain', url: null });
  assert.deepEqual(parseJsonlRecord(JSON.stringify({ id: 'a-1', html: `<p>${text}</p>`, url: 'https://news.example/a' }), 2),
    { ok: true, id: 'a-1', body: `<p>${text}</p>`, mediaType: 'text/html', url: 'https://news.example/a' });
  const bare = parseJsonlRecord(JSON.stringify({ id: null, url: null, text }), 3);
  assert.equal(bare.ok, true);
  assert.equal('id' in bare, false);
});

test('an id of another type or a url that is not http(s) refuses the record (E006 message), nothing dropped silently', () => {
  for (const id of [{ a: 1 }, true, [1]]) {
    const r = parseJsonlRecord(JSON.stringify({ id, text }), 4);
    assert.equal(r.ok, false, JSON.stringify(id));
    assert.match(r.ok ? '' : r.message, /line 4: "id" must be a string or a number/);
  }
  for (const url of ['javascript:alert(1)', 12, 'news.example/a', 'ftp://news.example/a']) {
    const r = parseJsonlRecord(JSON.stringify({ id: 'x', url, text }), 5);
    assert.equal(r.ok, false, JSON.stringify(url));
    assert.deepEqual(r.ok ? null : [r.id, /"url" must be an http\(s\) URL/.test(r.message)], ['x', true]);
  }
});

test('a number id that JSON cannot read exactly is refused (E006 message), not kept as another id', () => {
  for (const raw of ['12345678901234567890', '1e400', '-1e400']) {
    const r = parseJsonlRecord(`{"id":${raw},"text":${JSON.stringify(text)}}`, 6);
    assert.equal(r.ok, false, raw);
    assert.match(r.ok ? '' : r.message, /whole number up to 2\^53/);
  }
  for (const [raw, kept] of [['9007199254740991', '9007199254740991'], ['42', '42'], ['1.5', '1.5']]) {
    const r = parseJsonlRecord(`{"id":${raw},"text":${JSON.stringify(text)}}`, 7);
    assert.equal(r.ok ? r.id : null, kept, raw);
  }
});
