/**
 * Crash safety of `dateline ingest`: a run killed with SIGKILL after its first batch committed,
 * then run again, ends with every page stored exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { runCli, tempDir } from './helpers.js';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const LEADERS = ['Chancellor Olaf Scholz of Germany', 'President Emmanuel Macron of France', 'Prime Minister Narendra Modi of India', 'President Lula of Brazil', 'Prime Minister Fumio Kishida of Japan'];
const CITIES = ['Oslo', 'Lisbon', 'Nairobi', 'Hanoi', 'Quito', 'Tbilisi', 'Accra', 'Lima'];

/** Page `i`: two leaders meet in a city; wording and numbers vary so that every body differs. */
function page(i: number): string {
  const a = LEADERS[i % 5]!, b = LEADERS[(i + 2) % 5]!, city = CITIES[i % 8]!;
  return `<!doctype html><html lang="en"><head><title>Summit note ${i}</title></head><body><article><h1>Summit note ${i}</h1>`
    + `<p>${a} met ${b} in ${city} on Monday for talks on climate finance, according to statement ${i} from the host government.</p>`
    + `<p>The delegations agreed to set up ${i + 2} working groups and to meet again in ${CITIES[(i + 3) % 8]} before the end of the year.</p>`
    + '</article></body></html>';
}

const count = (db: string, sql: string): number => {
  if (!existsSync(db)) return 0;
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try { return d.prepare(sql).pluck().get() as number; } catch { return 0; } finally { d.close(); }
};

/** The pages of one run, its ingest arguments and database. */
interface Run { files: Record<string, string>; db: string; args: string[] }

/** `n` pages in a fresh folder and the `ingest` arguments (batches of 4) that store them in `dbName`. */
function prepare(n: number, dbName: string): Run {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`pages/page-${String(i).padStart(2, '0')}.html`] = page(i);
  const dir = tempDir(files);
  const db = join(dir, dbName);
  return { files, db, args: ['ingest', '--db', db, '--published', '2023-09-04', '--batch', '4', join(dir, 'pages')] };
}

/**
 * Runs `dateline ARGS` in a child process and sends it `signal` as soon as its first batch is
 * committed; resolves to how it ended, its standard error, and the sources stored at the signal.
 */
async function interruptAfterFirstBatch(run: Run, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; atSignal: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/store/cli-entry.ts'), ...run.args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => { stderr += b.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, sig) => res({ code, signal: sig })));
  let atSignal = 0;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    atSignal = count(run.db, 'SELECT count(*) FROM sources');
    if (atSignal > 0) { child.kill(signal); break; }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ...(await exited), stderr, atSignal };
}

test('SIGKILL after the first committed batch, then a re-run: each page stored exactly once', { timeout: 180_000 }, async () => {
  const N = 40;
  const run = prepare(N, 'crash.db');
  const { files, db, args } = run;
  const end = await interruptAfterFirstBatch(run, 'SIGKILL');
  const atKill = end.atSignal;
  assert.equal(end.signal, 'SIGKILL', `the first run was killed, not finished: ${end.stderr}`);
  assert.ok(atKill >= 4 && atKill < N, `killed after a batch, before the end (stored at kill: ${atKill})`);
  const afterKill = count(db, 'SELECT count(*) FROM sources');
  assert.equal(afterKill % 4, 0, 'only whole batches are stored');

  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`stored ${N - afterKill}, skipped as duplicate 0, skipped as already stored ${afterKill}, failed 0`));
  const d = new Database(db, { readonly: true });
  const keys = d.prepare('SELECT key, count(*) AS n FROM sources GROUP BY key').all() as { key: string; n: number }[];
  assert.equal(keys.length, N);
  assert.ok(keys.every((k) => k.n === 1));
  assert.deepEqual(keys.map((k) => k.key.split('/').pop()).sort(), Object.keys(files).map((f) => f.split('/').pop()).sort());
  assert.equal(d.prepare('SELECT count(*) FROM articles').pluck().get(), N);
  assert.equal(d.prepare('SELECT count(DISTINCT body_sha256) FROM articles').pluck().get(), N);
  assert.equal(d.prepare('SELECT count(*) FROM sources WHERE duplicate = 1').pluck().get(), 0);
  const perArticle = d.prepare('SELECT count(*) FROM (SELECT article_id FROM events GROUP BY article_id, event HAVING count(*) > 1)').pluck().get();
  assert.equal(perArticle, 0, 'no event stored twice');
  assert.equal(d.prepare('SELECT count(*) FROM events').pluck().get(), d.prepare('SELECT count(*) FROM events_fts').pluck().get());
  assert.equal(d.prepare('SELECT sum(num_mentions) FROM clusters').pluck().get(), d.prepare('SELECT count(*) FROM events').pluck().get());
  d.close();
});

test('SIGINT (Ctrl-C) mid-ingest: the pages analyzed so far are written and summed up, exit 130; a re-run finishes the rest', { timeout: 180_000 }, async () => {
  const N = 40;
  const run = prepare(N, 'interrupted.db');
  const { db, args } = run;
  const end = await interruptAfterFirstBatch(run, 'SIGINT');
  assert.equal(end.code, 130, end.stderr);
  assert.match(end.stderr, /ingest: stored \d+, .* into /);
  assert.match(end.stderr, /stopped by SIGINT; run the same command again/);
  const stored = count(db, 'SELECT count(*) FROM sources');
  assert.ok(stored > 0 && stored < N, `stored at the interrupt: ${stored}`);
  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`stored ${N - stored}, skipped as duplicate 0, skipped as already stored ${stored}, failed 0`));
});
