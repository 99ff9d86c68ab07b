import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './scratch.js';

test('scratchDir makes an empty directory under the temp directory', () => {
  const d = scratchDir('dateline-scratch-');
  assert.ok(existsSync(d));
  writeFileSync(join(d, 'x.txt'), 'x');
  assert.ok(existsSync(join(d, 'x.txt')));
});

test('scratch directories and their contents are gone once the process exits', () => {
  const mod = new URL('./scratch.ts', import.meta.url).href;
  const script = `import { scratchDir } from ${JSON.stringify(mod)}; import { writeFileSync } from 'node:fs';`
    + ` const d = scratchDir('dateline-scratch-'); writeFileSync(d + '/f.db', 'data'); console.log(d);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const dir = r.stdout.trim();
  assert.match(dir, /dateline-scratch-/);
  assert.equal(existsSync(dir), false);
});
