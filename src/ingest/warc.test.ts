import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { WARCRecord, WARCSerializer } from 'warcio';
import { warcDay, warcUnits } from './warc.js';
import { runJob } from './job.js';
import { analyzeResult } from '../analyze.js';
import { collect, failCode, readContext, tempDir } from './testing.js';

const LATIN1_PAGE = '<html><head><title>Caf\u00e9 talks</title></head><body><article><p>Le ministre a visit\u00e9 S\u00e3o Paulo lundi.</p></article></body></html>';

/** Builds the records of a small crawl, fresh each call (record bodies are consumed when serialized). */
function records(): WARCRecord[] {
  const body = (b: Uint8Array) => [b];
  const enc = (s: string) => new TextEncoder().encode(s);
  return [
    WARCRecord.createWARCInfo({ filename: 'crawl.warc' }, { software: 'dateline tests' }),
    WARCRecord.create({ url: 'https://news.example/a', type: 'request', date: '2021-03-04T10:00:00Z', statusline: 'GET /a HTTP/1.1', httpHeaders: { Host: 'news.example' } }, body(enc(''))),
    WARCRecord.create({ url: 'https://news.example/a', type: 'response', date: '2021-03-04T10:00:01Z', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, body(Buffer.from(LATIN1_PAGE, 'latin1'))),
    WARCRecord.create({ url: 'https://news.example/logo.png', type: 'response', date: '2021-03-04T10:00:02Z', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'image/png' } }, body(enc('\u0089PNG'))),
    WARCRecord.create({ url: 'https://news.example/gone', type: 'response', date: '2021-03-04T10:00:03Z', statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' } }, body(enc('<p>missing</p>'))),
    WARCRecord.create({ url: 'https://news.example/b', type: 'resource', date: '2021-03-05T08:00:00Z', warcHeaders: { 'Content-Type': 'text/html' } }, body(enc('<html><body><p>Second page from Oslo.</p></body></html>'))),
  ];
}

async function warcFile(path: string, gzip: boolean, recs: WARCRecord[] = records()): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of recs) parts.push(await WARCSerializer.serialize(r, { gzip }));
  const buf = Buffer.concat(parts);
  writeFileSync(path, buf);
  return buf;
}

for (const gzip of [false, true]) {
  test(`WARC${gzip ? '.gz' : ''}: HTML responses and resources become inputs with URL, charset and crawl day`, async () => {
    const t = tempDir();
    try {
      const p = join(t.dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
      await warcFile(p, gzip);
      const units = await collect(warcUnits(p, readContext({ options: { published: '2021-03-01' } })));
      assert.equal(units.length, 2);
      const [a, b] = units.map((u) => u.job);
      assert.ok(a!.kind === 'bytes' && b!.kind === 'bytes');
      assert.match(units[0]!.key, new RegExp(`^${p.replace(/[.]/g, '\\.')}#[1-9]\\d*$`));
      assert.notEqual(units[0]!.key, units[1]!.key);
      assert.equal(a.url, 'https://news.example/a');
      assert.equal(a.charset, 'windows-1252');
      assert.equal(Buffer.from(a.bytes).toString('latin1'), LATIN1_PAGE);
      assert.deepEqual(a.options, { published: '2021-03-01', crawled: '2021-03-04' });
      assert.equal(b.url, 'https://news.example/b');
      assert.equal(b.options.crawled, '2021-03-05');
      const res = await runJob(a, new Map(), analyzeResult);
      assert.equal(res.source.encoding, 'windows-1252');
      assert.equal(res.source.url, 'https://news.example/a');
      assert.equal(res.source.path, units[0]!.key);
    } finally { t.done(); }
  });
}

test('WARC: the offset key points at the record in the file', async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, 'c.warc');
    const buf = await warcFile(p, false);
    const units = await collect(warcUnits(p, readContext()));
    const offset = Number(units[0]!.key.split('#').pop());
    assert.equal(buf.subarray(offset, offset + 8).toString(), 'WARC/1.0');
    assert.match(buf.subarray(offset, offset + 400).toString(), /WARC-Type: response/);
  } finally { t.done(); }
});

test('WARC: a truncated file keeps the pages before the break and ends with one E035; no pages is E039', async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, 'cut.warc');
    const full = await warcFile(p, false);
    const cut = full.indexOf('WARC-Type: resource') + 12;
    writeFileSync(p, full.subarray(0, cut));
    const units = await collect(warcUnits(p, readContext()));
    assert.equal(units[0]!.job.kind, 'bytes');
    const last = units[units.length - 1]!;
    assert.equal(last.key, `${p}#error`);
    assert.equal(failCode(last.job), 'E035');

    const gz = join(t.dir, 'cut.warc.gz');
    const fullGz = await warcFile(gz, true);
    writeFileSync(gz, fullGz.subarray(0, fullGz.length - 10));
    const gzUnits = await collect(warcUnits(gz, readContext()));
    assert.deepEqual(gzUnits.map((u) => u.job.kind), ['bytes', 'failure']);
    assert.equal(failCode(gzUnits[1]!.job), 'E035');

    const garbage = join(t.dir, 'garbage.warc');
    writeFileSync(garbage, 'this is not a web archive at all\r\n\r\n');
    const bad = await collect(warcUnits(garbage, readContext()));
    assert.deepEqual(bad.map((u) => failCode(u.job)), ['E035']);

    const info = join(t.dir, 'info.warc');
    await warcFile(info, false, [records()[0]!]);
    const none = await collect(warcUnits(info, readContext()));
    assert.deepEqual(none.map((u) => [u.key, failCode(u.job)]), [[info, 'E039']]);
  } finally { t.done(); }
});

