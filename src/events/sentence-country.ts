/**
 * Rule `sentence-country`: an actor coded by its sector alone ("President Mugabe" -> GOV, "the
 * police" -> COP: a role with no country) takes the country of its sentence when the sentence names
 * exactly one country through a mention that locates it — a city, a nationality word or a group named
 * by it ("Ugandan opposition candidates"), or a country or organization after "in", "of", "at", ...
 * ("Opposition groups in Zimbabwe demand that President Mugabe ..." -> ZWEGOV), or a possessive
 * ("boycott Algeria's elections unless the president ..." -> DZAGOV). A country that may
 * be the event's target ("King X criticized Germany") is no evidence, nor is a person with a
 * nationality ("Russian President Putin"): a foreign leader is usually named with his nationality,
 * the home one often without. Source: CAMEO 1.1b3 ch. 4 (a domestic agent is coded
 * with its country); PETRARCH-2 likewise attaches a bare agent to the nearest country actor.
 */
import { byDemonym, type ActorRef, type ActorSpan } from './actors.js';

/** Sector codes that are domestic agents (CAMEO 1.1b3 ch. 4 / Phoenix agents), by first three letters. */
const DOMESTIC: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SPY', 'PTY', 'ELI', 'CVL', 'BUS', 'MED', 'EDU',
  'LAB', 'REF', 'HLH', 'AGR', 'CRM', 'ENV', 'DEV', 'HRI', 'REL', 'SEP', 'UAF', 'MOD', 'RAD',
]);

const sectorOnly = (code: string | null): boolean => !!code && code.length % 3 === 0 && DOMESTIC.has(code.slice(0, 3));

/** A country after "in", "at", "near"... locates the sentence. */
const LOCATED_IN = /\b(?:in|at|near|across|throughout|inside|from)\s+(?:the\s+)?$/i;

/** "of" before a country: it locates the sentence for a sector-only actor ("the government of Peru"), not for a person. */
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;

/** Relational nouns before "of X": X is the other party of a relation ("ally of", "critic of"), never a home. */
const RELATION_OF = /\b(?:all(?:y|ies)|critics?|friends?|opponents?|enem(?:y|ies)|supporters?|rivals?|partners?|neighbou?rs?|foes?|backers?|adversar(?:y|ies))\s+of\s+(?:the\s+)?$/i;

/** Prepositions after which a country is a party or a direction, not a location. */
const PARTY_PREPOSITION = /\b(?:with|against|to|toward|towards|on|over|for)\s+(?:the\s+)?$/i;

/** International (IGO, NGO, MNC, IMG) code heads: not countries either. */
const INTERNATIONAL = /^(?:IGO|NGO|MNC|IMG)/;

/** A news organization ("told AFP", "the Washington Post said") reports the event: it is no party to it and names no home. */
const isMedia = (a: ActorRef): boolean => !!a.code?.endsWith('MED');

/** What the words at mention `s` say of the country it names (read by the three rules below). */
interface Cue {
  /** The mention is a nationality word ("Ugandan"). */
  demonym: boolean;
  /** A possessive follows ("Algeria's"). */
  possessive: boolean;
  /** Up to 30 characters before the mention (for the preposition before it). */
  before: string;
}

