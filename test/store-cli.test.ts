import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { jsonLines, runCli, tempDir } from './helpers.js';
import { GDELT2_COLUMNS } from '../src/store/gdelt-columns.js';

/** A small page in my own words: leader of country A to meet leader of country B next week. */
function page(i: number, a: string, b: string, site: string): string {
  return `<!doctype html><html lang="en"><head><title>Talks ${i}</title><meta property="og:site_name" content="${site}"></head><body><article>`
    + `<h1>Talks ${i}</h1><p>${a} will meet ${b} in Geneva next week, officials said on Tuesday in briefing number ${i}.</p>`
    + `<p>Aides said the agenda for meeting ${i} includes trade, energy and the exchange of prisoners between the two governments.</p>`
    + '</article></body></html>';
}
const PUTIN = 'Russian President Vladimir Putin';
const KIM = 'North Korean leader Kim Jong Un';

function corpus(): string {
  return tempDir({
    'p/a.html': page(1, PUTIN, KIM, 'Daily One'),
    'p/b.html': page(2, PUTIN, KIM, 'Daily Two'),
    'p/copy.html': page(1, PUTIN, KIM, 'Daily One'),
    'p/c.html': page(3, 'French President Emmanuel Macron', 'Chinese President Xi Jinping', 'Daily One'),
    'p/empty.txt': '',
  });
}

test('ingest stores pages once, records the failure, skips known inputs on a re-run; queries, show, stats and exports read it', async () => {
  const dir = corpus();
  const db = join(dir, 'x.db');
  const r = await runCli(['ingest', '--db', db, '--published', '2019-04-16', '--batch', '2', join(dir, 'p')]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /^ingest: \d+ pages, [\d.]+ pages\/s, \d+ errors, \d+ stored$/m);
  assert.match(r.stderr, /ingest: stored 3, skipped as duplicate 1, skipped as already stored 0, failed 1 \(5 analyzed/);
  const again = await runCli(['ingest', '--db', db, '--published', '2019-04-16', join(dir, 'p')]);
  assert.match(again.stderr, /stored 0, skipped as duplicate 0, skipped as already stored 4, failed 1 \(1 analyzed/);

  const stats = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).stdout);
  assert.deepEqual({ ...stats, db: undefined, schemaVersion: undefined }, { db: undefined, schemaVersion: undefined, inputs: 4, sources: 2, articles: 3, duplicates: 1, events: stats.events, clusters: stats.clusters, failed: 1 });
  assert.ok(stats.events >= 3);
  const failures = jsonLines((await runCli(['failures', '--db', db, '--format', 'jsonl'])).stdout);
  assert.deepEqual(failures.map((f) => [f.key.split('/').pop(), f.code]), [['empty.txt', 'E002']]);
  assert.equal(jsonLines((await runCli(['failures', '--db', db, '--format', 'jsonl', '--code', 'E03'])).stdout).length, 0);

  const ev = jsonLines((await runCli(['events', '--db', db, '--actor', 'RUS', '--code', '03', '--format', 'jsonl'])).stdout);
  assert.equal(ev.length, 2);
  assert.ok(ev.every((e) => e.source === 'RUSGOV' && e.target === 'PRKGOV' && e.code.startsWith('03') && e.dayFrom === '2019-04-22' && e.dayTo === '2019-04-28'));
  assert.equal(ev[0]!.cluster, ev[1]!.cluster, 'the two articles share one cluster');
  assert.equal(jsonLines((await runCli(['events', '--db', db, '--target', 'PRK', '--format', 'jsonl'])).stdout).length, 2);
  assert.equal(jsonLines((await runCli(['events', '--db', db, '--source', 'PRK', '--format', 'jsonl'])).stdout).filter((e) => e.code.startsWith('03')).length, 0);
  assert.equal(jsonLines((await runCli(['events', '--db', db, '--actor', 'RUS', '--since', '2019-04-29', '--format', 'jsonl'])).stdout).filter((e) => e.code.startsWith('03')).length, 0);
  assert.equal(jsonLines((await runCli(['events', '--db', db, '--actor', 'RUS', '--until', '2019-04-22', '--code', '03', '--format', 'jsonl'])).stdout).length, 2);
  const byText = jsonLines((await runCli(['events', '--db', db, '--text', 'briefing number 2', '--format', 'jsonl'])).stdout);
  assert.ok(byText.length >= 1 && byText.every((e) => e.sentence.includes('briefing number 2')));
  assert.equal((await runCli(['events', '--db', db, '--text', 'zebra', '--format', 'jsonl'])).stdout, '');
  assert.equal(jsonLines((await runCli(['events', '--db', db, '--limit', '1', '--format', 'jsonl'])).stdout).length, 1);
  const csv = (await runCli(['events', '--db', db, '--actor', 'RUSGOV', '--code', '03', '--format', 'csv'])).stdout.trim().split('\n');
  assert.equal(csv.length, 3);
  assert.match(csv[0]!, /^id,cluster,article,code,/);
  const table = (await runCli(['events', '--db', db, '--actor', 'RUS', '--code', '03'])).stdout;
  assert.match(table, /^id\s+cluster\s+day\s+source\s+code\s+target/);
  assert.match(table, /RUSGOV\s+03\d\s+PRKGOV\s+planned/);

  const actors = JSON.parse((await runCli(['actors', '--db', db, '--format', 'json'])).stdout) as { code: string; role: string; events: number }[];
  assert.ok(actors.some((a) => a.code === 'PRKGOV' && a.role === 'target' && a.events >= 2));

  const cid = ev[0]!.cluster;
  const shown = await runCli(['show', `c${cid}`, '--db', db]);
  assert.equal(shown.code, 0);
  assert.match(shown.stdout, new RegExp(`^cluster c${cid}  RUSGOV -> PRKGOV`));
  assert.match(shown.stdout, /mentions 2, sources 2, articles 2/);
  assert.equal((shown.stdout.match(/\[\[meet\]\]/g) ?? []).length, 2);
  assert.doesNotMatch(shown.stdout, /\u001b\[/);
  const one = await runCli(['show', String(ev[0]!.id), '--db', db]);
  assert.match(one.stdout, new RegExp(`^event ${ev[0]!.id}  `), 'a stored event prints as "event N", not with the entity prefix e');
  assert.match(one.stdout, /\[\[meet\]\] North Korean leader/);
  assert.match(one.stdout, /Talks [12]/);
  const missing = await runCli(['show', 'c999', '--db', db]);
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /^dateline: E027 /);
  for (const bad of ['x1', 'c-1', '1; DROP TABLE events', '99999999999999999999']) {
    const r = await runCli(['show', bad, '--db', db]);
    assert.deepEqual([r.code, /is not an event id/.test(r.stderr)], [2, true], bad);
  }

  const g = (await runCli(['export', '--db', db, '--format', 'gdelt2'])).stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(g.length, stats.clusters);
  assert.ok(g.every((row) => row.length === GDELT2_COLUMNS.length));
  const meet = g.find((row) => row[5] === 'RUSGOV' && row[26]!.startsWith('03'))!;
  assert.deepEqual([meet[1], meet[31], meet[32], meet[33]], ['20190422', '2', '2', '2']);
  const jl = jsonLines((await runCli(['export', '--db', db, '--format', 'jsonl'])).stdout);
  assert.equal(jl.length, stats.clusters);
  assert.ok(jl.some((c) => c.numArticles === 2 && c.events.length === 2));
  const out = join(dir, 'events.csv');
  const ex = await runCli(['export', '--db', db, '--format', 'csv', '--out', out]);
  assert.equal(ex.code, 0, ex.stderr);
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, stats.events + 1);
  assert.equal((await runCli(['export', '--db', db, '--out', dir])).code, 3);
});

