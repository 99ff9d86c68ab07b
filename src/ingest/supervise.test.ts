import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Failure } from '../doc.js';
import { scratchDir } from '../scratch.js';
import type { Job } from './job.js';
import { laneThreads, splitPool } from './pool.js';
import { LANE_MERGE } from './rules.js';
import { poolRunner, unequal } from './supervise.js';

/**
 * A stand-in split worker (CommonJS: see index.test.ts `withStandIn`). A head task answers the job's
 * path as bytes after `HEAD_MS` of busy work; a tail task answers a Failure record whose message
 * says how it ran ("split"), after `TAIL_MS`; a whole job answers "whole" after both. Paths with
 * "crash-head" / "crash-tail" end the thread in that part.
 */
function standIn(headMs: number, tailMs: number): string {
  const dir = scratchDir('dateline-lanes-');
  const file = join(dir, 'lanes-worker.cjs');
  writeFileSync(file, `
const spin = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
const rec = (path, how) => ({ schema: 'dateline/1', source: { path, url: null, id: null, mediaType: null, encoding: null, sha256: null, bytes: null }, error: { code: 'E002', message: how } });
module.exports = (task) => {
  if (task.part === 'head') { if (task.job.path.includes('crash-head')) process.exit(1); spin(${headMs}); return Buffer.from(task.job.path); }
  if (task.part === 'tail') { const p = Buffer.from(task.packed).toString(); if (p.includes('crash-tail')) process.exit(1); spin(${tailMs}); return rec(p, 'split'); }
  spin(${headMs + tailMs}); return rec(task.path, 'whole');
};
`);
  return new URL(`file://${file}`).href;
}

const job = (path: string): Job => ({ kind: 'path', path, options: {} });

/** Runs `n` jobs with at most `window` in flight, as `ingestStream` does; answers in input order. */
async function windowed(runner: { run(j: Job): Promise<Analysis | Failure> }, n: number, window = 12): Promise<Array<Analysis | Failure>> {
  const out: Array<Analysis | Failure> = new Array(n);
  let next = 0;
  const lane = async (): Promise<void> => { while (next < n) { const i = next++; out[i] = await runner.run(job(`/in/${i}.html`)); } };
  await Promise.all(Array.from({ length: window }, lane));
  return out;
}
const how = (r: Analysis | Failure): string => ('error' in r ? r.error.message : 'analysis');

test('laneThreads: half the threads run the head, at least one each; below two threads no split', () => {
  assert.equal(laneThreads(1), null);
  assert.equal(laneThreads(0), null);
  assert.deepEqual(laneThreads(2), { head: 1, tail: 1 });
  assert.deepEqual(laneThreads(3), { head: 1, tail: 2 });
  assert.deepEqual(laneThreads(8), { head: 4, tail: 4 });
});

test('unequal: one half taking more than LANE_MERGE.ratio times the other per thread; none before enough samples', () => {
  assert.equal(unequal({ meanMs: 10, threads: 1 }, { meanMs: 10 * LANE_MERGE.ratio + 1, threads: 1 }), true);
  assert.equal(unequal({ meanMs: 10 * LANE_MERGE.ratio + 1, threads: 1 }, { meanMs: 10, threads: 1 }), true);
  assert.equal(unequal({ meanMs: 10, threads: 1 }, { meanMs: 12, threads: 1 }), false);
  assert.equal(unequal({ meanMs: 10, threads: 1 }, { meanMs: 20, threads: 2 }), false, 'per thread: twice the time on twice the threads');
  assert.equal(unequal({ meanMs: null, threads: 1 }, { meanMs: 100, threads: 1 }), false);
});

test('poolRunner over a split pool: each job runs head then tail; a thread dying in either part fails only that input (E099)', async () => {
  const pool = splitPool(2, { filename: standIn(0, 0), execArgv: [] });
  const stop = new AbortController();
  const runner = poolRunner(() => { throw new Error('not used'); }, pool, stop);
  try {
    const names = ['a', 'b', 'crash-head-c', 'd', 'crash-tail-e', 'f'];
    const out = await Promise.allSettled(names.map((n) => runner.run(job(`/in/${n}.html`))));
    assert.deepEqual(out.map((o) => (o.status === 'fulfilled' ? how(o.value) : (o.reason as { code: string }).code)), ['split', 'split', 'E099', 'split', 'E099', 'split']);
    assert.equal(runner.merged.at, 0);
    runner.check();
  } finally { await runner.destroy(); }
});

/** Runs `extra` jobs past LANE_MERGE.minSamples through a split pool of a stand-in with these part costs; answers how each ran. */
async function laneRun(headMs: number, tailMs: number, extra: number): Promise<{ kinds: string[]; merged: boolean }> {
  const runner = poolRunner(() => splitPool(2, { filename: standIn(headMs, tailMs), execArgv: [] }), null, new AbortController());
  try {
    const out = await windowed(runner, LANE_MERGE.minSamples + extra);
    return { kinds: out.map(how), merged: runner.merged.at > 0 };
  } finally { await runner.destroy(); }
}

