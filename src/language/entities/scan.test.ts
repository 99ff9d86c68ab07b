import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx, entitiesOf } from './testing.js';
import { hasNerModel } from '../ner/index.js';

const ctx = newCtx();
const noModel = !hasNerModel() && 'needs models/ner (npm run train:ner)';
const names = (text: string): string[] => entitiesOf(ctx, text).filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => `${e.type}:${e.name}`);

test('tagger ORG spans replace bare name runs: a company with a legal suffix is no person', { skip: noModel }, () => {
  assert.deepEqual(names('The contract was approved by Rheinmetall AG on Friday.'), ['ORG:Rheinmetall AG']);
});

test('tagger ORG spans without support are not entities (capitalized subjects and fields)', { skip: noModel }, () => {
  assert.deepEqual(names('He studied International Relations and Public Policy before joining.').filter((n) => n.startsWith('ORG:')), []);
});
