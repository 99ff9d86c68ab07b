/**
 * Cleans the speaker noun phrase an attribution pattern captured: drops leading adverbials,
 * cuts trailing modifiers, keeps a name appositive, and rejects phrases that are clauses.
 */
import type { Span, Token } from '../../doc.js';
import { lowerBound } from '../../spans.js';
import { DETERMINERS, LEADING_DROP, LEADING_PREPOSITIONS, NON_NP_WORDS, TIME_WORDS, TRAILING_MODIFIER } from './rules/words.js';

/** Words of a phrase with their offsets (UTF-16, absolute). */
interface Word { start: number; end: number; text: string }

const MAX_WORDS = 12;
const CONJUNCTIONS: readonly string[] = ['and', 'or', 'but', 'nor'];
/** Short forms whose final period belongs to the word. */
const ABBREVIATIONS: readonly string[] = ['jr.', 'sr.', 'inc.', 'co.', 'ltd.', 'corp.', 'u.s.', 'u.n.', 'u.k.', 'e.u.'];

function words(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = /[^\s,]+/gu;
  const body = text.slice(start, end);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const lower = (w: Word): string => w.text.toLowerCase().replace(/[.\u2019']+$/u, '');

/** Drops leading conjunctions and adverbs, and a leading prepositional adverbial ("On Tuesday", "In Moscow the"). */
function dropLeading(ws: Word[]): Word[] {
  let i = 0;
  while (i < ws.length && LEADING_DROP.includes(lower(ws[i]))) i++;
  if (i < ws.length && LEADING_PREPOSITIONS.includes(lower(ws[i]))) {
    let j = i + 1;
    if (j < ws.length && TIME_WORDS.includes(lower(ws[j]))) {
      while (j < ws.length && TIME_WORDS.includes(lower(ws[j]))) j++;
    } else {
      while (j < ws.length && !DETERMINERS.includes(lower(ws[j]))) j++;
    }
    i = j;
  }
  return ws.slice(i);
}

/** Cuts the phrase where a trailing time or channel modifier starts ("Lavrov on Tuesday", "Lavrov in a statement"). */
function cutTrailing(text: string, ws: Word[]): Word[] {
  for (let i = 1; i < ws.length; i++) {
    if (TRAILING_MODIFIER.test(text.slice(ws[i].start, ws[ws.length - 1].end).toLowerCase())) return ws.slice(0, i);
  }
  return ws;
}

/**
 * True when a VERB or AUX token lies inside `[start, end)`. `tokens` are in text order and do not
 * overlap (as `doc.tokens`), so a binary search finds the first candidate: O(log n + words).
 */
function hasVerbIn(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = lowerBound(tokens, start, (t) => t.start); i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/** True when the words read as a noun phrase: no clause words, no verbs (when tokens are known), no dangling conjunction. */
function isNounPhrase(ws: Word[], tokens: readonly Token[]): boolean {
  if (ws.length === 0 || ws.length > MAX_WORDS) return false;
  if (ws.some((w) => NON_NP_WORDS.includes(lower(w)))) return false;
  if (CONJUNCTIONS.includes(lower(ws[0])) || CONJUNCTIONS.includes(lower(ws[ws.length - 1]))) return false;
  if (!/[\p{L}]/u.test(ws[0].text)) return false;
  return !hasVerbIn(tokens, ws[0].start, ws[ws.length - 1].end);
}

/** The span of `ws` without a sentence-final period on its last word (kept for abbreviations). */
function spanOf(text: string, ws: Word[]): Span {
  const last = ws[ws.length - 1];
  let end = last.end;
  while (end > last.start && /[.\u2019']/u.test(text[end - 1]) && !ABBREVIATIONS.includes(last.text.toLowerCase())) end--;
  return { start: ws[0].start, end };
}

/** The result of cleaning: the speaker span and the words cut off the end (a trailing modifier, for `via`). */
export interface Phrase { span: Span; rest: string }

/**
 * Cleans the speaker phrase at `[start, end)`. `inverted` marks a phrase after the verb (trailing
 * modifiers are cut and returned as `rest`). One comma-enclosed appositive is kept when it reads as a
 * noun phrase ("the spokeswoman, Maria Zakharova,") and dropped when it is a clause ("who asked…").
 * Returns null when no noun phrase remains. `tokens` (may be empty; in text order, as `doc.tokens`)
 * reject phrases with verbs.
 */
export function cleanSpeaker(text: string, start: number, end: number, inverted: boolean, tokens: readonly Token[]): Phrase | null {
  const raw = text.slice(start, end);
  const comma = raw.indexOf(',');
  let head = words(text, start, comma < 0 ? end : start + comma);
  const appositive = comma < 0 ? [] : words(text, start + comma + 1, end);
  head = dropLeading(head);
  let rest = '';
  if (inverted) {
    const cut = cutTrailing(text, head);
    if (cut.length < head.length) rest = text.slice(head[cut.length].start, end);
    head = cut;
  }
  if (!isNounPhrase(head, tokens)) return null;
  const all = appositive.length > 0 && isNounPhrase(appositive, tokens) ? [...head, ...appositive] : head;
  return { span: spanOf(text, all), rest };
}

/**
 * Extends an inverted speaker with a following name appositive (`said the spokeswoman, Maria
 * Zakharova.`): returns the new end when `text` after `end` is ", " plus capitalized words up to
 * clause end, else `end`.
 */
export function extendWithName(text: string, end: number, limit: number): number {
  const m = /^,\s+((?:\p{Lu}[\p{L}.\u2019'-]*)(?:\s+\p{Lu}[\p{L}.\u2019'-]*){0,3})(?=\s*(?:[.,;]|$))/u.exec(text.slice(end, limit));
  if (m === null) return end;
  const name = /\s\p{Lu}\.$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/u, '');
  return end + name.length;
}
