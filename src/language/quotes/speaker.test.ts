import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSpeaker } from './speaker.js';
import { makeDoc, occurrences } from './testing.js';

function speakerOf(sentence: string, phrase: string, entities: Parameters<typeof makeDoc>[1]) {
  const d = makeDoc([sentence], entities);
  const [span] = occurrences(d.article.text, phrase);
  return resolveSpeaker(d.article.text, span, d.entities);
}

test('a PERSON mention inside the phrase links the entity', () => {
  const s = speakerOf('Foreign Minister Wang Yi said so.', 'Foreign Minister Wang Yi', [{ id: 'p1', type: 'PERSON', name: 'Wang Yi', mentions: ['Wang Yi'] }]);
  assert.deepEqual(s, { entity: 'p1', text: 'Foreign Minister Wang Yi' });
});

test('a pronoun mention placed by coreference links the entity', () => {
  const s = speakerOf('Later she said so.', 'she', [{ id: 'p2', type: 'PERSON', name: 'Kaja Kallas', mentions: ['she'], kind: 'pronoun' }]);
  assert.deepEqual(s, { entity: 'p2', text: 'she' });
});

test('a description with an organization inside keeps the description and links no ORG', () => {
  const s = speakerOf('a Pentagon spokesman said so.', 'a Pentagon spokesman', [{ id: 'o1', type: 'ORG', name: 'Pentagon', mentions: ['Pentagon'] }]);
  assert.deepEqual(s, { entity: null, text: 'a Pentagon spokesman' });
});

test('a descriptive PERSON entity covering the phrase is linked', () => {
  const s = speakerOf('a Pentagon spokesman said so.', 'a Pentagon spokesman', [
    { id: 'o1', type: 'ORG', name: 'Pentagon', mentions: ['Pentagon'] },
    { id: 'p3', type: 'PERSON', name: 'a Pentagon spokesman', mentions: ['a Pentagon spokesman'] },
  ]);
  assert.deepEqual(s, { entity: 'p3', text: 'a Pentagon spokesman' });
});

test('an ORG that heads the phrase is the speaker', () => {
  const s = speakerOf('the Foreign Ministry said so.', 'the Foreign Ministry', [{ id: 'o2', type: 'ORG', name: 'Foreign Ministry', mentions: ['Foreign Ministry'] }]);
  assert.deepEqual(s, { entity: 'o2', text: 'the Foreign Ministry' });
});

test('false positives: possessive and prepositional mentions are not the speaker', () => {
  const people = [{ id: 'p4', type: 'PERSON' as const, name: 'Erdogan', mentions: ['Erdogan'] }];
  assert.deepEqual(speakerOf('Erdogan’s spokesman said so.', 'Erdogan’s spokesman', people), { entity: null, text: 'Erdogan’s spokesman' });
  assert.deepEqual(speakerOf('an adviser to Erdogan said so.', 'an adviser to Erdogan', people), { entity: null, text: 'an adviser to Erdogan' });
  assert.deepEqual(speakerOf('a diplomat said so.', 'a diplomat', people), { entity: null, text: 'a diplomat' });
});
