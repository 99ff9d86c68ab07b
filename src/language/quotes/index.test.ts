import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, quotesStage } from './index.js';
import { makeDoc, type TestEntity } from './testing.js';
import { newCtx } from '../../context.js';
import { QuoteSchema } from '../../doc.js';

const PEOPLE: TestEntity[] = [
  { id: 'p1', type: 'PERSON', name: 'Josep Borrell', mentions: ['Josep Borrell', 'Borrell'] },
  { id: 'p2', type: 'PERSON', name: 'Fumio Kishida', mentions: ['Fumio Kishida', 'Kishida'] },
];

/** [text, speaker text, speaker entity, via, rule] of each quote. */
function summary(paragraphs: string[], entities: TestEntity[] = PEOPLE) {
  return findQuotes(makeDoc(paragraphs, entities)).map((q) => [q.text, q.speaker?.text ?? null, q.speaker?.entity ?? null, q.via, q.rule]);
}

test('"…," X said (curly)', () => {
  assert.deepEqual(summary(['“Europe will keep its promises to Ukraine,” Borrell said.']),
    [['Europe will keep its promises to Ukraine', 'Borrell', 'p1', null, 'post-name-verb']]);
});

test('"…," X said (straight)', () => {
  assert.deepEqual(summary(['"Europe will keep its promises to Ukraine," Borrell said.']),
    [['Europe will keep its promises to Ukraine', 'Borrell', 'p1', null, 'post-name-verb']]);
});

test('"…," said X with a title appositive', () => {
  assert.deepEqual(summary(['“The meeting was long but useful,” said Fumio Kishida, the prime minister.']),
    [['The meeting was long but useful', 'Fumio Kishida', 'p2', null, 'post-verb-name']]);
});

test('X said: "…" and X said, "…"', () => {
  assert.deepEqual(summary(['Kishida said: “Japan will double its support this year.”']),
    [['Japan will double its support this year.', 'Kishida', 'p2', null, 'pre-name-verb']]);
  assert.deepEqual(summary(['Prime Minister Kishida said, "Japan will double its support this year."']),
    [['Japan will double its support this year.', 'Prime Minister Kishida', 'p2', null, 'pre-name-verb']]);
});

test('X said that "…" (partial quote)', () => {
  assert.deepEqual(summary(['Borrell said that “no country can face this crisis alone.”']),
    [['no country can face this crisis alone.', 'Borrell', 'p1', null, 'pre-name-verb-that']]);
});

test('"…," according to X, and According to X, "…"', () => {
  assert.deepEqual(summary(['“Exports fell for the third month running,” according to a trade ministry report.']),
    [['Exports fell for the third month running', 'a trade ministry report', null, null, 'post-according-to']]);
  assert.deepEqual(summary(['According to Borrell, “the sanctions are starting to bite.”']),
    [['the sanctions are starting to bite.', 'Borrell', 'p1', null, 'pre-according-to']]);
});

test('"…," X told Y: speaker X, via Y', () => {
  assert.deepEqual(summary(['“We are not at war with anyone,” Kishida told NHK.']),
    [['We are not at war with anyone', 'Kishida', 'p2', 'NHK', 'post-name-verb+via-told']]);
  assert.deepEqual(summary(['“We are not at war with anyone,” Kishida told reporters in Tokyo.']),
    [['We are not at war with anyone', 'Kishida', 'p2', null, 'post-name-verb+via-told-audience']]);
});

test('in a statement, on Twitter, in an interview with', () => {
  assert.deepEqual(summary(['“The ceasefire must hold for all sides,” Borrell said in a statement.'])[0].slice(1),
    ['Borrell', 'p1', null, 'post-name-verb+via-statement']);
  assert.deepEqual(summary(['“The ceasefire must hold for all sides,” Borrell wrote on Twitter.'])[0].slice(1),
    ['Borrell', 'p1', 'Twitter', 'post-name-verb+via-channel']);
  assert.deepEqual(summary(['“The ceasefire must hold for all sides,” Borrell said in an interview with Le Monde.'])[0].slice(1),
    ['Borrell', 'p1', 'Le Monde', 'post-name-verb+via-interview']);
});

