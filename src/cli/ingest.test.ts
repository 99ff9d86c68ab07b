import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisPool } from '../ingest/pool.js';
import { earlyPool } from './ingest.js';
import { runIngest } from './ingest-run.js';

test('earlyPool: a pool only for two threads or more, and none for a value the command rejects', async () => {
  for (const v of ['1', '0', '-2', 'two', '2.5', '257', '']) assert.equal(await earlyPool(v), undefined, JSON.stringify(v));
  const pool = await earlyPool('2');
  try {
    assert.equal(pool?.head.options.maxThreads, 1, 'one head thread');
    assert.equal(pool?.tail?.options.maxThreads, 1, 'one tail thread');
    assert.equal(pool?.after, 'timex');
  } finally { await pool?.destroy(); }
});

test('runIngest destroys the started pool when the database cannot be opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  let destroyed = 0;
  const pool = { destroy: async () => { destroyed++; } } as unknown as AnalysisPool;
  const err: string[] = [];
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => { err.push(s); return true; } } };
  try {
    // The database path is a directory: E020, exit code 4, before any input is read.
    const code = await runIngest([join(dir, 'none.html')], { db: dir, inputFormat: 'auto', workers: '2' }, io, undefined, pool);
    assert.equal(code, 4);
    assert.match(err.join(''), /E020/);
    assert.ok(destroyed >= 1, 'pool destroyed');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
