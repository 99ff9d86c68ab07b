/**
 * Argument finding: the source and target mentions of a matched rule, by word order alone.
 *
 * Source (kind `verb`): the nearest actor mention before the trigger in the same clause, skipping
 * mentions in a relative clause (", who ...,"), mentions already used as a target in the clause,
 * and mentions right after a preposition ("envoy for North Korea") unless nothing else is there;
 * coordinated subjects ("A and B agreed") give several sources.
 * Source (kinds `noun`, `passive`): an actor modifier just before the trigger ("Putin's visit",
 * "the Putin-Kim summit", "Security Council sanctions"), else a "by X" phrase after it.
 * Target: the `@T` slot; else a direct object (`OBJ`) right after the trigger (or right after its
 * first word: "met Xi on the sidelines", "rejected the Russian offer"); else the noun
 * phrase after the first of the rule's prepositions found within 8 tokens after the trigger (or
 * the actor after "including" when that phrase is a common noun: "with partners, including Russia").
 * Source of the method: CAMEO 1.1b3 §1 (source is the grammatical subject, target the object).
 */
import { byDemonym, type ActorSpan } from './actors.js';
import { PLACE_RULES } from './place.js';
import type { RuleMatch } from './match.js';
import type { Tok } from './tokens.js';
import { coordGap, npAt, npStart, tokensIn } from './np.js';
import { lowerBound } from '../spans.js';
import { LOCATIVE_PREPOSITIONS, NP_FILLERS, PREPOSITIONS, SUBORDINATORS } from './rules/lexicon.js';
import { clauseEnd, clauseStart, parentheticals, tokenBefore, tokenFrom, type SentenceView } from './view.js';

export { clauseEnd, clauseStart, sentenceView, type SentenceView } from './view.js';

/** How an argument was found (feeds the confidence). */
export type ArgHow = 'subject' | 'subject-after-preposition' | 'modifier' | 'by' | 'slot' | 'object' | 'preposition' | 'location' | 'none';

/** Sources and targets of one match. `pair` marks "between A and B" (a reciprocal pair of targets). */
export interface Arguments {
  sources: ActorSpan[];
  sourceHow: ArgHow;
  targets: ActorSpan[];
  targetHow: ArgHow;
  /** End of the subject noun phrase (start of the factuality window), or null. */
  subjectEnd: number | null;
}

const OBJ_WORDS = 2;
/** A time adjunct opening the noun phrase of a nominal trigger ("after the", "following fierce", "amid"). */
const ADJUNCT_BEFORE = /\b(?:after|following|before|amid|amidst|during|despite|since|in the wake of)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** A possessive determiner right before a mention: the mention belongs to the clause's subject. */
const OWN_DETERMINER = /\b(?:its|their|his|her|our)\s+$/i;
/** A mention that itself opens with a possessive determiner ("its troops"). */
const OWN_START = /^(?:its|their|his|her|our)\s/i;
const PREP_WINDOW = 8;
const PREP_NP_WORDS = 5;

/**
 * Rule `partitive-subject`: "of" after a quantity ("one third of", "most of", "hundreds of") makes
 * no prepositional phrase of the mention after it: "One third of the guerrillas have been
 * demobilized" has the guerrillas as subject.
 */
