/**
 * Post-pass over decoded BILOU tags (`tags.ts`): rules applied to whole spans after the last
 * stage. Each rule is data in `rules.ts`.
 */
import { NER_EDGE_TRIM } from './rules.js';
import { spansOf, tagOf, TYPES, B, I, L, U } from './tags.js';

/** Re-tags `tags[start..end)` as one entity of type index `ty` (or O when empty). */
function setSpan(tags: Uint8Array, start: number, end: number, ty: number): void {
  for (let i = start; i < end; i++) tags[i] = end - start === 1 ? tagOf(ty, U) : tagOf(ty, i === start ? B : i === end - 1 ? L : I);
}

/**
 * Applies `NER_EDGE_TRIM` to one sentence's tags in place (`tokens` its words): leading and
 * trailing tokens without a letter leave PER and LOC spans (a span of such tokens only becomes O).
 * Returns the number of spans changed.
 */
export function trimEdges(tags: Uint8Array, tokens: readonly string[]): number {
  let changed = 0;
  for (const s of spansOf(tags)) {
    if (!(NER_EDGE_TRIM.types as readonly string[]).includes(s.type)) continue;
    let a = s.start, b = s.end;
    while (a < b && !NER_EDGE_TRIM.wordLike.test(tokens[a])) a++;
    while (b > a && !NER_EDGE_TRIM.wordLike.test(tokens[b - 1])) b--;
    if (a === s.start && b === s.end) continue;
    tags.fill(0, s.start, s.end);
    setSpan(tags, a, b, TYPES.indexOf(s.type));
    changed++;
  }
  return changed;
}
