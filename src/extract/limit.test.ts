/** The article-size limit: inputs whose text exceeds what the pipeline can analyze fail with E008, nothing else breaks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { MAX_ARTICLE_CHARS } from './index.js';

test('an article text over MAX_ARTICLE_CHARS fails with E008; one under it is analyzed', async () => {
  const sentence = 'The minister said the talks with the union would go on next week. ';
  const big = sentence.repeat(Math.ceil((MAX_ARTICLE_CHARS + 10) / sentence.length));
  const code = async (text: string): Promise<string> => analyze({ text }).then(() => 'ok', (e: { code?: string }) => e.code ?? 'none');
  assert.equal(await code(big), 'E008', 'an article text over the limit');
  assert.equal(await code(sentence.repeat(Math.ceil((2 * MAX_ARTICLE_CHARS + 10) / sentence.length))), 'E008', 'a text input over twice the limit, before extraction');
  assert.equal(await code(sentence.repeat(20)), 'ok');
});