test('store errors: a directory, a corrupt file, a missing database, a locked database -> coded error, exit 4, nothing lost', async () => {
  const dir = corpus();
  const pages = join(dir, 'p');
  const asDir = await runCli(['ingest', '--db', dir, pages]);
  assert.deepEqual([asDir.code, asDir.stderr.split(' ').slice(0, 2).join(' ')], [4, 'dateline: E020']);

  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'not a database at all\n'.repeat(300));
  const before = readFileSync(junk);
  for (const args of [['ingest', '--db', junk, pages], ['events', '--db', junk], ['stats', '--db', junk]]) {
    const r = await runCli(args);
    assert.equal(r.code, 4, args.join(' '));
    assert.match(r.stderr, /^dateline: E021 /);
  }
  assert.deepEqual(readFileSync(junk), before);

  const missing = await runCli(['stats', '--db', join(dir, 'none.db')]);
  assert.deepEqual([missing.code, /E025/.test(missing.stderr)], [4, true]);
  assert.ok(!existsSync(join(dir, 'none.db')), 'a read command never creates a database');

  const db = join(dir, 'x.db');
  assert.equal((await runCli(['ingest', '--db', db, '--published', '2019-04-16', join(pages, 'a.html')])).code, 0);
  const holder = new Database(db);
  holder.exec('BEGIN IMMEDIATE');
  const locked = await runCli(['ingest', '--db', db, '--published', '2019-04-16', join(pages, 'b.html')]);
  holder.exec('ROLLBACK');
  holder.close();
  assert.equal(locked.code, 4);
  assert.match(locked.stderr, /dateline: E022 /);
  const stats = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).stdout);
  assert.equal(stats.articles, 1);
});

