import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeWriter } from './write.js';
import { tempStore, testAnalysis } from './test-analysis.js';

type C = { id: number; source_code: string; target_code: string; code: string; day_from: string; day_to: string; num_mentions: number; num_sources: number; num_articles: number };
const clusters = (db: ReturnType<typeof tempStore>['db']): C[] => db.prepare('SELECT * FROM clusters ORDER BY id').all() as C[];

test('same dyad, code and overlapping days across articles and sites: one cluster with GDELT-like counts', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  w.writeBatch([
    { key: 'a', result: testAnalysis('ports', [{ src: 'RUSGOV', tgt: 'PRKGOV', code: '036', from: '2024-03-10', to: '2024-03-16' }], { site: 'One News' }) },
    { key: 'b', result: testAnalysis('rail', [{ src: 'RUSGOV', tgt: 'PRKGOV', code: '036', from: '2024-03-12' }], { site: 'one news' }) },
  ]);
  w.writeBatch([{ key: 'c', result: testAnalysis('grain', [{ src: 'RUSGOV', tgt: 'PRKGOV', code: '036', from: '2024-03-16', to: '2024-03-20' }], { url: 'https://www.other.example/x' }) }]);
  const cs = clusters(db);
  assert.equal(cs.length, 1);
  assert.deepEqual([cs[0]!.day_from, cs[0]!.day_to], ['2024-03-10', '2024-03-20']);
  assert.deepEqual([cs[0]!.num_mentions, cs[0]!.num_articles, cs[0]!.num_sources], [3, 3, 2]);
});

test('events without a time use the publication day', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  w.writeBatch([
    { key: 'a', result: testAnalysis('ports', [{ src: 'USAGOV', tgt: 'CHN', code: '042' }], { published: '2024-05-01' }) },
    { key: 'b', result: testAnalysis('rail', [{ src: 'USAGOV', tgt: 'CHN', code: '042', from: '2024-04-28', to: '2024-05-03' }]) },
  ]);
  const cs = clusters(db);
  assert.equal(cs.length, 1);
  assert.equal(cs[0]!.num_mentions, 2);
});

test('false positives: different code, reversed dyad, other target, days apart, no day at all -> separate clusters', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  const base = { src: 'FRAGOV', tgt: 'USAGOV', code: '036', from: '2024-06-01', to: '2024-06-02' };
  const specs = [
    base,
    { ...base, code: '040' },
    { ...base, src: 'USAGOV', tgt: 'FRAGOV' },
    { ...base, tgt: 'USA' },
    { ...base, from: '2024-06-03', to: '2024-06-04' },
  ];
  w.writeBatch(specs.map((s, i) => ({ key: `k${i}`, result: testAnalysis(`topic ${i}`, [s]) })));
  w.writeBatch([
    { key: 'n1', result: testAnalysis('no date one', [{ src: 'FRAGOV', tgt: 'USAGOV', code: '036' }], { published: null }) },
    { key: 'n2', result: testAnalysis('no date two', [{ src: 'FRAGOV', tgt: 'USAGOV', code: '036' }], { published: null }) },
  ]);
  const cs = clusters(db);
  assert.equal(cs.length, 7);
  assert.ok(cs.every((c) => c.num_mentions === 1));
});

test('an event bridging two clusters merges them into the older one, whatever the arrival order', () => {
  const { db } = tempStore();
  const w = makeWriter(db);
  w.writeBatch([
    { key: 'a', result: testAnalysis('early', [{ src: 'RUS', tgt: 'CHN', code: '057', from: '2024-01-01', to: '2024-01-02' }]) },
    { key: 'b', result: testAnalysis('late', [{ src: 'RUS', tgt: 'CHN', code: '057', from: '2024-01-05', to: '2024-01-06' }]) },
  ]);
  assert.equal(clusters(db).length, 2);
  w.writeBatch([{ key: 'c', result: testAnalysis('bridge', [{ src: 'RUS', tgt: 'CHN', code: '057', from: '2024-01-02', to: '2024-01-05' }]) }]);
  const cs = clusters(db);
  assert.equal(cs.length, 1);
  assert.equal(cs[0]!.id, 1);
  assert.deepEqual([cs[0]!.day_from, cs[0]!.day_to, cs[0]!.num_mentions, cs[0]!.num_articles], ['2024-01-01', '2024-01-06', 3, 3]);
  const orphans = db.prepare('SELECT count(*) FROM events WHERE cluster_id IS NULL OR cluster_id NOT IN (SELECT id FROM clusters)').pluck().get();
  assert.equal(orphans, 0);
});

test('two mentions of one event in one article: NumMentions 2, NumArticles 1', () => {
  const { db } = tempStore();
  makeWriter(db).writeBatch([{ key: 'a', result: testAnalysis('twice', [
    { src: 'CHNGOV', tgt: 'USAGOV', code: '112', from: '2024-02-02' }, { src: 'CHNGOV', tgt: 'USAGOV', code: '112', from: '2024-02-02' },
  ]) }]);
  const [c] = clusters(db);
  assert.deepEqual([c!.num_mentions, c!.num_articles, c!.num_sources], [2, 1, 1]);
});
