import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { allCameoCodes, cameoInfo, isCameoCode } from './index.js';
import { buildCameoTable, cameoTableJson, parsePlover, quadClassOfRoot, sentenceCase } from './build.js';

test('036 express intent to meet or negotiate', () => {
  const c = cameoInfo('036');
  assert.deepEqual(c, { code: '036', root: '03', label: 'Express intent to meet or negotiate', plover: 'AGREE', quadClass: 1, goldstein: 4 });
});

test('labels and facts of common codes', () => {
  assert.equal(cameoInfo('042')?.label, 'Make a visit');
  assert.equal(cameoInfo('042')?.plover, 'CONSULT');
  assert.equal(cameoInfo('057')?.label, 'Sign formal agreement');
  assert.equal(cameoInfo('057')?.goldstein, 8);
  assert.equal(cameoInfo('163')?.label, 'Impose embargo, boycott, or sanctions');
  assert.equal(cameoInfo('163')?.quadClass, 4);
  assert.equal(cameoInfo('01')?.label, 'Make public statement');
  assert.equal(cameoInfo('044')?.label, "Meet at a 'third' location");
});

test('190 is material conflict with a negative Goldstein value', () => {
  const c = cameoInfo('190');
  assert.equal(c?.quadClass, 4);
  assert.equal(c?.goldstein, -10);
  assert.equal(c?.plover, 'ASSAULT');
});

test('statements and appeals have no PLOVER type', () => {
  assert.equal(cameoInfo('010')?.plover, null);
  assert.equal(cameoInfo('0211')?.plover, null);
});

test('unknown codes give null', () => {
  for (const c of ['', '00', '21', '36', '0360', '999', 'abc', '03 6']) {
    assert.equal(cameoInfo(c), null, c);
    assert.equal(isCameoCode(c), false, c);
  }
  assert.equal(isCameoCode('1823'), true);
});

test('table invariants: sorted, roots consistent, quad class by root, frozen', () => {
  const all = allCameoCodes();
  assert.equal(all.length, 318, 'GDELT 2013 list (310) + 106, 1213, 1214 (CAMEO2PLOVER-2021) + 155, 176, 1834, 1951, 1952 (manual)');
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].code < all[i].code);
  for (const c of all) {
    assert.equal(c.code.slice(0, 2), c.root);
    assert.equal(c.quadClass, quadClassOfRoot(c.root));
    assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
    assert.ok(isCameoCode(c.root), `root ${c.root} present`);
    assert.doesNotMatch(c.label, /\d:\s*\[|\s{2}|^\s|\s$/, `label of ${c.code} is clean`);
  }
  assert.ok(Object.isFrozen(all) && Object.isFrozen(all[0]));
});

test('quad class boundaries follow GDELT', () => {
  assert.deepEqual(['01', '05', '06', '08', '09', '13', '14', '20'].map(quadClassOfRoot), [1, 1, 2, 2, 3, 3, 4, 4]);
});

test('sentenceCase only rewrites all-caps labels', () => {
  assert.equal(sentenceCase('EXHIBIT FORCE POSTURE'), 'Exhibit force posture');
  assert.equal(sentenceCase('Appeal for aid, not specified below'), 'Appeal for aid, not specified below');
  assert.equal(sentenceCase('Express intent,  not specified below '), 'Express intent, not specified below', 'runs of spaces collapse');
  assert.equal(sentenceCase('Ask for a pause in fighting203:[-4.5] Ask for a retreat'), 'Ask for a pause in fighting', 'a glued next entry is cut');
  assert.equal(sentenceCase('Threaten with sanctions, 2 or more'), 'Threaten with sanctions, 2 or more', 'numbers without a bracket stay');
});

test('buildCameoTable: ancestor Goldstein fallback, damaged labels, PLOVER first line wins', () => {
  const codes = 'CAMEOEVENTCODE\tEVENTDESCRIPTION\n04\tCONSULT\n044\tMeet \u00d2there\u00d3\n0441\tNew child\n08\tYIELD\n';
  const gold = 'CAMEOEVENTCODE\tGOLDSTEINSCALE\n04\t1.0\n044\t2.5\n08\t5.0\n';
  const plover = '04: CONSULT\n044: CONSULT, third-party, # Meet elsewhere\n08: CONCEDE\n08: RETREAT\n';
  const rows = buildCameoTable(codes, gold, plover);
  assert.deepEqual(rows.map((r) => [r.code, r.label, r.goldstein, r.plover]), [
    ['04', 'Consult', 1, 'CONSULT'], ['044', 'Meet elsewhere', 2.5, 'CONSULT'], ['0441', 'New child', 2.5, null], ['08', 'Yield', 5, 'CONCEDE'],
  ]);
  assert.throws(() => buildCameoTable('x\ty\n05\tX\n', '', ''), /no Goldstein/);
  // codes the list lacks: from the PLOVER table (with its label) and the manual's code list, under a listed root
  const more = buildCameoTable('C\tD\n12\tREJECT\n17\tCOERCE\n', 'C\tG\n12\t-4.0\n17\t-7.0\n', '12: REJECT\n1213: REJECT, assist, legal # Reject judicial cooperation\n17: COERCE\n');
  assert.deepEqual(more.map((r) => [r.code, r.label, r.goldstein, r.plover]), [
    ['12', 'Reject', -4, 'REJECT'], ['1213', 'Reject judicial cooperation', -4, 'REJECT'], ['17', 'Coerce', -7, 'COERCE'], ['176', 'Attack cybernetically', -7, 'COERCE'],
  ]);
  assert.equal(parsePlover('# comment\n~~~~~\n').size, 0);
});

const shared = new URL('../../../../shared/data/events/', import.meta.url);
const src = (p: string): URL => new URL(p, shared);
test('regenerating from ../shared gives the committed codes.json', { skip: !existsSync(shared) && 'needs ../shared' }, () => {
  const rows = buildCameoTable(
    readFileSync(src('cameo/gdelt-lookups/CAMEO.eventcodes.txt'), 'utf8'),
    readFileSync(src('cameo/gdelt-lookups/CAMEO.goldsteinscale.txt'), 'utf8'),
    readFileSync(src('plover-gsr/CAMEO2PLOVER-2021.txt'), 'utf8'),
  );
  assert.equal(cameoTableJson(rows), readFileSync(new URL('./codes.json', import.meta.url), 'utf8'));
});
