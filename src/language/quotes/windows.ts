/**
 * The context windows around a quote where attribution patterns look: the rest of the sentence
 * after the closing mark, the start of the sentence before the opening mark, and the next sentence.
 */
import type { Span } from '../../doc.js';
import type { MarkedSpan } from './detect.js';
import { lowerBound } from '../../spans.js';

/** A slice of the article text with its offset. */
export interface Window {
  start: number;
  text: string;
}

/** The layout the windows are cut from. */
export interface Layout {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
}

/** Paragraphs from `text` split at blank lines, used when the Doc has none. */
export function fallbackParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Sentences from paragraphs by a plain rule (end punctuation, optional closing marks, space, then an
 * upper-case letter or opening mark), used when the Doc has no sentences. Abbreviations may split.
 */
export function fallbackSentences(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  const re = /[.!?][\u201D\u2019")\]]*\s+(?=[\u201C\u2018"(]?\p{Lu})/gu;
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let from = 0;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const end = m.index + m[0].trimEnd().length;
      out.push({ start: p.start + from, end: p.start + end });
      from = m.index + m[0].length;
    }
    re.lastIndex = 0;
    if (from < body.length) out.push({ start: p.start + from, end: p.end });
  }
  return out;
}

/**
 * The span of `spans` containing offset `pos`, or undefined. `spans` are sorted and do not overlap
 * (sentences), so this is a binary search: O(log n).
 */
export function spanAt(spans: readonly Span[], pos: number): Span | undefined {
  const s = spans[lowerBound(spans, pos + 1, (x) => x.start) - 1];
  return s !== undefined && pos < s.end ? s : undefined;
}

function slice(text: string, start: number, end: number): Window {
  return { start, text: end > start ? text.slice(start, end) : '' };
}

/** The words after the closing mark up to the end of its sentence, its paragraph or the next opening mark. */
export function afterWindow(l: Layout, q: MarkedSpan, nextOpen: number | undefined): Window {
  const from = q.close + 1;
  const para = l.paragraphs[q.lastParagraph];
  const sent = spanAt(l.sentences, q.close);
  let end = Math.min(para?.end ?? l.text.length, nextOpen ?? Infinity);
  if (sent !== undefined) end = Math.min(end, sent.end);
  return slice(l.text, from, end);
}

/** The words before the opening mark from the start of its sentence, its paragraph or the previous closing mark. */
export function beforeWindow(l: Layout, q: MarkedSpan, prevClose: number | undefined): Window {
  const para = l.paragraphs[q.firstParagraph];
  const sent = spanAt(l.sentences, q.open);
  let start = Math.max(para?.start ?? 0, prevClose === undefined ? 0 : prevClose + 1);
  if (sent !== undefined) start = Math.max(start, sent.start);
  return slice(l.text, start, q.open);
}

/**
 * The sentence after the one holding the closing mark, when it lies in the same paragraph and
 * holds no quotation mark; undefined otherwise.
 */
export function nextSentenceWindow(l: Layout, q: MarkedSpan): Window | undefined {
  const para = l.paragraphs[q.lastParagraph];
  const sent = spanAt(l.sentences, q.close);
  const after = sent === undefined ? q.close + 1 : sent.end;
  const next = l.sentences[lowerBound(l.sentences, Math.max(after, q.close + 1), (s) => s.start)];
  if (next === undefined || para === undefined || next.start >= para.end) return undefined;
  const w = slice(l.text, next.start, Math.min(next.end, para.end));
  return /[\u201C\u201D"\u2018]/u.test(w.text) ? undefined : w;
}
