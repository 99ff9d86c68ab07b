/** Phrase look-ups (lexAt, titleAt) against the plain definition: every length from the longest down. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx, docOf } from './testing.js';
import { lexicon, normPhrase, firstWordIndex, type Lexicon } from './lexicon.js';
import { lexAt, titleAt, titleAhead, isCap, type LexMatch, type TitleMatch } from './view.js';
import { TITLE_BY_TEXT, PLURAL_TITLES } from '../rules/titles.js';
import type { Sent } from './types.js';

const ctx = newCtx();
const lex = lexicon(ctx);

/** The sentences of `text` as scanner views. */
function sents(text: string): Sent[] {
  const d = docOf(ctx, text);
  return d.sentences.map((_, k) => ({ index: k, paragraph: 0, toks: d.tokens.filter((t) => t.sentence === k), text: d.article.text }));
}

/** lexAt by definition: the longest of up to maxWords + 3 tokens whose normalized text is a phrase. */
function plainLex(s: Sent, l: Lexicon, i: number): LexMatch | null {
  if (!isCap(s.toks[i])) return null;
  for (let n = Math.min(l.maxWords + 3, s.toks.length - i); n >= 1; n--) {
    const entries = l.phrases.get(normPhrase(s.text.slice(s.toks[i].start, s.toks[i + n - 1].end)));
    if (entries) return { n, entries };
  }
  return null;
}

/** titleAt by definition (up to 6 tokens; a one-word plural gives its singular's rule). */
function plainTitle(s: Sent, i: number): TitleMatch | null {
  for (let n = Math.min(6, s.toks.length - i); n >= 1; n--) {
    const key = normPhrase(s.text.slice(s.toks[i].start, s.toks[i + n - 1].end)).toLowerCase();
    const rule = TITLE_BY_TEXT.get(key);
    if (rule) return { rule, n, plural: PLURAL_TITLES.has(key) };
    if (n === 1 && PLURAL_TITLES.has(key)) {
      const sing = TITLE_BY_TEXT.get(key.replace(/s$/, '')) ?? TITLE_BY_TEXT.get(key);
      if (sing) return { rule: sing, n, plural: true };
    }
  }
  return null;
}

const TEXT = [
  'The U.S. Secretary of State flew to Port-au-Prince and then to Guinea-Bissau on Tuesday.',
  'North Korea’s foreign ministry and the United Nations Security Council met in New York City.',
  'Deputy Prime Minister Ana Brnabić told Serbian lawmakers that the Czech Republic’s envoy had left.',
  'In Rio de Janeiro, officials from the European Union and Côte d’Ivoire signed a deal with Saudi Arabia.',
  'The Secretary-General said the special representative for Afghanistan would visit Kabul, Washington, D.C. and Hong Kong.',
].join('\n\n');

test('lexAt and titleAt give the same answer as trying every length, at every token', () => {
  let found = 0;
  for (const s of sents(TEXT)) {
    for (let i = 0; i <= s.toks.length; i++) {
      const want = plainLex(s, lex, i);
      assert.deepEqual(lexAt(s, lex, i), want, `lexAt ${s.toks[i]?.text}`);
      assert.deepEqual(lexAt(s, lex, i), want, 'a second, memoized answer is the same');
      assert.deepEqual(titleAt(s, i), plainTitle(s, i), `titleAt ${s.toks[i]?.text}`);
      if (want) found++;
    }
  }
  assert.ok(found >= 12, `the text holds many gazetteer phrases (${found})`);
});

test('multi-token phrases are found whole: hyphenated, apostrophes, several words', () => {
  const [s] = sents('Leaders of Guinea-Bissau, Côte d’Ivoire and the United Arab Emirates met.');
  const at = (w: string): LexMatch | null => lexAt(s!, lex, s!.toks.findIndex((t) => t.text === w));
  assert.equal(at('Guinea')?.entries[0]?.type, 'COUNTRY');
  assert.equal(s!.toks.slice(s!.toks.findIndex((t) => t.text === 'Guinea')).slice(0, at('Guinea')!.n).map((t) => t.text).join(''), 'Guinea-Bissau');
  assert.ok((at('Côte')?.n ?? 0) >= 2);
  assert.equal(at('United')?.n, 3);
});

test('false positives: lower-case and unknown capitalized words match no phrase or title', () => {
  const [s] = sents('Blorvak said the weather in the valley was mild.');
  for (let i = 0; i < s!.toks.length; i++) assert.equal(lexAt(s!, lex, i), null, s!.toks[i]!.text);
  assert.equal(titleAt(s!, 0), null);
});

test('firstWordIndex keeps the longest key length per first word', () => {
  const ix = firstWordIndex(['New York', 'New York City', 'New', 'Oslo']);
  assert.deepEqual([...ix.entries()], [['New', 13], ['Oslo', 4]]);
});

test('normPhrase folds whitespace and curly apostrophes, and leaves normal text as it is', () => {
  assert.equal(normPhrase('Côte d’Ivoire'), "Côte d'Ivoire");
  assert.equal(normPhrase(' New\u00a0 York\t'), 'New York');
  assert.equal(normPhrase('United Arab Emirates'), 'United Arab Emirates');
  assert.equal(normPhrase('‘quoted’'), "'quoted'");
});

test('titleAhead: true up to the last token a title starts at, false after it', () => {
  const [s] = sents('Reporters asked the foreign minister about the talks in Oslo.');
  const at = s!.toks.findIndex((t) => t.text === 'minister');
  assert.ok(titleAt(s!, at - 1) && titleAt(s!, at), '"foreign minister" and "minister" are titles');
  for (let i = 0; i < s!.toks.length; i++) assert.equal(titleAhead(s!, i), i <= at, s!.toks[i]!.text);
});

test('false positives: a sentence with no title has no title ahead anywhere', () => {
  const [s] = sents('Heavy rain closed the roads near the river on Sunday.');
  for (let i = 0; i <= s!.toks.length; i++) assert.equal(titleAhead(s!, i), false);
});

test('a gap holding characters no token kept is part of the first word (the look-up still finds the phrase)', () => {
  // Tokens "AB" and "CD" of the text "AB' CD": the apostrophe belongs to no token.
  const text = "AB' CD";
  const toks = [{ start: 0, end: 2, text: 'AB', pos: 'PROPN', sentence: 0 }, { start: 4, end: 6, text: 'CD', pos: 'PROPN', sentence: 0 }];
  const phrases = new Map([["AB' CD", [{ type: 'COUNTRY' as const, iso3: 'XXX', name: 'Test' }]]]);
  const fake: Lexicon = { ...lex, phrases, maxWords: 2, firstWords: firstWordIndex(phrases.keys()) };
  const s: Sent = { index: 0, paragraph: 0, toks, text };
  assert.equal(lexAt(s, fake, 0)?.n, 2);
  assert.deepEqual(lexAt(s, fake, 0), plainLex(s, fake, 0));
});
