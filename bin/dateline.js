#!/usr/bin/env node
// The `dateline` command. The TypeScript sources are compiled to dist/ by `npm ci` / `npm install`
// (the package's `prepare` script); run `npm run build` after changing them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('dateline: dist/ is missing; run `npm run build` (npm ci does this) first.\n');
  process.exit(2);
}
// A closed pipe (`dateline ... | head`) ends the run quietly: the reader has what it wanted.
// Any other output failure (a full disk) is reported in one line, with exit code 3.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`dateline: cannot write output: ${err && err.code ? err.code : err}\n`);
  process.exit(3);
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
