/**
 * Detection of quotation-mark spans: pairs opening and closing marks within a paragraph, and
 * follows the English multi-paragraph convention (an unclosed quote continues when the next
 * paragraph reopens with an opening mark).
 */
import type { Span } from '../../doc.js';
import { lowerBound } from '../../spans.js';
import { MARK_PAIRS, OPEN_PRECEDERS, type MarkPair } from './rules/marks.js';

/** A marked span: the opening and closing mark positions (UTF-16 offsets into the text). */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (`text[close]` is the mark). */
  close: number;
  pair: MarkPair;
  /** Index of the paragraph the quote opens in, and of the one it closes in. */
  firstParagraph: number;
  lastParagraph: number;
}

type Role = 'open' | 'close' | 'skip';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isAfterClose = (c: string | undefined): boolean => c === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/u.test(c);

/** The role of the mark at `i` (inside paragraph `p`), given whether a quote is open. */
function roleAt(text: string, i: number, p: Span, pair: MarkPair, isOpen: boolean): Role {
  const c = text[i];
  const prev = i > p.start ? text[i - 1] : undefined;
  const next = i + 1 < p.end ? text[i + 1] : undefined;
  const prevOpenLike = isSpace(prev) || OPEN_PRECEDERS.includes(prev ?? '') || prev === '\u201C' || prev === '"';
  if (pair.ambiguous) {
    if (prev !== undefined && /\p{N}/u.test(prev)) return 'skip'; // rule inch-mark (rules/marks.ts)
    const opener = prevOpenLike && !isSpace(next);
    const closer = !isSpace(prev) && isAfterClose(next);
    if (opener && !closer) return 'open';
    if (closer && !opener) return 'close';
    return isOpen ? 'close' : 'open';
  }
  if (c === pair.open) {
    if (pair.single && !(prevOpenLike && isWordChar(next))) return 'skip';
    return 'open';
  }
  // Closing mark. A single closing mark inside a word (don’t) or before a word (’n’, ’90s) is an apostrophe.
  if (pair.single && (isWordChar(next) || isSpace(prev))) return 'skip';
  return 'close';
}

/** Index of the first non-space character of paragraph `p`, or -1. */
function firstCharAt(text: string, p: Span): number {
  for (let i = p.start; i < p.end; i++) if (!isSpace(text[i])) return i;
  return -1;
}

/**
 * Pairs the marks of one {@link MarkPair} across `paragraphs`. Unclosed quotes are dropped unless
 * the next paragraph opens with the same opening mark (continuation). Returns spans in text order.
 */
export function pairMarks(text: string, paragraphs: readonly Span[], pair: MarkPair): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let open: { pos: number; para: number } | null = null;
  paragraphs.forEach((p, pi) => {
    let from = p.start;
    if (open !== null) {
      const first = firstCharAt(text, p);
      const reopens = first >= 0 && text[first] === pair.open && roleAt(text, first, p, pair, false) === 'open';
      if (reopens) from = first + 1;
      else open = null;
    }
    for (let i = from; i < p.end; i++) {
      const c = text[i];
      if (c !== pair.open && c !== pair.close) continue;
      const role = roleAt(text, i, p, pair, open !== null);
      if (role === 'open') open = { pos: i, para: pi };
      else if (role === 'close' && open !== null) {
        out.push({ open: open.pos, close: i, pair, firstParagraph: open.para, lastParagraph: pi });
        open = null;
      }
    }
  });
  return out;
}

/** For spans sorted by `open`: `max[i]` is the largest `close` among the first `i` spans (`-1` for none). */
function prefixMaxClose(sorted: readonly MarkedSpan[]): number[] {
  const max = [-1];
  for (const s of sorted) max.push(Math.max(max[max.length - 1], s.close));
  return max;
}

/** The number of spans of `sorted` (by `open`) whose `open` is below `limit`. */
function countOpenBelow(sorted: readonly MarkedSpan[], limit: number): number {
  return lowerBound(sorted, limit, (s) => s.open);
}

/**
 * All marked spans of `text`, for every pair of {@link MARK_PAIRS}, without spans nested inside
 * another (a single-marked quotation inside a double-marked one is part of it) and without single-marked
 * spans that cross a double-marked one (their ’ was an apostrophe). Sorted by position.
 * Straight double marks right after a digit are skipped (rule `inch-mark` of rules/marks.ts).
 * O(n log n) in the number of marked spans: both tests are prefix maxima over spans sorted by `open`.
 */
export function findMarkedSpans(text: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const all = MARK_PAIRS.flatMap((pair) => pairMarks(text, paragraphs, pair));
  const byOpen = [...all].sort((a, b) => a.open - b.open);
  const doubles = byOpen.filter((s) => !s.pair.single);
  const maxAll = prefixMaxClose(byOpen);
  const maxDouble = prefixMaxClose(doubles);
  // `a` is inside some `b` when a span opening strictly before it closes strictly after it;
  // a single-marked `a` crosses a double-marked `b` when one opening at or before `a.close` closes at or after `a.open`.
  const nested = (a: MarkedSpan): boolean => maxAll[countOpenBelow(byOpen, a.open)] > a.close;
  const crosses = (a: MarkedSpan): boolean => a.pair.single && maxDouble[countOpenBelow(doubles, a.close + 1)] >= a.open;
  const kept = all.filter((a) => !nested(a) && !crosses(a));
  return kept.sort((a, b) => a.open - b.open);
}
