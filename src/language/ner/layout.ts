/**
 * Layout of a sentence, for learned features: news wires carry results tables, standings and price
 * lists (a name followed by scores or figures) besides prose, and the same capitalized word means
 * different things in each (a city's name in a results line is mostly a team). This only describes
 * the layout; the second stage learns what it implies (`features.ts` `stage2Features`).
 *
 * Measured on CoNLL-2003 valid.txt (train.txt-only runs): the layout as a second-stage feature
 * (with the first-stage type or the type prior, and the word's first-stage types split by table
 * lines and other sentences) raised micro F1 from 0.9330 to 0.9342; as first-stage features (with
 * shape, prior, name lists, the word, the number next to a capitalized run, the document's share
 * of numbers) it lowered stage 1 from 0.9295 to 0.9256-0.9278 and was dropped.
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
