import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledWorker, newPool, workerSetup } from './pool.js';

test('workerSetup: under tsx the worker is the .ts file beside this module, and workers load tsx', () => {
  const { filename, execArgv } = workerSetup();
  assert.match(filename, /\/ingest\/worker\.ts$/);
  assert.ok(existsSync(fileURLToPath(filename)));
  assert.ok(execArgv.some((a) => a.includes('tsx')));
});

test('newPool: the worker analyzes a job and returns a Failure record for a missing file', async () => {
  const pool = newPool(1);
  try {
    const res = await pool.head.run({ kind: 'path', options: {}, path: '/nonexistent/dateline/page.html' });
    assert.equal(res.error.code, 'E001');
    assert.equal(res.source.path, '/nonexistent/dateline/page.html');
  } finally { await pool.destroy(); }
});

test('inheritableExecArgv keeps module hooks and drops flags about the main script', async () => {
  const { inheritableExecArgv } = await import('./pool.js');
  assert.deepEqual(
    inheritableExecArgv(['--input-type', 'module', '-e', 'code()', '--import', 'tsx', '--cpu-prof', '--no-warnings', '--require=./x.cjs', '--test']),
    ['--import', 'tsx', '--no-warnings', '--require=./x.cjs'],
  );
  assert.deepEqual(inheritableExecArgv(['--input-type=module', '--eval=1', '--conditions', 'dev']), ['--conditions', 'dev']);
  assert.deepEqual(inheritableExecArgv([]), []);
});

test('bundledWorker: the bundle is used only when it is at least as new as the compiled worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bundle-'));
  try {
    const worker = join(dir, 'worker.js'), bundle = join(dir, 'worker.bundle.js');
    writeFileSync(worker, 'export default () => null;\n');
    assert.equal(bundledWorker(pathToFileURL(worker)), null, 'no bundle');
    writeFileSync(bundle, 'export default () => null;\n');
    utimesSync(worker, 1_000, 1_000); utimesSync(bundle, 2_000, 2_000);
    assert.equal(bundledWorker(pathToFileURL(worker))?.href, pathToFileURL(bundle).href);
    utimesSync(worker, 3_000, 3_000);
    assert.equal(bundledWorker(pathToFileURL(worker)), null, 'compiled again without bundling: stale bundle');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

const distWorker = new URL('../../dist/ingest/worker.js', import.meta.url);
const distBundle = new URL('../../dist/ingest/worker.bundle.js', import.meta.url);
test('the bundled worker of dist/ analyzes a page exactly as the compiled modules do (models and data found)', {
  skip: (!existsSync(distBundle) || !existsSync(distWorker)) && 'needs `npm run build` (dist/ingest/worker.bundle.js)',
}, async () => {
  const page = fileURLToPath(new URL('../../examples/ministers-page.html', import.meta.url));
  const job = { kind: 'path', options: { published: '2024-03-05' }, path: page };
  const plain = (await import(distWorker.href)) as { default: (j: unknown) => Promise<Record<string, unknown>> };
  const bundled = (await import(distBundle.href)) as typeof plain;
  const a = await plain.default(job), b = await bundled.default(job);
  assert.ok(!('error' in a), 'the page analyzes');
  assert.ok(Array.isArray(a.entities) && (a.entities as unknown[]).length > 0, 'entities found: the NER model and gazetteers were read');
  assert.deepEqual(b, a);
});

test('preloadedStages: a tail thread loads the resources of the stages after the split; a head thread or whole jobs none', async () => {
  const { preloadedStages } = await import('./worker.js');
  const { PIPELINE_SPLIT } = await import('./rules.js');
  const { splitStages } = await import('../pipeline.js');
  assert.deepEqual(preloadedStages({ part: 'tail', after: PIPELINE_SPLIT.after }), splitStages(PIPELINE_SPLIT.after).tail);
  assert.deepEqual(preloadedStages({ part: 'tail', after: 'timex' }).map((s) => s.name), ['entities', 'quotes', 'actors', 'events']);
  assert.deepEqual(preloadedStages({ part: 'head', after: 'timex' }), []);
  assert.deepEqual(preloadedStages({ part: 'whole', after: null }), []);
  assert.deepEqual(preloadedStages(undefined), []);
  assert.deepEqual(preloadedStages({ part: 'tail', after: 'no-such-stage' }), []);
});
