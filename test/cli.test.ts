import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { analyze } from '../src/analyze.js';
import { DatelineError } from '../src/errors.js';
import { jsonLines, runCli, tempDir } from './helpers.js';
import { AnalysisSchema, FailureSchema } from '../src/doc.js';

const GOOD_TEXT = 'The foreign minister of Chile will visit Peru next week.\n\nShe said the two countries would sign a trade agreement in Lima.\n';
const GOOD_HTML = '<!doctype html><html lang="en"><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>'
  + '<p>The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss a new trade agreement between the two neighbours.</p>'
  + '<p>Officials said the talks would continue next month in Santiago, where a final text could be signed by both governments.</p>'
  + '<p>The ministers also discussed border crossings, fishing rights and the shared response to the recent floods in the region.</p>'
  + '</article></body></html>';

test('bad input: missing path, empty file and binary file each give a coded error line; good inputs still analyzed (exit 1)', async () => {
  const dir = tempDir({ 'good.txt': GOOD_TEXT, 'empty.txt': '', 'pic.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]) });
  const r = await runCli(['analyze', '--format', 'jsonl', '--published', '2021-06-01',
    join(dir, 'good.txt'), join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'pic.txt')]);
  assert.equal(r.code, 1);
  const lines = jsonLines(r.stdout);
  assert.equal(lines.length, 4);
  assert.equal(lines[0]!.error, undefined);
  assert.ok(AnalysisSchema.safeParse(lines[0]).success);
  assert.deepEqual(lines.slice(1).map((l) => l.error?.code), ['E001', 'E002', 'E003']);
  for (const l of lines.slice(1)) {
    assert.ok(FailureSchema.safeParse(l).success);
    assert.ok(l.error.message.length > 5);
    assert.match(l.source.path, /(missing|empty|pic)\.txt$/);
  }
});

test('a directory with one broken page among good ones: every good page analyzed, the broken one reported', async () => {
  const dir = tempDir({ 'a.html': GOOD_HTML, 'b.txt': GOOD_TEXT, 'c.htm': Buffer.from([0, 1, 2, 3, 4, 5]), 'notes.md': '# skipped: not a page' });
  const r = await runCli(['analyze', '--format', 'jsonl', '--published', '2021-06-01', dir]);
  assert.equal(r.code, 1);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.source.path.split('/').pop()), ['a.html', 'b.txt', 'c.htm']);
  assert.deepEqual(lines.map((l) => l.error?.code ?? 'ok'), ['ok', 'ok', 'E003']);
  assert.equal(lines[0]!.source.mediaType, 'text/html');
  assert.equal(lines[1]!.source.mediaType, 'text/plain');
});

test('all inputs fine -> exit 0; stdin with -', async () => {
  const r = await runCli(['analyze', '--format', 'jsonl', '--published', '2021-06-01', '-'], GOOD_TEXT);
  assert.equal(r.code, 0, r.stderr);
  const [a] = jsonLines(r.stdout);
  assert.equal(a!.source.path, null);
  assert.match(a!.article.text, /foreign minister of Chile/);
});

test('usage errors exit 2: bad --published, bad --format, unknown option', async () => {
  assert.equal((await runCli(['analyze', '--published', '2021-02-30', 'x'])).code, 2);
  assert.equal((await runCli(['analyze', '--published', 'last week', 'x'])).code, 2);
  assert.equal((await runCli(['analyze', '--format', 'xml', 'x'])).code, 2);
  assert.equal((await runCli(['analyze', '--no-such-flag', 'x'])).code, 2);
  assert.equal((await runCli(['frobnicate'])).code, 2);
});

test('--input-format jsonl keeps each record id; a bad record is an error line', async () => {
  const dir = tempDir({
    'in.jsonl': [
      JSON.stringify({ id: 'r1', text: GOOD_TEXT, published: '2021-06-01' }),
      '{"id": "r2", "text": ',
      JSON.stringify({ id: 'r3', html: GOOD_HTML, url: 'https://news.example/a' }),
    ].join('\n'),
  });
  const r = await runCli(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', join(dir, 'in.jsonl')]);
  assert.equal(r.code, 1);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.id ?? null), ['r1', null, 'r3']);
  assert.equal(lines[0]!.source.id, 'r1');
  assert.equal(lines[0]!.article.published, '2021-06-01');
  assert.equal(lines[1]!.error.code, 'E006');
  assert.equal(lines[2]!.source.url, 'https://news.example/a');
});

