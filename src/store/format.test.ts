import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, formatRows, highlight, toTable } from './format.js';
import { ftsQuery, queryEvents } from './query.js';
import { makeWriter } from './write.js';
import { tempStore, testAnalysis } from './test-analysis.js';

test('CSV fields are quoted only when they hold a comma, quote or line break', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(3.5), '3.5');
});

test('tables align columns and cut long cells; empty results say so', () => {
  const t = toTable([{ a: 'x', b: 'y'.repeat(80) }, { a: 'longer', b: 'z' }], ['a', 'b'], 10);
  assert.deepEqual(t.split('\n').slice(0, 3), ['a       b', 'x       yyyyyyyyy…', 'longer  z']);
  assert.equal(formatRows([], ['a'], 'table'), '(no rows)\n');
  assert.equal(formatRows([{ a: 1 }], ['a'], 'jsonl'), '{"a":1}\n');
});

test('the trigger is marked with [[ ]] or ANSI bold; offsets out of range are clamped', () => {
  assert.equal(highlight('Leaders will meet soon.', 13, 17, false), 'Leaders will [[meet]] soon.');
  assert.equal(highlight('Leaders will meet soon.', 13, 17, true), 'Leaders will \u001b[1mmeet\u001b[22m soon.');
  assert.equal(highlight('Short.', 4, 99, false), 'Shor[[t.]]');
});

test('free text becomes quoted FTS5 terms; operators and quotes in it are inert', () => {
  assert.equal(ftsQuery('trade deal'), '"trade" "deal"');
  assert.equal(ftsQuery('NEAR("a" OR b*)'), '"NEAR" "a" "OR" "b"');
  assert.equal(ftsQuery('!!'), '');
});

test('event filters: actor prefix in either role, code prefix, factuality, LIKE wildcards taken literally', () => {
  const { db } = tempStore();
  makeWriter(db).writeBatch([{ key: 'a', result: testAnalysis('x', [
    { src: 'RUSGOV', tgt: 'USA', code: '036', from: '2024-01-02' },
    { src: 'CHN', tgt: 'RUSMIL', code: '0311', factuality: 'planned', from: '2024-02-02' },
    { src: 'USA', tgt: 'CHN', code: '112', factuality: 'negated', from: '2024-03-02' },
  ]) }]);
  const codes = (f: Parameters<typeof queryEvents>[1]): string[] => queryEvents(db, f).map((e) => e.code).sort();
  assert.deepEqual(codes({ actor: 'RUS' }), ['0311', '036']);
  assert.deepEqual(codes({ actor: 'rusgov' }), ['036']);
  assert.deepEqual(codes({ source: 'RUS' }), ['036']);
  assert.deepEqual(codes({ code: '03' }), ['0311', '036']);
  assert.deepEqual(codes({ factuality: 'negated' }), ['112']);
  assert.deepEqual(codes({ since: '2024-02-01', until: '2024-02-28' }), ['0311']);
  assert.deepEqual(codes({ actor: '%' }), []);
  assert.deepEqual(codes({ actor: 'R_S' }), []);
  assert.deepEqual(codes({ text: 'Vladimir, Xi' }), ['0311']);
});
