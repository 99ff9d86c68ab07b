/**
 * Actor mentions of one sentence: every mention of an entity that has a CAMEO actor code, of a
 * GROUP whose members have codes ("the two"), or of a PLACE (usable as a travel target and as
 * the event's place). Mentions nested inside another actor mention are dropped (the outer wins).
 */
import type { Doc, Entity } from '../doc.js';

/** One coded actor an argument stands for. */
export interface ActorRef { entity: string | null; code: string | null; text: string | null }

/** An actor mention in a sentence. */
export interface ActorSpan {
  start: number;
  end: number;
  text: string;
  entity: Entity;
  /** The coded actors the mention stands for: one, or a GROUP's members; empty for an uncoded PLACE. */
  actors: ActorRef[];
  /** True for PLACE entities (cities, regions): a target only for travel rules. */
  place: boolean;
}

/** The code of an entity: its `actor.code`; for a COUNTRY without one, its ISO alpha-3 `country`. */
export function entityCode(e: Entity): string | null {
  if (e.actor) return e.actor.code;
  if (e.type === 'COUNTRY' && e.country) return e.country;
  return null;
}

function refsOf(e: Entity, text: string, byId: ReadonlyMap<string, Entity>): ActorRef[] {
  if (e.type === 'GROUP' && !e.actor) {
    const out: ActorRef[] = [];
    for (const id of e.members ?? []) {
      const m = byId.get(id);
      const code = m ? entityCode(m) : null;
      if (m && code) out.push({ entity: m.id, code, text });
    }
    return out;
  }
  const code = entityCode(e);
  return code ? [{ entity: e.id, code, text }] : [];
}

/**
 * Actor mentions inside `[start, end)`, sorted by start. A mention whose entity yields no coded
 * actor is kept only for PLACE entities (so "travel to Moscow" can find Moscow).
 */
export function actorSpans(doc: Doc, start: number, end: number): ActorSpan[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const spans: ActorSpan[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.start < start || m.end > end) continue;
      const actors = refsOf(e, m.text, byId);
      const place = e.type === 'PLACE';
      if (actors.length === 0 && !place) continue;
      spans.push({ start: m.start, end: m.end, text: m.text, entity: e, actors, place });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((s, i) => !spans.some((o, j) => j !== i && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i)));
}