test('X added, X noted, X wrote, X warned, he said', () => {
  for (const verb of ['added', 'noted', 'wrote', 'warned', 'stressed', 'insisted', 'tweeted']) {
    assert.deepEqual(summary([`“Nobody should doubt our resolve here,” Borrell ${verb}.`])[0].slice(1), ['Borrell', 'p1', null, 'post-name-verb'], verb);
  }
  const he: TestEntity[] = [{ id: 'p1', type: 'PERSON', name: 'Josep Borrell', mentions: ['Josep Borrell', 'he'], kind: 'name' }];
  assert.deepEqual(summary(['Josep Borrell arrived late. “Nobody should doubt our resolve here,” he later said.'], he)[0].slice(1), ['he', 'p1', null, 'post-name-verb']);
});

test('a description speaker without an entity keeps its text', () => {
  assert.deepEqual(summary(['“The plan is still under review,” a senior official at the finance ministry said.'])[0].slice(1),
    ['a senior official at the finance ministry', null, null, 'post-name-verb']);
});

test('a quote over several sentences', () => {
  assert.deepEqual(summary(['“We have waited long enough. Now it is time to act,” Kishida said.']),
    [['We have waited long enough. Now it is time to act', 'Kishida', 'p2', null, 'post-name-verb']]);
});

test('a quote over several paragraphs keeps one span and one speaker', () => {
  const d = makeDoc(['Borrell said on Monday: “The union is united on this.', '“Every member has agreed to the package.”'], PEOPLE);
  const [q] = findQuotes(d);
  assert.equal(q.text, 'The union is united on this.\n\n“Every member has agreed to the package.');
  assert.deepEqual(q.speaker, { entity: 'p1', text: 'Borrell' });
  assert.equal(q.text, d.article.text.slice(q.start, q.end));
});

test('the speaker in the next sentence', () => {
  assert.deepEqual(summary(['“The vote was fair and open.” Kishida said.'])[0].slice(1), ['Kishida', 'p2', null, 'next-sentence']);
  assert.deepEqual(summary(['“The vote was fair and open.” Kishida told NHK on Friday.'])[0].slice(1), ['Kishida', 'p2', 'NHK', 'next-sentence+via-told']);
});

test('false positives: a next sentence that is not only an attribution gives no speaker', () => {
  assert.deepEqual(summary(['“The vote was fair and open.” Kishida told NHK the count took two days because of the weather in the north.'])[0].slice(1),
    [null, null, null, 'unattributed']);
  // No verb or noun of saying near the marks: not a quote at all (rule quote-needs-speech-cue).
  assert.deepEqual(summary(['“The vote was fair and open.” The count took two days.']), []);
});

test('a run of quotes takes the previous speaker of the paragraph, and a reopening paragraph too', () => {
  assert.deepEqual(summary(['“The vote was fair,” Kishida said. “The count took two days.”']).map((r) => r.slice(1)),
    [['Kishida', 'p2', null, 'post-name-verb'], ['Kishida', 'p2', null, 'run-in-paragraph']]);
  assert.deepEqual(summary(['“The vote was fair,” Kishida said.', '“The count took two days.”']).map((r) => r[4]),
    ['post-name-verb', 'run-previous-paragraph']);
});

test('an interrupted quote gives two quotes with the same speaker', () => {
  assert.deepEqual(summary(['“The vote was fair,” Kishida said, “and the count was clean.”']).map((r) => r.slice(0, 2)),
    [['The vote was fair', 'Kishida'], ['and the count was clean.', 'Kishida']]);
});

test('no attribution anywhere gives speaker null', () => {
  assert.deepEqual(summary(['The crowd chanted “we want our jobs back” outside the plant.']),
    [['we want our jobs back', null, null, null, 'unattributed']]);
});

test('short quotes with punctuation inside and a direct attribution are kept', () => {
  assert.deepEqual(summary(['“No comment,” Kishida said.']).map((r) => r.slice(0, 2)), [['No comment', 'Kishida']]);
});

test('the stage writes schema-valid quotes whose text is the slice', async () => {
  const doc = makeDoc(['“We have waited long enough,” Kishida said.', 'Borrell said: “Time is short for everyone.”'], PEOPLE);
  const out = await quotesStage.run(doc, newCtx());
  assert.equal(out.quotes.length, 2);
  for (const q of out.quotes) {
    QuoteSchema.parse(q);
    assert.equal(q.text, out.article.text.slice(q.start, q.end));
  }
});
