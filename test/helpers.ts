/** Test helpers: run the CLI in-process with captured output; temp dirs. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { scratchDir } from '../src/scratch.js';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/index.js';

/** Output of one CLI run. */
export interface CliRun { code: number; stdout: string; stderr: string }

/** Runs `dateline ARGS...` in-process. `stdin` feeds `-`. */
export async function runCli(args: string[], stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => { stdout += s; return true; } };
  const err = { write: (s: string) => { stderr += s; return true; } };
  const input = stdin !== undefined ? Readable.from([Buffer.from(stdin)]) : undefined;
  const code = await main(['node', 'dateline', ...args], { stdout: out as never, stderr: err as never, stdin: input });
  return { code, stdout, stderr };
}

/** A fresh temp directory with `files` (name -> content) written into it. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = scratchDir('dateline-test-');
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/** Parses JSON Lines output. */
export function jsonLines(s: string): Record<string, any>[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, any>);
}
