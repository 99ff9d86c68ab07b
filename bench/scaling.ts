/**
 * Scaling benchmark: generates hostile inputs of growing size in a temp dir and prints the seconds
 * `analyze` takes for each, per family. Roughly linear growth is the goal: doubling the size
 * should about double the time. Ends with one JSON line `{ family: { size: seconds | null } }`
 * (null: timed out). Run: `node --import tsx bench/scaling.ts [--quick] [--timeout SECONDS]`;
 * `--write DIR` only writes the inputs (to profile one by hand).
 *
 * Families: `paragraphs` (an HTML page with N short news paragraphs), `lines` (scraped text with N
 * lines), `word` (one N-character word in a paragraph), `sentence` (one N-character sentence of
 * names, places and dates without a full stop), `nesting` (the article inside N nested divs),
 * `dense` (N copies of one short sentence rich in a title-only person mention, a place and a
 * reporting event, 20 sentences per paragraph: stresses coreference, quotes and event coding).
 * Each size runs in a child process, so a blowup costs only its timeout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A family: sizes to try and a generator of the file for one size. */
interface Family { name: string; ext: string; sizes: number[]; quick: number[]; make: (n: number) => string }

const PEOPLE = ['President Vladimir Putin', 'Kim Jong Un', 'Secretary of State Antony Blinken', 'Chancellor Olaf Scholz', 'Prime Minister Narendra Modi'];
const PLACES = ['Moscow', 'Beijing', 'Berlin', 'New Delhi', 'Seoul'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** One news paragraph (my own wording): names, countries, a quote and dates, varied by `i`. */
function paragraph(i: number): string {
  const a = PEOPLE[i % 5]!, b = PEOPLE[(i + 2) % 5]!, p = PLACES[(i + 1) % 5]!, d = DAYS[i % 5]!;
  return `${a} met ${b} in ${p} on ${d}, officials said. “We agreed to keep talking,” ${a.split(' ').pop()} told reporters after the talks on March ${(i % 28) + 1}, 2019. Russia and China will meet again next week.`;
}

/** The dense family's sentence (my own wording): a title-only person, a speech verb, a place, an event. */
const DENSE = 'The governor told reporters the negotiations in Nairobi ended calmly.';

/** `n` dense sentences, 20 to a paragraph. */
function dense(n: number): string {
  const paras: string[] = [];
  for (let i = 0; i < n; i += 20) paras.push(`<p>${Array.from({ length: Math.min(20, n - i) }, () => DENSE).join(' ')}</p>`);
  return paras.join('\n');
}

const html = (body: string): string => `<html><head><title>Bench</title></head><body>${body}</body></html>`;
const article = (inner: string): string => `<article>${inner}</article>`;

/** One sentence of `n` characters: names, places and dates joined by commas, no full stop. */
function longSentence(n: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const s = `${PEOPLE[i % 5]} visited ${PLACES[(i + 3) % 5]} on ${DAYS[i % 5]} March ${(i % 28) + 1}, 2019 and met ${PEOPLE[(i + 1) % 5]}`;
    parts.push(s);
    len += s.length + 2;
  }
  return parts.join(', ');
}

const FAMILIES: readonly Family[] = [
  { name: 'paragraphs', ext: 'html', sizes: [500, 1000, 2000, 4000, 8000], quick: [500, 2000],
    make: (n) => html(article(Array.from({ length: n }, (_, i) => `<p>${paragraph(i)}</p>`).join('\n'))) },
  { name: 'lines', ext: 'txt', sizes: [1000, 2500, 5000, 10000], quick: [1000, 2500],
    make: (n) => Array.from({ length: n }, (_, i) => paragraph(i)).join('\n') + '\n' },
  { name: 'word', ext: 'html', sizes: [50_000, 200_000, 1_000_000, 5_000_000], quick: [50_000, 200_000],
    make: (n) => html(article(`<p>${'a'.repeat(n)}</p>`)) },
  { name: 'sentence', ext: 'html', sizes: [17_000, 68_000, 170_000, 340_000], quick: [17_000, 68_000],
    make: (n) => html(article(`<p>${longSentence(n)}</p>`)) },
  { name: 'nesting', ext: 'html', sizes: [1000, 2000, 5000, 10_000], quick: [1000, 2000],
    make: (n) => html('<div>'.repeat(n) + article(`<p>${paragraph(1)}</p><p>${paragraph(2)}</p>`) + '</div>'.repeat(n)) },
  { name: 'dense', ext: 'html', sizes: [5000, 10_000, 20_000, 40_000], quick: [2500, 5000],
    make: (n) => html(article(dense(n))) },
];

/** Child mode: analyze one file and print the seconds taken. */
async function runOne(path: string): Promise<void> {
  const { analyze } = await import('../src/index.js');
  const t0 = performance.now();
  await analyze({ path }, { published: '2020-01-01' });
  process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(2)}\n`);
}

/** Runs every family, prints one line per size and a final JSON line. */
function runAll(args: readonly string[]): void {
  const quick = args.includes('--quick');
  const at = args.indexOf('--timeout');
  const timeout = at >= 0 ? Number(args[at + 1]) : 60;
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const self = fileURLToPath(import.meta.url);
  const result: Record<string, Record<string, number | null>> = {};
  try {
    for (const f of FAMILIES) {
      result[f.name] = {};
      for (const n of quick ? f.quick : f.sizes) {
        const file = join(dir, `${f.name}-${n}.${f.ext}`);
        writeFileSync(file, f.make(n));
        const r = spawnSync(process.execPath, ['--stack-size=984', '--import', 'tsx', self, '--one', file], { encoding: 'utf8', timeout: timeout * 1000 });
        const secs = r.status === 0 ? Number(r.stdout.trim().split('\n').pop()) : null;
        result[f.name]![n] = secs;
        console.log(`${f.name.padEnd(11)} ${String(n).padStart(9)}  ${secs === null ? `failed (${r.signal ?? r.stderr.trim().split('\n').pop()})` : `${secs.toFixed(2)} s`}`);
        rmSync(file);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(result));
}

/** Writes every input to `dir` (for profiling one case by hand). */
function writeAll(dir: string): void {
  for (const f of FAMILIES) for (const n of f.sizes) writeFileSync(join(dir, `${f.name}-${n}.${f.ext}`), f.make(n));
}

const argv = process.argv.slice(2);
if (argv[0] === '--one') await runOne(argv[1]!);
else if (argv[0] === '--write') writeAll(argv[1]!);
else runAll(argv);
