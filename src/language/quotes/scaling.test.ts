/**
 * Regression tests for quadratic behaviour in quote attribution: the indexed lookups (binary
 * search over sentences, tokens and mentions; prefix maxima for nested marks) must agree with the
 * plain scans they replaced, and long documents must still be attributed quote by quote.
 * No timings here (see bench/scaling.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span, Token } from '../../doc.js';
import { findMarkedSpans, pairMarks, type MarkedSpan } from './detect.js';
import { findQuotes } from './index.js';
import { capBefore } from './attribute.js';
import { lowerBound } from '../../spans.js';
import { BEFORE_WINDOW_CAP } from './rules/patterns.js';
import { cleanSpeaker } from './phrase.js';
import { MARK_PAIRS } from './rules/marks.js';
import { indexMentions, resolveSpeaker } from './speaker.js';
import { makeDoc } from './testing.js';
import { spanAt } from './windows.js';

/** The nesting and crossing filter written as the plain pairwise definition. */
function markedByDefinition(text: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const all = MARK_PAIRS.flatMap((pair) => pairMarks(text, paragraphs, pair));
  const inside = (a: MarkedSpan, b: MarkedSpan): boolean => a.open > b.open && a.close < b.close;
  const overlaps = (a: MarkedSpan, b: MarkedSpan): boolean => a.open <= b.close && b.open <= a.close;
  return all.filter((a) => !all.some((b) => b !== a && (inside(a, b) || (a.pair.single && !b.pair.single && overlaps(a, b)))))
    .sort((a, b) => a.open - b.open);
}

const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", 'We', 'won', 'it', ',', '.', ' ', ' ', 'don’t', '5"', '\n\n');

test('findMarkedSpans agrees with the pairwise definition on random mixes of marks', () => {
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
    const text = pieces.join('');
    const paras: Span[] = [];
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) paras.push({ start: m.index, end: m.index + m[0].length });
    assert.deepEqual(findMarkedSpans(text, paras), markedByDefinition(text, paras));
  }), { numRuns: 400 });
});

test('lowerBound and spanAt agree with linear scans', () => {
  fc.assert(fc.property(fc.array(fc.nat(50), { maxLength: 30 }), fc.integer({ min: -2, max: 120 }), (gaps, pos) => {
    const spans: Span[] = [];
    let at = 0;
    for (const g of gaps) { spans.push({ start: at + (g % 3), end: at + (g % 3) + 1 + g }); at += (g % 3) + 1 + g; }
    const first = spans.findIndex((s) => s.start >= pos);
    assert.equal(lowerBound(spans, pos, (s) => s.start), first < 0 ? spans.length : first);
    assert.equal(spanAt(spans, pos), spans.find((s) => s.start <= pos && pos < s.end));
  }), { numRuns: 300 });
});

test('cleanSpeaker rejects a phrase with a verb token inside it and ignores verbs elsewhere in the document', () => {
  const text = 'Officials met and argued. The deputy minister spoke.';
  const tok = (w: string, pos: string, from = 0): Token => { const start = text.indexOf(w, from); return { start, end: start + w.length, text: w, pos, sentence: 0 }; };
  const tokens = [tok('Officials', 'NOUN'), tok('met', 'VERB'), tok('argued', 'VERB'), tok('The', 'DET', 20), tok('deputy', 'ADJ'), tok('minister', 'NOUN'), tok('spoke', 'VERB')];
  const phrase = (s: string) => { const start = text.indexOf(s); return cleanSpeaker(text, start, start + s.length, false, tokens); };
  assert.equal(phrase('The deputy minister')?.span.start, text.indexOf('The deputy'));
  assert.equal(phrase('Officials met'), null);
  assert.equal(phrase('minister spoke'), null);
});

test('resolveSpeaker gives the same speaker from a mention index as from the entity list', () => {
  const d = makeDoc(['Prime Minister Mark Carney spoke after Macron, a spokesman for Carney said.'], [
    { id: 'p1', type: 'PERSON', name: 'Mark Carney', mentions: ['Mark Carney', 'Carney'] },
    { id: 'p2', type: 'PERSON', name: 'Emmanuel Macron', mentions: ['Macron'] },
    { id: 'o1', type: 'ORG', name: 'Cabinet', mentions: ['Prime Minister'] },
  ]);
  const ix = indexMentions(d.entities);
  const text = d.article.text;
  for (const phrase of ['Prime Minister Mark Carney', 'a spokesman for Carney', 'Macron', 'spoke after']) {
    const start = text.indexOf(phrase);
    const span = { start, end: start + phrase.length };
    assert.deepEqual(resolveSpeaker(text, span, ix), resolveSpeaker(text, span, d.entities), phrase);
  }
});

test('a document of 3,000 quoted paragraphs attributes every quote to its own speaker', () => {
  const names = ['Olaf Scholz', 'Giorgia Meloni', 'Pedro Sanchez'];
  const paras = Array.from({ length: 3000 }, (_, i) => `“We will keep the border open for trade number ${i},” ${names[i % 3]} said.`);
  const d = makeDoc(paras, names.map((n, k) => ({ id: `p${k}`, type: 'PERSON' as const, name: n, mentions: [n] })));
  const quotes = findQuotes(d);
  assert.equal(quotes.length, 3000);
  quotes.forEach((q, i) => {
    assert.equal(q.speaker?.entity, `p${i % 3}`);
    assert.ok(q.text.endsWith(`number ${i}`));
  });
});

test('before-window-cap: a reporting clause at the end of a 40,000-character sentence still attributes its quote', () => {
  const filler = Array.from({ length: 1000 }, (_, i) => `ministers from ${i} regions met in Brussels,`).join(' ');
  const d = makeDoc([`${filler} and Chancellor Olaf Scholz told reporters in Berlin: “We will not block the deal.”`],
    [{ id: 'p1', type: 'PERSON', name: 'Olaf Scholz', mentions: ['Olaf Scholz'] }]);
  assert.ok(d.article.text.length > 40_000);
  const [q] = findQuotes(d);
  assert.equal(q?.text, 'We will not block the deal.');
  assert.equal(q?.speaker?.entity, 'p1');
  assert.equal(q?.rule, 'pre-name-verb+via-told-audience');
});

test('before-window-cap: the capped window starts at a word start inside the last characters; short windows are kept', () => {
  const text = `${'word '.repeat(200)}Lavrov said:`;
  const w = capBefore({ start: 7, text });
  assert.ok(w.text.length <= BEFORE_WINDOW_CAP.value);
  assert.ok(w.text.startsWith('word ') && text.endsWith(w.text));
  assert.equal(w.start, 7 + text.length - w.text.length);
  const short = { start: 0, text: 'Lavrov said:' };
  assert.equal(capBefore(short), short);
});
