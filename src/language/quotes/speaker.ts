/**
 * Resolves a speaker phrase to an entity through the entity mentions that overlap it.
 */
import type { Entity, Mention, Span } from '../../doc.js';
import { lowerBound } from '../../spans.js';

/** The resolved speaker of a quote (the `speaker` field of the output contract). */
export interface Speaker {
  entity: string | null;
  text: string;
}

interface Candidate { entity: Entity; mention: Mention; overlap: number }

/** One mention with its entity and its rank in entity-then-mention order (the tie-break order). */
interface Entry { entity: Entity; mention: Mention; rank: number }

/**
 * The mentions of a document sorted by start, built once per document so that each speaker
 * lookup costs O(log n + overlapping mentions) instead of a scan of every mention.
 */
export interface MentionIndex { entries: readonly Entry[]; maxLength: number }

/** Builds the {@link MentionIndex} of `entities`. */
export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const entries: Entry[] = [];
  let maxLength = 0;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      entries.push({ entity, mention, rank: entries.length });
      maxLength = Math.max(maxLength, mention.end - mention.start);
    }
  }
  entries.sort((a, b) => a.mention.start - b.mention.start || a.rank - b.rank);
  return { entries, maxLength };
}

/** The entries of `index` overlapping `span`, in entity-then-mention order. */
function overlapping(index: MentionIndex, span: Span): Entry[] {
  const out: Entry[] = [];
  const { entries } = index;
  for (let i = lowerBound(entries, span.start - index.maxLength, (e) => e.mention.start); i < entries.length && entries[i].mention.start < span.end; i++) {
    if (overlap(entries[i].mention, span) > 0) out.push(entries[i]);
  }
  return out.sort((a, b) => a.rank - b.rank);
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Prepositions that make a mention a modifier of the phrase's head ("an aide to Putin"). */
const MODIFIER_PREPOSITIONS = /\b(?:for|of|to|with|at|by|from|under|in)\s+(?:the\s+)?$/iu;

/** True when the mention modifies another head: possessive ("Putin’s spokesman") or a preposition's object. */
function isModifier(text: string, span: Span, m: Mention): boolean {
  if (/^[\u2019']s\b/u.test(text.slice(m.end, span.end))) return true;
  return MODIFIER_PREPOSITIONS.test(text.slice(span.start, Math.max(span.start, m.start)));
}

/**
 * The speaker for phrase `span` of `text`. Links the entity of a PERSON mention overlapping the
 * phrase (a name before a title-only description, then the largest overlap; pronoun mentions placed
 * by coreference count). Without one, links
 * an ORG, GROUP or COUNTRY entity only when its mention ends the phrase (the phrase's head, "the
 * Foreign Ministry"), not when it only modifies it ("a State Department official"). Otherwise
 * `entity` is null and the phrase stays as `text`. Pass a {@link MentionIndex} (from `indexMentions`)
 * when resolving many phrases of one document; a plain entity list is indexed on each call. A mention that is possessive or a preposition's
 * object inside the phrase ("an aide to Putin", "Putin’s spokesman") is never the speaker.
 */
export function resolveSpeaker(text: string, span: Span, entities: readonly Entity[] | MentionIndex): Speaker {
  const index = Array.isArray(entities) ? indexMentions(entities) : entities as MentionIndex;
  const candidates: Candidate[] = [];
  for (const { entity, mention } of overlapping(index, span)) {
    if (!isModifier(text, span, mention)) candidates.push({ entity, mention, overlap: overlap(mention, span) });
  }
  // A name outranks a description in the same phrase ("Cheuk Hau-yip, the commander of ..."), then the larger overlap wins.
  const named = (c: Candidate): number => (c.mention.kind === 'title' ? 0 : 1);
  const persons = candidates.filter((c) => c.entity.type === 'PERSON').sort((a, b) => named(b) - named(a) || b.overlap - a.overlap);
  const heads = candidates.filter((c) => c.entity.type !== 'PERSON' && c.entity.type !== 'PLACE' && c.mention.end >= span.end);
  const best = persons[0] ?? heads[0];
  return { entity: best?.entity.id ?? null, text: text.slice(span.start, span.end) };
}