test('a read-only database file is refused with E023 (skipped as root, who may write anyway)', { skip: process.getuid?.() === 0 && 'root ignores file modes' }, async () => {
  const dir = corpus();
  const db = join(dir, 'ro.db');
  await runCli(['ingest', '--db', db, '--published', '2019-04-16', join(dir, 'p', 'a.html')]);
  const { chmodSync } = await import('node:fs');
  chmodSync(db, 0o444);
  const r = await runCli(['ingest', '--db', db, '--published', '2019-04-16', join(dir, 'p', 'b.html')]);
  assert.equal(r.code, 4);
  assert.match(r.stderr, /E023/);
});

test('usage errors exit 2: bad --since, --limit, --workers, --format, --factuality', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'p'));
  const db = join(dir, 'x.db');
  assert.equal((await runCli(['events', '--db', db, '--since', 'yesterday'])).code, 2);
  assert.equal((await runCli(['events', '--db', db, '--limit', '0'])).code, 2);
  assert.equal((await runCli(['events', '--db', db, '--format', 'xml'])).code, 2);
  assert.equal((await runCli(['events', '--db', db, '--factuality', 'maybe'])).code, 2);
  assert.equal((await runCli(['ingest', '--db', db, '--workers', 'many', join(dir, 'p')])).code, 2);
  assert.equal((await runCli(['ingest', '--db', db, '--published', '2021-02-30', join(dir, 'p')])).code, 2);
  assert.equal((await runCli(['export', '--db', db, '--format', 'xml'])).code, 2);
  assert.ok(!existsSync(db), 'a usage error creates no database');
});

test('export --out never replaces the database, a device or a symlink; a full device is E028 (exit 3)', async () => {
  const dir = corpus();
  const db = join(dir, 'x.db');
  assert.equal((await runCli(['ingest', '--db', db, '--workers', '1', join(dir, 'p/a.html')])).code, 0);
  const before = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).stdout);
  for (const target of [db, `${db}-wal`]) {
    const r = await runCli(['export', '--db', db, '--out', target]);
    assert.deepEqual([r.code, /E028/.test(r.stderr)], [3, true], target);
  }
  assert.deepEqual(JSON.parse((await runCli(['stats', '--db', db, '--format', 'json'])).stdout), before);
  // A symlink given as --out stays a symlink; its target gets the export.
  const real = join(dir, 'real.tsv');
  writeFileSync(real, 'old');
  symlinkSync(real, join(dir, 'link.tsv'));
  assert.equal((await runCli(['export', '--db', db, '--out', join(dir, 'link.tsv')])).code, 0);
  assert.ok(lstatSync(join(dir, 'link.tsv')).isSymbolicLink());
  assert.equal(readFileSync(real, 'utf8').split('\n')[0]!.split('\t').length, GDELT2_COLUMNS.length);
  // A symlink to the database is the database.
  symlinkSync(db, join(dir, 'db-link'));
  assert.equal((await runCli(['export', '--db', db, '--out', join(dir, 'db-link')])).code, 3);
  if (existsSync('/dev/null') && statSync('/dev/null').isCharacterDevice()) {
    assert.equal((await runCli(['export', '--db', db, '--out', '/dev/null'])).code, 0);
    assert.ok(statSync('/dev/null').isCharacterDevice(), '/dev/null is still a device');
  }
  if (existsSync('/dev/full') && statSync('/dev/full').isCharacterDevice()) {
    const full = await runCli(['export', '--db', db, '--out', '/dev/full']);
    assert.deepEqual([full.code, /E028/.test(full.stderr)], [3, true]);
    assert.ok(statSync('/dev/full').isCharacterDevice(), '/dev/full is still a device');
  }
});

test('a device as --db is refused with E025 and leaves no journal beside it', { skip: !existsSync('/dev/null') && 'no /dev/null' }, async () => {
  const r = await runCli(['stats', '--db', '/dev/null']);
  assert.deepEqual([r.code, /E025/.test(r.stderr), /at /.test(r.stderr)], [4, true, false]);
  const w = await runCli(['ingest', '--db', '/dev/null', '--workers', '1', join(corpus(), 'p/a.html')]);
  assert.deepEqual([w.code, /E025/.test(w.stderr)], [4, true]);
  assert.equal(existsSync('/dev/null-journal') || existsSync('/dev/null-wal'), false);
});
