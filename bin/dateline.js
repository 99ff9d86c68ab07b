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
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
