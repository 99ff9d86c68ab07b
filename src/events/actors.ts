/**
 * Actor mentions of one sentence: every mention of an entity that has a CAMEO actor code, of a
 * GROUP whose members have codes ("the two"), or of a PLACE (usable as a travel target and as
 * the event's place). Mentions nested inside another actor mention are dropped (the outer wins).
 */
import type { Doc, Entity } from '../doc.js';
import { indexSpans, spansNear, type SpanIndex } from '../spans.js';

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
  /**
   * True for a named PERSON no dictionary codes ("candidate Jane Roe") and for an ethnic group with
   * no country of its own ("ethnic Albanians"): `actors` is empty until rule
   * `person-sentence-country` (sentence-country.ts) gives it the sentence's country.
   */
  uncoded?: boolean;
}

/** True when mention `s` is a nationality word ("Ugandan"), not the country's name. */
export const byDemonym = (s: ActorSpan): boolean => s.entity.mentions.some((m) => m.start === s.start && m.kind === 'demonym');

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

/** The candidate actor mentions of a document (before the nesting filter), indexed by offset. */
export type ActorIndex = SpanIndex<ActorSpan>;

/**
 * Indexes every mention of `doc` that can be an actor span (see {@link actorSpans}), once per
 * document, so each sentence takes its spans in O(log n + its own spans).
 */
export function actorIndex(doc: Doc): ActorIndex {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const spans: ActorSpan[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const actors = refsOf(e, m.text, byId);
      const place = e.type === 'PLACE';
      const uncoded = actors.length === 0 && ((e.type === 'PERSON' && (m.kind === 'name' || m.kind === 'short' || m.kind === undefined))
        || (e.type === 'GROUP' && !e.members?.length && e.roles.some((r) => r.title.startsWith('ethnic '))));
      if (actors.length === 0 && !place && !uncoded) continue;
      spans.push(uncoded ? { start: m.start, end: m.end, text: m.text, entity: e, actors, place, uncoded } : { start: m.start, end: m.end, text: m.text, entity: e, actors, place });
    }
  }
  return indexSpans(spans);
}

/**
 * Drops spans nested in another (the outer wins; of two equal spans the first). `spans` must be
 * sorted by start, longer first: then a span is nested exactly when an earlier one reaches its end.
 * Linear. The result has strictly increasing starts and ends.
 */
function outermost(spans: readonly ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  let reach = -Infinity;
  for (const s of spans) {
    if (reach < s.end) out.push(s);
    reach = Math.max(reach, s.end);
  }
  return out;
}

/**
 * Actor mentions inside `[start, end)`, sorted by start. A mention whose entity yields no coded
 * actor is kept only for PLACE entities (so "travel to Moscow" can find Moscow) and for named
 * persons (`uncoded`, coded later by the sentence's country or left out). Pass the
 * document's {@link actorIndex} when asking for many sentences; a Doc is indexed on each call.
 */
export function actorSpans(doc: Doc | ActorIndex, start: number, end: number): ActorSpan[] {
  const index = 'sorted' in doc ? doc : actorIndex(doc);
  const spans = spansNear(index, start, end, (m) => m.start >= start && m.end <= end);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return outermost(spans);
}
