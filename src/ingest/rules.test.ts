import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { V8_BATCH_FLAGS } from './rules.js';

test('V8_BATCH_FLAGS: every flag is one this Node\'s V8 knows, with a value of the listed type', () => {
  const known = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  assert.ok(V8_BATCH_FLAGS.flags.length > 0);
  for (const flag of V8_BATCH_FLAGS.flags) {
    const m = /^--([a-z0-9-]+)=(\d+)$/.exec(flag);
    assert.ok(m, `${flag} is --name=integer`);
    // V8 lists each flag as "  --name (description)" followed by "type: int  default: ...".
    const entry = new RegExp(`^\\s+--${m[1]} \\(.*\\)\\n\\s+type: (int|uint|size_t)`, 'm');
    assert.match(known, entry, `${flag} is not an integer flag of this V8`);
  }
  assert.equal(V8_BATCH_FLAGS.id, 'v8-batch-tiering');
  assert.ok(V8_BATCH_FLAGS.reason.length > 10);
});
