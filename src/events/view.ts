/**
 * What the argument finder sees of one sentence, with the lookups it needs precomputed once per
 * sentence (clause breaks, relative clauses, usable mentions), so each trigger costs O(log n)
 * lookups instead of walks over every token of the sentence.
 */
import type { ActorSpan } from './actors.js';
import { usable } from './np.js';
import { lowerBound } from '../spans.js';
import { APPOSITIVE_OPENERS, PARENTHETICAL_OPENERS } from './rules/lexicon.js';
import type { Tok } from './tokens.js';
import { isClauseBreak } from './tokens.js';

/** One sentence: its tokens (text order) and actor spans (by start, none nested, as `actorSpans` gives). */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  toks: readonly Tok[];
  spans: readonly ActorSpan[];
  /** Clause-break tokens (`;`, `:`, dashes, `!`, `?`; not `.`), in text order. */
  breaks: readonly Tok[];
  /** Relative clauses ", who ... ," and appositives ", a key ally of X," as `[start, end]` offsets, in text order of their opening comma. */
  parens: ReadonlyArray<readonly [number, number]>;
  /** `usable(spans, false)` and `usable(spans, true)`. */
  actors: readonly ActorSpan[];
  actorsOrPlaces: readonly ActorSpan[];
}

/** Relative clauses opened by ", who/which/..." and closed by the next comma (one pass from the end). */
function relativeClauses(toks: readonly Tok[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  const nextComma: number[] = new Array(toks.length).fill(-1);
  for (let i = toks.length - 2; i >= 0; i--) nextComma[i] = toks[i + 1]!.text === ',' ? i + 1 : nextComma[i + 1]!;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i]!.text !== ',' || !PARENTHETICAL_OPENERS.has(toks[i + 1]!.lower)) continue;
    const close = nextComma[i + 1]!;
    if (close > 0) out.push([toks[i]!.start, toks[close]!.end]);
  }
  return out;
}

/** Longest appositive read, in tokens between its commas. */
const APPOSITIVE_MAX = 16;

/**
 * Rule `appositive`: ", a key ally of X," right after an actor mention or a capitalized name, closed by a comma that no
 * "and"/"or" follows, with a lower-case word inside (a description, not a listed name: "Russia, the
 * United States, and China" is a list). Its mentions are not the subject of the verb after it.
 * Source: PETRARCH-2 skips appositive noun phrases when it looks for the subject.
 */
function appositives(toks: readonly Tok[], spans: readonly ActorSpan[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let k = 0;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (t.text !== ',' || !APPOSITIVE_OPENERS.has(toks[i + 1]!.lower)) continue;
    while (k < spans.length && spans[k]!.end < t.start) k++;
    // The comma must follow a name directly: an actor mention ending at it, or a capitalized word
    // (an uncoded name: "Bob, a key ally of China, criticized India").
    const before = toks[i - 1];
    if (spans[k]?.end !== t.start && !(before && before.end === t.start && /^\p{Lu}/u.test(before.text))) continue;
    let lower = false;
    for (let j = i + 2; j < toks.length && j <= i + APPOSITIVE_MAX; j++) {
      const w = toks[j]!;
      if (w.punct && w.text !== ',' && w.text !== '-' && w.text !== '.') break;
      if (w.text === ',') {
        const after = toks[j + 1]?.lower;
        if (lower && after !== 'and' && after !== 'or') out.push([t.start, w.end]);
        break;
      }
      if (!w.punct && /^\p{Ll}{3,}/u.test(w.text)) lower = true;
    }
  }
  return out;
}

/** Builds the view of sentence `[start, end)` of `text`. Linear in its tokens and spans. */
export function sentenceView(text: string, start: number, end: number, toks: readonly Tok[], spans: readonly ActorSpan[]): SentenceView {
  return {
    text, start, end, toks, spans,
    breaks: toks.filter((t) => isClauseBreak(t) && t.text !== '.'),
    parens: [...relativeClauses(toks), ...appositives(toks, spans)].sort((a, b) => a[0] - b[0]),
    actors: usable(spans, false),
    actorsOrPlaces: usable(spans, true),
  };
}

/** The view `v` restricted to actor spans `spans` (a subset of `v.spans`, same order); tokens and clauses are shared. */
export function withSpans(v: SentenceView, spans: readonly ActorSpan[]): SentenceView {
  return { ...v, spans, actors: usable(spans, false), actorsOrPlaces: usable(spans, true) };
}

/** Offset where the clause holding `pos` starts (after the last `;`, `:` or dash ending at or before `pos`). */
export function clauseStart(v: SentenceView, pos: number): number {
  const i = lowerBound(v.breaks, pos + 1, (t) => t.end) - 1;
  return i >= 0 ? v.breaks[i]!.end : v.start;
}

/** Offset where the clause holding `pos` ends (the first break starting at or after `pos`). */
export function clauseEnd(v: SentenceView, pos: number): number {
  const i = lowerBound(v.breaks, pos, (t) => t.start);
  return i < v.breaks.length ? v.breaks[i]!.start : v.end;
}

/** Ranges of relative clauses that close at or before `limit`. */
export function parentheticals(v: SentenceView, limit: number): Array<readonly [number, number]> {
  return v.parens.filter(([, b]) => b <= limit);
}

/** The last token ending at or before `pos`, or undefined. */
export function tokenBefore(toks: readonly Tok[], pos: number): Tok | undefined {
  return toks[lowerBound(toks, pos + 1, (t) => t.end) - 1];
}

/** The index of the first token starting at or after `pos`. */
export function tokenFrom(toks: readonly Tok[], pos: number): number {
  return lowerBound(toks, pos, (t) => t.start);
}
