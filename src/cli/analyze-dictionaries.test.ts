/** `--actors/--agents/--verbs/--discards`: paths checked and loaded before any input; a bad file is a usage error (E009). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { DatelineError } from '../errors.js';
import { addDictionaryOptions, dictionaryOptions } from './analyze.js';

test('dictionary options: repeatable, checked, and a missing or malformed file is E009 naming the E04x code', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-dict-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const a = join(dir, 'a.txt'); writeFileSync(a, 'VELMORA [VLM]\n');
  const b = join(dir, 'b.txt'); writeFileSync(b, 'ZEBRANIA [ZEB]\n');
  const cmd = addDictionaryOptions(new Command('x').exitOverride()).parse(['--actors', a, '--actors', b], { from: 'user' });
  assert.deepEqual(cmd.opts().actors, [a, b]);
  assert.deepEqual(dictionaryOptions(cmd.opts()), { actors: [a, b] });
  assert.equal(dictionaryOptions({}), undefined);
  assert.throws(() => dictionaryOptions({ verbs: [join(dir, 'nope.txt')] }), (e: unknown) => e instanceof DatelineError && e.code === 'E009' && /^verbs must .*E040/.test(e.message));
  const bad = join(dir, 'bad.txt'); writeFileSync(bad, '+ORPHAN\n');
  assert.throws(() => dictionaryOptions({ actors: [bad] }), (e: unknown) => e instanceof DatelineError && /E048 .*bad\.txt:1/.test(e.message));
});
