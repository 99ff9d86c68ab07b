/**
 * Noun-phrase helpers over actor mentions, without a parser: the head of a run of adjacent
 * mentions ("North Korean leader Kim Jong Un" -> Kim Jong Un), coordination ("A and B",
 * "A, B and C"), and the words between two offsets.
 */
import type { ActorSpan } from './actors.js';
import type { Tok } from './tokens.js';
import { TITLES } from '../language/rules/titles.js';
import { PREPOSITIONS } from './rules/lexicon.js';

/** The tokens lying inside `[start, end)`. */
export function tokensIn(toks: readonly Tok[], start: number, end: number): Tok[] {
  return toks.filter((t) => t.start >= start && t.end <= end);
}

/** Lower-case words of the title lexicon ("leader", "special", "representative", "foreign", "minister"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.title.split(' ')));

/**
 * True when the gap `[a, b)` can sit inside one noun phrase: at most `max` words, no preposition,
 * conjunction or clause punctuation. Capitalized words, possessives and title words do not count
 * toward `max`, so a role phrase before a name stays in the phrase ("met North Korean leader Kim
 * Jong Un", rule `np-role-phrase`).
 */
export function npGap(toks: readonly Tok[], a: number, b: number, max = 3): boolean {
  if (b < a) return false;
  const gap = tokensIn(toks, a, b);
  const counted = gap.filter((t) => !/^\p{Lu}/u.test(t.text) && !TITLE_WORDS.has(t.lower) && !/^['’]s?$/.test(t.text));
  if (counted.length > max || gap.length > max + 6) return false;
  return gap.every((t) => (t.punct ? /^[-–'.’]$/.test(t.text) : !PREPOSITIONS.has(t.lower) && !['and', 'or', 'but', 'while', 'who', 'which', 'that'].includes(t.lower)));
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

/** From `first`, follows adjacent mentions in one noun phrase and returns the last (the head). */
export function headFrom(spans: readonly ActorSpan[], toks: readonly Tok[], first: ActorSpan): ActorSpan {
  let cur = first;
  for (const s of spans) {
    if (s.start < cur.end) continue;
    if (!npGap(toks, cur.end, s.start)) break;
    cur = s;
  }
  return cur;
}

/**
 * The noun phrase(s) starting at offset `pos`: the first usable mention within `maxWords` words
 * (no preposition or clause punctuation before it), its head, and coordinated heads after it.
 * Returns [] when no mention starts there. `limit` bounds the search (clause end).
 */
export function npAt(text: string, spans: readonly ActorSpan[], toks: readonly Tok[], pos: number, maxWords: number, limit: number): ActorSpan[] {
  const first = spans.find((s) => s.start >= pos && s.end <= limit);
  if (!first || !npGap(toks, pos, first.start, maxWords)) return [];
  const inLimit = spans.filter((s) => s.end <= limit);
  const heads = [headFrom(inLimit, toks, first)];
  let closed = 1;
  for (;;) {
    const cur = heads[heads.length - 1]!;
    const next = inLimit.find((s) => s.start >= cur.end);
    const how = next ? coordGap(text, cur.end, next.start) : null;
    if (!next || !how) break;
    heads.push(headFrom(inLimit, toks, next));
    if (how === 'and') closed = heads.length;
  }
  return heads.slice(0, closed);
}

/** The start of the noun phrase whose head is `head` (walks back over adjacent modifier mentions). */
export function npStart(spans: readonly ActorSpan[], toks: readonly Tok[], head: ActorSpan): number {
  let start = head.start;
  for (let i = spans.indexOf(head) - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.end > start || !npGap(toks, s.end, start)) break;
    start = s.start;
  }
  return start;
}
