/**
 * Offset lookups over sorted spans by binary search, so per-quote lookups cost O(log n) instead
 * of a scan of the whole document (a page with thousands of paragraphs stays linear overall).
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
