/**
 * Regression tests for quadratic behaviour in the event coder: the per-document indexes and the
 * per-sentence precomputed clause breaks must agree with the plain scans they replaced, and a very
 * long sentence must code exactly as its clauses coded one by one. No timings here (see
 * bench/scaling.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { newCtx } from '../context.js';
import { actorSpans, type ActorSpan } from './actors.js';
import { codeEvents } from './coder.js';
import { tokensIn } from './np.js';
import { indexSpans, spansNear } from '../spans.js';
import { buildDoc, type EntitySpec, type TimeSpec } from './test-doc.js';
import { attachNearest } from './time.js';
import { isClauseBreak, tokenize } from './tokens.js';
import { clauseEnd, clauseStart, sentenceView, tokenBefore } from './view.js';

const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, len]) => ({ start, end: start + len }));

test('spansNear returns exactly the spans the predicate keeps among those touching the range, in input order', () => {
  fc.assert(fc.property(fc.array(span, { maxLength: 40 }), span, (items, q) => {
    const keep = (s: { start: number; end: number }): boolean => s.end > q.start && s.start < q.end;
    assert.deepEqual(spansNear(indexSpans(items), q.start, q.end, keep), items.filter(keep));
    const inside = (s: { start: number; end: number }): boolean => s.start >= q.start && s.end <= q.end;
    assert.deepEqual(spansNear(indexSpans(items), q.start, q.end, inside), items.filter(inside));
  }), { numRuns: 400 });
});

test('actorSpans keeps the outermost mentions, as the pairwise nesting definition does', () => {
  const text = 'Russian President Vladimir Putin and French President Emmanuel Macron met EU and UN envoys in Paris.';
  const doc = buildDoc(text, [
    [['Russian President Vladimir Putin'], 'PERSON', 'RUSGOV'], [['Vladimir Putin'], 'PERSON', 'RUSGOV'], [['Russian'], 'COUNTRY', 'RUS'],
    [['French President Emmanuel Macron'], 'PERSON', 'FRAGOV'], [['Emmanuel Macron'], 'PERSON', 'FRAGOV'],
    [['EU'], 'ORG', 'IGOEEC'], [['UN'], 'ORG', 'IGOUNO'], ['Paris', 'PLACE', null],
  ]);
  // buildDoc never nests mentions; add nested ones by hand.
  const at = (s: string): { start: number; end: number; text: string; kind: 'name' } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, kind: 'name' });
  doc.entities[1]!.mentions.push(at('Vladimir Putin'));
  doc.entities[2]!.mentions.push(at('Russian'));
  doc.entities[4]!.mentions.push(at('Emmanuel Macron'), at('Emmanuel Macron'));
  const got = actorSpans(doc, 0, text.length).map((s) => s.text);
  assert.deepEqual(got, ['Russian President Vladimir Putin', 'French President Emmanuel Macron', 'EU', 'UN', 'Paris']);
  const some = actorSpans(doc, text.indexOf('French'), text.indexOf(' met'));
  assert.deepEqual(some.map((s: ActorSpan) => s.text), ['French President Emmanuel Macron']);
});

const words = fc.array(fc.constantFrom('Putin', 'met', 'Xi', ';', ':', '—', ',', 'who', 'said', '.', 'in', 'Paris', 'on', 'Monday', '-'), { maxLength: 40 });

test('clause bounds, tokensIn and tokenBefore agree with walks over every token', () => {
  fc.assert(fc.property(words, fc.nat(300), fc.nat(300), (ws, p, q) => {
    const text = ws.join(' ');
    const toks = tokenize(text, 0, text.length);
    const v = sentenceView(text, 0, text.length, toks, []);
    const breaks = toks.filter((t) => isClauseBreak(t) && t.text !== '.');
    const pos = p % (text.length + 1);
    assert.equal(clauseStart(v, pos), breaks.filter((t) => t.end <= pos).pop()?.end ?? 0);
    assert.equal(clauseEnd(v, pos), breaks.find((t) => t.start >= pos)?.start ?? text.length);
    assert.equal(tokenBefore(toks, pos), toks.filter((t) => t.end <= pos).pop());
    const [a, b] = [Math.min(pos, q), Math.max(pos, q)];
    assert.deepEqual(tokensIn(toks, a, b), toks.filter((t) => t.start >= a && t.end <= b));
  }), { numRuns: 300 });
});

test('attachNearest asks for the clause of each trigger and each span once', () => {
  const triggers = [{ start: 0, end: 5 }, { start: 20, end: 25 }, { start: 40, end: 45 }];
  const spans = [{ start: 8, end: 12 }, { start: 30, end: 33 }, { start: 50, end: 60 }];
  let calls = 0;
  const clauseOf = (pos: number): number => { calls++; return pos < 28 ? 0 : 28; };
  assert.deepEqual(attachNearest(triggers, spans, clauseOf), [spans[0], null, spans[2]]);
  assert.equal(calls, triggers.length + spans.length);
});

test('a sentence of 600 clauses codes exactly as its clauses coded one by one', () => {
  const n = 600;
  const ids = Array.from({ length: n }, (_, i) => i + 1000); // four digits: no name or day is inside another
  const codes = ['RUSGOV', 'CHNGOV', 'FRAGOV', 'DEUGOV'];
  const cast = ids.flatMap((id, k): EntitySpec[] => [[`Envoy${id}`, 'PERSON', codes[k % 4]!], [`Consul${id}`, 'PERSON', codes[(k + 1) % 4]!]]);
  const clause = (id: number): string => `Envoy${id} met Consul${id} in Paris on day ${id}`;
  const time = (id: number): TimeSpec => [`day ${id}`, `2024-01-${String((id % 28) + 1).padStart(2, '0')}`, null];
  const ctx = newCtx();
  const long = codeEvents(buildDoc(ids.map(clause).join('; ') + '.', [...cast, ['Paris', 'PLACE', null]], ids.map(time)), ctx);
  const one = ids.flatMap((id, k) => codeEvents(buildDoc(clause(id) + '.', [cast[2 * k]!, cast[2 * k + 1]!, ['Paris', 'PLACE', null]], [time(id)]), ctx));
  assert.equal(long.length, n);
  assert.deepEqual(long.map((e) => `${e.source.text} ${e.code} ${e.target.text} ${e.time.from} ${e.place.text}`),
    one.map((e) => `${e.source.text} ${e.code} ${e.target.text} ${e.time.from} ${e.place.text}`));
  assert.ok(long.every((e) => e.sentence.index === 0 && e.time.from !== null && e.place.text === 'Paris'));
});
