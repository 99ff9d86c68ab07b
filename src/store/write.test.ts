import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSchema } from '../doc.js';
import { dayOf, eventDays, makeWriter, siteKey } from './write.js';
import { tempStore, testAnalysis, testFailure } from './test-analysis.js';

const count = (db: ReturnType<typeof tempStore>['db'], table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

test('an analysis is stored in every table, and the full Analysis JSON round-trips', () => {
  const { db } = tempStore();
  const a = testAnalysis('fishing rights', [{ src: 'RUSGOV', tgt: 'PRKGOV', code: '036', from: '2024-03-11', to: '2024-03-17' }, { src: 'USA', tgt: null, code: '010' }], { site: 'Example Post', path: '/x/a.html' });
  assert.ok(AnalysisSchema.safeParse(a).success);
  const c = makeWriter(db).writeBatch([{ key: '/x/a.html', result: a }]);
  assert.deepEqual(c, { stored: 1, duplicate: 0, failed: 0 });
  assert.deepEqual(['sources', 'articles', 'sentences', 'entities', 'mentions', 'quotes', 'times', 'events', 'events_fts', 'clusters'].map((t) => count(db, t)), [1, 1, 2, 4, 4, 1, 1, 2, 2, 2]);
  const stored = db.prepare('SELECT analysis FROM articles').pluck().get() as string;
  assert.deepEqual(JSON.parse(stored), a);
  const ev = db.prepare('SELECT * FROM events WHERE event = ?').get('v1') as Record<string, unknown>;
  assert.equal(ev.sentence_text, a.article.text.slice(a.events[0]!.sentence.start, a.events[0]!.sentence.end));
  assert.deepEqual([ev.day_from, ev.day_to, ev.in_lead, ev.source_code, ev.trigger_text], ['2024-03-11', '2024-03-17', 1, 'RUSGOV', 'meet']);
  const ev2 = db.prepare('SELECT day_from, in_lead, target_code FROM events WHERE event = ?').get('v2');
  assert.deepEqual(ev2, { day_from: '2024-03-05', in_lead: 0, target_code: null });
});

test('idempotent: the same body under another key is a duplicate; the same key again is skipped', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  const a = testAnalysis('wheat', [{ src: 'FRA', tgt: 'USA', code: '040' }]);
  assert.deepEqual(w.writeBatch([{ key: 'one', result: a }, { key: 'two', result: a }]), { stored: 1, duplicate: 1, failed: 0 });
  assert.deepEqual(w.writeBatch([{ key: 'one', result: a }]), { stored: 0, duplicate: 1, failed: 0 });
  assert.equal(count(db, 'articles'), 1);
  assert.equal(count(db, 'events'), 1);
  assert.equal(count(db, 'sources'), 2);
  assert.ok(w.hasKey('two'));
  assert.ok(!w.hasKey('three'));
});

test('failures are recorded with code and message, replaced on retry and cleared when the retry succeeds', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  w.writeBatch([{ key: 'bad', result: testFailure('/x/bad.txt') }]);
  w.writeBatch([{ key: 'bad', result: testFailure('/x/bad.txt', 'E003') }]);
  assert.deepEqual(db.prepare('SELECT key, code, path FROM failures').all(), [{ key: 'bad', code: 'E003', path: '/x/bad.txt' }]);
  assert.ok(!w.hasKey('bad'), 'a failed input is retried');
  w.writeBatch([{ key: 'bad', result: testAnalysis('fixed', [{ src: 'CHN', tgt: 'USA', code: '040' }]) }]);
  assert.equal(count(db, 'failures'), 0);
});

test('a batch is all or nothing: an error inside rolls back every item of it', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  const good = testAnalysis('first', [{ src: 'FRA', tgt: 'USA', code: '040' }]);
  const broken = { ...testAnalysis('second', []), article: null } as never;
  assert.throws(() => w.writeBatch([{ key: 'g', result: good }, { key: 'b', result: broken }]));
  assert.equal(count(db, 'articles'), 0);
  assert.equal(count(db, 'sources'), 0);
  assert.deepEqual(w.writeBatch([{ key: 'g', result: good }]), { stored: 1, duplicate: 0, failed: 0 });
});

test('day and site helpers', () => {
  assert.equal(dayOf('2024-03-05T10:00:00Z'), '2024-03-05');
  assert.equal(dayOf('March 5'), null);
  assert.equal(dayOf(null), null);
  const a = testAnalysis('x', [], { url: 'https://WWW.Example.org/a' });
  assert.equal(siteKey(a), 'example.org');
  assert.equal(siteKey(testAnalysis('x', [], { site: ' The Paper ' })), 'the paper');
  assert.equal(siteKey(testAnalysis('x', [])), null);
  const e = testAnalysis('x', [{ src: 'A', tgt: 'B', code: '01', from: null }]).events[0]!;
  assert.deepEqual(eventDays(e, '2024-01-09'), { from: '2024-01-09', to: '2024-01-09' });
  assert.deepEqual(eventDays({ ...e, time: { time: 't', from: null, to: '2024-02-01' } }, null), { from: '2024-02-01', to: '2024-02-01' });
});
