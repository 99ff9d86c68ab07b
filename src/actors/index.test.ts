import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc, type Entity } from '../doc.js';
import { newCtx } from '../context.js';
import { actorsStage, sectorForTitle } from './index.js';

const person = (id: string, name: string, title: string, of: string | null): Entity =>
  ({ id, type: 'PERSON', name, roles: [{ title, of }], country: of, actor: null, mentions: [] });

test('actorsStage sets entity.actor on a new doc and leaves the input untouched', async () => {
  const doc = newDoc({ path: null, url: null, id: null, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: null }, '');
  doc.entities = [
    person('e1', 'Xi Jinping', 'president', 'CHN'),
    { id: 'e2', type: 'COUNTRY', name: 'India', roles: [], country: 'IND', actor: null, mentions: [] },
    { id: 'e3', type: 'GROUP', name: 'the two', roles: [], country: null, actor: null, mentions: [], members: ['e1', 'e2'] },
  ];
  const out = await actorsStage.run(doc, newCtx());
  assert.notEqual(out, doc);
  assert.deepEqual(out.entities.map((e) => e.actor?.code ?? null), ['CHNGOV', 'IND', null]);
  assert.deepEqual(doc.entities.map((e) => e.actor), [null, null, null]);
  assert.deepEqual(out.entities[2].members, ['e1', 'e2']);
  assert.equal(actorsStage.name, 'actors');
});

test('sectorForTitle is exported from the stage module', () => {
  assert.equal(sectorForTitle('prime minister'), 'GOV');
});

test('actorsStage dates leaders by article.published, else the published option', async () => {
  const doc = newDoc({ path: null, url: null, id: null, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: null }, '');
  doc.entities = [{ id: 'e1', type: 'PERSON', name: 'Putin', roles: [], country: null, actor: null, mentions: [] }];
  const byOption = await actorsStage.run(doc, newCtx({ published: '2019-04-16' }));
  assert.equal(byOption.entities[0].actor?.code, 'RUSGOV');
  doc.article = { ...doc.article, published: '1995-06-01' };
  const byArticle = await actorsStage.run(doc, newCtx({ published: '2019-04-16' }));
  assert.equal(byArticle.entities[0].actor, null, 'the article date wins: Putin held no office in 1995');
});
