/**
 * Coreference within a document (issue 4 item 5): surnames, title-only mentions, demonyms, "the
 * two", and he/she with gender, each with its false positives. Sentences are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../doc.js';
import { newCtx, entitiesOf, byName } from './testing.js';
import { sameNameVariant, shortKeys } from './coref.js';

const ctx = newCtx();
/** Mention texts of the entity named `name` in `text`, as "text/kind". */
function cluster(text: string, name: string): string[] {
  const e = byName(entitiesOf(ctx, text), name);
  assert.ok(e, `${name} not found in: ${text}`);
  return e.mentions.map((m) => `${m.text}/${m.kind}`);
}
const pronouns = (es: Entity[]): string[] => es.flatMap((e) => e.mentions.filter((m) => m.kind === 'pronoun').map((m) => `${m.text}->${e.name}`));

test('surname and full name form one cluster, in either order', () => {
  assert.deepEqual(cluster('Olaf Scholz landed in Paris. Scholz then met students.', 'Olaf Scholz'), ['Olaf Scholz/name', 'Scholz/short']);
  // The name before a particle is the short form of Portuguese and Spanish names (rule short-before-particle).
  assert.deepEqual(cluster('President Lula spoke first. Later Luiz Inacio Lula da Silva left.', 'Luiz Inacio Lula da Silva'),
    ['Lula/short', 'Luiz Inacio Lula da Silva/name']);
});

test('title-only mentions join the one person holding that office in the document', () => {
  const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. The Russian president praised the talks.';
  assert.deepEqual(cluster(text, 'Vladimir Putin'), ['Vladimir Putin/name', 'The Russian president/title']);
  assert.deepEqual(cluster(text, 'Xi Jinping'), ['Xi Jinping/name']);
  const fm = 'French Foreign Minister Catherine Colonna met French Finance Minister Bruno Le Maire. The French foreign minister left early.';
  assert.deepEqual(cluster(fm, 'Catherine Colonna'), ['Catherine Colonna/name', 'The French foreign minister/title']);
  assert.deepEqual(cluster(fm, 'Bruno Le Maire'), ['Bruno Le Maire/name']);
  // Another written form of the same office (title key minister:foreign).
  assert.deepEqual(cluster('British Foreign Minister David Cameron flew to Riyadh. The British foreign secretary met the king.', 'David Cameron'),
    ['David Cameron/name', 'The British foreign secretary/title']);
  // A generic title matches its whole family in that country.
  assert.deepEqual(cluster('North Korean Chairman Kim Jong Un fired a missile. The North Korean leader watched.', 'Kim Jong Un'),
    ['Kim Jong Un/name', 'The North Korean leader/title']);
});

test('demonyms: a national group takes the country, and "the Russians" is a mention of Russia', () => {
  const es = entitiesOf(ctx, 'Russian officials denied the report. Moscow insisted, and the Russians walked out. Russia later returned.');
  const officials = byName(es, 'Russian officials');
  assert.deepEqual([officials?.type, officials?.country], ['GROUP', 'RUS']);
  const rus = es.find((e) => e.type === 'COUNTRY' && e.country === 'RUS');
  assert.deepEqual(rus?.mentions.map((m) => `${m.text}/${m.kind}`), ['Russians/demonym', 'Russia/name']);
  assert.equal(byName(entitiesOf(ctx, 'Britons voted on Thursday.'), 'United Kingdom')?.mentions[0].kind, 'demonym');
});

test('"the two" is the pair just named', () => {
  const es = entitiesOf(ctx, 'Emmanuel Macron hosted Narendra Modi in Paris. The two signed a defence pact.');
  const pair = es.find((e) => e.type === 'GROUP');
  assert.deepEqual(pair?.members?.map((id) => es.find((e) => e.id === id)?.name), ['Emmanuel Macron', 'Narendra Modi']);
  assert.deepEqual(pair?.mentions.map((m) => m.text), ['The two']);
});

test('he/she: the one person of the previous sentence whose gender fits (given names, titles, honorifics)', () => {
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Angela Merkel met Emmanuel Macron in Berlin. She said the talks were useful.')), ['She->Angela Merkel']);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Angela Merkel met Emmanuel Macron in Berlin. He said the talks were useful.')), ['He->Emmanuel Macron']);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Queen Margrethe received Olaf Scholz. She wished him well.')), ['She->Margrethe']);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Mrs. Dlamini greeted Cyril Ramaphosa. She spoke first.')), ['She->Dlamini']);
  // Halves of a "Putin-Kim" compound are modifiers, not candidates.
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Envoy Stephen Biegun flew to Seoul before the Putin-Kim summit. He met aides.')), ['He->Stephen Biegun']);
});

test('false positives: shared surnames, two holders of one title, two fitting persons, it/they', () => {
  const bidens = entitiesOf(ctx, 'Joe Biden met Hunter Biden in Delaware. Biden spoke later.');
  assert.deepEqual(bidens.filter((e) => e.type === 'PERSON').map((e) => e.mentions.map((m) => m.text)), [['Joe Biden'], ['Hunter Biden']]);
  const kims = entitiesOf(ctx, 'Kim Jong Un met Kim Yo Jong. Kim smiled.');
  assert.ok(kims.every((e) => e.mentions.every((m) => m.text !== 'Kim')));
  const presidents = entitiesOf(ctx, 'Russian President Vladimir Putin met U.S. President Joe Biden. The president said the talks went well.');
  assert.deepEqual(byName(presidents, 'Vladimir Putin')?.mentions.length, 1);
  assert.deepEqual(byName(presidents, 'Joe Biden')?.mentions.length, 1);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Emmanuel Macron met Joe Biden. He said the talks were useful.')), []);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Angela Merkel met Giorgia Meloni. She said the talks were useful.')), []);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Olaf Scholz visited Tesla. It said sales were strong. They declined to comment.')), []);
  assert.deepEqual(pronouns(entitiesOf(ctx, 'The summit ended. She flew home.')), []);
});

test('name variants stay one person: a stray leading word, a middle initial, a short given name, a generational suffix (rule name-variants)', () => {
  assert.ok(sameNameVariant('Would Adam Schiff', 'Adam Schiff'));
  assert.ok(sameNameVariant('John M. Ford', 'John Milo Ford'));
  assert.ok(sameNameVariant('Pat Carlineo', 'Patrick Carlineo Jr.'));
  assert.ok(!sameNameVariant('Mike Ford', 'Dale Ford'));
  assert.deepEqual(shortKeys('Patrick Carlineo Jr.'), ['Carlineo']);
  assert.deepEqual(cluster('Patrick W. Carlineo was charged. Pat Carlineo later apologized. Carlineo wept.', 'Patrick W. Carlineo').map((m) => m.split('/')[0]),
    ['Patrick W. Carlineo', 'Pat Carlineo', 'Carlineo']);
});

test('false positive: a pronoun inside quoted words is not linked (rule pronoun-not-in-quote)', () => {
  assert.deepEqual(pronouns(entitiesOf(ctx, 'Reilly Opelka lost the final. “It came down to a few points. He was just too good,” the coach said.')), []);
});
