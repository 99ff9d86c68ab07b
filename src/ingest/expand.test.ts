import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, kindOf } from './expand.js';
import { collect, failCode, readContext, tempDir } from './testing.js';

const PAGE = '<html><body><p>Ministers from Chile and Peru met in Lima on Friday.</p></body></html>';

test('kindOf: input kinds by extension; other names are passed over by a walk', () => {
  const cases: Array<[string, string | null]> = [
    ['a.html', 'page'], ['B.HTM', 'page'], ['c.txt', 'page'], ['d.jsonl', 'jsonl'], ['e.warc', 'warc'], ['f.warc.gz', 'warc'],
    ['g.rss', 'feed'], ['h.atom', 'feed'], ['i.xml', 'feed'], ['j.gz', null], ['k.json', null], ['l.png', null], ['html', null],
  ];
  for (const [name, kind] of cases) assert.equal(kindOf(name), kind, name);
});

test('directories: walked recursively in sorted order, by extension, hidden names and symlinked directories skipped', async () => {
  const t = tempDir();
  try {
    mkdirSync(join(t.dir, 'b', 'deep'), { recursive: true });
    mkdirSync(join(t.dir, '.git'));
    writeFileSync(join(t.dir, 'z.html'), PAGE);
    writeFileSync(join(t.dir, 'a.txt'), 'Plain text about Peru.');
    writeFileSync(join(t.dir, 'b', 'deep', 'm.htm'), PAGE);
    writeFileSync(join(t.dir, 'b', 'notes.md'), '# not an input');
    writeFileSync(join(t.dir, '.git', 'x.html'), PAGE);
    writeFileSync(join(t.dir, '.hidden.html'), PAGE);
    symlinkSync(join(t.dir, 'b'), join(t.dir, 'c-link'));
    symlinkSync(join(t.dir, 'z.html'), join(t.dir, 'y-link.html'));
    const units = await collect(expandInputs([t.dir], readContext()));
    assert.deepEqual(units.map((u) => u.key), ['a.txt', 'b/deep/m.htm', 'y-link.html', 'z.html'].map((p) => join(t.dir, p)));
    assert.deepEqual(units.map((u) => u.job.kind), ['path', 'path', 'path', 'path']);
  } finally { t.done(); }
});

test('directories: an empty tree is one E039 failure; a missing file is read (and fails) as a page', async () => {
  const t = tempDir();
  try {
    mkdirSync(join(t.dir, 'empty', 'sub'), { recursive: true });
    writeFileSync(join(t.dir, 'empty', 'sub', 'readme.md'), 'nothing');
    const units = await collect(expandInputs([join(t.dir, 'empty'), join(t.dir, 'missing.html')], readContext()));
    assert.equal(units.length, 2);
    assert.equal(failCode(units[0]!.job), 'E039');
    assert.equal(units[1]!.key, join(t.dir, 'missing.html'));
    assert.equal(units[1]!.job.kind, 'path');
    const missingFeed = await collect(expandInputs([join(t.dir, 'gone.rss'), join(t.dir, 'gone.jsonl'), join(t.dir, 'gone.warc')], readContext()));
    assert.deepEqual(missingFeed.map((u) => [u.key, failCode(u.job)]), ['gone.rss', 'gone.jsonl', 'gone.warc'].map((n) => [join(t.dir, n), 'E001']));
  } finally { t.done(); }
});

test('globs: expanded with tinyglobby when the argument is not an existing path; no match is E039', async () => {
  const t = tempDir();
  try {
    mkdirSync(join(t.dir, 'x', 'y'), { recursive: true });
    writeFileSync(join(t.dir, 'x', 'two.html'), PAGE);
    writeFileSync(join(t.dir, 'x', 'y', 'one.html'), PAGE);
    writeFileSync(join(t.dir, 'x', 'y', 'skip.txt'), 'text');
    writeFileSync(join(t.dir, 'odd[1].html'), PAGE);
    const units = await collect(expandInputs([`${t.dir}/x/**/*.html`, join(t.dir, 'odd[1].html'), `${t.dir}/nothing/*.html`], readContext()));
    assert.deepEqual(units.map((u) => u.key), [join(t.dir, 'x', 'two.html'), join(t.dir, 'x', 'y', 'one.html'), join(t.dir, 'odd[1].html'), `${t.dir}/nothing/*.html`]);
    assert.equal(failCode(units[3]!.job), 'E039');
  } finally { t.done(); }
});

test('skip: asked with each key before reading; skipped inputs yield nothing', async () => {
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, 'a.html'), PAGE);
    writeFileSync(join(t.dir, 'b.html'), PAGE);
    writeFileSync(join(t.dir, 'r.jsonl'), '{"id":"k1","text":"One."}\n{"text":"Two."}\n');
    const asked: string[] = [];
    const skip = (k: string): boolean => { asked.push(k); return k.endsWith('a.html') || k.endsWith('#k1') || k.startsWith('https:'); };
    const units = await collect(expandInputs([t.dir, 'https://example.org/story'], readContext({ skip })));
    assert.deepEqual(units.map((u) => u.key), [join(t.dir, 'b.html'), `${join(t.dir, 'r.jsonl')}#2`]);
    assert.deepEqual(asked, [join(t.dir, 'a.html'), join(t.dir, 'b.html'), `${join(t.dir, 'r.jsonl')}#k1`, `${join(t.dir, 'r.jsonl')}#2`, 'https://example.org/story']);
  } finally { t.done(); }
});

test('standard input: "-" is one page read with the size limit', async () => {
  const { Readable } = await import('node:stream');
  const units = await collect(expandInputs(['-'], readContext({ stdin: Readable.from([Buffer.from(PAGE)]) })));
  assert.equal(units.length, 1);
  assert.equal(units[0]!.key, '-');
  const job = units[0]!.job;
  assert.ok(job.kind === 'bytes' && Buffer.from(job.bytes).toString() === PAGE);
});