const PARTITIVE = /(?:^|\s)(?:third|thirds|quarter|quarters|half|fifth|tenth|some|many|most|all|none|several|dozens|hundreds|thousands|millions|scores|part|majority|minority|rest|each|both|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s+of\s+(?:the\s+)?$/i;

function afterPreposition(v: SentenceView, pos: number): boolean {
  const t = tokenBefore(v.toks, pos);
  if (t?.lower === 'of' && PARTITIVE.test(v.text.slice(Math.max(v.start, pos - 40), pos))) return false;
  return !!t && PREPOSITIONS.has(t.lower);
}

/** Candidates read backwards on demand: `back(0)` is the last one, `back(1)` the one before, ... */
type Backwards = (r: number) => ActorSpan | undefined;

/**
 * The spans of `spans[lo..hi)` that pass `ok`, read from the end and filtered only as far as they
 * are read (a subject is almost always among the last few, so a long clause costs no full scan).
 */
function backwards(spans: readonly ActorSpan[], lo: number, hi: number, ok: (s: ActorSpan) => boolean): Backwards {
  const seen: ActorSpan[] = [];
  let j = hi - 1;
  return (r) => {
    while (seen.length <= r && j >= lo) { const s = spans[j--]!; if (ok(s)) seen.push(s); }
    return seen[r];
  };
}

/** Coordinated heads before the candidate `back(at)` ("A and B", "A, B and C"), in text order, that head last. */
function coordinatedBefore(v: SentenceView, back: Backwards, at: number): ActorSpan[] {
  const head = back(at)!;
  const out = [head];
  let start = npStart(v.spans, v.toks, head);
  for (let r = at + 1, prev = back(r); prev; prev = back(++r)) {
    if (prev.end > start) continue;
    const how = coordGap(v.text, prev.end, start);
    if (!how || (how === 'comma' && out.length === 1)) break;
    out.unshift(prev);
    start = npStart(v.spans, v.toks, prev);
  }
  return out;
}

/** Reporting verbs that open a reported clause ("X said the gunmen would ..."). */
const REPORTING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'declared', 'declares', 'added', 'adds', 'reported', 'reports', 'noted', 'notes', 'claimed', 'claims']);
/** Words between a reporting verb and its clause: "that", and when it was said ("on Monday", "today", "last week"). */
const REPORT_FILLERS = /^(?:that|on|last|this|next|in|at|early|late|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/;

/** Words that stand for the speaker at the start of a reported clause ("X said they would ..."). */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * Rule `reported-subject`: a subject candidate before a reporting verb ("Putin said ...") is the
 * subject of a trigger in the reported clause only when that clause starts with a pronoun standing
 * for the speaker ("Putin said he would visit"); "Putin said the gunmen would free ..." has its own,
 * uncoded subject. Source: PETRARCH-2 codes the reported clause with its own subject.
 */
function acrossReport(v: SentenceView, from: number, to: number): boolean {
  const toks = v.toks;
  let i = lowerBound(toks, from, (t) => t.start);
  let last = -1;
  for (; i < toks.length && toks[i]!.start < to; i++) if (REPORTING.has(toks[i]!.lower)) last = i;
  if (last < 0) return false;
  let j = last + 1;
  while (j < toks.length && (toks[j]!.text === ',' || REPORT_FILLERS.test(toks[j]!.lower))) j++;
  return !SPEAKER_PRONOUNS.has(toks[j]?.lower ?? '');
}

/**
 * Rule `coordinated-verb`: a verb right after "and" (with at most two auxiliaries: "and will resign",
 * "and has since left") shares the subject of the verb phrase it is coordinated with: "X has been
 * indicted for atrocities during the fight against Serb forces and will resign" -> X, not the forces.
 */
const COORDINATED_VERB = /\band\s+(?:(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|did|does|do|then|also|later|since|not|to)\s+){0,2}$/i;

/** The subject of a verb trigger at `m` (see the module comment). */
export function findSubject(v: SentenceView, m: RuleMatch, usedTargets: ReadonlySet<ActorSpan>, exclude: readonly ActorSpan[]): { spans: ActorSpan[]; how: ArgHow } {
  const cs = clauseStart(v, m.start);
  if (m.rule.kind === 'verb' && COORDINATED_VERB.test(v.text.slice(Math.max(cs, m.start - 40), m.start))) {
    const first = firstSubject(v, cs, m.start, exclude);
    if (first) return { spans: [first], how: 'subject' };
  }
  const paren = parentheticals(v, m.start);
  // Spans start and end in increasing order, so the clause's spans before the trigger are one index range.
  const lo = lowerBound(v.actors, cs, (s) => s.start);
  const hi = lowerBound(v.actors, m.start + 1, (s) => s.end);
  const back = backwards(v.actors, lo, hi, (s) => !usedTargets.has(s) && !exclude.includes(s) && !paren.some(([a, b]) => s.start >= a && s.end <= b));
  for (let r = 0, s = back(0); s; s = back(++r)) {
    if (afterPreposition(v, s.start)) continue;
    if (acrossReport(v, s.end, m.start)) return { spans: [], how: 'none' };
    return { spans: coordinatedBefore(v, back, r), how: 'subject' };
  }
  const last = back(0);
  return last ? { spans: [last], how: 'subject-after-preposition' } : { spans: [], how: 'none' };
}

/** The first actor of the clause `[cs, end)` that follows no preposition: the clause's first subject. */
function firstSubject(v: SentenceView, cs: number, end: number, exclude: readonly ActorSpan[]): ActorSpan | null {
  for (let i = lowerBound(v.actors, cs, (s) => s.start); i < v.actors.length && v.actors[i]!.end <= end; i++) {
    const s = v.actors[i]!;
    // A target of the first verb may be this one's subject ("X was indicted ... and will resign").
    if (exclude.includes(s)) continue;
    return afterPreposition(v, s.start) ? null : s;
  }
  return null;
}

/** Actor modifiers right before `pos` ("Putin's", "the Putin-Kim", "U.S.-China"). */
export function findModifiers(v: SentenceView, pos: number): ActorSpan[] {
  const cands = v.actors.slice(0, lowerBound(v.actors, pos + 1, (s) => s.end));
  const last = cands[cands.length - 1];
  if (!last) return [];
  const gap = tokensIn(v.toks, last.end, pos);
  if (gap.length > 3 || !gap.every((t) => NP_FILLERS.has(t.lower) || /^\p{Lu}/u.test(t.text))) return [];
  const out = [last];
  for (let i = cands.length - 2; i >= 0; i--) {
    const s = cands[i]!;
    const between = v.text.slice(s.end, out[0]!.start);
    if (!/^\s*[-–/]\s*$/.test(between) && coordGap(v.text, s.end, out[0]!.start) !== 'and') break;
    out.unshift(s);
  }
  return out;
}

/** A "by X" agent after the trigger, within the clause. */
export function findAgent(v: SentenceView, m: RuleMatch, limit: number): ActorSpan[] {
  let by: Tok | undefined;
  for (let i = tokenFrom(v.toks, m.end); i < v.toks.length && v.toks[i]!.end <= limit && !by; i++) if (v.toks[i]!.lower === 'by') by = v.toks[i];
  return by ? npAt(v.text, v.actors, v.toks, by.end, PREP_NP_WORDS, limit) : [];
}

/**
 * Rule `object-after-quantity`: an object behind a count ("kidnapped up to 16 Russian advisers",
 * "arrested more than 100 Palestinians", "dozens of") starts after the count. Returns the offset
 * after the quantity phrase at `pos`, or `pos` when there is none.
 */
const QUANTITY = /^\s*(?:(?:up to|more than|less than|fewer than|at least|as many as|nearly|almost|about|around|some|over|roughly|an estimated)\s+)?(?:\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens|scores|hundreds|thousands|several|many|a dozen|a number)(?:\s+(?:hundred|thousand|million))?(?:\s+of)?(?=\s)/i;
export function afterQuantity(text: string, pos: number, limit: number): number {
  const m = QUANTITY.exec(text.slice(pos, Math.min(limit, pos + 60)));
  return m ? pos + m[0].length : pos;
}

/**
 * Rule `object-agent`: an object that is an act named with its author ("condemned an attack by
 * Hamas", "criticized the decision by the court") has that author as the target: the act is
 * judged, its author is who is judged. Source: CAMEO 1.1b3 §11 (the target of a criticism is the
 * actor criticized). Returns the author's mentions, or none.
 */
const OBJECT_BY = /^\s+(?:(?:the|an?|this|that|its|their|his|her|last|recent|latest|new|deadly)\s+)?(?:[a-z][\w-]*\s+){1,3}?by\s+/;
function objectAgent(v: SentenceView, spans: readonly ActorSpan[], pos: number, limit: number): ActorSpan[] {
  const m = OBJECT_BY.exec(v.text.slice(pos, Math.min(limit, pos + 60)));
  return m ? npAt(v.text, spans, v.toks, pos + m[0].length, 2, limit) : [];
}

/** After a common-noun phrase ("interested parties, including Russia"), the offset after "including" / "such as", or null. */
function includedIn(v: SentenceView, pos: number, limit: number): number | null {
  const m = /^[\p{L}\s-]{0,40}?,?\s+(?:including|such as|notably|especially)\s+/u.exec(v.text.slice(pos, limit));
  return m ? pos + m[0].length : null;
}

/** A prepositional target: the actors found and the preposition that introduced them. */
interface PrepTarget { spans: ActorSpan[]; prep: string | null }

/** The actor after the first of `preps` among `window` (a run of tokens); `stopAtPunct` ends the search at punctuation other than "," and "-". */
function prepTarget(v: SentenceView, spans: readonly ActorSpan[], window: readonly Tok[], preps: ReadonlySet<string>, limit: number, stopAtPunct: boolean): PrepTarget {
  for (const t of window) {
    if (stopAtPunct && t.punct && t.text !== ',' && t.text !== '-') break;
    if (!preps.has(t.lower)) continue;
    const np = npAt(v.text, spans, v.toks, t.end, PREP_NP_WORDS, limit);
    if (np.length) return { spans: np, prep: t.lower };
    const incl = includedIn(v, t.end, limit);
    if (incl) {
      const np2 = npAt(v.text, spans, v.toks, incl, 1, limit);
      if (np2.length) return { spans: np2, prep: t.lower };
    }
  }
  return { spans: [], prep: null };
}

/**
 * How a prepositional target was found: `location` when a locative preposition ("in", "from", ...)
 * introduces countries or places only (rule `own-territory` may then drop it), else `preposition`.
 */
function prepHow(v: SentenceView, found: PrepTarget): ArgHow {
  const located = found.prep !== null && LOCATIVE_PREPOSITIONS.has(found.prep) && found.spans.every((s) => isLocation(v, s));
  return located ? 'location' : 'preposition';
}

/**
 * A mention that names a location: a place, a country by name, or a nationality word before a place
 * noun of `PLACE_RULES.heads` ("the Bosnian town of X"); a nationality word before people ("Palestinian armed groups") is not.
 */
function isLocation(v: SentenceView, s: ActorSpan): boolean {
  if (s.place || s.entity.type === 'PLACE') return true;
  if (s.entity.type !== 'COUNTRY') return false;
  if (!byDemonym(s)) return true;
  const next = /^\s+([a-z]+)/.exec(v.text.slice(s.end, s.end + 24))?.[1];
  return !!next && PLACE_RULES.heads.has(next);
}

/**
 * Where the target search after offset `from` ends: the clause end (`clauseEnd`), or earlier at a
 * subordinating conjunction (`SUBORDINATORS`: "if", "because", "while" ...) that opens another
 * clause, except for threats (`root` 13).
 */
function targetLimit(v: SentenceView, from: number, root: string): number {
  const end = clauseEnd(v, from);
  // A threat's condition names the threatened party ("threatened to X unless Y does Z"): CAMEO
  // 1.1b3 §13 (threats are conditional), so 13x targets are searched across "if"/"unless".
  if (root === '13') return end;
  for (let i = tokenFrom(v.toks, from); i < v.toks.length && v.toks[i]!.start < end; i++) {
    if (SUBORDINATORS.has(v.toks[i]!.lower)) return v.toks[i]!.start;
  }
  return end;
}

/** The target of match `m` (see the module comment). `places`: a PLACE may be the target (travel rules). */
export function findTarget(v: SentenceView, m: RuleMatch, places: boolean): { spans: ActorSpan[]; how: ArgHow } {
  const spans = places ? v.actorsOrPlaces : v.actors;
  const limit = targetLimit(v, m.end, m.rule.code.slice(0, 2));
  if (m.slot) {
    const from = lowerBound(spans, m.slot.start, (s) => s.start);
    const inSlot = spans.slice(from, Math.max(from, lowerBound(spans, m.slot.end + 1, (s) => s.end)));
    const heads = inSlot.length ? npAt(v.text, inSlot, v.toks, m.slot.start, 3, m.slot.end) : [];
    return { spans: heads, how: heads.length ? 'slot' : 'none' };
  }
  const targets = m.rule.target ?? [];
  if (targets.includes('OBJ')) {
    const firstEnd = v.toks[m.first]!.end;
    const obj = npAt(v.text, spans, v.toks, afterQuantity(v.text, m.end, limit), OBJ_WORDS, limit);
    // Inside the trigger, a count may open the mention ("two Russian diplomats") or stand before it ("up to 13,000 Kurdish refugees").
    const innerAt = (pos: number): ActorSpan[] => npAt(v.text, spans, v.toks, pos, OBJ_WORDS, limit);
    let inner: ActorSpan[] = [];
    if (!obj.length && firstEnd !== m.end) {
      inner = innerAt(firstEnd);
      if (!inner.length) inner = innerAt(afterQuantity(v.text, firstEnd, limit));
    }
    const found = obj.length ? obj : inner;
    // Rule `own-object`: an object the subject owns ("offered its troops to X", "sent their envoys to
    // X") is the thing given, not the target; the target is then searched after a preposition.
    const own = found.length > 0
      && (OWN_DETERMINER.test(v.text.slice(Math.max(v.start, found[0]!.start - 8), found[0]!.start)) || OWN_START.test(found[0]!.text));
    if (found.length && !own) return { spans: found, how: 'object' };
    const agent = objectAgent(v, spans, m.end, limit);
    if (agent.length) return { spans: agent, how: 'object' };
  }
  const preps = new Set(targets.filter((t) => t !== 'OBJ'));
  const after = v.toks.slice(m.last, m.last + PREP_WINDOW + 1).filter((t) => t.end <= limit);
  const found = prepTarget(v, spans, after, preps, limit, true);
  if (found.spans.length) return { spans: found.spans, how: prepHow(v, found) };
  // Rule `target-inside-trigger`: a long trigger may hold its target's preposition ("sent observers
  // to Bosnia to investigate"); searched only when nothing follows the trigger.
  const inside = prepTarget(v, spans, v.toks.slice(m.first + 1, m.last), preps, limit, false);
  if (inside.spans.length) return { spans: inside.spans, how: prepHow(v, inside) };
  return { spans: [], how: 'none' };
}

/** Participles that after "be" are adjectives of the subject's stance ("is committed to", "is prepared to"), not passives. */
const ADJECTIVAL: ReadonlySet<string> = new Set([
  'committed', 'prepared', 'determined', 'concerned', 'interested', 'pleased', 'satisfied', 'disappointed', 'worried',
  'convinced', 'involved', 'opposed', 'inclined', 'resolved', 'dedicated', 'engaged', 'scheduled', 'supposed', 'expected',
  'obliged', 'united', 'divided', 'alarmed', 'frustrated', 'encouraged', 'ready',
]);

/** Forms of "be" (and "get") that make a following participle passive. */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets', 'getting']);

/**
 * Rule `verb-passive`: a verb trigger whose first word is a participle (-ed, -en, or an irregular
 * form) right after a form of "be"/"get", optionally with one adverb between ("were reportedly
 * arrested"), is passive: the grammatical subject is the patient. Source: CAMEO 1.1b3 §1 (the source
 * is the actor performing the action, whatever the voice), PETRARCH-2's passive handling.
 */
export function isPassive(toks: readonly Tok[], first: number, participles: ReadonlySet<string>): boolean {
  const w = toks[first]?.lower ?? '';
  if (!/(?:ed|en)$/.test(w) && !participles.has(w)) return false;
  if (ADJECTIVAL.has(w)) return false;
  const prev = toks[first - 1]?.lower ?? '';
  if (PASSIVE_AUX.has(prev)) return true;
  return /ly$/.test(prev) && PASSIVE_AUX.has(toks[first - 2]?.lower ?? '');
}

/**
 * The arguments of a passive verb trigger: the source is the "by X" agent (none when unnamed); the
 * target is the subject when the active verb takes its target as object (`OBJ` or `@T`), else the
 * rule's prepositional target ("sanctions were imposed on Iran").
 */
function passiveArguments(v: SentenceView, m: RuleMatch, usedTargets: ReadonlySet<ActorSpan>, target: { spans: ActorSpan[]; how: ArgHow }): Arguments {
  const agent = findAgent(v, m, clauseEnd(v, m.end));
  // Rule `passive-patient`: the subject of a passive verb is its patient; a location after it ("were
  // killed in central Baghdad", "was arrested in Lebanon") is where, not whom: the subject is the target.
  const objectual = !!m.slot || (m.rule.target ?? []).includes('OBJ') || target.how === 'location';
  if (!objectual || (target.spans.length && target.how !== 'object' && target.how !== 'location')) {
    return { sources: agent, sourceHow: agent.length ? 'by' : 'none', targets: target.how === 'object' ? [] : target.spans, targetHow: target.how === 'object' ? 'none' : target.how, subjectEnd: null };
  }
  const subj = findSubject(v, m, usedTargets, agent);
  const subjectEnd = subj.spans.length ? subj.spans[subj.spans.length - 1]!.end : null;
  if (!subj.spans.length && target.how === 'location') return { sources: agent, sourceHow: agent.length ? 'by' : 'none', targets: target.spans, targetHow: target.how, subjectEnd };
  return { sources: agent, sourceHow: agent.length ? 'by' : 'none', targets: subj.spans, targetHow: subj.spans.length ? 'object' : 'none', subjectEnd };
}

/**
 * Finds the arguments of `m`. `usedTargets`: mentions already taken as targets in this sentence;
 * `participles`: irregular past participles (for passive detection, see {@link isPassive}).
 */
export function findArguments(v: SentenceView, m: RuleMatch, usedTargets: ReadonlySet<ActorSpan>, participles: ReadonlySet<string> = new Set()): Arguments {
  const target = findTarget(v, m, m.rule.travel === true);
  if (m.rule.kind === 'verb' && isPassive(v.toks, m.first, participles)) return passiveArguments(v, m, usedTargets, target);
  if (m.rule.kind === 'verb') {
    const subj = findSubject(v, m, usedTargets, target.spans);
    const subjectEnd = subj.spans.length ? subj.spans[subj.spans.length - 1]!.end : null;
    return { sources: subj.spans, sourceHow: subj.how, targets: target.spans, targetHow: target.how, subjectEnd };
  }
  const mods = findModifiers(v, m.start).filter((s) => !target.spans.includes(s));
  if (mods.length) return { sources: mods, sourceHow: 'modifier', targets: target.spans, targetHow: target.how, subjectEnd: mods[mods.length - 1]!.end };
  const agent = findAgent(v, m, clauseEnd(v, m.end)).filter((s) => !target.spans.includes(s));
  if (agent.length || m.rule.kind !== 'noun') return { sources: agent, sourceHow: agent.length ? 'by' : 'none', targets: target.spans, targetHow: target.how, subjectEnd: null };
  // Rule `noun-clause-subject`: a nominal event with no modifier and no "by" agent is the object of
  // its clause's verb ("Germany will host talks with Brazil", "Iran launched an attack on ..."): its
  // source is that clause's subject. Source: PETRARCH-2 codes the subject of the verb phrase that
  // holds the event noun.
  // ... except inside a time adjunct ("Putin offered talks following the invasion of X"): the
  // background event is not done by the clause's subject (rule `adjunct-noun-no-subject`).
  const adjunct = ADJUNCT_BEFORE.test(v.text.slice(Math.max(v.start, m.start - 40), m.start));
  const subj = adjunct ? { spans: [], how: 'none' as ArgHow } : findSubject(v, m, usedTargets, target.spans);
  if (subj.how !== 'subject') return { sources: [], sourceHow: 'none', targets: target.spans, targetHow: target.how, subjectEnd: null };
  return { sources: subj.spans, sourceHow: 'subject', targets: target.spans, targetHow: target.how, subjectEnd: subj.spans[subj.spans.length - 1]!.end };
}
