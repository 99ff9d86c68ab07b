/**
 * Noun-phrase helpers over actor mentions, without a parser: the head of a run of adjacent
 * mentions ("North Korean leader Kim Jong Un" -> Kim Jong Un), coordination ("A and B",
 * "A, B and C"), and the words between two offsets.
 */
import type { ActorSpan } from './actors.js';
import type { Tok } from './tokens.js';
import { TITLES } from '../language/rules/titles.js';
import { lowerBound } from '../spans.js';
import { PREPOSITIONS } from './rules/lexicon.js';

/** The index range `[from, to)` of the tokens starting inside `[start, end)` (`toks` in text order). */
function tokenRange(toks: readonly Tok[], start: number, end: number): [number, number] {
  const from = lowerBound(toks, start, (t) => t.start);
  return [from, Math.max(from, lowerBound(toks, end, (t) => t.start))];
}

/** The tokens lying inside `[start, end)`; `toks` in text order. O(log n + result). */
export function tokensIn(toks: readonly Tok[], start: number, end: number): Tok[] {
  const [from, to] = tokenRange(toks, start, end);
  return toks.slice(from, to).filter((t) => t.end <= end);
}

/** Lower-case words of the title lexicon ("leader", "special", "representative", "foreign", "minister"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.title.split(' ')));

/** Articles: one between two mentions opens a second noun phrase (rule `np-determiner-break`). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Conjunctions and relative words that end a noun phrase ("resigned as the opposition threatened": no object). */
const GAP_STOPS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while', 'who', 'which', 'that', 'as', 'than', 'because', 'when', 'whereas']);

/**
 * True when the gap `[a, b)` can sit inside one noun phrase: at most `max` words, no preposition,
 * conjunction or clause punctuation. Capitalized words, possessives and title words do not count
 * toward `max`, so a role phrase before a name stays in the phrase ("met North Korean leader Kim
 * Jong Un", rule `np-role-phrase`). With `articles` false, an article in the gap also ends the phrase.
 */
export function npGap(toks: readonly Tok[], a: number, b: number, max = 3, articles = true): boolean {
  if (b < a) return false;
  const [from, to] = tokenRange(toks, a, b);
  if (to - from > max + 7) return false; // more than max + 6 tokens inside (at most the last one overhangs b)
  const gap = tokensIn(toks, a, b);
  const counted = gap.filter((t) => !/^\p{Lu}/u.test(t.text) && !TITLE_WORDS.has(t.lower) && !/^['’]s?$/.test(t.text));
  if (counted.length > max || gap.length > max + 6) return false;
  return gap.every((t) => (t.punct ? /^[-–'.’]$/.test(t.text) : !PREPOSITIONS.has(t.lower) && !GAP_STOPS.has(t.lower) && (articles || !ARTICLES.has(t.lower))));
}

/**
 * The coordinator in the gap `[a, b)`: `'and'` for "and", "or", "&", ", and" followed by at most
 * four capitalized or determiner words ("and U.S. President" before "Donald Trump"; not "and
 * visited"), `'comma'` for a bare comma
 * (a list item only when an "and" closes the list), else null.
 */
export function coordGap(text: string, a: number, b: number): 'and' | 'comma' | null {
  if (b < a) return null;
  const gap = text.slice(a, b);
  const m = /^\s*(?:,\s*)?(?:and|or|&)\s+((?:[\p{L}.'’-]+\s+){0,4})$/iu.exec(gap) ?? /^\s*(?:,\s*)?(?:and|or|&)\s*()$/iu.exec(gap);
  if (m) {
    const words = (m[1] ?? '').split(/\s+/).filter(Boolean);
    return words.every((w) => /^\p{Lu}/u.test(w) || COORD_MODIFIERS.has(w)) ? 'and' : null;
  }
  return /^\s*,\s*(?:the\s+)?$/.test(gap) ? 'comma' : null;
}

/** Lower-case words allowed between a coordinator and the next mention. */
const COORD_MODIFIERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their', 'former', 'fellow', 'acting', 'then']);

/** Among `spans`, those usable as an argument (coded actors; places only when `places`). */
export function usable(spans: readonly ActorSpan[], places: boolean): ActorSpan[] {
  return spans.filter((s) => s.actors.length > 0 || (places && s.place));
}


/**
 * From `first`, follows adjacent mentions in one noun phrase and returns the last (the head). Rule
 * `np-determiner-break`: a determiner between two mentions starts a new noun phrase, so "the United
 * States match the European Union's support" has the United States as its head, not the Union.
 */
export function headFrom(spans: readonly ActorSpan[], toks: readonly Tok[], first: ActorSpan, limit = Infinity): ActorSpan {
  let cur = first;
  for (let i = lowerBound(spans, first.end, (s) => s.start); i < spans.length && spans[i]!.start < limit; i++) {
    const s = spans[i]!;
    if (s.start < cur.end || s.end > limit) continue;
    if (!npGap(toks, cur.end, s.start, 3, false)) break;
    cur = s;
  }
  return cur;
}

/** The first of `spans` (sorted by start) starting at or after `pos` and ending by `limit`. */
function firstFrom(spans: readonly ActorSpan[], pos: number, limit: number): ActorSpan | undefined {
  for (let i = lowerBound(spans, pos, (s) => s.start); i < spans.length && spans[i]!.start < limit; i++) {
    if (spans[i]!.end <= limit) return spans[i];
  }
  return undefined;
}

/**
 * `spans` are sorted by start (as `actorSpans` gives); lookups are binary searches.
 * The noun phrase(s) starting at offset `pos`: the first usable mention within `maxWords` words
 * (no preposition or clause punctuation before it), its head, and coordinated heads after it.
 * Returns [] when no mention starts there. `limit` bounds the search (clause end).
 */
export function npAt(text: string, spans: readonly ActorSpan[], toks: readonly Tok[], pos: number, maxWords: number, limit: number): ActorSpan[] {
  const first = firstFrom(spans, pos, limit);
  if (!first || !npGap(toks, pos, first.start, maxWords)) return [];
  const heads = [headFrom(spans, toks, first, limit)];
  let closed = 1;
  for (;;) {
    const cur = heads[heads.length - 1]!;
    const next = firstFrom(spans, cur.end, limit);
    const how = next ? coordGap(text, cur.end, next.start) : null;
    if (!next || !how) break;
    heads.push(headFrom(spans, toks, next, limit));
    if (how === 'and') closed = heads.length;
  }
  return heads.slice(0, closed);
}

/** The start of the noun phrase whose head is `head` (walks back over adjacent modifier mentions). */
export function npStart(spans: readonly ActorSpan[], toks: readonly Tok[], head: ActorSpan): number {
  let start = head.start;
  let at = lowerBound(spans, head.start, (s) => s.start);
  while (at < spans.length && spans[at] !== head && spans[at]!.start === head.start) at++;
  for (let i = (spans[at] === head ? at : -1) - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.end > start || !npGap(toks, s.end, start)) break;
    start = s.start;
  }
  return start;
}
