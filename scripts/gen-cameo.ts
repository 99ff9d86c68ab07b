/**
 * Regenerates src/events/cameo/codes.json from the CAMEO/GDELT/PLOVER lookup files in
 * ../shared/data/events (see src/events/cameo/build.ts for sources and rules).
 * Run: node --import tsx scripts/gen-cameo.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildCameoTable, cameoTableJson } from '../src/events/cameo/build.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const events = path.resolve(repoRoot, '../shared/data/events');
const read = (p: string): string => readFileSync(path.join(events, p), 'utf8');

const rows = buildCameoTable(
  read('cameo/gdelt-lookups/CAMEO.eventcodes.txt'),
  read('cameo/gdelt-lookups/CAMEO.goldsteinscale.txt'),
  read('plover-gsr/CAMEO2PLOVER-2021.txt'),
);
const out = path.join(repoRoot, 'src/events/cameo/codes.json');
writeFileSync(out, cameoTableJson(rows));
console.log(`wrote ${rows.length} CAMEO codes to ${path.relative(repoRoot, out)}`);
