/**
 * Factuality of an event: asserted, planned, possible or negated, decided by the cues of
 * `factuality-cues.ts` that lie in the trigger's scope.
 *
 * Scope (the cue must govern the trigger, not merely share its sentence):
 * - verb triggers: the words between the end of the subject and the trigger ("The minister *is due to*
 *   meet"); without a subject, the 6 tokens before the trigger in its clause;
 * - noun and passive triggers: the 4 tokens before the trigger or its actor modifier
 *   ("*ahead of* Putin's visit", "*no* agreement was reached");
 * - passive triggers also: the words inside the trigger's gap ("agreement was *not* signed").
 * Relative clauses (", who refused to ...,") inside the window are ignored. Reported speech keeps
 * the reported event's own cues: in "X said Y would meet Z" the window is "would" (planned).
 * Tense rule (`future-time`): with no cue in scope, an event whose attached time starts after the
 * publication date is planned; a present-tense trigger with a time that includes the publication
 * date ("travels to Moscow this week") stays asserted.
 */
import type { Factuality } from '../doc.js';
import type { Tok } from './tokens.js';
import { lowerBound } from '../spans.js';
import { FACTUALITY_CUES, FUTURE_TIME_RULE, type FactualityCue } from './factuality-cues.js';

/** The decided value and the id of the cue (or rule) that decided it; `null` for plain assertions. */
export interface FactualityResult { value: Factuality; cue: string | null }

const ORDER: Record<Factuality, number> = { negated: 0, possible: 1, planned: 2, asserted: 3 };
const RELATIVE = /,\s*(?:who|which|whose|whom|where|when)\b[^,]*,/gi;

/** The strongest cue found in `window` text, or null. */
export function strongestCue(window: string, cues: readonly FactualityCue[] = FACTUALITY_CUES): FactualityCue | null {
  const clean = window.replace(RELATIVE, ' ');
  let best: FactualityCue | null = null;
  for (const c of cues) {
    if (!new RegExp(c.pattern, 'i').test(clean)) continue;
    if (!best || ORDER[c.value] < ORDER[best.value]) best = c;
  }
  return best;
}

/** Inputs of `decideFactuality`: offsets into `text`, the sentence tokens, and dates as `YYYY-MM-DD`. */
export interface FactualityInput {
  text: string;
  toks: readonly Tok[];
  kind: 'verb' | 'noun' | 'passive';
  /** Trigger span. */
  start: number;
  end: number;
  /** End of the subject (verbs) or start of the actor modifier (nouns), if any. */
  anchor: number | null;
  clauseStart: number;
  /** First day of the attached time expression, if any. */
  timeFrom: string | null;
  /** Publication date (or `--published`), if known. */
  published: string | null;
}

/** Start of the `n`-th token before `pos` not starting before `floor` (`toks` in text order; binary search). */
function tokensBefore(toks: readonly Tok[], pos: number, n: number, floor: number): number {
  const from = lowerBound(toks, floor, (t) => t.start);
  const to = lowerBound(toks, pos + 1, (t) => t.end);
  return to > from ? toks[Math.max(from, to - n)]!.start : pos;
}

/** Decides the factuality of one event (rules in the module comment). */
export function decideFactuality(f: FactualityInput): FactualityResult {
  let from: number;
  if (f.kind === 'verb') from = f.anchor ?? tokensBefore(f.toks, f.start, 6, f.clauseStart);
  else from = tokensBefore(f.toks, f.anchor ?? f.start, 4, f.clauseStart);
  const inner = f.kind === 'passive' ? f.text.slice(f.start, f.end) : '';
  const window = `${f.text.slice(Math.max(from, f.clauseStart), f.start)} ${inner}`;
  const cue = strongestCue(window);
  if (cue) return { value: cue.value, cue: cue.id };
  if (f.timeFrom && f.published && f.timeFrom > f.published.slice(0, 10)) return { value: 'planned', cue: FUTURE_TIME_RULE.id };
  return { value: 'asserted', cue: null };
}
