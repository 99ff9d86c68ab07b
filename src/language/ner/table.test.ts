import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SortedTable, packTable, readTable } from './table.js';
import { fnv } from './hash.js';

const tmp = (name: string): string => join(mkdtempSync(join(tmpdir(), 'table-')), name);

test('a packed table reads back as views: every key found, absent keys undefined', () => {
  const entries: [number, number][] = [[fnv('oslo'), 7], [fnv('lima'), 0], [0xffffffff, 65535], [1, 3]];
  const file = tmp('t.bin');
  writeFileSync(file, packTable(entries, 1));
  const t = readTable(file, 1);
  assert.equal(t.size, 4);
  for (const [k, v] of entries) assert.equal(t.get(k), v);
  assert.equal(t.get(fnv('quito')), undefined);
  assert.equal(t.get(0), undefined);
  assert.ok([...t.keys].every((k, i, a) => i === 0 || a[i - 1] < k), 'keys ascending');
});

test('two values per key combine as lo + hi * 65536; the first entry wins on a repeated key', () => {
  const file = tmp('t2.bin');
  writeFileSync(file, packTable([[5, 2 + 9 * 65536], [3, 65535 + 65535 * 65536], [5, 1]], 2));
  const t = readTable(file, 2);
  assert.equal(t.size, 2);
  assert.equal(t.get(5), 2 + 9 * 65536);
  assert.equal(t.get(3), 65535 + 65535 * 65536);
});

test('an absent file is an empty table; a file of the wrong size is an error', () => {
  assert.equal(readTable(join(tmpdir(), 'no-such-dir-y', 'x.bin'), 1).size, 0);
  const file = tmp('bad.bin');
  writeFileSync(file, Buffer.alloc(7));
  assert.throws(() => readTable(file, 1), /not a multiple of 6/);
});

test('binary search agrees with a Map on many keys', () => {
  const m = new Map<number, number>();
  for (let i = 0; i < 5000; i++) m.set(fnv(`w${i}`), i % 65536);
  const t = readTableFrom(packTable(m, 1));
  for (const [k, v] of m) assert.equal(t.get(k), v);
  for (let i = 5000; i < 5100; i++) assert.equal(t.get(fnv(`w${i}`)), m.get(fnv(`w${i}`)));
});

function readTableFrom(b: Buffer): SortedTable {
  const file = tmp('m.bin');
  writeFileSync(file, b);
  return readTable(file, 1);
}
