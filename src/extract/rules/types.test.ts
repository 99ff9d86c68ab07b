import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpace, wordCount } from './types.js';

/** The definition `wordCount` implements: `\s`-separated runs of the trimmed line, plus half the kana and ideographs. */
const byRegex = (line: string): number => {
  const t = line.trim();
  if (!t) return 0;
  const cjk = (t.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu) ?? []).length;
  return t.split(/\s+/).length + Math.floor(cjk / 2);
};

test('wordCount counts whitespace-separated words', () => {
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount(' \t\n '), 0);
  assert.equal(wordCount('Ministers met in Oslo'), 4);
  assert.equal(wordCount('  Ministers   met\tin\nOslo  '), 4);
  assert.equal(wordCount('\u00a0talks\u3000resumed\u2003today\ufeff'), 3);
  // A zero-width space is not white space: the word goes on.
  assert.equal(wordCount('talks\u200bresumed'), 1);
});

test('wordCount adds half the kana and ideographs', () => {
  assert.equal(wordCount('東京で会議'), 1 + 2);
  assert.equal(wordCount('Summit 北京 today'), 3 + 1);
});

test('isSpace agrees with \\s for every UTF-16 unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

test('wordCount agrees with its regex definition on mixed input', () => {
  const pieces = ['a', 'Oslo', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u200b', '\u3000', '東', 'か', '\uf900', '\ud83d\ude00', '.', '-'];
  let seed = 7;
  const next = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
  for (let k = 0; k < 3000; k++) {
    let s = '';
    for (let i = next() % 10; i > 0; i--) s += pieces[next() % pieces.length];
    assert.equal(wordCount(s), byRegex(s), JSON.stringify(s));
  }
});
