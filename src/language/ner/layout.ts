/**
 * Layout of a sentence and a document, for learned features: news wires carry results tables,
 * standings and price lists ("Name 3 1 2", "Name 71 68") besides prose, and the same capitalized
 * word means different things in each (a city's name in a results line is mostly a team). These
 * functions only describe the layout; the tagger learns what it implies (`features.ts`).
 */

/** True for a number-like token: starts with a digit or a sign followed by a digit. */
export const isNumberToken = (w: string): boolean => /^[+-]?\d/.test(w);

/** True for a token that starts with a lower-case letter and has at least two letters (a function or content word of prose). */
const isProseWord = (w: string): boolean => /^\p{Ll}\p{L}/u.test(w);

/**
 * Layout code of a sentence: 0 prose (fewer than two numbers), 1 table line (at least two
 * numbers and no lower-case word of two or more letters), 2 numeric prose (at least two numbers
 * and some lower-case words).
 */
export function sentenceLayout(ws: readonly string[]): 0 | 1 | 2 {
  let nums = 0, prose = 0;
  for (const w of ws) { if (isNumberToken(w)) nums++; else if (isProseWord(w)) prose++; }
  if (nums < 2) return 0;
  return prose === 0 ? 1 : 2;
}

/**
 * Genre bucket of a document from its share of number tokens: 0 (< 5 %), 1 (< 15 %), 2 (< 30 %),
 * 3 (at least 30 %: results, standings, market tables). Thresholds chosen by eye as quantile-like
 * cuts for wire text; the weights learn what each bucket means.
 */
export function genreBucket(sentences: readonly (readonly string[])[]): number {
  let n = 0, nums = 0;
  for (const s of sentences) for (const w of s) { n++; if (isNumberToken(w)) nums++; }
  const r = n ? nums / n : 0;
  return r < 0.05 ? 0 : r < 0.15 ? 1 : r < 0.3 ? 2 : 3;
}

/**
 * Number context of each token of a sentence, 2 bits: bit 0 when the run of capitalized tokens
 * holding the token (or the token itself, when not capitalized) is directly followed by a number,
 * bit 1 when it is directly preceded by one.
 */
export function numberContext(ws: readonly string[], upper: readonly boolean[]): Uint8Array {
  const n = ws.length, out = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    if (upper[i]) while (j < n && upper[j]) j++;
    const code = (j < n && isNumberToken(ws[j]) ? 1 : 0) | (i > 0 && isNumberToken(ws[i - 1]) ? 2 : 0);
    out.fill(code, i, j);
    i = j;
  }
  return out;
}
