import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitStages, STAGES } from './pipeline.js';
import { hasNerModel } from './language/ner/index.js';

test('STAGES: every field a stage reads is an input field or written by a stage before it', () => {
  const have = new Set<string>(['raw', 'source', 'id', 'warnings', 'article.published']);
  for (const s of STAGES) {
    for (const r of s.reads) {
      const top = r.split('.')[0]!;
      assert.ok(have.has(r) || have.has(top), `${s.name} reads ${r} before any stage writes it`);
    }
    for (const w of s.writes) { have.add(w); have.add(w.split('.')[0]!); }
  }
});

test('STAGES: time expressions come right after the sentences, before entities', () => {
  assert.deepEqual(STAGES.map((s) => s.name), ['extract', 'sentences', 'timex', 'entities', 'quotes', 'actors', 'events']);
});

test('splitStages: head then tail is the whole pipeline; an unknown stage name throws', () => {
  for (const s of STAGES) {
    const { head, tail } = splitStages(s.name);
    assert.deepEqual([...head, ...tail], [...STAGES]);
    assert.equal(head.at(-1), s);
  }
  assert.deepEqual(splitStages('timex').tail.map((s) => s.name), ['entities', 'quotes', 'actors', 'events']);
  assert.throws(() => splitStages('parsing'), /no stage named "parsing"/);
});

test('the stages with resources preload them into the cache without an input', () => {
  const cache = new Map<string, unknown>();
  for (const s of STAGES) s.preload?.({ options: {}, cache });
  for (const key of ['gazetteer:countries', 'gazetteer:cities', 'entities:lexicon', 'actors:leaders', 'actors:org-index', 'events:rule-index', ...(hasNerModel() ? ['ner-model'] : [])]) {
    assert.ok(cache.has(key), `${key} preloaded`);
  }
  // A verb dictionary replaces dateline's own rules: those are then not built.
  const custom = new Map<string, unknown>();
  STAGES.find((s) => s.name === 'events')!.preload!({ options: { dictionaries: { verbs: ['/nonexistent/verbs.txt'] } }, cache: custom });
  assert.equal(custom.has('events:rule-index'), false);
});
