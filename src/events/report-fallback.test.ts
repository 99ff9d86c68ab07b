/** Rule report-fallback: "X said ..." is a statement only when the sentence is about nothing else. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadsOf } from './test-doc.js';

test('a reporting verb is dropped when another verb rule matched, even without its actors', () => {
  // "free the hostages" matches a release rule whose source ("the gunmen") is no coded actor
  assert.deepEqual(dyadsOf('Putin said the gunmen would free the hostages soon.'), []);
});

test('a bare event noun does not silence the statement', () => {
  assert.deepEqual(dyadsOf('Putin said the talks were useful.'), ['010 RUSGOV->null']);
});

test('rule reported-subject: the speaker is the subject of the reported clause only through a pronoun', () => {
  assert.deepEqual(dyadsOf('China said on Monday that it had expelled two Russian diplomats.'), ['161 CHN->RUS']);
  assert.deepEqual(dyadsOf('China said the gunmen had expelled two Russian diplomats.'), ['161 null->RUS'], 'the expelling is not China\'s');
});
