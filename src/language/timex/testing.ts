/** Test helpers for time expressions (excluded from the build). */

/** Naive sentence splitter for tests: a sentence ends at . ! ? followed by a space, a newline or the end. */
export function testSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) {
    out.push({ start, end: m.index! + 1 });
    start = m.index! + 1;
    while (text[start] === ' ' || text[start] === '\n') start++;
  }
  return out;
}
