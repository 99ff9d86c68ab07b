/**
 * The tense context of a time expression: the nearest tense cue in its sentence.
 */
import { TENSE_CUES } from './rules/tense.js';

/** How far from a time expression (characters, each side) a tense cue may stand. */
export const TENSE_WINDOW = Object.freeze({ id: 'tense-window', chars: 200, reason: 'a governing verb stands within a clause or two of its time adjunct' });

/** Tense context of an expression: which way an ambiguous date points. */
export type Tense = 'past' | 'future' | 'none';

/**
 * Tense of the context around `[start, end)` within `sentence` (offsets into the same text).
 * Returns the tense of the cue nearest to the expression (by character distance), ignoring cues
 * inside the expression itself (a cue before the expression wins a tie); past cues overlapping a future phrase do not count. `none` when
 * the sentence has no cue. Rules: `rules/tense.ts`.
 */
export function tenseAt(text: string, sentence: { start: number; end: number }, start: number, end: number): Tense {
  // Only cues within TENSE_WINDOW characters count: a verb that far away does not govern the
  // expression, and a long sentence stays linear (rule `tense-window`).
  const from = Math.max(sentence.start, start - TENSE_WINDOW.chars);
  const to = Math.min(sentence.end, end + TENSE_WINDOW.chars);
  const s = text.slice(from, to);
  sentence = { start: from, end: to };
  const hits: { a: number; b: number; tense: 'past' | 'future' }[] = [];
  for (const cue of TENSE_CUES) {
    for (const m of s.matchAll(cue.re)) {
      const a = sentence.start + (m.index ?? 0);
      const b = a + m[0].length;
      if (a < end && b > start) continue;
      if (cue.tense === 'past' && hits.some((h) => h.tense === 'future' && h.a < b && h.b > a)) continue;
      hits.push({ a, b, tense: cue.tense });
    }
  }
  let best: { d: number; tense: Tense } = { d: Infinity, tense: 'none' };
  for (const h of hits) {
    const d = h.b <= start ? start - h.b : h.a - end + 0.5;
    if (d < best.d) best = { d, tense: h.tense };
  }
  return best.tense;
}
