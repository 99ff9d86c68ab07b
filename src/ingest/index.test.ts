import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisPool } from './pool.js';
import { ingestStream, type IngestItem, type IngestOptions } from './index.js';
import { tempDir } from './testing.js';

const page = (title: string, who: string): string =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${who} met the foreign minister of Japan in Tokyo on Monday, officials said.</p><p>The two sides agreed to hold further talks next month.</p></article></body></html>`;

/** A temp dir with pages, a text file, a JSON Lines file and one binary file. */
function fixture(dir: string): void {
  writeFileSync(join(dir, 'a.html'), page('Tokyo visit', 'President Emmanuel Macron'));
  writeFileSync(join(dir, 'b.txt'), 'Chancellor Olaf Scholz arrived in Warsaw on Tuesday for talks with Polish leaders.\n');
  writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'r1', html: page('Record one', 'Prime Minister Justin Trudeau'), published: '2023-05-02' })}\n${JSON.stringify({ text: 'Ghana and Togo signed a border accord in Accra.' })}\n`);
  writeFileSync(join(dir, 'd.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]));
}

async function all(inputs: string[], opts: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingestStream(inputs, opts)) out.push(item);
  return out;
}

const summary = (items: IngestItem[]) => items.map((i) => [i.key, 'error' in i.result ? i.result.error.code : i.result.article.title]);

test('ingestStream in-process: every input kind in order; a broken input is a Failure item and the stream goes on', async () => {
  const t = tempDir();
  try {
    fixture(t.dir);
    const progress: Array<{ done: number; failed: number; total: number | null }> = [];
    const items = await all([t.dir, join(t.dir, 'missing.html')], { workers: 0, published: '2023-05-01', onProgress: (p) => progress.push(p) });
    assert.deepEqual(items.map((i) => [i.key, 'error' in i.result ? i.result.error.code : 'ok']), [
      [join(t.dir, 'a.html'), 'ok'], [join(t.dir, 'b.txt'), 'ok'], [`${join(t.dir, 'c.jsonl')}#1:r1`, 'ok'], [`${join(t.dir, 'c.jsonl')}#2`, 'ok'],
      [join(t.dir, 'd.html'), 'E003'], [join(t.dir, 'missing.html'), 'E001'],
    ]);
    const first = items[0]!.result;
    assert.ok('article' in first);
    assert.equal(first.source.path, join(t.dir, 'a.html'));
    assert.equal(first.article.title, 'Tokyo visit');
    assert.equal(first.article.published, '2023-05-01');
    assert.equal(first.article.provenance.published, 'option');
    const rec = items[2]!.result;
    assert.ok('article' in rec);
    assert.equal(rec.id, 'r1');
    assert.equal(rec.article.title, 'Record one');
    assert.equal(rec.article.published, '2023-05-02');
    assert.equal(rec.article.provenance.published, 'input');
    assert.equal(progress.length, 6);
    assert.deepEqual(progress[5], { done: 6, failed: 2, total: 6 });
    assert.ok(progress.every((p, i) => p.done === i + 1));
  } finally { t.done(); }
});

test('ingestStream with a worker pool gives the same items in the same order as in-process', async () => {
  const t = tempDir();
  try {
    fixture(t.dir);
    const inProcess = await all([t.dir], { workers: 1, published: '2023-05-01' });
    const pooled = await all([t.dir], { workers: 2, published: '2023-05-01' });
    assert.deepEqual(summary(pooled), summary(inProcess));
    assert.deepEqual(pooled.map((i) => i.result), inProcess.map((i) => i.result));
  } finally { t.done(); }
});

