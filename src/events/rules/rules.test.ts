import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_RULES, DISCARD_RULES } from './index.js';
import { cameoInfo } from '../cameo/index.js';
import { compilePattern } from '../match.js';
import { section } from './define.js';

test('every rule has a unique id, a CAMEO code, its manual section, a reason and a pattern that compiles', () => {
  const ids = new Set<string>();
  for (const r of EVENT_RULES) {
    assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
    ids.add(r.id);
    assert.ok(cameoInfo(r.code), `${r.id}: ${r.code} is not a CAMEO code`);
    if (r.plannedCode) assert.ok(cameoInfo(r.plannedCode), `${r.id}: planned code ${r.plannedCode}`);
    assert.equal(r.section, section(r.code));
    assert.match(r.section, /^CAMEO 1\.1b3 §\d\d [A-Z ]+, \d{3,4}$/);
    assert.ok(r.reason.length > 10, `${r.id} needs a reason`);
    assert.doesNotThrow(() => compilePattern(r.pattern), r.id);
  }
});

test('every CAMEO root 01..20 has at least one rule; the core families have several', () => {
  const byRoot = new Map<string, number>();
  for (const r of EVENT_RULES) byRoot.set(r.code.slice(0, 2), (byRoot.get(r.code.slice(0, 2)) ?? 0) + 1);
  for (let i = 1; i <= 20; i++) assert.ok((byRoot.get(String(i).padStart(2, '0')) ?? 0) >= 1, `root ${i}`);
  const count = (codes: string[]): number => EVENT_RULES.filter((r) => codes.includes(r.code)).length;
  assert.ok(count(['040', '042', '043', '044']) >= 6, 'meet/visit');
  assert.ok(count(['057', '030', '036']) >= 5, 'agree/sign');
  assert.ok(count(['046']) >= 3, 'negotiate');
  assert.ok(count(['045']) >= 2, 'mediate');
  assert.ok(count(['163']) >= 3, 'sanction');
  assert.ok(count(['130', '1312', '138']) >= 3, 'threaten');
  assert.ok(count(['140', '141', '143', '145']) >= 3, 'protest');
  assert.ok(count(['190', '191', '192', '193', '194', '195']) >= 5, 'attack/fight');
});

test('the PLOVER type of a few codes comes through cameoInfo', () => {
  assert.equal(cameoInfo('042')?.plover, 'CONSULT');
  assert.equal(cameoInfo('163')?.quadClass, 4);
});

test('discard rules have ids, reasons and valid regular expressions', () => {
  for (const d of DISCARD_RULES) {
    assert.ok(d.id.startsWith('discard-') && d.reason.length > 10);
    assert.doesNotThrow(() => new RegExp(d.pattern, 'i'));
  }
});
