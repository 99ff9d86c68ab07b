import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { jsonlUnits, splitLines, type Line } from './jsonl.js';
import { collect, failCode, readContext, tempDir } from './testing.js';

async function lines(chunks: string[], limit?: number): Promise<Array<string | number>> {
  const out: Array<string | number> = [];
  for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), limit)) out.push('tooLong' in l ? -l.no : (l as Extract<Line, { bytes: Buffer }>).bytes.toString());
  return out;
}

test('splitLines: LF and CRLF, lines split across chunks, no final newline', async () => {
  assert.deepEqual(await lines(['a\r\nb', 'c\n', '\nd']), ['a', 'bc', '', 'd']);
  assert.deepEqual(await lines(['x\n']), ['x']);
  assert.deepEqual(await lines([...'one\ntwo\n']), ['one', 'two']);
  assert.deepEqual(await lines([]), []);
});

test('splitLines: a line over the limit is dropped as it streams and the next line still reads', async () => {
  assert.deepEqual(await lines(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'], 40), ['short', -2, 'after']);
  assert.deepEqual(await lines(['z'.repeat(50)], 40), [-1]);
});

test('splitLines: streams; the first line comes out before the source is read to the end', async () => {
  let pulled = 0;
  async function* source(): AsyncGenerator<Buffer> { for (let i = 0; i < 1000; i++) { pulled++; yield Buffer.from(`{"text":"line ${i}"}\n`); } }
  for await (const l of splitLines(source())) { assert.equal(l.no, 1); break; }
  assert.ok(pulled <= 2, `pulled ${pulled} chunks for one line`);
});

test('jsonlUnits: keys by id or line number; records become string jobs with their fields', async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, 'r.jsonl');
    writeFileSync(p, [
      JSON.stringify({ id: 'a-1', html: '<p>Kenya and Uganda signed a water deal.</p>', url: 'https://news.example/a', published: '2022-08-01T10:00:00Z' }),
      '',
      JSON.stringify({ id: 7, text: 'Brazil hosted the summit.' }),
      JSON.stringify({ text: 'No id here.' }),
    ].join('\r\n') + '\n');
    const units = await collect(jsonlUnits(p, readContext({ options: { published: '2020-01-01' } })));
    assert.deepEqual(units.map((u) => u.key), [`${p}#1:a-1`, `${p}#3:7`, `${p}#4`]);
    const [a, b, c] = units.map((u) => u.job);
    assert.ok(a!.kind === 'string' && b!.kind === 'string' && c!.kind === 'string');
    assert.deepEqual({ ...a, options: undefined }, { kind: 'string', options: undefined, text: '<p>Kenya and Uganda signed a water deal.</p>', mediaType: 'text/html', path: `${p}:1`, url: 'https://news.example/a', id: 'a-1', published: '2022-08-01' });
    assert.equal(a.options.published, '2020-01-01');
    assert.equal(b.mediaType, 'text/plain');
    assert.equal(b.id, '7');
    assert.equal(c.id, undefined);
    assert.equal(c.path, `${p}:4`);
  } finally { t.done(); }
});

test('jsonlUnits: bad lines are coded failures and the file goes on', async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, 'bad.jsonl');
    writeFileSync(p, Buffer.concat([
      Buffer.from('{not json\n'),
      Buffer.from('{"id":"n","title":"no body"}\n'),
      Buffer.from('{"id":"d","text":"Dated.","published":"2021-02-30"}\n'),
      Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n'),
      Buffer.from('{"text":"Good one."}\n'),
    ]));
    const units = await collect(jsonlUnits(p, readContext()));
    assert.deepEqual(units.map((u) => [u.key, failCode(u.job)]), [[`${p}#1`, 'E006'], [`${p}#2:n`, 'E006'], [`${p}#3:d`, 'E006'], [`${p}#4`, 'E004'], [`${p}#5`, null]]);
    const withId = units[1]!.job;
    assert.ok(withId.kind === 'failure' && withId.failure.id === 'n' && withId.failure.source.path === `${p}:2`);
  } finally { t.done(); }
});

test('jsonlUnits: standard input is read line by line', async () => {
  const stdin = Readable.from([Buffer.from('{"id":"s1","text":"From a pipe."}\n')]);
  const units = await collect(jsonlUnits('-', readContext({ stdin })));
  const line = '{"id":"s1","text":"From a pipe."}';
  assert.deepEqual(units.map((u) => u.key), [`(stdin)#${createHash('sha256').update(line).digest('hex')}`]);
});

test('jsonlUnits: records sharing an id (or ids 1 and "1") get distinct keys, the same on a re-run', async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, 'dup.jsonl');
    writeFileSync(p, ['{"id":"x","text":"Chile voted."}', '{"id":"x","text":"Peru voted later."}', '{"id":1,"text":"Ghana won."}', '{"id":"1","text":"Togo lost."}', '{"text":"No id."}'].join('\n'));
    const keys = (await collect(jsonlUnits(p, readContext()))).map((u) => u.key);
    assert.deepEqual(keys, [`${p}#1:x`, `${p}#2:x`, `${p}#3:1`, `${p}#4:1`, `${p}#5`]);
    assert.deepEqual((await collect(jsonlUnits(p, readContext()))).map((u) => u.key), keys);
  } finally { t.done(); }
});

test('jsonlUnits: standard input lines are keyed by content, so a different pipe is not taken as stored', async () => {
  const keysOf = async (body: string): Promise<string[]> => (await collect(jsonlUnits('-', readContext({ stdin: Readable.from([Buffer.from(body)]) })))).map((u) => u.key);
  const first = await keysOf('{"id":"a","text":"Spain signed."}\n{"id":"a","text":"Italy signed."}\n');
  const second = await keysOf('{"id":"a","text":"Greece refused."}\n');
  assert.equal(new Set([...first, ...second]).size, 3);
  assert.deepEqual(await keysOf('{"id":"a","text":"Spain signed."}\n'), [first[0]]);
  const long = await collect(jsonlUnits('-', readContext({ stdin: Readable.from([Buffer.from('{"text":"' + 'q'.repeat(50) + '"}\n')]) })));
  assert.match(long[0]!.key, /^\(stdin\)#[0-9a-f]{64}$/);
});
