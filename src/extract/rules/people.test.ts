import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchBio, matchByline, properCaseName } from './people.js';

test('bylines give person names in proper case', () => {
  assert.deepEqual(matchByline('By Priya Raman'), ['Priya Raman']);
  assert.deepEqual(matchByline('BY PRIYA RAMAN AND TOMAS NOVAK, Reuters'), ['Priya Raman', 'Tomas Novak']);
  assert.deepEqual(matchByline('By Priya Raman, Tomas Novak and Li Wei'), ['Priya Raman', 'Tomas Novak', 'Li Wei']);
  assert.deepEqual(matchByline('By Priya Raman | Senior Correspondent'), ['Priya Raman']);
  assert.deepEqual(matchByline('By Ana de la Vega and The Associated Press'), ['Ana de la Vega']);
  assert.deepEqual(matchByline('By Priya Raman and Priya Raman'), ['Priya Raman']);
});

test('false positives: sentences starting with "By" are not bylines', () => {
  for (const l of ['By the end of the day, the talks had collapsed.', 'By Tuesday', 'By then it was too late.', 'By contrast, Jakarta said little.', 'By Reuters']) {
    assert.equal(matchByline(l), null, l);
  }
});

test('proper case of names written in capitals', () => {
  assert.equal(properCaseName('MARY-ANN O’NEIL'), 'Mary-Ann O’Neil');
  assert.equal(properCaseName('Ursula VON DER LEYEN'), 'Ursula von der Leyen');
  assert.equal(properCaseName('DeShawn McKay'), 'DeShawn McKay');
});

test('bio openings name the writer', () => {
  assert.deepEqual(matchBio('Tomas Novak is a Prague-based correspondent covering central Europe.'), { name: 'Tomas Novak' });
  assert.deepEqual(matchBio('Li Wei has written for several regional papers.'), { name: 'Li Wei' });
  assert.deepEqual(matchBio('The author is a former diplomat and columnist.'), { name: null });
  assert.deepEqual(matchBio('About the author: Sara Holm is an energy analyst.'), { name: 'Sara Holm' });
});

test('false positives: sentences about people that are not bios', () => {
  for (const l of [
    'Joko Widodo is a former furniture exporter who became president.',
    'Indonesia is a key partner and its navy is growing.',
    'The minister is a former banker.',
    'Penny Wong is expected to arrive on Wednesday.',
  ]) assert.equal(matchBio(l), undefined, l);
});
