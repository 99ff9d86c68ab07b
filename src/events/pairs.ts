/**
 * From found arguments to coded dyads: groups expand to their members, compound and reciprocal
 * actors give one event each direction, and a rule's `needs` filters incomplete dyads.
 * Source: CAMEO 1.1b3 §1.3 (events are coded source -> target; a joint action by A and B yields
 * an event for each actor), and the dateline brief for "between A and B" (A->B and B->A).
 */
import type { ActorRef, ActorSpan } from './actors.js';
import type { Arguments } from './arguments.js';
import type { EventRule } from './rules/types.js';
import { countryOf, SELF_DIRECTED_CODES } from './sentence-country.js';

/** One directed dyad; a missing side is null. `reciprocal` marks a direction derived from a pair. */
export interface Dyad { source: ActorRef | null; target: ActorRef | null; reciprocal: boolean }

/** The coded actors a mention stands for; a PLACE target stands for its country (`placeCountry`). */
export function refsOfSpan(s: ActorSpan, placeCountry: (s: ActorSpan) => string | null): ActorRef[] {
  if (s.actors.length) return s.actors.map((a) => ({ ...a, text: s.text }));
  const code = s.place ? placeCountry(s) : null;
  return code ? [{ entity: s.entity.id, code, text: s.text }] : [];
}

const same = (a: ActorRef, b: ActorRef): boolean => (a.entity !== null && a.entity === b.entity) || (a.entity === null && a.code === b.code);

/** `refs` with later repeats of the same actor dropped ("France, Germany and France" is two actors). */
function distinct<T extends ActorRef | null>(refs: readonly T[]): T[] {
  const out: T[] = [];
  for (const r of refs) if (!out.some((o) => (o === null || r === null ? o === r : same(o, r)))) out.push(r);
  return out;
}

function ordered(refs: readonly ActorRef[]): Dyad[] {
  const out: Dyad[] = [];
  const list = distinct(refs);
  for (const a of list) for (const b of list) if (!same(a, b)) out.push({ source: a, target: b, reciprocal: true });
  return out;
}

/**
 * Source x target. Rule `self-target`: a target that is the source itself ("Turkey imposed a curfew
 * in Turkey") is no second actor: the event keeps its source with no target (a domestic event).
 */
function cross(sources: readonly (ActorRef | null)[], targets: readonly (ActorRef | null)[]): Dyad[] {
  const out: Dyad[] = [];
  const src = distinct(sources), tgt = distinct(targets);
  for (const s of src) {
    for (const t of tgt) {
      if (!s || !t || !same(s, t)) out.push({ source: s, target: t, reciprocal: false });
      else if (tgt.length === 1) out.push({ source: s, target: null, reciprocal: false });
    }
  }
  return out;
}

function satisfies(d: Dyad, needs: NonNullable<EventRule['needs']>): boolean {
  if (needs === 'source') return d.source !== null;
  if (needs === 'target') return d.target !== null;
  if (needs === 'both') return d.source !== null && d.target !== null;
  return d.source !== null || d.target !== null;
}

/**
 * Rule `own-territory`: for the yielding codes (`SELF_DIRECTED_CODES`: ceasefire, retreat or
 * surrender), a target found as a location ("in south Lebanon", "from the town of X":
 * `Arguments.targetHow` 'location') inside the source's own country is where the event happens,
 * not who receives it: the event keeps its source with no target. A location abroad stays the
 * target ("withdrew its troops from Panama" -> the source's country -> PAN). Other codes keep a
 * home location as target (a curfew or an attack in a town of one's own country is coded against
 * that country). Source: CAMEO 1.1b3 §2 usage notes of 087x (the target is the party the source
 * yields to); the PLOVER gold standard codes such events with no recipient.
 */
function ownTerritory(src: readonly (ActorRef | null)[], tgt: readonly ActorRef[]): boolean {
  const home = src.map((s) => (s ? countryOf(s) : null));
  return tgt.length > 0 && home.length > 0 && home.every((h) => h !== null && tgt.every((t) => countryOf(t) === h));
}

/**
 * Rule `pair-limit`: most dyads one rule match may give. A list of N actors that "met" gives
 * N·(N-1) directed pairs and a list of sources against a list of targets their product: up to a
 * five-way meeting (20 pairs) or a few against a few that is what the sentence says, but "sixty
 * countries met in Geneva" reports a conference, not 3,540 bilateral meetings, and such lists let
 * one 500-byte sentence fill a database (hostile-input test: 708,000 events from a 108 KB page).
 * A match over the limit is coded as no event; `explain` says why.
 */
export const PAIR_LIMIT = Object.freeze({ id: 'pair-limit', max: 24, reason: 'a long list of actors is a multilateral event, not one event per pair' });

/** The dyads of one match (rules in the module comment). */
export function dyads(rule: EventRule, args: Arguments, placeCountry: (s: ActorSpan) => string | null): Dyad[] {
  const src = args.sources.flatMap((s) => refsOfSpan(s, () => null));
  const found = args.targets.flatMap((s) => refsOfSpan(s, placeCountry));
  const tgt = args.targetHow === 'location' && SELF_DIRECTED_CODES.has(rule.code) && ownTerritory(src, found) ? [] : found;
  let out: Dyad[];
  if (rule.symmetric && tgt.length === 0 && src.length >= 2) out = ordered(src);
  else if (rule.symmetric && src.length === 0 && tgt.length >= 2) out = ordered(tgt);
  else out = cross(src.length ? src : [null], tgt.length ? tgt : [null]);
  return out.filter((d) => satisfies(d, rule.needs ?? 'target'));
}
