import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { newCtx } from '../../context.js';
import { nerTagger, hasNerModel } from './index.js';
import { readConll, scoreSpans } from './conll.js';
import { tagDocument, bySentence } from './tagger.js';

const test3 = new URL('../../../../shared/data/ner/conll2003/test.txt', import.meta.url);
const floors = JSON.parse(readFileSync(new URL('../../../bench/floors.json', import.meta.url), 'utf8')) as { ner_f1: number };

test('CoNLL-2003 test: micro F1 on PER/ORG/LOC stays at or above the pinned floor', {
  skip: (!existsSync(test3) && 'needs ../shared/data/ner/conll2003') || (!hasNerModel() && 'needs models/ner'),
}, () => {
  const tg = nerTagger(newCtx());
  const docs = readConll(test3.pathname);
  const pred = docs.flatMap((d) => [...bySentence(tagDocument(tg, d.sentences), d.sentences)]);
  const s = scoreSpans(docs.flatMap((d) => d.gold), pred);
  assert.ok(s.micro.f1 >= floors.ner_f1, `micro F1 ${s.micro.f1.toFixed(4)} < floor ${floors.ner_f1}`);
});
