/**
 * Ingest benchmark: `dateline ingest` of ../shared/data/extraction/scrapinghub/html (181 news
 * pages) into a fresh temp database, run as a user runs it: the built command (`bin/dateline.js`
 * over `dist/`, rebuilt first when a source file is newer) in a child process. Prints pages/s (wall
 * time of the whole command, start-up and worker warm-up included), peak RSS of that process with
 * its worker threads (Linux `VmHWM`, sampled), its CPU time (all threads; on a shared machine a
 * steadier figure than wall time), the database size, and ends with a JSON line.
 * Run: `npm run bench:ingest [-- --workers N] [-- --repeat N] [-- --runs N]` (`--repeat` ingests the
 * pages N times under different keys, for a longer, warm run; `--runs` (default 3) repeats the whole
 * ingest into a fresh database and reports the median run, each run printed: single runs of the same
 * build on this shared machine scatter by 10–20 %). Skips with a message when ../shared is absent.
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

/** One ingest run into a fresh database in `dir`: wall seconds, peak RSS (kB), CPU seconds, the store's counts and size. */
async function once(dir: string, inputs: string[], workers: string | undefined): Promise<{ seconds: number; peakKb: number; cpu: number | null; code: number; stderr: string; stats: ReturnType<typeof storeStats>; dbBytes: number }> {
  const db = join(dir, 'bench.db');
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
  for (const f of readdirSync(dir)) if (f.startsWith('bench.db')) rmSync(join(dir, f));
  return { seconds, peakKb: peak, cpu, code, stderr, stats, dbBytes };
}

/** The middle value of `xs` (the lower middle for an even count). */
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function run(): Promise<void> {
  if (!existsSync(PAGES)) { console.log(`bench:ingest skipped: needs ../shared (${PAGES} is absent)`); return; }
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const workers = arg('workers');
  const repeat = Math.max(1, Number(arg('repeat') ?? 1));
  const runs = Math.max(1, Number(arg('runs') ?? 3));
  // Repeats are symlinked copies of the page folder: new keys, the same pages.
  const inputs = [PAGES];
  for (let i = 1; i < repeat; i++) { const p = join(dir, `copy${i}`); symlinkSync(PAGES, p); inputs.push(`${p}/`); }
  const all: Awaited<ReturnType<typeof once>>[] = [];
  for (let r = 0; r < runs; r++) {
    const o = await once(dir, inputs, workers);
    const pages = o.stats.inputs + o.stats.failed;
    console.log(`run ${r + 1}/${runs}: ${(pages / o.seconds).toFixed(1)} pages/s, ${o.seconds.toFixed(2)} s, peak RSS ${Math.round(o.peakKb / 1024)} MB, CPU ${o.cpu ?? '?'} s`);
    all.push(o);
  }
  const last = all[all.length - 1]!;
  const pages = last.stats.inputs + last.stats.failed;
  const seconds = median(all.map((o) => o.seconds));
  const peakMb = Math.round(Math.max(...all.map((o) => o.peakKb)) / 1024);
  const cpu = median(all.map((o) => o.cpu ?? NaN));
  const result = {
    bench: 'ingest', pages, stored: last.stats.articles, duplicates: last.stats.duplicates, failed: last.stats.failed, events: last.stats.events, clusters: last.stats.clusters,
    runs, seconds: Number(seconds.toFixed(2)), pagesPerSecond: Number((pages / seconds).toFixed(1)),
    pagesPerSecondEachRun: all.map((o) => Number((pages / o.seconds).toFixed(1))), peakRssMb: peakMb || null,
    cpuSeconds: Number.isFinite(cpu) ? cpu : null, // sampled every 50 ms: up to 50 ms short of the total
    dbMb: Number((last.dbBytes / 1024 / 1024).toFixed(2)), workers: workers ?? 'default', repeat, exitCodes: all.map((o) => o.code),
  };
  console.log(last.stderr.trim().split('\n').at(-1));
  console.log(`pages/s ${result.pagesPerSecond} (median of ${runs} runs; target >= 50) | peak RSS ${result.peakRssMb ?? '?'} MB (highest run; target <= 500) | CPU ${result.cpuSeconds ?? '?'} s | database ${result.dbMb} MB`);
  console.log(JSON.stringify(result));
  rmSync(dir, { recursive: true, force: true });
}

await run();