function cueOf(s: ActorSpan, text: string): Cue {
  return {
    demonym: byDemonym(s),
    possessive: /^['’]s\b/.test(text.slice(s.end, s.end + 3)),
    before: text.slice(Math.max(0, s.start - 30), s.start),
  };
}

/** The single country the sentence names through locating COUNTRY, PLACE or ORG mentions, or null. */
function soleCountry(spans: readonly ActorSpan[], text: string): string | null {
  let found: string | null = null;
  for (const s of spans) {
    const t = s.entity.type;
    if (t === 'PERSON' || s.actors.some((a) => sectorOnly(a.code))) continue;
    const cue = cueOf(s, text);
    if (RELATION_OF.test(cue.before)) continue; // "a close ally of Russia": a relation, not a home
    const demonym = t === 'COUNTRY' && cue.demonym;
    if (t !== 'PLACE' && t !== 'GROUP' && !demonym && !cue.possessive && !LOCATED_IN.test(cue.before) && !OF_BEFORE.test(cue.before)) continue;
    const c = s.entity.actor?.country ?? (t === 'COUNTRY' || t === 'PLACE' ? s.entity.country : null);
    if (!c) continue;
    if (found && found !== c) return null;
    found = c;
  }
  return found;
}

/**
 * `spans` with each sector-only actor given the sentence's sole country (see the module comment),
 * and each uncoded named person or ethnic group (`ActorSpan.uncoded`) given the country every coded
 * actor of the sentence belongs to (rule `person-sentence-country`: "The Ivory Coast's Supreme Court
 * allowed candidate X to run" -> X is CIV; "ethnic Albanians demonstrated in Serbia" -> SRB, the
 * country of settlement as CAMEO 1.1b3 ch. 5 codes ethnic groups; a person no dictionary knows, in a
 * sentence about one country, is coded as of that country, with no sector). Uncoded spans left
 * without a country are dropped.
 */
export function withSentenceCountry(spans: readonly ActorSpan[], text: string): ActorSpan[] {
  const persons = spans.some((s) => s.uncoded);
  const sectors = spans.some((s) => s.actors.some((a) => sectorOnly(a.code)));
  if (!persons && !sectors) return spans as ActorSpan[];
  // A sector-only actor also takes the home every non-person actor names ("President X said he would
  // lift the ban on <an Algerian party>" -> DZAGOV); persons with a nationality stay no evidence.
  const country = sectors ? soleCountry(spans, text) ?? commonCountry(spans, text, false) : null;
  const common = persons ? commonCountry(spans, text, true) : null;
  const out: ActorSpan[] = [];
  for (const s of spans) {
    if (s.uncoded) {
      if (common) out.push({ ...s, actors: [{ entity: s.entity.id, code: common, text: s.text }] });
      continue;
    }
    if (!country || !s.actors.some((a) => sectorOnly(a.code))) { out.push(s); continue; }
    const actors: ActorRef[] = s.actors.map((a) => (sectorOnly(a.code) ? { ...a, code: country + a.code } : a));
    out.push({ ...s, actors });
  }
  return out;
}

/**
 * The one country every coded actor of the sentence that names a home belongs to (none international),
 * or null; persons count only when `withPersons`. A home is named by an actor with a sector (CIVJUD), a possessive ("Nicaragua's"), a
 * nationality word, a place, or a country after "in"/"at"/"near"...; a bare country name or one after "of" ("sanctions
 * against Nigeria", "its border with Bulgaria") is no evidence that a person is its national, and
 * no evidence against either.
 */
function commonCountry(spans: readonly ActorSpan[], text: string, withPersons: boolean): string | null {
  let found: string | null = null;
  for (const s of spans) {
    if (!withPersons && s.entity.type === 'PERSON') continue;
    for (const a of s.actors) {
      if (a.code && INTERNATIONAL.test(a.code)) return null;
      if (isMedia(a)) continue;
      const c = countryOf(a);
      if (!c) continue;
      const cue = cueOf(s, text);
      const home = (a.code?.length ?? 0) > 3 || s.place || cue.demonym || cue.possessive || LOCATED_IN.test(cue.before);
      if (!home) continue;
      if (found && found !== c) return null;
      found = c;
    }
  }
  return found;
}

/** The country of a coded actor: the first three letters of its code when they are a country, else null. */
export function countryOf(a: ActorRef): string | null {
  const c = a.code?.slice(0, 3) ?? '';
  return /^[A-Z]{3}$/.test(c) && !DOMESTIC.has(c) && !INTERNATIONAL.test(c) ? c : null;
}

/**
 * Rule `domestic-target`: when every coded actor and place of the sentence belongs to one country
 * and the sentence names that country (or a place in it) apart from the actor, an event of that
 * country's actor with no named target is a domestic event, and its target is the country itself ("Turkish authorities imposed a curfew in Cizre" -> TUR -> TUR). Source: the PLOVER
 * gold standard codes domestic events with the home country as recipient (PLOVER manual, actors and
 * recipients); CAMEO 1.1b3 ch. 4 codes domestic targets with their country. Reporting verbs keep no target.
 */
export function domesticCountry(spans: readonly ActorSpan[], text = ''): string | null {
  let found: string | null = null;
  let mentions = 0;
  for (const s of spans) {
    // A country named after "with", "against", "to"... is a party or a direction ("its border with
    // Bulgaria"), neither a home nor a second actor of a domestic event.
    if (s.entity.type === 'COUNTRY' && PARTY_PREPOSITION.test(cueOf(s, text).before)) continue;
    let here = false;
    for (const a of s.actors) {
      if (isMedia(a)) continue;
      const c = countryOf(a);
      if (!c) { if (a.code && INTERNATIONAL.test(a.code)) return null; continue; }
      if (found && found !== c) return null;
      found = c;
      here = true;
    }
    if (here) mentions++;
  }
  // The home country must be named apart from the actor ("... in southeastern Turkey"): a sentence
  // about one actor alone ("Iran denied any involvement") keeps its event without a target.
  return mentions >= 2 ? found : null;
}

/**
 * Codes whose recipient is the opponent the source yields to, never the home country: declaring a
 * ceasefire (0871) and retreating or surrendering (0874). Rule `domestic-target` gives them no
 * target ("rebels surrendered in the town of X" has no recipient). Source: CAMEO 1.1b3 §2 usage
 * notes of 087x (the target is the party against whom the source was fighting).
 */
export const SELF_DIRECTED_CODES: ReadonlySet<string> = new Set(['0871', '0874']);

/**
 * Roots whose unnamed actor is coded with the country where the event takes place (rule
 * `unnamed-perpetrator`): violence (18 assault, 19 fight, 20 unconventional mass violence: "a
 * roadside bomb near <an Iraqi town> killed two soldiers" -> IRQ -> the soldiers' country), and the
 * acts only a state's authorities perform, reported in the passive with no agent (09 investigate, 17
 * coerce: "was arrested in Lebanon", "was put under investigation in Italy" -> that country).
 * Source: the PLOVER gold standard codes unclaimed attacks and agentless arrests and investigations
 * with the country of their location as actor; CAMEO 1.1b3 ch. 4 codes an unidentified domestic
 * actor by its country alone.
 */
export const PLACE_PERPETRATOR_ROOTS: ReadonlySet<string> = new Set(['09', '17', '18', '19', '20']);
