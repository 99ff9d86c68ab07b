/**
 * Legacy-encoded pages (fixtures/encodings, our own text): the HTTP charset, a BOM, the meta
 * charset, then detection over the whole document decide the encoding, and the article text
 * comes out readable through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decode } from './decode.js';
import { fromBytes } from './index.js';
import { analyze } from '../analyze.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url));

const CASES = [
  { file: 'latin1-meta.html', encoding: 'windows-1252', how: 'meta', probe: 'Besançon vote un budget réduit' },
  { file: 'latin1-undeclared.html', encoding: /^(windows-1252|iso-8859-1)$/, how: 'detected', probe: 'les écoles et les crèches' },
  { file: 'gbk-meta.html', encoding: 'gbk', how: 'meta', probe: '北京将开放新公园' },
  { file: 'euc-kr-undeclared.html', encoding: 'euc-kr', how: 'detected', probe: '지하철 운행 시간을 연장하겠다고' },
  { file: 'euc-kr-late-text.html', encoding: 'euc-kr', how: 'detected', probe: '주민 설명회를 세 차례 더 열 예정' },
] as const;

for (const c of CASES) {
  test(`encoding fixture ${c.file}: ${c.how} as ${String(c.encoding)}`, async () => {
    const d = decode(fixture(c.file));
    assert.equal(d.how, c.how);
    if (typeof c.encoding === 'string') assert.equal(d.encoding, c.encoding);
    else assert.match(d.encoding, c.encoding);
    assert.ok(d.text.includes(c.probe), `decoded text lacks ${c.probe}`);
    assert.ok(!d.text.includes('\uFFFD'), 'no replacement characters');
    const out = await analyze({ bytes: fixture(c.file), path: c.file });
    assert.ok(out.article.text.includes(c.probe) || out.article.title === c.probe,
      `article lacks ${c.probe}: ${out.article.title} | ${out.article.text.slice(0, 80)}`);
  });
}

test('the HTTP charset outranks the meta charset; a BOM outranks both', () => {
  const body = iconv.encode('<meta charset="iso-8859-1"><p>Zürich</p>', 'utf-8');
  assert.equal(decode(body, 'utf-8').how, 'declared');
  assert.match(decode(body, 'utf-8').text, /Zürich/);
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
  const d = decode(withBom, 'iso-8859-1');
  assert.equal(d.how, 'bom');
  assert.match(d.text, /Zürich/);
});

test('a header charset reaches the Loaded source and W002 names a detected encoding', () => {
  const gbk = fixture('gbk-meta.html');
  assert.equal(fromBytes(gbk, 'x.html', { charset: 'GBK' }).ok && fromBytes(gbk, 'x.html', { charset: 'GBK' }).source.encoding, 'gbk');
  const korean = fromBytes(fixture('euc-kr-late-text.html'), 'k.html');
  assert.ok(korean.ok);
  assert.equal(korean.source.encoding, 'euc-kr');
  assert.match(korean.warnings?.[0]?.message ?? '', /euc-kr/);
});

test('a meta charset of UTF-16 on bytes that read as ASCII is taken as UTF-8 (HTML Standard, prescan)', () => {
  for (const label of ['utf-16', 'UTF-16LE', 'utf-16be']) {
    const page = Buffer.from(`<html><head><meta charset="${label}"></head><body><p>Talks in Lisbon ended on Friday.</p></body></html>`);
    const d = decode(page);
    assert.equal(d.encoding, 'utf-8', label);
    assert.match(d.text, /Talks in Lisbon ended/, label);
  }
});
