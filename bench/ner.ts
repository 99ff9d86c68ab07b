/**
 * Named-entity benchmark: `npm run bench:ner [-- --out FILE]`. Tags CoNLL-2003 test.txt (tokens
 * given, document by document) with the shipped model, writes `token TAG` lines (IOB2, blank line
 * between sentences as in the gold) to FILE or a temp file, scores them with
 * ../shared/eval/score-ner.mjs (PER, ORG, LOC; MISC counts as O), and prints per-type and micro
 * F1, tokens per second of tagging alone (CPU time of this single-threaded process, so other load on
 * the machine does not count; model already loaded; best of 3 runs), and a last JSON line.
 * Skips with a message when ../shared is absent.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConll } from '../src/language/ner/conll.js';
import { toIob } from '../src/language/ner/tags.js';
import { tagDocument, bySentence } from '../src/language/ner/tagger.js';
import { nerTagger } from '../src/language/ner/index.js';
import { newCtx } from '../src/context.js';

const repo = resolve(import.meta.dirname, '..');
const gold = resolve(repo, '../shared/data/ner/conll2003/test.txt');
const scorer = resolve(repo, '../shared/eval/score-ner.mjs');
if (!existsSync(gold) || !existsSync(scorer)) {
  console.log(`bench:ner skipped: needs ${gold} and ${scorer}`);
  console.log(JSON.stringify({ skipped: true }));
  process.exit(0);
}
const i = process.argv.indexOf('--out');
const out = i > 0 ? resolve(process.argv[i + 1]) : join(mkdtempSync(join(tmpdir(), 'ner-')), 'pred.txt');

const l0 = performance.now();
const tg = nerTagger(newCtx());
const loadMs = performance.now() - l0;
const docs = readConll(gold);
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0);
// Warm-up on a copy of the first documents, then the timed run (best of 3 on a shared machine).
for (const d of docs.slice(0, 20)) tagDocument(tg, d.sentences);
let best = Infinity;
let tags: Uint8Array[] = [];
for (let r = 0; r < 3; r++) {
  const c0 = process.cpuUsage();
  tags = docs.map((d) => tagDocument(tg, d.sentences));
  const c1 = process.cpuUsage(c0);
  best = Math.min(best, (c1.user + c1.system) / 1000);
}
const lines: string[] = [];
docs.forEach((d, k) => bySentence(tags[k], d.sentences).forEach((t, s) => {
  const iob = toIob(t);
  d.sentences[s].forEach((w, j) => lines.push(`${w} ${iob[j]}`));
  lines.push('');
}));
writeFileSync(out, `${lines.join('\n')}\n`);
const res = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out], { encoding: 'utf8' });
if (res.status !== 0) { console.error(res.stderr); process.exit(1); }
const outLines = res.stdout.trim().split('\n');
const score = JSON.parse(outLines[outLines.length - 1]) as Record<string, { f1: number; precision: number; recall: number }> & { tokens: number };
for (const l of outLines.slice(0, -1)) console.log(l);
const tps = Math.round(tokens / (best / 1000));
console.log(`tagged ${tokens} tokens in ${best.toFixed(0)} ms CPU: ${tps} tokens/s (one core; model load ${loadMs.toFixed(0)} ms); predictions in ${out}`);
console.log(JSON.stringify({ f1: score.micro.f1, precision: score.micro.precision, recall: score.micro.recall, PER: score.PER.f1, ORG: score.ORG.f1, LOC: score.LOC.f1, tokensPerSecond: tps, tokens, loadMs: Math.round(loadMs) }));
