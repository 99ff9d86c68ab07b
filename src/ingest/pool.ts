/**
 * The worker pool (piscina). The worker file sits next to this module with the same extension:
 * `worker.ts` when running from source under tsx (the workers then load tsx too), `worker.js` in
 * the compiled dist/ — or there `worker.bundle.js`, the same worker as one module
 * (scripts/bundle-worker.ts), when `npm run build` wrote it after the last compile.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { V8_BATCH_FLAGS } from './rules.js';

/**
 * The bundled worker next to `worker` when it is at least as new as it (tsc rewrites every file of
 * dist/, so a compile without the bundling step leaves an older bundle, which is then not used).
 */
export function bundledWorker(worker: URL): URL | null {
  const bundle = new URL(worker.href.replace(/\.js$/, '.bundle.js'));
  try {
    return statSync(fileURLToPath(bundle)).mtimeMs >= statSync(fileURLToPath(worker)).mtimeMs ? bundle : null;
  } catch { return null; }
}

/**
 * The parent's Node flags that worker threads may inherit: module hooks (`--import`, `--require`,
 * `--loader`), `--conditions` and `--experimental-*`/`--no-warnings`-style switches. Flags about the
 * main script itself (`-e`, `-p`, `--input-type`, `--test`, `--watch`, `--cpu-prof`...) are dropped: a
 * worker given them fails to start (ERR_INPUT_TYPE_NOT_ALLOWED for `--input-type`).
 */
export function inheritableExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  const withValue = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.split('=')[0]!;
    if (withValue.has(name)) {
      if (a.includes('=')) out.push(a);
      else if (i + 1 < argv.length) { out.push(a, argv[i + 1]!); i++; }
      continue;
    }
    if (/^--(experimental-|no-warnings|no-deprecation|enable-source-maps|trace-warnings)/.test(name)) out.push(a);
    // Every other flag (and the value of -e/-p/--eval/--print/--input-type) is dropped.
    else if ((name === '-e' || name === '-p' || name === '--eval' || name === '--print' || name === '--input-type') && !a.includes('=')) i++;
  }
  return out;
}

/** Where the worker file is and the Node flags its threads need. */
export function workerSetup(): { filename: string; execArgv: string[] } {
  const ext = extname(new URL(import.meta.url).pathname);
  const worker = new URL(`./worker${ext}`, import.meta.url);
  const filename = (ext === '.js' ? bundledWorker(worker) ?? worker : worker).href;
  const inherited = inheritableExecArgv(process.execArgv);
  const hasTsx = inherited.some((a) => a.includes('tsx'));
  const execArgv = ext === '.ts' && !hasTsx ? [...inherited, '--import', import.meta.resolve('tsx')] : inherited;
  return { filename, execArgv };
}

/** The first error each pool's threads raised (see `poolFailure`). */
const failures = new WeakMap<Piscina, Error>();

/**
 * The first error a pool's threads raised outside any job — a worker that could not load its
 * module or that died — or null. A pool that has one cannot analyze: `ingestStream` stops with E099.
 */
export function poolFailure(pool: Piscina): Error | null {
  return failures.get(pool) ?? null;
}

/**
 * A pool of exactly `threads` worker threads, each analyzing one job at a time. The pool's `error`
 * events are kept (`poolFailure`) from the start, so a thread that fails before anyone listens
 * does not end the process with an unhandled error. `worker` defaults to `workerSetup()` (tests pass
 * another module).
 */
export function newPool(threads: number, worker: { filename: string; execArgv: string[] } = workerSetup()): Piscina {
  const { filename, execArgv } = worker;
  const pool = new Piscina({ filename, execArgv, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 1, idleTimeout: 30_000 });
  pool.on('error', (err: unknown) => { if (!failures.has(pool)) failures.set(pool, err instanceof Error ? err : new Error(String(err))); });
  return pool;
}

/**
 * V8 tuning for a batch (rule `v8-batch-tiering`, src/ingest/rules.ts), then a pool of `threads`
 * workers. The flags are process-wide and must be set before any thread compiles the pipeline, so
 * they come first. `dateline ingest` calls this before loading its readers and the store: the
 * threads then load the pipeline while the main thread starts (about 0.2 s earlier on a 2-core
 * machine; `npm run bench:ingest`).
 */
export function startPool(threads: number, tuneV8 = true): Piscina {
  if (tuneV8) setFlagsFromString(V8_BATCH_FLAGS.flags.join(' '));
  return newPool(threads);
}