test('--format json prints one pretty object for one input; text prints a readable summary', async () => {
  const dir = tempDir({ 'a.txt': GOOD_TEXT });
  const j = await runCli(['analyze', '--published', '2021-06-01', join(dir, 'a.txt')]);
  assert.equal(j.code, 0);
  const obj = JSON.parse(j.stdout);
  assert.equal(obj.schema, 'dateline/1');
  assert.ok(j.stdout.includes('\n  "source"'));
  const t = await runCli(['analyze', '--format', 'text', '--published', '2021-06-01', join(dir, 'a.txt')]);
  assert.match(t.stdout, /^== .*a\.txt/);
  assert.match(t.stdout, /Events \(\d+\):/);
});

test('dateline schema prints the JSON Schema generated from the zod schemas', async () => {
  const r = await runCli(['schema']);
  assert.equal(r.code, 0);
  const s = JSON.parse(r.stdout);
  assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const analysis = s.anyOf[0];
  assert.ok(analysis.properties.events);
  assert.ok(analysis.required.includes('article'));
});

test('no command at all is a usage error (exit 2) with the help on stderr', async () => {
  const r = await runCli([]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Usage: dateline/);
  assert.equal(r.stdout, '');
});

test('a record\'s own publication date anchors it and is named as coming from the input', async () => {
  // Case (new-user review): a bad record date was reported as a bad --published option.
  const dir = tempDir({
    'in.jsonl': [
      JSON.stringify({ id: 'ok', text: GOOD_TEXT, published: '2021-06-01' }),
      JSON.stringify({ id: 'bad', text: GOOD_TEXT, published: '2021-02-30' }),
    ].join('\n'),
  });
  const r = await runCli(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', join(dir, 'in.jsonl')]);
  const [ok, bad] = jsonLines(r.stdout);
  assert.equal(ok!.article.provenance.published, 'input');
  assert.equal(ok!.times.find((t: { text: string }) => t.text === 'next week')?.from, '2021-06-07');
  assert.equal(bad!.error.code, 'E006');
  assert.doesNotMatch(bad!.error.message, /--published/);
});

test('a FIFO among the inputs is refused (E010) instead of blocking the batch', async () => {
  // Case (hostile-input review): a named pipe hung the whole run.
  const dir = tempDir({ 'good.txt': GOOD_TEXT });
  execFileSync('mkfifo', [join(dir, 'pipe.html')]);
  const r = await runCli(['analyze', '--format', 'jsonl', '--published', '2021-06-01', dir]);
  assert.equal(r.code, 1);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => [l.source.path.split('/').pop(), l.error?.code ?? 'ok']), [['good.txt', 'ok'], ['pipe.html', 'E010']]);
});

test('library: bad arguments give DatelineError E009, never a TypeError; ids become strings', async () => {
  const bad: unknown[] = [null, undefined, 42, [], {}, { text: 123 }, { html: null }, { bytes: [80, 117] }, { text: 'x', url: 5 }];
  for (const input of bad) {
    await assert.rejects(analyze(input as never), (e: unknown) => e instanceof DatelineError && e.code === 'E009', JSON.stringify(input));
  }
  await assert.rejects(analyze('A text.', null as never), (e: unknown) => e instanceof DatelineError && e.code === 'E009');
  await assert.rejects(analyze('A text.', {}, {} as never), (e: unknown) => e instanceof DatelineError && e.code === 'E009');
  await assert.rejects(analyze('A text.', { published: '0001-01-01' }), (e: unknown) => e instanceof DatelineError && e.code === 'E009');
  await assert.rejects(analyze('A text.', { crawled: '2021-02-30' }), (e: unknown) => e instanceof DatelineError && e.code === 'E009');
  await assert.rejects(analyze({ text: 'A text.', crawled: 'yesterday' }), (e: unknown) => e instanceof DatelineError && e.code === 'E009');
  await assert.rejects(analyze({ text: 'A text.', charset: 8 as never }), (e: unknown) => e instanceof DatelineError && e.code === 'E009');
  const a = await analyze({ text: GOOD_TEXT, id: 5 as never, published: '2021-06-01T09:30:00Z' });
  assert.equal(a.id, '5');
  assert.equal(a.source.id, '5');
  assert.equal(a.article.published, '2021-06-01');
  assert.ok(AnalysisSchema.safeParse(a).success);
});
