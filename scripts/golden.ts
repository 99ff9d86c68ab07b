/** Regenerates the goldens: `npm run golden`. Review the diff before committing. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { goldenCases, goldenOutput } from '../test/golden-lib.js';
import { newCtx } from '../src/context.js';

const ctx = newCtx();
for (const c of goldenCases()) {
  const out = await goldenOutput(c, ctx);
  mkdirSync(dirname(c.expected), { recursive: true });
  writeFileSync(c.expected, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`wrote ${c.expected} (${out.events.length} events)\n`);
}
