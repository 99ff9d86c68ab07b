/**
 * The event coder: for each sentence, rule matches -> arguments -> dyads -> coded events with
 * factuality, time, place, offsets, trigger, rule id and confidence.
 *
 * Confidence = the rule's base confidence (default 0.8), minus 0.2 for a missing source, minus
 * 0.2 for a missing target, minus 0.1 for a subject found only after a preposition, minus 0.05
 * for a direction derived from a reciprocal pair; clamped to [0.05, 0.99]. The numbers are
 * dateline's own ordering of evidence strength, not calibrated probabilities.
 * Fallback rules (reporting verbs) are dropped when the sentence has any other event, so
 * "X said Y would visit Z" codes the visit, not the saying (PETRARCH practice).
 */
import type { Ctx } from '../context.js';
import { resource } from '../context.js';
import type { Doc, Entity, Event, Sentence, TimeExpr } from '../doc.js';
import { actorIndex, actorSpans, type ActorIndex, type ActorRef, type ActorSpan } from './actors.js';
import { clauseEnd, clauseStart, findArguments, sentenceView, type Arguments, type SentenceView } from './arguments.js';
import { cameoInfo } from './cameo/index.js';
import { decideFactuality } from './factuality.js';
import { compileRules, findMatches, indexRules, type CompiledRule, type RuleIndex, type RuleMatch } from './match.js';
import { dyads, PAIR_LIMIT, type Dyad } from './pairs.js';
import { eventPlace, placeCandidates, type EventPlace } from './place.js';
import { DISCARD_RULES, EVENT_RULES, discardRule } from './rules/index.js';
import type { EventRule } from './rules/types.js';
import { DETERMINERS, IRREGULAR_FORMS, NOUN_CONTEXT, PREPOSITIONS, VERB_CONTEXT } from './rules/lexicon.js';
import { attachNearest, datesReport, eventTime } from './time.js';
import { indexSpans, lowerBound, spansNear, type SpanIndex } from '../spans.js';
import { tokenize, type Tok } from './tokens.js';
import { withSpans } from './view.js';
import { countryOf, domesticCountry, PLACE_PERPETRATOR_ROOTS, SELF_DIRECTED_CODES, withSentenceCountry } from './sentence-country.js';
import { loadedDictionaries, type Dictionaries } from './petrarch/index.js';
import { sentenceTrace, type CandidateTrace, type SentenceTrace } from './trace.js';

/** Per-document indexes, built once so each sentence looks up only its own mentions, quotes and times. */
interface DocIndex {
  actors: ActorIndex;
  /** All entity mentions, sorted by start, with the running maximum of their ends. */
  mentions: SpanIndex<{ start: number; end: number }>;
  quotes: SpanIndex<{ start: number; end: number }>;
  times: SpanIndex<TimeExpr>;
  /** Entities by id. */
  entities: ReadonlyMap<string, Entity>;
}

function docIndex(doc: Doc): DocIndex {
  return {
    actors: actorIndex(doc),
    mentions: indexSpans(doc.entities.flatMap((e) => e.mentions)),
    quotes: indexSpans(doc.quotes),
    times: indexSpans(doc.times),
    entities: new Map(doc.entities.map((e) => [e.id, e])),
  };
}

/** True when offset `pos` lies inside a mention of `mentions`: O(log n + mentions reaching pos). */
function insideMention(mentions: DocIndex['mentions'], pos: number): boolean {
  const { sorted, maxEnd } = mentions;
  for (let i = lowerBound(maxEnd, pos + 1, (e) => e); i < sorted.length && sorted[i]!.start <= pos; i++) {
    if (pos < sorted[i]!.end) return true;
  }
  return false;
}

/** The compiled rule table of this context. */
export function compiledRules(ctx: Ctx): CompiledRule[] {
  return resource(ctx, 'events:rules', () => compileRules(EVENT_RULES));
}

/** The first-word index of the compiled rule table of this context (see `indexRules`). */
function ruleIndex(ctx: Ctx): RuleIndex {
  return resource(ctx, 'events:rule-index', () => indexRules(compiledRules(ctx)));
}

/**
 * Compiles and indexes dateline's own rule table into `ctx.cache`, unless verb dictionaries
 * replace it (`ctx.options.dictionaries.verbs`): the events stage's `preload`.
 */
export function preloadRules(ctx: Ctx): void {
  if (!ctx.options.dictionaries?.verbs?.length) ruleIndex(ctx);
}

