/**
 * Matches the attribution patterns ({@link ATTRIBUTION_PATTERNS}) against a context window and
 * returns the speaker span, the verb and the via of the first pattern that yields a clean speaker.
 */
import type { Span, Token } from '../../doc.js';
import { readVia } from './channel.js';
import { cleanSpeaker, extendWithName } from './phrase.js';
import { BEFORE_WINDOW_CAP, COMPILED_PATTERNS, type CompiledPattern, type PatternSide } from './rules/patterns.js';
import { SPEECH_VERBS } from './rules/verbs.js';
import type { Window } from './windows.js';

/** A matched attribution. */
export interface Attribution {
  /** Id of the attribution pattern. */
  rule: string;
  /** The speaker phrase, absolute offsets into the article text. */
  speaker: Span;
  /** The speech verb as written ("according to" for those patterns). */
  verb: string;
  via: string | null;
  /** Id of the via rule that decided, or null. */
  viaRule: string | null;
}

/** Patterns whose speaker follows the verb (trailing modifiers are cut, a name appositive is kept). */
const INVERTED = (p: CompiledPattern): boolean => p.template.includes('{SPI}');

/**
 * Pattern `p` on window `w`: the attribution, or null with where the pattern matched (`at`, an
 * offset into the article) when its speaker was not clean, or -1 when it did not match at all.
 */
function tryPattern(text: string, w: Window, p: CompiledPattern, tokens: readonly Token[]): Attribution | { at: number } {
  const m = p.regex.exec(w.text);
  const at = m?.indices?.groups?.speaker;
  if (m === null || at === undefined) return { at: -1 };
  const inverted = INVERTED(p);
  const start = w.start + at[0];
  let end = w.start + at[1];
  if (inverted) end = extendWithName(text, end, w.start + w.text.length);
  const phrase = cleanSpeaker(text, start, end, inverted, tokens);
  if (phrase === null) return { at: w.start + m.index };
  const verbText = m.groups?.verb ?? 'according to';
  const verb = SPEECH_VERBS.find((v) => v.form === verbText);
  const tail = inverted ? phrase.rest + ' ' + w.text.slice(end - w.start) : (m.groups?.tail ?? '');
  const via = readVia(verb, tail);
  return { rule: p.id, speaker: phrase.span, verb: verbText, via: via.via, viaRule: via.rule };
}

/**
 * The last {@link BEFORE_WINDOW_CAP} characters of a `before` window, starting at a word that follows
 * whitespace (so the retry loop below visits the same word starts as on the whole window); the
 * window itself when it is short enough.
 */
export function capBefore(w: Window): Window {
  const cut = w.text.length - BEFORE_WINDOW_CAP.value;
  if (cut <= 0) return w;
  const ws = /\s+(?=\S)/gu;
  ws.lastIndex = cut;
  const m = ws.exec(w.text);
  const from = m === null ? w.text.length : m.index + m[0].length;
  return { start: w.start + from, text: w.text.slice(from) };
}

/**
 * The first attribution of side `side` found in window `w` of `text`, or null. A `before` window
 * is first cut to its last {@link BEFORE_WINDOW_CAP} characters (rule `before-window-cap`).
 * For the `before` side a pattern is retried from each later word when its speaker is not a noun
 * phrase ("Lavrov met Pompeo and said:" yields nothing rather than a clause as speaker). Windows
 * that start at or before the failed match would find that same leftmost match again, and a pattern
 * that matches nowhere in a window matches in none of its later words (the `before` patterns are
 * anchored at the end only), so neither is run again: the result is the same as trying every word.
 */
export function attribute(text: string, w: Window, side: PatternSide, tokens: readonly Token[]): Attribution | null {
  const capped = side === 'before' ? capBefore(w) : w;
  if (capped.text.trim() === '') return null;
  for (const p of COMPILED_PATTERNS) {
    if (p.side !== side) continue;
    let win = capped, failedAt = -1;
    for (;;) {
      if (win.start > failedAt) {
        const a = tryPattern(text, win, p, tokens);
        if (!('at' in a)) return a;
        if (a.at < 0) break;
        failedAt = a.at;
      }
      if (side !== 'before') break;
      const next = /^\S*\s+/u.exec(win.text);
      if (next === null) break;
      win = { start: win.start + next[0].length, text: win.text.slice(next[0].length) };
    }
  }
  return null;
}
