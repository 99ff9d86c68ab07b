import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMarkedSpans } from './detect.js';
import { makeDoc } from './testing.js';

/** The marked texts (between the marks) of paragraphs joined by blank lines. */
function marked(...paragraphs: string[]): string[] {
  const d = makeDoc(paragraphs);
  return findMarkedSpans(d.article.text, d.article.paragraphs).map((m) => d.article.text.slice(m.open + 1, m.close));
}

test('curly double marks pair within a paragraph', () => {
  assert.deepEqual(marked('“Talks will go on,” Merkel said. “We are patient.”'), ['Talks will go on,', 'We are patient.']);
});

test('straight double marks take their role from the neighbouring characters', () => {
  assert.deepEqual(marked('"Talks will go on," Merkel said, "and we are patient."'), ['Talks will go on,', 'and we are patient.']);
  assert.deepEqual(marked('He said "no" and left; "we tried," she added.'), ['no', 'we tried,']);
});

test('a quote continues into a paragraph that reopens with an opening mark', () => {
  const d = makeDoc(['Macron said: “Europe must act now.', '“It cannot wait for others to decide for it.”']);
  const [m] = findMarkedSpans(d.article.text, d.article.paragraphs);
  assert.equal(m.firstParagraph, 0);
  assert.equal(m.lastParagraph, 1);
  assert.equal(d.article.text.slice(m.open + 1, m.close), 'Europe must act now.\n\n“It cannot wait for others to decide for it.');
});

test('an unclosed mark is dropped when the next paragraph does not reopen', () => {
  assert.deepEqual(marked('Macron said: “Europe must act now.', 'The meeting ended at noon.', '“Yes,” she said.'), ['Yes,']);
});

test('straight continuation across paragraphs', () => {
  assert.deepEqual(marked('Macron said: "Europe must act now.', '"It cannot wait."'), ['Europe must act now.\n\n"It cannot wait.']);
});

test('inch marks after digits are not quote marks', () => {
  assert.deepEqual(marked('The guard is 6\'2" tall and the screen is 12" wide.'), []);
});

test('single curly marks: apostrophes are skipped, real single quotes pair', () => {
  assert.deepEqual(marked('The officials’ plan and rock ’n’ roll in the ’90s don’t count.'), []);
  assert.deepEqual(marked('‘We want a fair deal for our farmers,’ the minister said.'), ['We want a fair deal for our farmers,']);
});

test('single marks nested in a double-marked quote are part of it', () => {
  assert.deepEqual(marked('“He told me ‘never again’ and meant it,” she said.'), ['He told me ‘never again’ and meant it,']);
});
