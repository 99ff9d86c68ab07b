/**
 * Goldens: each example page in `examples/` and each `fixtures/pages/<slug>/source.{html,txt}` has
 * its expected analysis in `fixtures/pages/<slug>/expected.json`. `npm run golden` rewrites them;
 * the golden test compares and reports the first difference by JSON path.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { newCtx } from '../src/context.js';
import type { Analysis } from '../src/doc.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A golden case: where its source is and where its expected output lives. */
export interface GoldenCase { slug: string; source: string; expected: string }

/** All golden cases, sorted by slug. */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  const ex = join(ROOT, 'examples');
  for (const f of existsSync(ex) ? readdirSync(ex).sort() : []) {
    if (!['.html', '.htm', '.txt'].includes(extname(f))) continue;
    const slug = `example-${basename(f, extname(f))}`;
    cases.push({ slug, source: join(ex, f), expected: join(ROOT, 'fixtures/pages', slug, 'expected.json') });
  }
  const fx = join(ROOT, 'fixtures/pages');
  for (const d of existsSync(fx) ? readdirSync(fx).sort() : []) {
    for (const name of ['source.html', 'source.txt']) {
      const p = join(fx, d, name);
      if (existsSync(p)) cases.push({ slug: d, source: p, expected: join(fx, d, 'expected.json') });
    }
  }
  return cases;
}

/** The analysis of a golden case, with the source path made relative to the repo (stable across clones). */
export async function goldenOutput(c: GoldenCase, ctx = newCtx()): Promise<Analysis> {
  const a = await analyze({ path: c.source }, {}, ctx);
  return { ...a, source: { ...a.source, path: relative(ROOT, c.source) } };
}

/** The first JSON path where `a` and `b` differ, with both values, or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): { path: string; expected: unknown; actual: unknown } | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return { path, expected: a, actual: b };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return { path: `${path}[${i}]`, expected: a[i], actual: b[i] };
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(ao), ...Object.keys(bo)])]) {
    const d = firstDifference(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
