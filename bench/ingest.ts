/**
 * Ingest benchmark: `dateline ingest` of ../shared/data/extraction/scrapinghub/html (181 news
 * pages) into a fresh temp database. Prints pages/s (wall time of the whole command, start-up
 * included), peak RSS (of this process and its worker threads: `resourceUsage().maxRSS`, which
 * covers every thread of the process) and the database size, and ends with a JSON line.
 * Run: `npm run bench:ingest [-- --workers N]`. Skips with a message when ../shared is absent.
 * Targets (issue 6): >= 50 pages/s on a 2-core machine with peak RSS <= 500 MB.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/index.js';
import { openStore } from '../src/store/db.js';
import { storeStats } from '../src/store/query.js';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const PAGES = resolve(REPO, '../shared/data/extraction/scrapinghub/html');

/** The value of `--name V` on the command line, if given. */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function run(): Promise<void> {
  if (!existsSync(PAGES)) { console.log(`bench:ingest skipped: needs ../shared (${PAGES} is absent)`); return; }
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const db = join(dir, 'bench.db');
  const workers = arg('workers');
  const args = ['node', 'dateline', 'ingest', '--db', db, PAGES, ...(workers ? ['--workers', workers] : [])];
  let stderr = '';
  const sink = { write: (s: string) => { stderr += s; return true; } };
  const t0 = performance.now();
  const code = await main(args, { stdout: sink as never, stderr: sink as never, stdin: undefined });
  const seconds = (performance.now() - t0) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const store = openStore(db, { readonly: true });
  const stats = storeStats(store.db);
  store.db.close();
  const dbBytes = readdirSync(dir).filter((f) => f.startsWith('bench.db')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const pages = stats.inputs + stats.failed;
  const result = {
    bench: 'ingest', pages, stored: stats.articles, duplicates: stats.duplicates, failed: stats.failed, events: stats.events, clusters: stats.clusters,
    seconds: Number(seconds.toFixed(2)), pagesPerSecond: Number((pages / seconds).toFixed(1)), peakRssMb: Math.round(peakRssMb),
    dbMb: Number((dbBytes / 1024 / 1024).toFixed(2)), workers: workers ?? 'default', exitCode: code,
  };
  console.log(stderr.trim().split('\n').at(-1));
  console.log(`pages/s ${result.pagesPerSecond} (target >= 50) | peak RSS ${result.peakRssMb} MB (target <= 500) | database ${result.dbMb} MB`);
  console.log(JSON.stringify(result));
  rmSync(dir, { recursive: true, force: true });
}

await run();