/** The rule table in force: the loaded verb dictionaries when given, else dateline's own rules. */
function activeRules(ctx: Ctx, dicts: Dictionaries | null): { rules: CompiledRule[]; index: RuleIndex } {
  if (!dicts?.verbs.length) return { rules: compiledRules(ctx), index: ruleIndex(ctx) };
  return resource(ctx, 'events:dictionary-rules', () => {
    const rules = compileRules(dicts.verbs);
    return { rules, index: indexRules(rules) };
  });
}

/**
 * Merges dictionary actor spans with entity spans, sorted by start. Where they overlap the
 * dictionary wins (its codes are what the user asked for), except (rule `dictionary-inside-name`)
 * where a person's name holds the dictionary phrases inside it ("Santiago Cafiero": the
 * place SANTIAGO matched the first name), or names the same words and is a person whose office the
 * text states ("Argentine President X", rule person-role) or the leader table places in office on the
 * article's date: what the article says on its date beats an undated dictionary code.
 */
function mergeSpans(dict: readonly ActorSpan[], ents: readonly ActorSpan[]): ActorSpan[] {
  const dropped = new Set<ActorSpan>();
  const out: ActorSpan[] = [];
  for (const e of ents) {
    const over = dict.filter((d) => e.start < d.end && d.start < e.end);
    if (over.length === 0) { out.push(e); continue; }
    const inside = over.every((d) => d.start >= e.start && d.end <= e.end);
    const longer = e.entity.type === 'PERSON' && over.some((d) => d.end - d.start < e.end - e.start);
    const rule = e.entity.actor?.rule ?? '';
    const stated = rule.startsWith('person-leader:') || rule === 'person-role';
    if (inside && (longer || stated)) { out.push(e); for (const d of over) dropped.add(d); }
  }
  for (const d of dict) if (!dropped.has(d)) out.push(d);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Rejects verb readings after a determiner or preposition and noun readings after a modal, "to" or pronoun. */
function plausible(m: RuleMatch, toks: readonly Tok[], mentions: DocIndex['mentions']): boolean {
  if (insideMention(mentions, m.start)) return false;
  const prev = toks[m.first - 1]?.lower ?? '';
  // A past tense after an adjective-like word is still a verb ("a Russian official offered").
  const pastAfterModifier = /ed$/.test(toks[m.first]!.lower) && !DETERMINERS.has(prev);
  if (m.rule.kind === 'verb') return (pastAfterModifier || !NOUN_CONTEXT.has(prev)) && (prev === 'to' || !PREPOSITIONS.has(prev));
  if (m.rule.kind === 'noun') return !VERB_CONTEXT.has(prev);
  return true;
}

interface Draft { m: RuleMatch; dyads: Dyad[]; anchor: number | null; sourceHow: string; target: ActorSpan | null; cand: CandidateTrace | null }

function confidence(m: RuleMatch, d: Dyad, sourceHow: string): number {
  let c = m.rule.confidence ?? 0.8;
  if (!d.source) c -= 0.2;
  if (!d.target) c -= 0.2;
  if (sourceHow === 'subject-after-preposition') c -= 0.1;
  if (d.reciprocal) c -= 0.05;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/**
 * Rule `quote-boundary`: a trigger inside a direct quote takes its actors from the same quote, and a
 * trigger outside quotes never takes actors from inside one ("“... Delhi ...,” said X" does not make
 * Delhi the speaker). Source: PETRARCH codes quoted speech separately from its attribution clause.
 */
export function spansAcrossQuotes(spans: readonly ActorSpan[], quotes: ReadonlyArray<{ start: number; end: number }>, trigger: { start: number }): ActorSpan[] {
  const inside = (x: { start: number; end: number }, q: { start: number; end: number }): boolean => x.start >= q.start && x.end <= q.end;
  const home = quotes.find((q) => trigger.start >= q.start && trigger.start < q.end);
  return home ? spans.filter((a) => inside(a, home)) : spans.filter((a) => !quotes.some((q) => inside(a, q)));
}

/** Irregular verb forms (for passive detection), built once per context. */
function participles(ctx: Ctx): ReadonlySet<string> {
  return resource(ctx, 'events:participles', () => new Set(Object.values(IRREGULAR_FORMS).flat()));
}

/** A trace entry for match `m` with its arguments. */
function candidate(text: string, m: RuleMatch, args: Arguments, kept: boolean, why: string): CandidateTrace {
  const show = (a: ActorSpan): string => `${a.text}=${a.actors.map((r) => r.code).join('+') || 'PLACE'}`;
  return {
    rule: m.rule.id, code: m.rule.code, section: m.rule.section, reason: m.rule.reason,
    trigger: { start: m.start, end: m.end, text: text.slice(m.start, m.end) },
    sources: args.sources.map(show), sourceHow: args.sourceHow, targets: args.targets.map(show), targetHow: args.targetHow,
    kept, why, events: [], factuality: null,
  };
}

function drafts(v: SentenceView, matches: readonly RuleMatch[], placeCountry: (s: ActorSpan) => string | null, quotes: ReadonlyArray<{ start: number; end: number }>, irregular: ReadonlySet<string>, trace: SentenceTrace | null): Draft[] {
  const used = new Set<ActorSpan>();
  const out: Draft[] = [];
  const views = new Map<object | null, SentenceView>(); // by the quote holding the trigger (null: none)
  const viewFor = (m: RuleMatch): SentenceView => {
    const home = quotes.find((q) => m.start >= q.start && m.start < q.end) ?? null;
    let view = views.get(home);
    if (!view) views.set(home, view = withSpans(v, spansAcrossQuotes(v.spans, quotes, m)));
    return view;
  };
  for (const m of matches) {
    const args = findArguments(quotes.length ? viewFor(m) : v, m, used, irregular);
    const pairs = dyads(m.rule, args, placeCountry);
    const ds = pairs.length > PAIR_LIMIT.max ? [] : pairs;
    const why = ds.length ? 'arguments found'
      : pairs.length ? `dropped: ${pairs.length} actor pairs, over the limit of ${PAIR_LIMIT.max} (rule ${PAIR_LIMIT.id}: ${PAIR_LIMIT.reason})`
        : args.targets.length && args.sources.length ? 'dropped: the only target found is the source itself'
          : `dropped: ${NEEDS_TEXT[m.rule.needs ?? 'target']}`;
    const cand = trace ? candidate(v.text, m, args, ds.length > 0, why) : null;
    if (cand) trace!.candidates.push(cand);
    if (!ds.length) continue;
    for (const t of args.targets) used.add(t);
    const anchor = m.rule.kind === 'verb' || args.sourceHow === 'subject' ? args.subjectEnd : (args.sourceHow === 'modifier' ? args.sources[0]!.start : null);
    const target = args.targets.length === 1 && args.targets[0]!.place ? args.targets[0]! : null;
    out.push({ m, dyads: ds, anchor, sourceHow: args.sourceHow, target, cand });
  }
  return out;
}

/**
 * Rule `peacekeepers-received`: peacekeepers travelling to a country ("Bangladeshi peacekeeping troops
 * arrived in Sierra Leone") are also that country receiving a peacekeeping deployment: the host ->
 * the sending country, CAMEO 0861 (CAMEO 1.1b3 §08, 0861 "Receive deployment of peacekeepers").
 */
const PEACEKEEPERS_RECEIVED = Object.freeze({ id: 'peacekeepers-received', title: /\bpeace-?keep/i, code: '0861' });

/** True when actor `a` is an entity whose role names peacekeepers. */
function hostReceives(ix: DocIndex, a: ActorRef | null): boolean {
  const e = a?.entity ? ix.entities.get(a.entity) : undefined;
  return !!e && (e.roles.some((r) => PEACEKEEPERS_RECEIVED.title.test(r.title)) || PEACEKEEPERS_RECEIVED.title.test(e.name));
}

/**
 * Fills the missing side of a dyad from the sentence: rule `domestic-target` (a source of the home
 * country with no target takes the home country as target), else rule `unnamed-perpetrator` (an
 * event with a target and no source takes the country of `place`, when the roots allow it (`place`
 * non-null) and the place is not the target itself: "the invasion of X"). See sentence-country.ts.
 */
function completeDyad(dy: Dyad, home: string | null, place: EventPlace | null): Dyad {
  if (home && dy.source && !dy.target && countryOf(dy.source) === home) return { ...dy, target: { entity: null, code: home, text: null } };
  if (place?.country && !dy.source && dy.target && (dy.target.text === null || dy.target.text !== place.text)) {
    return { ...dy, source: { entity: null, code: place.country, text: null } };
  }
  return dy;
}

/** Why a candidate with too few arguments is dropped, by what its rule needs (`EventRule.needs`). */
const NEEDS_TEXT: Readonly<Record<NonNullable<EventRule['needs']>, string>> = Object.freeze({
  target: 'the rule needs a target and none was found',
  source: 'the rule needs a source and none was found',
  both: 'the rule needs a source and a target, and one of them was not found',
  either: 'the rule needs a source or a target, and neither was found',
});

/** Codes the events of sentence `index`; `next` numbers the ids. */
function codeSentence(doc: Doc, ctx: Ctx, ix: DocIndex, index: number, s: Sentence, next: () => string, trace: SentenceTrace | null = null): Event[] {
  const text = doc.article.text;
  const dicts = loadedDictionaries(ctx);
  const sentence = text.slice(s.start, s.end);
  const entitySpans = actorSpans(ix.actors, s.start, s.end);
  const spans = withSentenceCountry(dicts?.hasActors
    ? mergeSpans(dicts.actorSpans(text, s.start, s.end, doc.article.published ?? ctx.options.published ?? null), entitySpans)
    : entitySpans, text);
  const hasActor = spans.some((a) => a.actors.length > 0);
  // A sentence with no actor codes nothing: its discard rules are run only to explain it.
  if (!hasActor && !trace) return [];
  const discard = discardRule(sentence, DISCARD_RULES) ?? (dicts ? dicts.discardMatch(sentence) : null);
  if (discard) { if (trace) trace.discard = `${discard.id}: ${discard.reason}`; return []; }
  if (trace) trace.actors = spans.map((a) => `${a.text}=${a.actors.map((r) => r.code).join('+') || 'PLACE'}`);
  if (!hasActor) return [];
  const toks = tokenize(text, s.start, s.end);
  // A slot holds an actor mention and does not end inside one ("to Great Britain", not "to Great").
  const slotOk = (a: number, b: number): boolean => {
    const i = lowerBound(spans, a, (x) => x.start);
    if (!(i < spans.length && spans[i]!.start < b)) return false;
    const j = lowerBound(spans, b, (x) => x.start) - 1;
    return j < 0 || spans[j]!.end <= b;
  };
  const active = activeRules(ctx, dicts);
  const accept = (m: RuleMatch): boolean => {
    const ok = plausible(m, toks, ix.mentions);
    if (!ok && trace) trace.candidates.push(candidate(text, m, { sources: [], sourceHow: 'none', targets: [], targetHow: 'none', subjectEnd: null }, false, 'dropped: the trigger is inside a name, or its neighbour shows it is the other part of speech (a verb after "the", a noun after "will")'));
    return ok;
  };
  const matches = findMatches(active.rules, toks, slotOk, accept, active.index);
  const v = sentenceView(text, s.start, s.end, toks, spans);
  const placeCountry = (p: ActorSpan): string | null => eventPlace(ctx, p).country;
  const quotes = spansNear(ix.quotes, s.start, s.end, (q) => q.end > s.start && q.start < s.end);
  const all = drafts(v, matches, placeCountry, quotes, participles(ctx), trace);
  // Rule `report-fallback`: a reporting verb is coded only when the sentence has no other event and
  // no other verb rule matched, even one whose actors were not found ("X said rebels would free the
  // hostages": the sentence is about the freeing, not a statement by X). A bare event noun does not
  // count ("X said the talks were useful" is a statement).
  const otherVerb = matches.some((m) => !m.rule.fallback && m.rule.kind !== 'noun');
  const ds = otherVerb || all.some((d) => !d.m.rule.fallback) ? all.filter((d) => !d.m.rule.fallback) : all;
  for (const d of all) if (d.cand && !ds.includes(d)) { d.cand.kept = false; d.cand.why = 'dropped: a reporting verb is coded only when the sentence has no other event and no other verb rule matched (rule report-fallback)'; }
  const clauseOf = (pos: number): number => clauseStart(v, pos);
  const sentenceTimes = spansNear(ix.times, s.start, s.end, (t: TimeExpr) => t.start >= s.start && t.end <= s.end && !datesReport(doc.article.text, t));
  const times = attachNearest(ds.map((d) => d.m), sentenceTimes, clauseOf, text);
  const places = attachNearest(ds.map((d) => d.m), placeCandidates(spans, toks), clauseOf, text);
  const published = doc.article.published ?? ctx.options.published ?? null;
  const out: Event[] = [];
  const seen = new Set<string>();
  // Rule `report-own-time`: a reporting verb (a fallback rule: "said") is dated only by the time
  // right after it ("said on Monday"); the reported clause's time ("will visit next week") is not
  // its time and does not make the saying planned.
  const reportTime = (m: RuleMatch): TimeExpr | null =>
    spansNear(ix.times, s.start, s.end, (t: TimeExpr) => t.start >= m.end && t.start - m.end < 40 && datesReport(text, t))[0] ?? null;
  const sentenceHome = domesticCountry(spans, text);
  ds.forEach((d, i) => {
    const time = eventTime(d.m.rule.fallback ? reportTime(d.m) : times[i] ?? null);
    const fact = decideFactuality({ text, toks, kind: d.m.rule.kind, code: d.m.rule.code, start: d.m.start, end: d.m.end, anchor: d.anchor, clauseStart: clauseStart(v, d.m.start), clauseEnd: clauseEnd(v, d.m.end), timeFrom: time.from, published });
    if (d.cand) d.cand.factuality = `${fact.value}${fact.cue ? ` (${fact.cue})` : ''}`;
    const code = fact.value === 'planned' && d.m.rule.plannedCode ? d.m.rule.plannedCode : d.m.rule.code;
    const info = cameoInfo(code);
    if (!info) { if (d.cand) { d.cand.kept = false; d.cand.why = `dropped: ${code} is not in the CAMEO code table`; } return; }
    const place = eventPlace(ctx, d.target ?? places[i] ?? null);
    const reverse = d.m.rule.reverseCode ? cameoInfo(d.m.rule.reverseCode) : null;
    const home = d.m.rule.fallback || SELF_DIRECTED_CODES.has(code) ? null : sentenceHome;
    const perpetrator = PLACE_PERPETRATOR_ROOTS.has(info.root) ? place : null;
    const completed = d.dyads.map((dy) => completeDyad(dy, home, perpetrator));
    const directed = completed.flatMap((dy) => {
      const back = reverse ?? (d.m.rule.travel && hostReceives(ix, dy.source) ? cameoInfo(PEACEKEEPERS_RECEIVED.code) : null);
      return back && dy.source && dy.target
        ? [{ dy, info }, { dy: { source: dy.target, target: dy.source, reciprocal: dy.reciprocal }, info: back }]
        : [{ dy, info }];
    });
    for (const { dy, info } of directed) {
      const src = dy.source ?? { entity: null, code: null, text: null };
      const tgt = dy.target ?? { entity: null, code: null, text: null };
      const key = `${info.code}|${src.entity ?? src.code}|${tgt.entity ?? tgt.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const id = next();
      d.cand?.events.push(id);
      out.push({
        id, code: info.code, root: info.root, label: info.label, plover: info.plover, quadClass: info.quadClass, goldstein: info.goldstein,
        source: src, target: tgt, factuality: fact.value, time, place,
        sentence: { index, start: s.start, end: s.end },
        trigger: { start: d.m.start, end: d.m.end, text: text.slice(d.m.start, d.m.end) },
        rule: d.m.rule.id, confidence: confidence(d.m, dy, d.sourceHow),
      });
    }
  });
  for (const d of ds) if (d.cand?.kept && d.cand.events.length === 0) { d.cand.kept = false; d.cand.why = 'dropped: the same code and actors as an earlier event of the sentence'; }
  return out;
}

/** All events of `doc`, ids `v1`, `v2`, ... in sentence and trigger order. */
export function codeEvents(doc: Doc, ctx: Ctx): Event[] {
  return codeAll(doc, ctx, false).events;
}

/**
 * The same events as {@link codeEvents}, with each sentence's trace: the discard rule, the actor
 * mentions, every rule match and why it was kept or dropped (what `dateline explain` prints).
 */
export function codeEventsTraced(doc: Doc, ctx: Ctx): { events: Event[]; sentences: SentenceTrace[] } {
  return codeAll(doc, ctx, true);
}

function codeAll(doc: Doc, ctx: Ctx, traced: boolean): { events: Event[]; sentences: SentenceTrace[] } {
  let n = 0;
  const next = (): string => `v${++n}`;
  const ix = docIndex(doc);
  const sentences: SentenceTrace[] = [];
  const events = doc.sentences.flatMap((s, i) => {
    const t = traced ? sentenceTrace(i, s.start, s.end) : null;
    if (t) sentences.push(t);
    return codeSentence(doc, ctx, ix, i, s, next, t);
  });
  return { events, sentences };
}
