import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
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
    const skip = (k: string): boolean => { asked.push(k); return k.endsWith('a.html') || k.endsWith('#1:k1') || k.startsWith('https:'); };
    const units = await collect(expandInputs([t.dir, 'https://example.org/story'], readContext({ skip })));
    assert.deepEqual(units.map((u) => u.key), [join(t.dir, 'b.html'), `${join(t.dir, 'r.jsonl')}#2`]);
    assert.deepEqual(asked, [join(t.dir, 'a.html'), join(t.dir, 'b.html'), `${join(t.dir, 'r.jsonl')}#1:k1`, `${join(t.dir, 'r.jsonl')}#2`, 'https://example.org/story']);
  } finally { t.done(); }
});

test('standard input: "-" is one page read with the size limit', async () => {
  const { Readable } = await import('node:stream');
  const units = await collect(expandInputs(['-'], readContext({ stdin: Readable.from([Buffer.from(PAGE)]) })));
  assert.equal(units.length, 1);
  assert.equal(units[0]!.key, `-#${createHash('sha256').update(PAGE).digest('hex')}`);
  const job = units[0]!.job;
  assert.ok(job.kind === 'bytes' && Buffer.from(job.bytes).toString() === PAGE);
});

test('standard input: pages are keyed by content, so other piped content is not taken as stored', async () => {
  const keyOf = async (body: string): Promise<string> => (await collect(expandInputs(['-'], readContext({ stdin: Readable.from([Buffer.from(body)]) }))))[0]!.key;
  const a = await keyOf(PAGE);
  const b = await keyOf(PAGE.replace('Lima', 'Quito'));
  assert.notEqual(a, b);
  assert.equal(await keyOf(PAGE), a);
  assert.match(b, /^-#[0-9a-f]{64}$/);
  const stored = new Set([a]);
  const left = await collect(expandInputs(['-'], readContext({ stdin: Readable.from([Buffer.from(PAGE)]), skip: (k) => stored.has(k) })));
  assert.deepEqual(left, []);
});

test('URL arguments of other schemes are refused (E030); an existing file with a colon in its name is read', async () => {
  const t = tempDir();
  try {
    const colon = join(t.dir, 'notes:2020.html');
    writeFileSync(colon, PAGE);
    const args = ['file:///etc/passwd', 'ftp://files.example/x.html', 'gopher://old.example/', 'mailto:desk@news.example', colon];
    const units = await collect(expandInputs(args, readContext()));
    assert.deepEqual(units.map((u) => [u.key, failCode(u.job)]), [...args.slice(0, 4).map((a) => [a, 'E030']), [colon, null]]);
    const missing = await collect(expandInputs([join(t.dir, 'gone.html')], readContext()));
    assert.equal(missing[0]!.job.kind, 'path'); // a plain missing path is still read (and reported E001) as before
  } finally { t.done(); }
});

test('directories: FIFOs, sockets and symlink loops inside are reported (E010, E005) and the walk goes on', { skip: process.platform === 'win32' && 'POSIX only' }, async () => {
  const t = tempDir();
  const server = createServer();
  try {
    writeFileSync(join(t.dir, 'a.html'), PAGE);
    execFileSync('mkfifo', [join(t.dir, 'b.html')]);
    await new Promise<void>((res) => server.listen(join(t.dir, 'c.txt'), res));
    symlinkSync('d.html', join(t.dir, 'd.html'));
    symlinkSync('loopdir', join(t.dir, 'loopdir'));
    writeFileSync(join(t.dir, 'e.html'), PAGE);
    execFileSync('mkfifo', [join(t.dir, 'notes')]); // not a name the walk takes
    const units = await collect(expandInputs([t.dir], readContext()));
    assert.deepEqual(units.map((u) => [u.key.slice(t.dir.length + 1), failCode(u.job)]),
      [['a.html', null], ['b.html', 'E010'], ['c.txt', 'E010'], ['d.html', 'E005'], ['e.html', null], ['loopdir', 'E005']]);
  } finally { server.close(); t.done(); }
});
