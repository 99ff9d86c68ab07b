/**
 * Ingest progress on stderr: a cli-progress bar on a terminal (pages, pages/s, errors, ETA), plain
 * lines otherwise (one per committed batch, at most one every `PLAIN_INTERVAL_MS` besides), and
 * the final summary line.
 */
import { createRequire } from 'node:module';
import type { OutStream } from './cli-support.js';

const require = createRequire(import.meta.url);

/** Least time between two plain progress lines, in milliseconds. */
export const PLAIN_INTERVAL_MS = 2000;

/** Counts of an ingest run. */
export interface IngestCounts { analyzed: number; stored: number; duplicate: number; known: number; failed: number }

/** A progress reporter. */
export interface Progress {
  /** After each analyzed input. */
  tick(c: IngestCounts, total: number | null): void;
  /** After each committed batch. */
  batch(c: IngestCounts): void;
  /** Ends the bar and writes the summary line. */
  done(c: IngestCounts, dbPath: string): void;
}

const rate = (n: number, ms: number): string => (ms > 0 ? (n / (ms / 1000)).toFixed(1) : '0.0');

/** The final summary line. */
export function summaryLine(c: IngestCounts, dbPath: string, ms: number): string {
  return `ingest: stored ${c.stored}, skipped as duplicate ${c.duplicate}, skipped as already stored ${c.known}, failed ${c.failed}`
    + ` (${c.analyzed} analyzed in ${(ms / 1000).toFixed(1)} s, ${rate(c.analyzed, ms)} pages/s) into ${dbPath}\n`;
}

/** A reporter writing to `err`: a bar when `err.isTTY`, plain lines otherwise. */
export function progressReporter(err: OutStream, now: () => number = Date.now): Progress {
  const start = now();
  if (err.isTTY) {
    // cli-progress is loaded only for a terminal (~12 ms at start-up otherwise).
    const { SingleBar } = require('cli-progress') as typeof import('cli-progress');
    const bar = new SingleBar({
      format: 'ingest |{bar}| {value}/{total} pages | {speed} pages/s | {errors} errors | ETA {eta_formatted}',
      stream: err as unknown as NodeJS.WritableStream, hideCursor: true, etaBuffer: 50, fps: 5,
    });
    bar.start(1, 0, { speed: '0.0', errors: 0 });
    return {
      tick(c, total) {
        bar.setTotal(Math.max(total ?? c.analyzed + 1, c.analyzed));
        bar.update(c.analyzed, { speed: rate(c.analyzed, now() - start), errors: c.failed });
      },
      batch() { /* the bar shows it */ },
      done(c, dbPath) { bar.update(c.analyzed); bar.stop(); err.write(summaryLine(c, dbPath, now() - start)); },
    };
  }
  let last = start;
  const line = (c: IngestCounts): void => {
    last = now();
    err.write(`ingest: ${c.analyzed} pages, ${rate(c.analyzed, last - start)} pages/s, ${c.failed} errors, ${c.stored} stored\n`);
  };
  return {
    tick(c) { if (now() - last >= PLAIN_INTERVAL_MS) line(c); },
    batch: line,
    done(c, dbPath) { err.write(summaryLine(c, dbPath, now() - start)); },
  };
}
