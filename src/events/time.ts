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
 * goes to its nearest trigger in the same clause (`sameClause(a, b)` on offsets), and a trigger
 * keeps the nearest of the spans it receives. Ties go to the earlier trigger.
 */
export function attachNearest<T extends { start: number; end: number }>(
  triggers: ReadonlyArray<{ start: number; end: number }>,
  times: readonly T[],
  sameClause: (a: number, b: number) => boolean,
): Array<T | null> {
  const out: Array<T | null> = triggers.map(() => null);
  const dist: number[] = triggers.map(() => Infinity);
  for (const t of times) {
    let best = -1;
    for (let i = 0; i < triggers.length; i++) {
      if (!sameClause(t.start, triggers[i]!.start)) continue;
      if (best < 0 || spanDistance(t, triggers[i]!) < spanDistance(t, triggers[best]!)) best = i;
    }
    if (best < 0) continue;
    const d = spanDistance(t, triggers[best]!);
    if (d < dist[best]!) { dist[best] = d; out[best] = t; }
  }
  return out;
}

/** The event `time` field for a time expression. */
export function eventTime(t: TimeExpr | null): EventTime {
  return t ? { time: t.id, from: t.from, to: t.to } : { ...NO_TIME };
}
