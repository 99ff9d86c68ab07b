import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readVia } from './channel.js';
import { SPEECH_VERBS } from './rules/verbs.js';

const verb = (form: string) => SPEECH_VERBS.find((v) => v.form === form);

test('told <outlet> gives the outlet as via', () => {
  assert.deepEqual(readVia(verb('told'), ' ABC News on Sunday.'), { via: 'ABC News', rule: 'via-told' });
  assert.deepEqual(readVia(verb('told'), ' the BBC'), { via: 'BBC', rule: 'via-told' });
});

test('told <audience> gives no via', () => {
  assert.deepEqual(readVia(verb('told'), ' reporters in Brussels.'), { via: null, rule: 'via-told-audience' });
  assert.deepEqual(readVia(verb('told'), ' a news conference'), { via: null, rule: 'via-told-audience' });
});

test('channels and interviews', () => {
  assert.deepEqual(readVia(verb('wrote'), ' on Twitter.'), { via: 'Twitter', rule: 'via-channel' });
  assert.deepEqual(readVia(verb('said'), ' on his Telegram account'), { via: 'Telegram', rule: 'via-channel' });
  assert.deepEqual(readVia(verb('said'), ' on state television'), { via: 'state television', rule: 'via-channel' });
  assert.deepEqual(readVia(verb('said'), ' in an interview with CNN'), { via: 'CNN', rule: 'via-interview' });
  assert.deepEqual(readVia(verb('said'), ' on Fox News Sunday'), { via: 'Fox News Sunday', rule: 'via-outlet-on' });
});

test('false positives: times and delivery forms are not outlets', () => {
  assert.deepEqual(readVia(verb('said'), ' on Tuesday.'), { via: null, rule: null });
  assert.deepEqual(readVia(verb('said'), ' in a statement.'), { via: null, rule: 'via-statement' });
  assert.deepEqual(readVia(verb('said'), ' at a press conference in Rome'), { via: null, rule: 'via-statement' });
  assert.deepEqual(readVia(verb('said'), ''), { via: null, rule: null });
});
