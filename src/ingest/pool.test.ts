import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newPool, workerSetup } from './pool.js';

test('workerSetup: under tsx the worker is the .ts file beside this module, and workers load tsx', () => {
  const { filename, execArgv } = workerSetup();
  assert.match(filename, /\/ingest\/worker\.ts$/);
  assert.ok(existsSync(fileURLToPath(filename)));
  assert.ok(execArgv.some((a) => a.includes('tsx')));
});

test('newPool: the worker analyzes a job and returns a Failure record for a missing file', async () => {
  const pool = newPool(1);
  try {
    const res = await pool.run({ kind: 'path', options: {}, path: '/nonexistent/dateline/page.html' });
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
