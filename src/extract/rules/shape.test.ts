import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsLikeSentence, isProse, isTitleCase, looksLikeHeadline } from './shape.js';

test('sentence endings include closing quotes', () => {
  assert.equal(endsLikeSentence('“We will go,” she said.'), true);
  assert.equal(endsLikeSentence('“We will go.”'), true);
  assert.equal(endsLikeSentence('Is it over?'), true);
  assert.equal(endsLikeSentence('Leaders In Talks'), false);
});

test('prose needs words and an ending, or length', () => {
  assert.equal(isProse('Talks resumed on Monday.'), true);
  assert.equal(isProse('Talks resumed.'), false);
  assert.equal(isProse('Photo of the two leaders walking along the pier before the talks in the capital city'), true);
  assert.equal(isProse('Leaders meet in Jakarta'), false);
});

test('headline and title case', () => {
  assert.equal(looksLikeHeadline('Flood Warning Issued For Coastal Towns'), true);
  assert.equal(looksLikeHeadline('the talks went on.'), false);
  assert.equal(isTitleCase('Japan And Indonesia Agree On Joint Patrols'), true);
  assert.equal(isTitleCase('Japan and Indonesia agree on joint patrols'), false);
  assert.equal(isTitleCase('Indonesia'), false);
});
