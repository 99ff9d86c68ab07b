/**
 * Ingest benchmark: `dateline ingest` of ../shared/data/extraction/scrapinghub/html (181 news
 * pages) into a fresh temp database, run as a user runs it: the built command (`bin/dateline.js`
 * over `dist/`, rebuilt first when a source file is newer) in a child process. Prints pages/s (wall
 * time of the whole command, start-up and worker warm-up included), peak RSS of that process with
 * its worker threads (Linux `VmHWM`, sampled), its CPU time (all threads; on a shared machine a
 * steadier figure than wall time), the database size, and ends with a JSON line.
 * Run: `npm run bench:ingest [-- --workers N] [-- --repeat N]` (`--repeat` ingests the pages N times
 * under different keys, for a longer, warm run). Skips with a message when ../shared is absent.
 * Targets (issue 6): >= 50 pages/s on a 2-core machine with peak RSS <= 500 MB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { arg, ensureBuilt, REPO } from './built.js';
import { openStore } from '../src/store/db.js';
import { storeStats } from '../src/store/query.js';

const PAGES = resolve(REPO, '../shared/data/extraction/scrapinghub/html');


/** Peak resident set of process `pid` so far, in kB (Linux /proc), or null elsewhere. */
function peakKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch { return null; }
}

/**
 * CPU seconds (user + system, every thread: main, workers, V8's compiler and GC threads) used so
 * far by process `pid` (Linux /proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s), or null.
 */
function cpuSeconds(pid: number): number | null {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch { return null; }
}

async function run(): Promise<void> {
  if (!existsSync(PAGES)) { console.log(`bench:ingest skipped: needs ../shared (${PAGES} is absent)`); return; }
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const db = join(dir, 'bench.db');
  const workers = arg('workers');
  const repeat = Math.max(1, Number(arg('repeat') ?? 1));
  // Repeats are symlinked copies of the page folder: new keys, the same pages.
  const inputs = [PAGES];
  for (let i = 1; i < repeat; i++) { const p = join(dir, `copy${i}`); symlinkSync(PAGES, p); inputs.push(`${p}/`); }
  const args = [join(REPO, 'bin/dateline.js'), 'ingest', '--db', db, ...inputs, ...(workers ? ['--workers', workers] : [])];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += String(d); });
  let peak = 0, cpu: number | null = null;
  const timer = setInterval(() => { peak = Math.max(peak, peakKb(child.pid!) ?? 0); cpu = cpuSeconds(child.pid!) ?? cpu; }, 50);
  const code: number = await new Promise((res) => child.on('exit', (c) => res(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  const store = openStore(db, { readonly: true });
  const stats = storeStats(store.db);
  store.db.close();
  const dbBytes = readdirSync(dir).filter((f) => f.startsWith('bench.db')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const pages = stats.inputs + stats.failed;
  const result = {
    bench: 'ingest', pages, stored: stats.articles, duplicates: stats.duplicates, failed: stats.failed, events: stats.events, clusters: stats.clusters,
    seconds: Number(seconds.toFixed(2)), pagesPerSecond: Number((pages / seconds).toFixed(1)), peakRssMb: peak ? Math.round(peak / 1024) : null,
    cpuSeconds: cpu, // sampled every 50 ms: up to 50 ms short of the total

    dbMb: Number((dbBytes / 1024 / 1024).toFixed(2)), workers: workers ?? 'default', repeat, exitCode: code,
  };
  console.log(stderr.trim().split('\n').at(-1));
  console.log(`pages/s ${result.pagesPerSecond} (target >= 50) | peak RSS ${result.peakRssMb ?? '?'} MB (target <= 500) | CPU ${cpu ?? '?'} s | database ${result.dbMb} MB`);
  console.log(JSON.stringify(result));
  rmSync(dir, { recursive: true, force: true });
}

await run();