test('ingestStream: skip drops stored keys before reading; bad options throw E009 at once', async () => {
  const t = tempDir();
  try {
    fixture(t.dir);
    const asked: string[] = [];
    const items = await all([t.dir], { workers: 0, skip: (k) => { asked.push(k); return !k.endsWith('d.html'); } });
    assert.deepEqual(items.map((i) => i.key), [join(t.dir, 'd.html')]);
    assert.equal(asked.length, 5);
    assert.throws(() => ingestStream([t.dir], { published: '2023-02-30' }), (e: Error & { code?: string }) => e.code === 'E009');
    assert.throws(() => ingestStream([t.dir], { workers: -1 }), (e: Error & { code?: string }) => e.code === 'E009');
    assert.throws(() => ingestStream([t.dir], { workers: 1.5 }), (e: Error & { code?: string }) => e.code === 'E009');
  } finally { t.done(); }
});

test('ingestStream: abort ends the stream cleanly; so does a consumer that stops early', async () => {
  const t = tempDir();
  try {
    for (let i = 0; i < 12; i++) writeFileSync(join(t.dir, `p${String(i).padStart(2, '0')}.html`), page(`Story ${i}`, 'President Lula'));
    for (const workers of [0, 2]) {
      const ac = new AbortController();
      const seen: string[] = [];
      for await (const item of ingestStream([t.dir], { workers, signal: ac.signal })) { seen.push(item.key); if (seen.length === 2) ac.abort(); }
      assert.equal(seen.length, 2, `workers ${workers}`);
      const early: string[] = [];
      for await (const item of ingestStream([t.dir], { workers })) { early.push(item.key); break; }
      assert.deepEqual(early, [join(t.dir, 'p00.html')]);
    }
    const pre = new AbortController();
    pre.abort();
    assert.deepEqual(await all([t.dir], { workers: 0, signal: pre.signal }), []);
  } finally { t.done(); }
});

test('ingestStream: backpressure; only a small window of inputs is taken ahead of the consumer', async () => {
  const t = tempDir();
  try {
    for (let i = 0; i < 40; i++) writeFileSync(join(t.dir, `q${String(i).padStart(2, '0')}.txt`), `Note ${i}: Spain and Portugal met in Madrid.`);
    for (const [workers, window] of [[0, 2], [2, 12]] as const) {
      let asked = 0;
      for await (const item of ingestStream([t.dir], { workers, skip: () => { asked++; return false; } })) { assert.ok(item.key); break; }
      assert.ok(asked <= window + 1, `workers ${workers}: ${asked} inputs taken for one item`);
    }
  } finally { t.done(); }
});

test('ingestStream: URLs are fetched under the URL rules; private addresses are refused unless allowPrivate', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/moved') { res.writeHead(301, { location: '/story' }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page('Fetched story', 'President Cyril Ramaphosa'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const refused = await all([`${base}/story`], { workers: 0 });
    assert.deepEqual(summary(refused), [[`${base}/story`, 'E030']]);
    const allowed = await all([`${base}/moved`], { workers: 0, allowPrivate: true });
    assert.deepEqual(summary(allowed), [[`${base}/moved`, 'Fetched story']]);
    const r = allowed[0]!.result;
    assert.ok('article' in r);
    assert.equal(r.source.url, `${base}/story`);
    assert.equal(r.source.encoding, 'utf-8');
  } finally { server.close(); }
});

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The compiled package: dist/ of the repo, or DATELINE_DIST (a build elsewhere, e.g. `tsc -p tsconfig.build.json --outDir`). */
const distIngest = join(process.env.DATELINE_DIST ?? join(repo, 'dist'), 'ingest', 'index.js');

