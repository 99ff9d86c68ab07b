/**
 * Extraction benchmark: dateline's HTML extractor against the Readability baseline on the
 * ScrapingHub article-extraction pages, in the same run (`npm run bench:extract`).
 *
 * For each page of ../shared/data/extraction/scrapinghub/html (sorted): read the bytes, decode
 * them with `fromBytes` (src/load), extract with `extractHtml`; the decode+extract time is what
 * is measured. Predictions are written as JSON Lines (`{source:{path}, article:{text}}`) and
 * scored by ../shared/eval/score-extraction.mjs; ../shared/eval/baseline-readability.mjs runs on
 * the same directory as a child process. Prints the two side by side with the ratios, then
 * dateline's 15 worst pages (id, F1, P, R), and ends with one JSON line.
 *
 * Options: `--out DIR` keeps the prediction files there (default: a temp dir, removed).
 * Skips with a message (exit 0) when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { newCtx } from '../src/context.js';
import { extractHtml } from '../src/extract/html/index.js';
import { fromBytes } from '../src/load/index.js';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = resolve(repo, '../shared');
const dataDir = join(shared, 'data/extraction/scrapinghub');
const htmlDir = join(dataDir, 'html');
const truthPath = join(dataDir, 'ground-truth.json');
const scorer = join(shared, 'eval/score-extraction.mjs');
const baseline = join(shared, 'eval/baseline-readability.mjs');
const libShingles = join(shared, 'eval/lib-shingles.mjs');

/** One extractor's measured numbers. */
interface Row { f1: number; precision: number; recall: number; accuracy: number; pages_per_s: number; peak_rss_mb: number; pages: number }

/** Runs dateline over the pages; returns the JSONL lines and timing. */
function runDateline(files: string[]): { lines: string[]; texts: Record<string, string>; seconds: number; peakMb: number; failures: number } {
  const ctx = newCtx();
  const lines: string[] = [];
  const texts: Record<string, string> = {};
  let seconds = 0;
  let peak = 0;
  let failures = 0;
  for (const f of files) {
    const path = join(htmlDir, f);
    const bytes = readFileSync(path);
    let text = '';
    const t0 = performance.now();
    try {
      const loaded = fromBytes(bytes, path);
      text = extractHtml(loaded.raw, ctx, { url: loaded.source.url }).text;
    } catch { failures++; }
    seconds += (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    texts[f.replace(/\.html?$/i, '')] = text;
    lines.push(JSON.stringify({ source: { path }, article: { text } }));
  }
  return { lines, texts, seconds, peakMb: Math.round(peak / 1e6), failures };
}

/** Scores a JSONL prediction file with the shared scorer; returns its last (JSON) line. */
function score(predPath: string): { f1: number; precision: number; recall: number; accuracy: number; pages: number } {
  const r = spawnSync(process.execPath, [scorer, '--truth', truthPath, '--pred', predPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const fmt = (v: number, d = 3): string => v.toFixed(d);

async function main(): Promise<void> {
  if (![htmlDir, truthPath, scorer, baseline].every(existsSync)) {
    console.log(`bench:extract skipped: needs ${htmlDir}, ground truth and ../shared/eval (not found)`);
    return;
  }
  const outArg = process.argv.indexOf('--out');
  const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]!) : mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(htmlDir).filter((f) => /\.html?$/i.test(f)).sort();

  // Warm-up on a few pages (JIT), not timed.
  runDateline(files.slice(0, 5));
  const mine = runDateline(files);
  const minePath = join(outDir, 'dateline.jsonl');
  writeFileSync(minePath, mine.lines.join('\n') + '\n');
  const mineScore = score(minePath);

  const peerPath = join(outDir, 'readability.jsonl');
  const peerRun = spawnSync(process.execPath, [baseline, htmlDir, peerPath], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (peerRun.status !== 0) throw new Error(`baseline failed: ${peerRun.stderr}`);
  const peerStats = JSON.parse(peerRun.stdout.trim().split('\n').pop()!) as { pages_per_s: number; peak_rss_mb: number; pages: number };
  const peerScore = score(peerPath);

  const rows: Record<string, Row> = {
    dateline: { ...mineScore, pages_per_s: +(files.length / mine.seconds).toFixed(1), peak_rss_mb: mine.peakMb, pages: files.length },
    readability: { ...peerScore, pages_per_s: peerStats.pages_per_s, peak_rss_mb: peerStats.peak_rss_mb, pages: peerStats.pages },
  };
  const d = rows.dateline, p = rows.readability;
  console.log(`ScrapingHub article-extraction benchmark, ${files.length} pages (same run)\n`);
  console.log(`${'extractor'.padEnd(22)}${'F1'.padStart(8)}${'P'.padStart(8)}${'R'.padStart(8)}${'acc'.padStart(8)}${'pages/s'.padStart(10)}${'RSS MB'.padStart(9)}`);
  for (const [name, r] of Object.entries(rows)) {
    console.log(`${name.padEnd(22)}${fmt(r.f1).padStart(8)}${fmt(r.precision).padStart(8)}${fmt(r.recall).padStart(8)}${fmt(r.accuracy).padStart(8)}${r.pages_per_s.toFixed(1).padStart(10)}${String(r.peak_rss_mb).padStart(9)}`);
  }
  const ratio = { f1: d.f1 / p.f1, speed: d.pages_per_s / p.pages_per_s, rss: d.peak_rss_mb / p.peak_rss_mb };
  console.log(`${'ratio dateline/peer'.padEnd(22)}${fmt(ratio.f1).padStart(8)}${''.padStart(24)}${`${ratio.speed.toFixed(2)}x`.padStart(10)}${ratio.rss.toFixed(2).padStart(9)}`);
  console.log(`dateline: ${(1000 * mine.seconds / files.length).toFixed(2)} ms/page (decode + extract), ${mine.failures} failures`);

  const worst: { id: string; f1: number; p: number; r: number }[] = [];
  if (existsSync(libShingles)) {
    const { evaluate } = await import(pathToFileURL(libShingles).href) as { evaluate: (t: object, p: object, o?: object) => { perPage: Record<string, { p: number; r: number }> } };
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string }>;
    const pred: Record<string, { articleBody: string }> = {};
    for (const id of Object.keys(truth)) pred[id] = { articleBody: mine.texts[id] ?? '' };
    const m = evaluate(truth, pred, { nBootstrap: 1 });
    for (const [id, s] of Object.entries(m.perPage)) worst.push({ id, f1: s.p + s.r ? (2 * s.p * s.r) / (s.p + s.r) : 0, p: s.p, r: s.r });
    worst.sort((a, b) => a.f1 - b.f1);
    console.log('\ndateline worst 15 pages:');
    for (const w of worst.slice(0, 15)) console.log(`  ${w.id.slice(0, 16)}  F1 ${fmt(w.f1)}  P ${fmt(w.p)}  R ${fmt(w.r)}`);
  }
  if (outArg < 0) rmSync(outDir, { recursive: true, force: true });
  console.log(JSON.stringify({
    pages: files.length, dateline: d, readability: p,
    ratio: { f1: +ratio.f1.toFixed(4), pages_per_s: +ratio.speed.toFixed(2), peak_rss: +ratio.rss.toFixed(2) },
    worst: worst.slice(0, 15).map((w) => w.id),
  }));
}

await main();
