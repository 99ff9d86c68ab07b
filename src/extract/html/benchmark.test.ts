/**
 * Quality floor on the ScrapingHub article-extraction benchmark (read from ../shared at run
 * time; skipped when absent). Floor set below the measured F1 (0.977 when set; Readability
 * over linkedom: 0.947) so a regression fails; timings are never asserted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newCtx } from '../../context.js';
import { extractHtml } from './index.js';

const shared = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');
const dir = join(shared, 'data/extraction/scrapinghub');
const lib = join(shared, 'eval/lib-shingles.mjs');
const F1_FLOOR = 0.96;

test('ScrapingHub benchmark body F1 stays above the floor', { skip: !(existsSync(dir) && existsSync(lib)) && 'needs ../shared' }, async () => {
  const { evaluate } = await import(pathToFileURL(lib).href) as { evaluate: (t: object, p: object, o?: object) => { f1: number } };
  const truthRaw = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ctx = newCtx();
  const truth: Record<string, { articleBody: string }> = {};
  const pred: Record<string, { articleBody: string }> = {};
  for (const f of readdirSync(join(dir, 'html')).filter((x) => x.endsWith('.html'))) {
    const id = f.replace(/\.html$/, '');
    if (!truthRaw[id]) continue;
    truth[id] = truthRaw[id];
    pred[id] = { articleBody: extractHtml(readFileSync(join(dir, 'html', f), 'utf8'), ctx, {}).text };
  }
  const m = evaluate(truth, pred, { nBootstrap: 2 });
  assert.ok(m.f1 >= F1_FLOOR, `F1 ${m.f1.toFixed(4)} below ${F1_FLOOR}`);
});
