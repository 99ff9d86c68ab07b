import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEADER_POLITIES, LEADER_TERMS } from './table.js';
import type { LeaderTerm, Office } from './types.js';
import { buildCountryGazetteer } from '../../gazetteer/countries.js';
import { KNOWN_ORGS } from '../../gazetteer/organizations.js';
import { COMMON_SURNAMES } from '../rules/leader-names.js';
import { leaderKey } from './index.js';

const OFFICES: readonly Office[] = ['head-of-state', 'head-of-government', 'foreign-minister'];
const validDay = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

test('every term has valid dates, start <= end, and reaches 1990 or later (the United States from 1977)', () => {
  for (const t of LEADER_TERMS) {
    assert.ok(validDay(t.start), `${t.id} start ${t.start}`);
    if (t.end !== null) {
      assert.ok(validDay(t.end), `${t.id} end ${t.end}`);
      assert.ok(t.start <= t.end, `${t.id}: ${t.start} > ${t.end}`);
      assert.ok(t.end >= (t.polity === 'USA' ? '1977-01-01' : '1990-01-01'), `${t.id} ended before the table's first year`);
    }
    assert.ok(t.start <= '2026-11-30', `${t.id} starts in the future`);
  }
});

test('ids are unique; every polity is a gazetteer country or the EU organization code', () => {
  const ids = new Set(LEADER_TERMS.map((t) => t.id));
  assert.equal(ids.size, LEADER_TERMS.length);
  const g = buildCountryGazetteer();
  const eu = KNOWN_ORGS.find((o) => o.id === 'european-union')?.code;
  assert.equal(eu, 'IGOEUREEC');
  for (const t of LEADER_TERMS) assert.ok(g.byIso3.has(t.polity) || t.polity === eu, `${t.id}: ${t.polity}`);
  assert.deepEqual([...new Set(LEADER_TERMS.map((t) => t.polity))].sort(), [...LEADER_POLITIES].sort());
});

test('a person\'s name is written one way: no two full names share a key', () => {
  const byKey = new Map<string, string>();
  for (const t of LEADER_TERMS) {
    const k = leaderKey(t.name);
    assert.equal(byKey.get(k) ?? t.name, t.name, `${t.name} vs ${byKey.get(k)}`);
    byKey.set(k, t.name);
  }
});

test('no variant is a barred common family name, and no variant is empty after normalization', () => {
  const barred = new Set(COMMON_SURNAMES.map((c) => c.name));
  for (const t of LEADER_TERMS) for (const v of t.variants) {
    assert.ok(leaderKey(v) !== '', `${t.id}: empty variant`);
    assert.ok(!barred.has(leaderKey(v)), `${t.id}: variant ${v} is barred`);
  }
});

/** Terms whose overlap with others of the same office is expected: Soviet offices beside the Russian republic's in 1990–91. */
const mayOverlap = (t: LeaderTerm): boolean => t.flags.includes('union');

test('no two holders of one office of one polity overlap (a handover day may be shared)', () => {
  const groups = new Map<string, LeaderTerm[]>();
  for (const t of LEADER_TERMS) {
    if (mayOverlap(t)) continue;
    const k = `${t.polity}/${t.office}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  for (const [k, terms] of groups) {
    const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      assert.ok(prev.end !== null && prev.end <= sorted[i].start, `${k}: ${prev.id} (to ${prev.end}) overlaps ${sorted[i].id} (from ${sorted[i].start})`);
    }
  }
});

/** Years an office did not exist: the European Council's standing president (from Dec 2009), the EU High Representative (from Oct 1999). */
const NOT_AN_OFFICE: Readonly<Record<string, (year: number) => boolean>> = {
  'IGOEUREEC/head-of-state': (y) => y < 2009,
  'IGOEUREEC/foreign-minister': (y) => y < 1999,
};

test('coverage: every polity has a holder of every office in every year 1990-2025', () => {
  const gaps: string[] = [];
  for (const p of LEADER_POLITIES) for (const office of OFFICES) for (let y = 1990; y <= 2025; y++) {
    if (NOT_AN_OFFICE[`${p}/${office}`]?.(y)) continue;
    const from = `${y}-01-01`, to = `${y}-12-31`;
    const held = LEADER_TERMS.some((t) => t.polity === p && t.office === office && t.start <= to && (t.end === null || t.end >= from));
    if (!held) gaps.push(`${p}/${office}/${y}`);
  }
  assert.deepEqual(gaps, []);
});

/** Known vacancies longer than 120 days: the Commission's interim presidency (Manuel Marín, not listed) after Santer resigned. */
const KNOWN_GAPS: readonly string[] = ['IGOEUREEC/head-of-government: 1999-03-15 -> 1999-09-16'];

test('coverage within a year: no gap longer than 120 days between holders of one office', () => {
  const long: string[] = [];
  const groups = new Map<string, LeaderTerm[]>();
  for (const t of LEADER_TERMS) groups.set(`${t.polity}/${t.office}`, [...(groups.get(`${t.polity}/${t.office}`) ?? []), t]);
  const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  for (const [k, terms] of groups) {
    const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
    let reach = sorted[0].end;
    for (const t of sorted.slice(1)) {
      if (reach !== null && days(reach, t.start) > 120) long.push(`${k}: ${reach} -> ${t.start}`);
      reach = reach === null || t.end === null ? null : (t.end > reach ? t.end : reach);
    }
    assert.equal(reach, null, `${k}: nobody in office now`);
  }
  assert.deepEqual(long, KNOWN_GAPS);
});

test('table size: about 600 terms, each office of each polity listed', () => {
  assert.ok(LEADER_TERMS.length >= 590, `${LEADER_TERMS.length}`);
  for (const p of LEADER_POLITIES) for (const o of OFFICES) assert.ok(LEADER_TERMS.some((t) => t.polity === p && t.office === o), `${p}/${o}`);
});
