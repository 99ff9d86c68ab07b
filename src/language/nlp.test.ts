import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newCtx } from '../context.js';
import { wink } from './nlp.js';

test('the wink engine is built once per process, whatever the number of contexts', () => {
  // Case: analyze() in a loop with a fresh context each time crashed after ~100 calls
  // ("RangeError: Invalid string length" inside wink's model loader).
  const first = wink(newCtx());
  for (let i = 0; i < 300; i++) assert.equal(wink(newCtx()), first);
  assert.equal(first.readDoc('One sentence. Two sentences.').sentences().length(), 2);
});

test('importing the module loads neither wink-nlp nor its model; the first wink() call does', () => {
  // Case: the ingest main thread imports the pipeline but never analyzes (its workers do).
  const nlp = fileURLToPath(new URL('./nlp.ts', import.meta.url));
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(${JSON.stringify(nlp)});
    const loaded = () => Object.keys(require.cache).filter((k) => /wink-(nlp|eng-lite-web-model)/.test(k)).length;
    const { wink } = await import(${JSON.stringify(pathToFileURL(nlp).href)});
    const before = loaded();
    wink();
    console.log(JSON.stringify({ before, after: loaded() }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) });
  assert.equal(r.status, 0, r.stderr);
  const { before, after } = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { before: number; after: number };
  assert.equal(before, 0);
  assert.ok(after > 0);
});
