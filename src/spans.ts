/**
 * Span helpers shared by the stages: offset lookups by binary search, and a per-document index of
 * spans, so that per-sentence, per-quote and per-trigger lookups cost O(log n) instead of a scan
 * of the document or the sentence.
 */

/**
 * The index of the first element of `items` whose `key` is `>= value`, or `items.length`.
 * `items` must be sorted by `key` ascending.
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span with a start and an end offset. */
export interface Ranged { start: number; end: number }

/**
 * Spans of one document (any order, overlaps allowed) indexed for range queries. Built once in
 * O(n log n); each query costs O(log n + spans scanned), never a scan of the whole document.
 */
export interface SpanIndex<T extends Ranged> {
  /** The spans sorted by start (ties: original order). */
  sorted: readonly T[];
  /** Original position of each sorted span. */
  rank: readonly number[];
  /** `maxEnd[i]`: the largest end among `sorted[0..i]`. */
  maxEnd: readonly number[];
}

/** Builds the {@link SpanIndex} of `items`. */
export function indexSpans<T extends Ranged>(items: readonly T[]): SpanIndex<T> {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const maxEnd: number[] = [];
  for (const i of order) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, items[i]!.end));
  return { sorted: order.map((i) => items[i]!), rank: order, maxEnd };
}

/**
 * The spans of `index` that satisfy `keep` among those overlapping `[start, end)` or lying inside
 * it (an empty span at `start` counts), in their original order.
 */
export function spansNear<T extends Ranged>(index: SpanIndex<T>, start: number, end: number, keep: (t: T) => boolean): T[] {
  const hits: number[] = [];
  for (let i = lowerBound(index.maxEnd, start, (e) => e); i < index.sorted.length && index.sorted[i]!.start <= end; i++) {
    if (keep(index.sorted[i]!)) hits.push(i);
  }
  return hits.sort((a, b) => index.rank[a]! - index.rank[b]!).map((i) => index.sorted[i]!);
}