test('compiled dist/: the pool loads worker.js without tsx', { skip: !existsSync(distIngest) && 'needs dist/ (npm run build)' }, () => {
  const t = tempDir();
  try {
    fixture(t.dir);
    const script = `import { ingestStream } from ${JSON.stringify(distIngest)};
      const out = [];
      for await (const i of ingestStream([${JSON.stringify(t.dir)}], { workers: 2 })) out.push([i.key, 'error' in i.result ? i.result.error.code : 'ok']);
      console.log(JSON.stringify(out));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf-8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as string[][];
    assert.deepEqual(out.map((o) => o[0]), ['a.html', 'b.txt', 'c.jsonl#1:r1', 'c.jsonl#2', 'd.html'].map((k) => join(t.dir, k)));
    assert.deepEqual(out.map((o) => o[1]), ['ok', 'ok', 'ok', 'ok', 'E003']);
  } finally { t.done(); }
});

/** A page text for the stand-in worker tests (its content does not matter to them). */
const STAND_IN_PAGE = 'Officials in Chile said on Monday that the talks with Peru would resume next week in Lima.';

/**
 * Runs `body` with a temp folder holding the pages `names` and a pool factory over a stand-in worker
 * module of `source`. Stand-in workers are CommonJS: Node 20 loads an ES module a thread `require`s
 * through its require(esm) path, which aborts the whole process when the pool ends a thread mid-load.
 */
async function withStandIn(source: string, names: readonly string[], body: (paths: string[], pool: () => AnalysisPool) => Promise<void>): Promise<void> {
  const { newPool } = await import('./pool.js');
  const { dir, done } = tempDir();
  try {
    const worker = join(dir, 'stand-in-worker.cjs');
    writeFileSync(worker, source);
    for (const n of names) writeFileSync(join(dir, n), STAND_IN_PAGE);
    await body(names.map((n) => join(dir, n)), () => newPool(2, { filename: new URL(`file://${worker}`).href, execArgv: [] }));
  } finally { done(); }
}

/** A check that an error is E099 with a message matching `re`. */
const e099 = (re: RegExp) => (err: unknown): boolean => (err as { code?: string }).code === 'E099' && re.test((err as Error).message);

test('ingestStream: worker threads that cannot load stop the stream with E099, and no unhandled error ends the process', async () => {
  await withStandIn('throw new Error("this worker cannot load");\n', ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'], async (paths, pool) => {
    const items: IngestItem[] = [];
    await assert.rejects(async () => {
      for await (const item of ingestStream(paths, { workers: 2, pool: pool() })) items.push(item);
    }, e099(/cannot load/));
    // The pool's error event or three failed inputs in a row stop it, whichever comes first: at most
    // two inputs were yielded first, each an E099 failure naming the cause.
    assert.ok(items.length <= 2, `${items.length} items before the stop`);
    for (const i of items) assert.match('error' in i.result ? `${i.result.error.code} ${i.result.error.message}` : 'ok', /^E099 .*cannot load/);
  });
});

test('ingestStream: a thread that dies on one input fails that input (E099) and the batch goes on; dying on every input stops it', async () => {
  // Ends its thread on inputs named "crash", answers the rest with a Failure record.
  const crashy = 'module.exports = (job) => { if (job.path.includes("crash")) process.exit(1);'
    + ' return { schema: "dateline/1", source: { path: job.path, url: null, id: null, mediaType: null, encoding: null, sha256: null, bytes: null }, error: { code: "E002", message: "stand-in" } }; };\n';
  const names = ['a.txt', 'crash-b.txt', 'c.txt', 'd.txt', 'crash-1.txt', 'crash-2.txt', 'crash-3.txt', 'crash-4.txt', 'crash-5.txt'];
  await withStandIn(crashy, names, async (paths, pool) => {
    const items: IngestItem[] = [];
    for await (const item of ingestStream(paths.slice(0, 4), { workers: 2, pool: pool() })) items.push(item);
    assert.deepEqual(items.map((i) => ('error' in i.result ? i.result.error.code : 'ok')), ['E002', 'E099', 'E002', 'E002']);
    assert.match('error' in items[1]!.result ? items[1]!.result.error.message : '', /worker thread analyzing this input stopped/);
    await assert.rejects(async () => {
      for await (const _ of ingestStream(paths.slice(4), { workers: 2, pool: pool() })) { /* drain */ }
    }, e099(/stopped/));
  });
});

test('ingestStream: a worker module that answers with no record is broken: E099, not a crash', async () => {
  await withStandIn('module.exports = () => undefined;\n', ['a.txt', 'b.txt', 'c.txt', 'd.txt'], async (paths, pool) => {
    await assert.rejects(async () => {
      for await (const _ of ingestStream(paths, { workers: 2, pool: pool() })) { /* drain */ }
    }, e099(/answered without an analysis/));
  });
});
