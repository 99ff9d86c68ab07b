import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { looksBinary, neutralizeControls, sniffText } from './sniff.js';
import { readRegularFile, readStreamLimited } from './read.js';
import { decode } from './decode.js';
import { fromBytes, fromString, jsonlRecords, loadInputs } from './index.js';
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

test('UTF-16 without a byte-order mark is text, decoded; one stray control character is not binary', async () => {
  // Cases (hostile-input review): BOM-less UTF-16 and a text with one \v were rejected as binary (E003).
  const text = 'The envoy met the minister in Accra on Monday.';
  const le = iconv.encode(text, 'utf-16le');
  const be = iconv.encode(text, 'utf-16be');
  assert.equal(looksBinary(le), false);
  assert.equal(fromBytes(le, 'le.txt').raw, text);
  assert.equal(fromBytes(be, 'be.txt').raw, text);
  const stray = fromBytes(Buffer.from(`${text}\u000b And then left.`), 'v.txt');
  assert.equal(stray.raw.length, text.length + 16);
  assert.ok(!/\u000b/.test(stray.raw), 'control characters become spaces, keeping offsets');
});

test('terminal escapes never survive decoding; UTF-7 is never honoured; an XML declaration names the encoding', () => {
  assert.equal(neutralizeControls('a\u001b[2Jb\u0007c'), 'a [2Jb c');
  assert.notEqual(decode(Buffer.from('<meta charset="utf-7"><p>+AGEAYgBj-</p>')).encoding, 'utf-7');
  const cyr = iconv.encode('<?xml version="1.0" encoding="windows-1251"?><html><body><p>Москва</p></body></html>', 'windows-1251');
  assert.match(decode(cyr).text, /Москва/);
});

test('detected encodings are reported with W002', () => {
  const long = 'Le ministre a déclaré que la réunion était très importante. '.repeat(20);
  assert.deepEqual(fromBytes(iconv.encode(long, 'latin1'), 'fr.txt').warnings?.map((w) => w.code), ['W002']);
  assert.equal(fromBytes(Buffer.from(long, 'utf-8'), 'fr8.txt').warnings, undefined);
});

test('only regular files are read; size is checked before reading; an endless stream stops at the limit', async () => {
  // Cases (hostile-input review): a FIFO hung the batch; /dev/zero grew memory without bound.
  await assert.rejects(readRegularFile('/dev/zero', 1024), (e: unknown) => e instanceof DatelineError && e.code === 'E010');
  const big = join(mkdtempSync(join(tmpdir(), 'dl-')), 'big.txt');
  writeFileSync(big, Buffer.alloc(5000, 0x61));
  await assert.rejects(readRegularFile(big, 1000), (e: unknown) => e instanceof DatelineError && e.code === 'E008');
  assert.equal((await readRegularFile(big, 5000)).length, 5000);
  const endless = Readable.from((function* () { for (;;) yield Buffer.alloc(4096); })());
  await assert.rejects(readStreamLimited(endless, 100_000), (e: unknown) => e instanceof DatelineError && e.code === 'E008');
});

test('JSON Lines: a line of invalid UTF-8 is one E004 failure; the other lines still read as UTF-8', () => {
  const good = Buffer.from('{"id":"a","text":"Lula flew to São Paulo on Friday, aides said “yes”."}\r\n', 'utf-8');
  const bad = Buffer.concat([Buffer.from('{"id":"b","text":"Ab'), Buffer.from([0xff, 0xfe]), Buffer.from(' cd."}\n')]);
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const out = [...jsonlRecords(Buffer.concat([bom, good, bad, good]), 'mix.jsonl')];
  assert.deepEqual(out.map((r) => (r.ok ? r.id : r.code)), ['a', 'E004', 'a']);
  const first = out[0]!;
  assert.ok(first.ok && first.raw.includes('São Paulo') && first.raw.includes('“yes”'));
  assert.equal(out[1]!.ok ? null : out[1]!.source.path, 'mix.jsonl:2');
});

test('a URL from outside the page carries no control characters or line breaks into the source', () => {
  const r = fromBytes(Buffer.from('<p>A short page of text about a meeting.</p>'), null, { url: 'http://ex.com/\u001b[31mred\u001b]0;x\u0007\n\u009bz y' });
  assert.ok(r.ok);
  assert.equal(r.source.url, 'http://ex.com/%1B[31mred%1B]0;x%07%0A%C2%9Bz%20y');
  assert.equal(fromString('Some text.', { url: null }).ok && fromString('Some text.', { url: null }).source.url, null);
});

test('a .jsonl file is read as JSON Lines records even without --input-format jsonl; other files stay pages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-'));
  writeFileSync(join(dir, 'r.jsonl'), '{"id":"1","text":"Ministers met in Oslo on Monday."}\n{"id":"2","html":"<p>Talks resumed in Rome.</p>"}\n');
  writeFileSync(join(dir, 'page.txt'), '{"id":"1","text":"not a record: a page that looks like JSON"}\n');
  const out = [];
  for await (const r of loadInputs([join(dir, 'r.jsonl'), join(dir, 'page.txt')])) out.push(r.ok ? [r.id ?? null, r.source.mediaType] : [r.code]);
  assert.deepEqual(out, [['1', 'text/plain'], ['2', 'text/html'], [null, 'text/plain']]);
});
