/**
 * Time attachment: each time expression of a sentence belongs to the event trigger nearest to it
 * (character distance between spans, within the same clause); an event's time is the expression
 * that belongs to its trigger, else null. So in "X travels to Moscow this week for talks ahead
 * of the summit", "this week" dates the trip, not the summit.
 */
import type { TimeExpr } from '../doc.js';

/** The `time` field of an event. */
export interface EventTime { time: string | null; from: string | null; to: string | null }

/** No time. */
export const NO_TIME: EventTime = Object.freeze({ time: null, from: null, to: null });

/** Character distance between two spans (0 when they touch or overlap). */
export function spanDistance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * For each trigger, the span (time expression, place mention) attached to it, or null: each span
 * goes to its nearest trigger in the same clause (`clauseOf(offset)` names the clause, e.g. its
 * start offset), and a trigger keeps the nearest of the spans it receives. Ties go to the earlier
 * trigger. `clauseOf` is called once per trigger and once per span; the pairing is O(spans x
 * triggers) arithmetic.
 */
export function attachNearest<T extends { start: number; end: number }>(
  triggers: ReadonlyArray<{ start: number; end: number }>,
  times: readonly T[],
  clauseOf: (pos: number) => number,
): Array<T | null> {
  const out: Array<T | null> = triggers.map(() => null);
  const dist: number[] = triggers.map(() => Infinity);
  const clause = triggers.map((t) => clauseOf(t.start));
  for (const t of times) {
    const own = clauseOf(t.start);
    let best = -1;
    let bestDist = Infinity;
    for (let i = 0; i < triggers.length; i++) {
      if (clause[i] !== own) continue;
      const d = spanDistance(t, triggers[i]!);
      if (best < 0 || d < bestDist) { best = i; bestDist = d; }
    }
    if (best < 0) continue;
    if (bestDist < dist[best]!) { dist[best] = bestDist; out[best] = t; }
  }
  return out;
}

/**
 * Rule `time-of-reporting`: a time expression right after a reporting verb ("officials said on
 * Tuesday", "told reporters Monday") dates the report, not the reported event, so it is never
 * attached to an event trigger. Source: news style puts the day of the statement after "said"
 * (AP Stylebook, "said"); the reported event carries its own time.
 */
export const REPORTING_TIME = Object.freeze({
  id: 'time-of-reporting',
  reason: 'the day after "said"/"told ..." is when the statement was made',
  re: /\b(?:said|says|told(?:\s+\p{Ll}+)?|announced|added|stated|reported|confirmed)\s*,?\s*(?:on\s+|late\s+|early\s+)?$/u,
});

/** True when the time expression `t` dates a reporting verb in `text` (rule `time-of-reporting`). */
export function datesReport(text: string, t: { start: number }): boolean {
  return REPORTING_TIME.re.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/** The event `time` field for a time expression. */
export function eventTime(t: TimeExpr | null): EventTime {
  return t ? { time: t.id, from: t.from, to: t.to } : { ...NO_TIME };
}
