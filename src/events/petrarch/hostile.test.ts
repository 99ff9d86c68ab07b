/** Hostile dictionary files: each fails fast with its code, or loads without exhausting the stack. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDictionaries } from './index.js';
import { parseAgents } from './agents-dict.js';

const code = (c: string) => (e: unknown): boolean => (e as { code?: string }).code === c;

test('devices, FIFOs and directories are refused before any read (E040)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-h-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.throws(() => loadDictionaries({ actors: ['/dev/zero'] }), code('E040'));
  assert.throws(() => loadDictionaries({ verbs: [dir] }), code('E040'));
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  assert.throws(() => loadDictionaries({ agents: [fifo] }), code('E040'));
});

test('agent substitutions: a self-naming set and an expansion bomb fail with E044', () => {
  assert.throws(() => parseAgents('!A! = X!A!Y\nFOO!A! [~GOV]\n', 'g.txt'), code('E044'));
  const sets = Array.from({ length: 6 }, (_, i) => `!S${i}! = ${Array.from({ length: 10 }, (_, k) => `W${i}${k}`).join(', ')}`).join('\n');
  assert.throws(() => parseAgents(`${sets}\n!S0!_!S1!_!S2!_!S3!_!S4!_!S5! [~GOV]\n`, 'g.txt'), code('E044'));
});

test('a line longer than 4096 characters is no dictionary line (E040); messages carry no control characters', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-h-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const long = join(dir, 'long.txt');
  writeFileSync(long, `${'['.repeat(80_000)}\n`);
  assert.throws(() => loadDictionaries({ actors: [long] }), code('E040'));
  const esc = join(dir, 'esc.txt');
  writeFileSync(esc, 'FOO\u001b[2J [ABC >99x]\n');
  assert.throws(() => loadDictionaries({ actors: [esc] }), (e: unknown) => !/[\u0000-\u001f]/.test((e as Error).message));
});

test('very long dictionaries load (no call-stack overflow) and big discard lists compile in chunks', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-h-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const actors = join(dir, 'a.txt');
  writeFileSync(actors, Array.from({ length: 150_000 }, (_, i) => `PLACE_NUMBER_${i} [P${String(i % 900).padStart(2, '0')}]`).join('\n'));
  const discards = join(dir, 'd.txt');
  writeFileSync(discards, Array.from({ length: 3_000 }, (_, i) => `QW${i}Q`).join('\n'));
  const d = loadDictionaries({ actors: [actors], discards: [discards] });
  assert.equal(d.report.files[0]!.stats.entries, 150_000);
  assert.equal(d.discards.length, 6);
  assert.equal(d.discardMatch('They played qw2999q all night.')?.id, 'petrarch-discards:d.txt:6');
  assert.equal(d.discardMatch('They met in Geneva.'), null);
});

test('a file over 8 MiB is refused before it is read; a path is shown without its control characters', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-h-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'A'.repeat(100) + '\n'.repeat(1) + 'x'.repeat(9 * 1024 * 1024));
  assert.throws(() => loadDictionaries({ verbs: [big] }), (e: unknown) => (e as { code?: string }).code === 'E040' && /larger than 8 MiB/.test((e as Error).message));
  assert.throws(() => loadDictionaries({ actors: [join(dir, 'evil\u001b[31m.txt')] }), (e: unknown) => code('E040')(e) && !/\u001b/.test((e as Error).message));
});

test('an agents file whose lines each stay under the per-line limit but expand to too many phrases in all fails with E044', () => {
  const words = Array.from({ length: 100 }, (_, i) => `W${i}`).join(',');
  let text = `!A! = ${words}\n!B! = ${words}\n`;
  for (let i = 0; i < 40; i++) text += `!A!_!B!_X${i} [~GOV]\n`;
  assert.throws(() => parseAgents(text, 'g.txt'), code('E044'));
  assert.equal(parseAgents(`!A! = ${words}\n!A!_MINISTER [~GOV]\n`, 'ok.txt').entries.length, 100, 'a large set on one line is fine');
});

test('an agents file of few, very long phrases fails with E044 (phrase length and characters in all), quickly', () => {
  const long = (ch: string): string => ch.repeat(2_000);
  // Two 2,000-character alternatives used 13 times on a line: 8,192 variants of 26,000 characters.
  const bomb = `!A! = ${long('X')}, ${long('Y')}\nMINISTER_${Array(13).fill('!A!').join('_')} [~GOV]\n`;
  const t0 = performance.now();
  assert.throws(() => parseAgents(bomb, 'g.txt'), (e: unknown) => code('E044')(e) && /characters/.test((e as Error).message));
  assert.ok(performance.now() - t0 < 5_000, 'refused before expanding');
  // Phrases under the length limit whose characters add up past the file's budget.
  // Two 2,000-character alternatives twice a line: 4 phrases of 4,000 characters; 1,300 such lines.
  let text = `!C! = ${long('Z')}, ${long('W')}\n`;
  for (let i = 0; i < 1_300; i++) text += `!C!_!C!_X${i} [~GOV]\n`;
  assert.throws(() => parseAgents(text, 'g.txt'), (e: unknown) => code('E044')(e) && /characters of agent phrases in all/.test((e as Error).message));
  assert.equal(parseAgents(`!B! = ${long('Q').slice(0, 500)}, SHORT\nMINISTER_!B! [~GOV]\n`, 'ok.txt').entries.length, 2, 'long but sane phrases load');
});

test('a verb file that converts to no rule (no CAMEO code anywhere) fails with E049 instead of leaving dateline\'s own rules in force', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-h-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const v = join(dir, 'v.txt');
  writeFileSync(v, '--- CONDEMN [---] ---\nCONDEMN\n');
  assert.throws(() => loadDictionaries({ verbs: [v] }), code('E049'));
});
