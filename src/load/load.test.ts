import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { looksBinary, sniffText } from './sniff.js';
import { decode } from './decode.js';
import { fromBytes, jsonlRecords } from './index.js';
import { DatelineError } from '../errors.js';

test('HTML and plain text are told apart by content, not by name', () => {
  assert.equal(sniffText('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), 'text/html');
  assert.equal(sniffText('\n  <html lang="en"><p>x</p>'), 'text/html');
  assert.equal(sniffText('<!-- saved page --><div class="story"><p>The council met.</p></div>'), 'text/html');
  assert.equal(sniffText('The council met on Monday.\n\nIt agreed to a budget of <5% growth.'), 'text/plain');
  assert.equal(sniffText('Prices rose 3% as a <b>bold</b> move surprised traders.'), 'text/plain');
});

test('binary bytes are detected; UTF-16 with a BOM is not binary', () => {
  assert.equal(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), true);
  assert.equal(looksBinary(Buffer.from('plain words\n')), false);
  assert.equal(looksBinary(Uint8Array.from([0xff, 0xfe, 0x41, 0x00])), false);
});

test('decoding: BOM, meta charset, UTF-8, then detection', () => {
  const latin = iconv.encode('<html><head><meta charset="iso-8859-1"></head><body><p>Café in Zürich</p></body></html>', 'latin1');
  const d1 = decode(latin);
  assert.equal(d1.how, 'meta');
  assert.match(d1.text, /Café in Zürich/);
  const d2 = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('naïve')]));
  assert.deepEqual([d2.how, d2.text], ['bom', 'naïve']);
  const d3 = decode(Buffer.from('déjà vu', 'utf-8'));
  assert.deepEqual([d3.how, d3.text], ['utf-8', 'déjà vu']);
  const long = 'Le ministre a déclaré que la réunion était très importante pour la coopération économique. '.repeat(20);
  const d4 = decode(iconv.encode(long, 'latin1'));
  assert.equal(d4.how, 'detected');
  assert.match(d4.text, /déclaré/);
  assert.equal(decode(Buffer.from('x'), 'windows-1252').how, 'declared');
});

test('empty and binary inputs fail with stable codes', () => {
  assert.throws(() => fromBytes(Buffer.from('  \n\t '), 'a.txt'), (e: unknown) => e instanceof DatelineError && e.code === 'E002');
  assert.throws(() => fromBytes(Buffer.from([0x00, 0x01, 0x02, 0x03]), 'b.bin'), (e: unknown) => e instanceof DatelineError && e.code === 'E003');
  const ok = fromBytes(Buffer.from('<p>The mayor spoke.</p><p>Then she left.</p><div>a</div><div>b</div><span>c</span>'), 'c.dat');
  assert.equal(ok.source.mediaType, 'text/html');
  assert.equal(ok.source.bytes, 82);
  assert.match(ok.source.sha256 ?? '', /^[0-9a-f]{64}$/);
});

test('JSON Lines records keep their id; bad lines are E006 and do not stop the rest', () => {
  const buf = Buffer.from([
    '{"id":"a1","text":"The envoy arrived in Paris.","published":"2020-02-03"}',
    'not json',
    '{"id":7,"html":"<p>Talks resumed.</p>"}',
    '{"id":"x","title":"no body"}',
    '',
    '{"id":"d","text":"Dated.","published":"yesterday"}',
  ].join('\n'));
  const out = [...jsonlRecords(buf, 'in.jsonl')];
  assert.equal(out.length, 5);
  assert.deepEqual(out.map((r) => (r.ok ? 'ok' : r.code)), ['ok', 'E006', 'ok', 'E006', 'E006']);
  const first = out[0]!;
  assert.ok(first.ok);
  if (first.ok) { assert.equal(first.id, 'a1'); assert.equal(first.source.id, 'a1'); assert.equal(first.published, '2020-02-03'); assert.equal(first.source.mediaType, 'text/plain'); }
  const third = out[2]!;
  if (third.ok) { assert.equal(third.id, '7'); assert.equal(third.source.mediaType, 'text/html'); }
  const fourth = out[3]!;
  if (!fourth.ok) assert.equal(fourth.id, 'x');
});