test('WARC: skip is asked before a record body is read', async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, 's.warc.gz');
    await warcFile(p, true);
    const all = await collect(warcUnits(p, readContext()));
    const units = await collect(warcUnits(p, readContext({ skip: (k) => k === all[0]!.key })));
    assert.deepEqual(units.map((u) => u.key), [all[1]!.key]);
  } finally { t.done(); }
});

test('WARC: a chunked, gzip-encoded HTTP body is decoded before analysis', async () => {
  const t = tempDir();
  try {
    const html = '<html><body><p>Officials in Nairobi and Kampala met on Thursday.</p></body></html>';
    const gz = gzipSync(Buffer.from(html));
    const half = Math.floor(gz.length / 2);
    const chunked = Buffer.concat([
      Buffer.from(`${half.toString(16)}\r\n`), gz.subarray(0, half), Buffer.from('\r\n'),
      Buffer.from(`${(gz.length - half).toString(16)}\r\n`), gz.subarray(half), Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const rec = WARCRecord.create({ url: 'https://news.example/enc', type: 'response', date: '2022-01-02T00:00:00Z', statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' } }, [chunked]);
    const p = join(t.dir, 'enc.warc');
    await warcFile(p, false, [rec]);
    const units = await collect(warcUnits(p, readContext()));
    assert.equal(units.length, 1);
    const job = units[0]!.job;
    assert.ok(job.kind === 'bytes');
    assert.equal(Buffer.from(job.bytes).toString(), html);
  } finally { t.done(); }
});

/** A good HTML resource record, then a raw record header declaring `length` bytes with only a few present (a cut file). */
async function cutAfterGood(length: string, gzip: 'none' | 'members' | 'whole'): Promise<Buffer> {
  const good = await WARCSerializer.serialize(WARCRecord.create({ url: 'https://news.example/ok', type: 'resource', date: '2020-06-01T00:00:00Z', warcHeaders: { 'Content-Type': 'text/html' } },
    [new TextEncoder().encode('<html><body><p>Ministers in Lima agreed on a budget.</p></body></html>')]), { gzip: gzip === 'members' });
  const head = Buffer.from(`WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:0e1f>\r\nContent-Type: video/mp4\r\nContent-Length: ${length}\r\n\r\n${'x'.repeat(3000)}`);
  if (gzip === 'none') return Buffer.concat([good, head]);
  if (gzip === 'members') { const z = gzipSync(head); return Buffer.concat([good, z.subarray(0, z.length - 12)]); }
  // One gzip member for the whole file, cut in the middle (as `gzip -c | head -c`): the inflater gives
  // output in blocks, so the tail must be long enough for the first block to be complete.
  const z = gzipSync(Buffer.concat([good, head, Buffer.from(randomBytes(150_000).toString('hex'))]));
  return z.subarray(0, Math.floor(z.length / 2));
}

for (const gzip of ['none', 'members', 'whole'] as const) {
  test(`WARC (${gzip} gzip): a cut record declaring a huge Content-Length ends with E035 after the pages before it, never a hang`, { timeout: 10_000 }, async () => {
    const t = tempDir();
    try {
      for (const length of gzip === 'whole' ? ['115343360', String(2 ** 40)] : ['115343360', '2000', String(2 ** 40)]) {
        const p = join(t.dir, gzip === 'none' ? 'big.warc' : 'big.warc.gz');
        writeFileSync(p, await cutAfterGood(length, gzip));
        const units = await collect(warcUnits(p, readContext()));
        assert.deepEqual(units.map((u) => u.job.kind), ['bytes', 'failure'], `length ${length}`);
        assert.equal(failCode(units[1]!.job), 'E035');
      }
    } finally { t.done(); }
  });
}

test('WARC: a negative or non-numeric Content-Length is E035 with our own message, nothing on stderr', { timeout: 10_000 }, async (ctx) => {
  const t = tempDir();
  const warned: unknown[] = [];
  ctx.mock.method(console, 'warn', (...a: unknown[]) => { warned.push(a); });
  ctx.mock.method(console, 'log', (...a: unknown[]) => { warned.push(a); });
  try {
    for (const length of ['-5', '12abc', '']) {
      const p = join(t.dir, 'neg.warc');
      const good = await cutAfterGood('10', 'none');
      writeFileSync(p, Buffer.concat([good.subarray(0, good.indexOf('WARC/1.0', 10)), Buffer.from(`WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: ${length}\r\n\r\n<p>one two three</p>\r\n\r\n`)]));
      const units = await collect(warcUnits(p, readContext()));
      assert.deepEqual(units.map((u) => failCode(u.job)), [null, 'E035'], `length ${JSON.stringify(length)}`);
      const last = units[1]!.job;
      assert.ok(last.kind === 'failure');
      assert.match(last.failure.error.message, /Content-Length/);
      assert.doesNotMatch(last.failure.error.message, /Too Small/);
    }
    assert.deepEqual(warned, []);
  } finally { t.done(); }
});

test('warcDay: a WARC-Date with a year of more than four digits or a sign gives no crawl day', () => {
  for (const bad of ['275760-09-13T00:00:00Z', '12345-01-01T00:00:00Z', '+2019-04-16T00:00:00Z', '2019-04-160T00:00:00Z', '0999-01-01T00:00:00Z', '', null, undefined]) {
    assert.equal(warcDay(bad), null, String(bad));
  }
  assert.equal(warcDay('2019-04-16T09:30:00Z'), '2019-04-16');
  assert.equal(warcDay('2019-04-16'), '2019-04-16');
});
