/**
 * Quotation marks and the thresholds that decide whether a marked span is a quote.
 *
 * Source: English news typography (AP and Chicago conventions): double marks for quotations,
 * single marks for quotations inside quotations (and in British house styles), a paragraph that
 * continues a quotation reopens with an opening mark and the previous one is left unclosed.
 */

/** One kind of quotation mark pair. */
export interface MarkPair {
  id: string;
  reason: string;
  open: string;
  close: string;
  /** Whether the same character opens and closes (straight marks), so the role is guessed from context. */
  ambiguous: boolean;
  /** Single marks: the span is a quote only with a direct attribution (apostrophes share the closing mark). */
  single: boolean;
}

/** The quotation mark pairs recognized, in priority order. Straight single marks are not recognized (apostrophes). */
export const MARK_PAIRS: readonly MarkPair[] = Object.freeze([
  { id: 'curly-double', reason: 'typographic “…” marks, the usual news style', open: '\u201C', close: '\u201D', ambiguous: false, single: false },
  { id: 'straight-double', reason: 'typewriter "…" marks; role taken from the neighbouring characters', open: '"', close: '"', ambiguous: true, single: false },
  { id: 'curly-single', reason: 'typographic ‘…’ marks (British style); ’ doubles as the apostrophe', open: '\u2018', close: '\u2019', ambiguous: false, single: true },
]);

/** Numbers that decide whether a marked span is a quote. */
export const QUOTE_THRESHOLDS = Object.freeze({
  /** Spans of at most this many words are scare quotes or terms ("the so-called “red line”"), not quotes. */
  /** A short span is still a quote when it ends in . , ! ? inside the marks and a speech verb attributes it directly. */
  scareMaxWords: { value: 3, reason: 'one to three marked words are a term, a title or a scare quote, unless attributed: “No comment,” he said.' },
  /** An unattributed span whose words are mostly capitalized and which has no closing punctuation is a title of a work. */
  titleCaseShare: { value: 0.75, reason: 'titles of films, books and programmes are written in title case' },
});

/**
 * Characters before an opening mark (besides start of paragraph and whitespace).
 * Source: an opening mark follows a space, a bracket or a dash.
 */
export const OPEN_PRECEDERS = '([{\u2014\u2013-/';

/**
 * A straight double mark right after a digit is an inch or seconds mark (5'11", 12" screen), not a quote mark.
 * Rule id `inch-mark`.
 */
export const INCH_MARK = Object.freeze({ id: 'inch-mark', reason: 'a mark directly after a digit measures inches or seconds' });
