/** `dateline explain`: every rule match of a sentence with the arguments found and why it was kept or dropped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLines, runCli, tempDir } from './helpers.js';

const TEXT = 'Japan condemned China on Sunday. A spokesman said Germany would hold talks with Brazil next month.';

test('explain (text) lists kept and dropped candidates with their rule, section and reason', async () => {
  const r = await runCli(['explain', '--published', '2023-05-02', '-'], TEXT);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\[1\] 0-\d+ {2}Japan condemned/);
  assert.match(r.stdout, /\+ disapprove-criticize 111 "condemned" \(CAMEO 1\.1b3 §11 DISAPPROVE, 111\)/);
  // the reporting verb is a fallback, dropped because the sentence has another event
  assert.match(r.stdout, /- state-say 010 "said"[\s\S]*?dropped: a reporting verb is coded only when/);
  assert.match(r.stdout, /=> v\d+ JPN -> CHN {2}111 Criticize or denounce {2}asserted/);
  assert.match(r.stdout, /=> v\d+ DEU -> BRA {2}036 .* planned {2}2023-06-01\.\.2023-06-30/);
});

test('explain --format jsonl gives the trace and the events of each input; a failed input is an error line', async () => {
  const dir = tempDir({ 'a.txt': TEXT });
  const r = await runCli(['explain', '--format', 'jsonl', '--published', '2023-05-02', `${dir}/a.txt`, `${dir}/missing.txt`]);
  assert.equal(r.code, 1);
  const [ok, bad] = jsonLines(r.stdout);
  assert.equal(ok!.sentences.length, 2);
  const cands = ok!.sentences[0].candidates as Array<{ rule: string; kept: boolean; events: string[] }>;
  const criticize = cands.find((c) => c.rule === 'disapprove-criticize')!;
  assert.equal(criticize.kept, true);
  assert.deepEqual(criticize.events, [ok!.events.find((e: { code: string }) => e.code === '111').id]);
  assert.equal(bad!.error.code, 'E001');
});

test('explain names the discard rule of a discarded sentence', async () => {
  const r = await runCli(['explain', '-'], 'Brazil beat Argentina 3-1 in the final on Sunday.');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /discarded by discard-score/);
});

test('explain says which arguments a dropped candidate\'s rule needs', async () => {
  // "storm" needs both a source and a target (fight-storm); the weather sentence has a target only.
  const r = await runCli(['explain', '-'], 'Japanese officials said the winter storms hit Tokyo hard.');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /- fight-storm 190 "storms"[\s\S]*?dropped: the rule needs a source and a target, and one of them was not found/);
  assert.doesNotMatch(r.stdout, /needs a (?:both|either)\b/);
});

test('explain says when a list of actors gives too many pairs (rule pair-limit)', async () => {
  const r = await runCli(['explain', '-'], 'France, Germany, Japan, China, Russia, Iran, Brazil and Chile met in Geneva on Monday.');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /dropped: 56 actor pairs, over the limit of 24 \(rule pair-limit/);
});
