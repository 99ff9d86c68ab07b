/**
 * The worker pool (piscina). The worker file sits next to this module with the same extension:
 * `worker.ts` when running from source under tsx (the workers then load tsx too), `worker.js` in
 * the compiled dist/.
 */
import { extname } from 'node:path';
import { Piscina } from 'piscina';

/** Where the worker file is and the Node flags its threads need. */
export function workerSetup(): { filename: string; execArgv: string[] } {
  const ext = extname(new URL(import.meta.url).pathname);
  const filename = new URL(`./worker${ext}`, import.meta.url).href;
  const hasTsx = process.execArgv.some((a) => a.includes('tsx'));
  const execArgv = ext === '.ts' && !hasTsx ? [...process.execArgv, '--import', import.meta.resolve('tsx')] : [...process.execArgv];
  return { filename, execArgv };
}

/** A pool of exactly `threads` worker threads, each analyzing one job at a time. */
export function newPool(threads: number): Piscina {
  const { filename, execArgv } = workerSetup();
  return new Piscina({ filename, execArgv, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 1, idleTimeout: 30_000 });
}
