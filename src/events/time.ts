/**
 * Time attachment: each time expression of a sentence belongs to one event trigger of its clause
 * (`attachNearest`: the nearest on the side its position points to); an event's time is the
 * expression that belongs to its trigger, else null, never the publication date. So in "X travels
 * to Moscow this week for talks ahead of the summit", "this week" dates the trip, not the summit.
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
 * Rule `time-attach-direction`: a time adverbial (or place phrase) after a verb phrase modifies it
 * ("met Xi *on Monday* and will visit Paris *next week*"), while one opening a clause modifies
 * the verb that follows ("..., and *on Friday* Macron visited Japan"). So a span prefers the
 * nearest trigger before it, unless it is clause-initial (only a preposition or determiner
 * between it and the sentence start, a comma, `;`, `:` or a coordinating "and/but/then"), when it
 * prefers the nearest trigger after it; when the preferred side has no trigger, the other side's
 * nearest is taken. Source: English adverbial placement (Quirk et al. 1985, §8.13: end position
 * is the usual place of time and place adjuncts; initial position scopes over the clause that
 * follows).
 */
export const ATTACH_DIRECTION = Object.freeze({
  id: 'time-attach-direction',
  reason: 'an end-position adjunct modifies the verb phrase before it; an initial one the clause after it',
  leading: /(?:^|[,;:(]|\b(?:and|but|then|so)\b)\s*(?:(?:on|in|at|by|during|since|from|until|early|late|last|this|next|the|a|an|earlier|later)\s+)*$/i,
});

/** True when the span at `start` opens its clause in `text` (rule `time-attach-direction`). */
export function clauseInitial(text: string, start: number, clauseFrom = 0): boolean {
  return ATTACH_DIRECTION.leading.test(text.slice(Math.max(clauseFrom, start - 60), start));
}

/**
 * For each trigger, the span (time expression, place mention) attached to it, or null: each span
 * goes to one trigger in the same clause (`clauseOf(offset)` names the clause, e.g. its start
 * offset) and a trigger keeps the nearest of the spans it receives (character distance). Which
 * trigger a span goes to: with `text` given, rule `time-attach-direction` (the nearest trigger on
 * the preferred side, else on the other side); without `text`, the nearest trigger on either
 * side. Ties go to the earlier trigger. `clauseOf` is called once per trigger and once per span;
 * the pairing is O(spans x triggers) arithmetic.
 */
export function attachNearest<T extends { start: number; end: number }>(
  triggers: ReadonlyArray<{ start: number; end: number }>,
  times: readonly T[],
  clauseOf: (pos: number) => number,
  text?: string,
): Array<T | null> {
  const out: Array<T | null> = triggers.map(() => null);
  const dist: number[] = triggers.map(() => Infinity);
  const clause = triggers.map((t) => clauseOf(t.start));
  for (const t of times) {
    const own = clauseOf(t.start);
    const lead = text !== undefined && clauseInitial(text, t.start, own);
    const near = [-1, -1, -1]; // any side, before the span, after the span
    const d = [Infinity, Infinity, Infinity];
    for (let i = 0; i < triggers.length; i++) {
      if (clause[i] !== own) continue;
      const g = spanDistance(t, triggers[i]!);
      const side = triggers[i]!.start < t.start ? 1 : 2;
      for (const k of [0, side]) if (g < d[k]!) { d[k] = g; near[k] = i; }
    }
    const best = text === undefined ? near[0]! : lead ? (near[2]! >= 0 ? near[2]! : near[1]!) : (near[1]! >= 0 ? near[1]! : near[2]!);
    if (best < 0) continue;
    const bestDist = spanDistance(t, triggers[best]!);
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
