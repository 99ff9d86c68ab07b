/**
 * What the benchmarks that run the built command share: command-line flags and building dist/
 * when it is missing or older than src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = resolve(fileURLToPath(import.meta.url), '../..');

/** The value of `--name V` on the command line, if given. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Newest modification time (ms) of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ when it is missing or older than src/. Errors: throws when `npm run build` fails. */
export function ensureBuilt(): void {
  const entry = join(REPO, 'dist/cli/index.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newest(join(REPO, 'src'))) return;
  console.log('building dist/ (npm run build) ...');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}
