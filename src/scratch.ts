/**
 * Scratch directories for tests and benchmarks: created under the OS temp directory and removed,
 * with everything in them, when the process exits (however the test ends), so runs leave nothing
 * behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
let hooked = false;

/** A new empty directory `<tmp>/<prefix>XXXXXX`, removed at process exit. Errors: as `mkdtempSync`. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
  }
  return dir;
}