test('poolRunner: lanes whose halves cost about the same stay split', async () => {
  // 10 ms a part: long enough that the wall-time means of two busy threads on a loaded machine stay
  // within LANE_MERGE.ratio of each other (2 ms parts once merged under a test run's load).
  const { kinds, merged } = await laneRun(10, 10, 64);
  assert.equal(merged, false);
  assert.ok(kinds.every((k) => k === 'split'));
});

test('poolRunner: when the tail half costs far more than the head (rule lane-merge), the lanes merge and run whole jobs', async () => {
  const { kinds, merged } = await laneRun(0, 3, 160);
  assert.ok(merged, 'merged');
  assert.ok(kinds.filter((k) => k === 'split').length >= LANE_MERGE.minSamples, 'split until enough tail tasks were timed');
  assert.ok(kinds.filter((k) => k === 'whole').length > 0, 'whole jobs after the merge');
  assert.equal(kinds.at(-1), 'whole', 'the last jobs ran whole');
});

test('poolRunner: stopping rejects the waiting jobs and the ones in flight', async () => {
  const stop = new AbortController();
  const runner = poolRunner(() => splitPool(2, { filename: standIn(20, 20), execArgv: [] }), null, stop);
  try {
    const runs = Array.from({ length: 8 }, (_, i) => runner.run(job(`/in/${i}.html`)));
    setTimeout(() => stop.abort(), 5);
    const out = await Promise.allSettled(runs);
    assert.ok(out.every((o) => o.status === 'rejected'), 'every job rejected');
    await assert.rejects(runner.run(job('/in/late.html')));
  } finally { await runner.destroy(); }
});

test('poolRunner: a head answer that arrives after the stop rejects its job instead of leaving it waiting', async () => {
  // Fake lanes: the head answers only when told to, whatever the abort signal says.
  let answer: ((v: unknown) => void) | null = null;
  const fake = (run: () => Promise<unknown>) => ({ options: { maxThreads: 1 }, on: () => undefined, run, destroy: async () => undefined });
  const head = fake(() => new Promise((res) => { answer = res; }));
  const tail = fake(() => new Promise(() => undefined));
  const pool = { head, tail, after: 'timex', destroy: async () => undefined } as unknown as Parameters<typeof poolRunner>[1];
  const stop = new AbortController();
  const runner = poolRunner(() => { throw new Error('not used'); }, pool, stop);
  const pending = runner.run(job('/in/late.html'));
  stop.abort();
  answer!(new Uint8Array([1, 2, 3]));
  await assert.rejects(pending);
});

test('poolRunner: a thread that runs out of heap fails only its input with E099 (rule worker-heap), in either lane', async () => {
  const dir = scratchDir('dateline-oom-');
  const file = join(dir, 'oom-worker.cjs');
  // Grows its heap without end on inputs named "hog-head" / "hog-tail", in that part.
  writeFileSync(file, `
const hog = () => { const keep = []; for (;;) keep.push(new Array(10000).fill(Math.random())); };
const rec = (path) => ({ schema: 'dateline/1', source: { path, url: null, id: null, mediaType: null, encoding: null, sha256: null, bytes: null }, error: { code: 'E002', message: 'split' } });
module.exports = (task) => {
  if (task.part === 'head') { if (task.job.path.includes('hog-head')) hog(); return Buffer.from(task.job.path); }
  const p = Buffer.from(task.packed).toString(); if (p.includes('hog-tail')) hog(); return rec(p);
};
`);
  const runner = poolRunner(() => splitPool(2, { filename: new URL(`file://${file}`).href, execArgv: [], heapMb: 48 }), null, new AbortController());
  try {
    const names = ['a', 'hog-head-b', 'c', 'hog-tail-d', 'e'];
    const out = await Promise.allSettled(names.map((n) => runner.run(job(`/in/${n}.html`))));
    assert.deepEqual(out.map((o) => (o.status === 'fulfilled' ? how(o.value) : (o.reason as { code: string }).code)), ['split', 'E099', 'split', 'E099', 'split']);
    assert.match(String((out[1] as PromiseRejectedResult).reason.message), /memory/i);
  } finally { await runner.destroy(); }
});

test('workerHeapMb: the process heap limit in MB, at least WORKER_HEAP.minMb', async () => {
  const { workerHeapMb } = await import('./pool.js');
  const { WORKER_HEAP } = await import('./rules.js');
  const { getHeapStatistics } = await import('node:v8');
  assert.equal(workerHeapMb(), Math.max(WORKER_HEAP.minMb, Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)));
  assert.ok(workerHeapMb() >= 512);
});
