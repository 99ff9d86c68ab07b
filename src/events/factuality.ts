/**
 * Factuality of an event: asserted, planned, possible or negated, decided by the cues of
 * `factuality-cues.ts` that govern the trigger. A cue counts only in its scope, never merely
 * because it shares the sentence:
 * - window (`WINDOW_CUES`): verb triggers, the words between the end of the subject and the
 *   trigger ("The minister *is due to* meet"); without a subject, the 6 tokens before the trigger
 *   in its clause. Noun and passive triggers: the 4 tokens before the trigger or its actor
 *   modifier ("*ahead of* Putin's visit", "*no* agreement was reached"); passive triggers also the
 *   words inside the trigger's gap ("agreement was *not* signed"). Relative clauses (", who
 *   refused to ...,") are removed, a verb window holds at most 10 tokens, and the window restarts
 *   after the last comma, quote mark, clause opener ("that", "which", "when") or contrast, reason
 *   or time connective ("did not attend the summit *but* met Xi": "met" is asserted; "refuse to
 *   go home*,* saying": "saying" is asserted). Override cues (`OVERRIDE_CUES`, may start 3 tokens
 *   earlier) outrank the cues they contain: "has *not ruled out* an attack" is possible.
 * - conditional (`CONDITIONAL_CUES`): "if/unless/whether" before the trigger in its clause with
 *   no comma between ("*if* Iran attacks Israel, ..." -> possible; the main clause after the
 *   comma is not in its scope).
 * - complement (`COMPLEMENT_CUES`): "denied (reports) that", "it is unlikely that" ending at most
 *   8 tokens before the trigger, with no comma, "and", "but" or reporting verb between.
 * - after (`AFTER_CUES`, noun and passive triggers): the predicate right after the nominal event
 *   ("the summit *was called off*", "the talks *will take place*").
 * Reported speech keeps the reported event's own cues: in "X said Y would meet Z" the window is
 * "would" (planned); "X denied that Y met Z" is negated (complement scope).
 * Precedence: negated > possible > planned. Intent triggers (`INTENT_ASSERTED_RULE`): when the
 * trigger is itself an intent (03x), planned cues and the tense rule do not apply. Refusal
 * triggers (`REFUSAL_ASSERTED_RULE`): when the trigger is itself a refusal or denial (12x, 016:
 * "refused to meet", "will not meet"), a negated cue around it gives asserted, not negated.
 * Planned codes: a rule's `plannedCode` (040 -> 036) is applied by the coder after this decision,
 * and such an event stays `planned` (the seed contract: "to meet next week" is 036, planned).
 * Tense rule (`future-time`): with no cue in scope, an event whose attached time starts after the
 * publication date is planned; a present-tense trigger with a time that includes the publication
 * date ("travels to Moscow this week") stays asserted.
 */
import type { Factuality } from '../doc.js';
import type { Tok } from './tokens.js';
import { lowerBound } from '../spans.js';
import {
  AFTER_CUES, COMPLEMENT_CUES, CONDITIONAL_CUES, FUTURE_TIME_RULE, INTENT_ASSERTED_RULE, OVERRIDE_CUES, REFUSAL_ASSERTED_RULE, WINDOW_CUES, type FactualityCue,
} from './factuality-cues.js';

/** The decided value and the id of the cue (or rule) that decided it; `null` for plain assertions. */
export interface FactualityResult { value: Factuality; cue: string | null }

const ORDER: Record<Factuality, number> = { negated: 0, possible: 1, planned: 2, asserted: 3 };
const RELATIVE = /,\s*(?:who|which|whose|whom|where|when)\b[^,]*,/gi;
/**
 * Where the window restarts: after a contrast, reason or time connective, a clause opener
 * ("that", "which"), a comma or a quote mark, the words before belong to another clause or a quote
 * ("did not attend *but* met", "refuse to go home*,* saying", "“... not ...,*”* he said").
 */
const WINDOW_CUT = /\b(?:but|yet(?!\s+to\b)|whereas|although|though|because|instead|while|after|since|when|whenever|once(?!\s+(?:again|more)\b)|before|until|that|which|who|whom|whose|where)\b|[,"“”«»]/gi;
/** Longest verb window in tokens: a subject further away was not found in the trigger's own clause. */
const MAX_VERB_WINDOW = 10;
/** Extra tokens before the window where an override cue may start. */
const OVERRIDE_REACH = 3;
/** What may not lie between a complement cue and the trigger: a clause of its own. */
const COMPLEMENT_GAP_STOP = /[,;]|\b(?:and|but|or|said|says|told|added|while)\b/i;
const COMPLEMENT_MAX_TOKENS = 8;
/** A trigger that is itself an intent (03x rule: "agreed to meet", "pledged aid", "is ready to talk"). */
const INTENT_TRIGGER = /\b(?:agree(?:s|d|ing)?|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|propos(?:e|es|ed|ing)|undert(?:ake|akes|ook|aking)|intend(?:s|ed|ing)?)\b|\b(?:committed|ready|willing|prepared|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|hop(?:e|es|ed|ing))\s+to\b/i;

/** A cue with its expression compiled once: `re` to test, `all` (global) to scan every match with `matchAll` (which copies it). */
type Compiled = { cue: FactualityCue; re: RegExp; all: RegExp };
const compile = (cues: readonly FactualityCue[]): readonly Compiled[] =>
  Object.freeze(cues.map((cue) => Object.freeze({ cue, re: new RegExp(cue.pattern, 'i'), all: new RegExp(cue.pattern, 'gi') })));
const WINDOW = compile(WINDOW_CUES);
const OVERRIDE = compile(OVERRIDE_CUES);
const CONDITIONAL = compile(CONDITIONAL_CUES);
const COMPLEMENT = compile(COMPLEMENT_CUES);
const AFTER = compile(AFTER_CUES);

const stronger = (a: FactualityCue | null, b: FactualityCue | null): FactualityCue | null =>
  !a ? b : !b ? a : ORDER[b.value] < ORDER[a.value] ? b : a;

function strongestOf(text: string, cues: readonly Compiled[]): FactualityCue | null {
  let best: FactualityCue | null = null;
  for (const c of cues) if (c.re.test(text)) best = stronger(best, c.cue);
  return best;
}

/** The strongest window cue found in `window` text (relative clauses removed), or null. */
export function strongestCue(window: string, cues: readonly FactualityCue[] = WINDOW_CUES): FactualityCue | null {
  const clean = window.replace(RELATIVE, ' ');
  return strongestOf(clean, cues === WINDOW_CUES ? WINDOW : compile(cues));
}

/** Inputs of `decideFactuality`: offsets into `text`, the sentence tokens, and dates as `YYYY-MM-DD`. */
export interface FactualityInput {
  text: string;
  toks: readonly Tok[];
  kind: 'verb' | 'noun' | 'passive';
  /** Trigger span. */
  start: number;
  end: number;
  /** End of the subject (verbs) or start of the actor modifier (nouns), if any. */
  anchor: number | null;
  clauseStart: number;
  /** End of the trigger's clause (defaults to the end of the last token). */
  clauseEnd?: number;
  /** First day of the attached time expression, if any. */
  timeFrom: string | null;
  /** Publication date (or `--published`), if known. */
  published: string | null;
  /** The rule's CAMEO code, if known: root `03` marks an intent trigger (else the trigger text decides). */
  code?: string;
}

/** Start of the `n`-th token before `pos` not starting before `floor` (`toks` in text order; binary search). */
function tokensBefore(toks: readonly Tok[], pos: number, n: number, floor: number): number {
  const from = lowerBound(toks, floor, (t) => t.start);
  const to = lowerBound(toks, pos + 1, (t) => t.end);
  return to > from ? toks[Math.max(from, to - n)]!.start : pos;
}

/** Number of tokens of `toks` inside `[a, b)`. */
function tokenCount(toks: readonly Tok[], a: number, b: number): number {
  return lowerBound(toks, b, (t) => t.start) - lowerBound(toks, a, (t) => t.start);
}

/** The text after the last `WINDOW_CUT` of `s` (relative clauses removed first). */
function afterCut(s: string): string {
  const clean = s.replace(RELATIVE, ' ');
  let cut = 0;
  for (const m of clean.matchAll(WINDOW_CUT)) cut = (m.index ?? 0) + m[0].length;
  return clean.slice(cut);
}

/** Tokens read before a nominal trigger: "would be the first formal | summit" (five). */
const NOUN_WINDOW = 5;

/** Window scope (module comment). */
function windowCue(f: FactualityInput): FactualityCue | null {
  const from = f.kind === 'verb'
    ? Math.max(f.anchor ?? 0, tokensBefore(f.toks, f.start, f.anchor === null ? 6 : MAX_VERB_WINDOW, f.clauseStart))
    : tokensBefore(f.toks, f.anchor ?? f.start, NOUN_WINDOW, f.clauseStart);
  // The passive gap ("agreement was *not* signed") is read on its own, so cues anchored at the
  // window's end ("*no* agreement") still see the trigger right after them.
  const inner = f.kind === 'passive' ? strongestOf(f.text.slice(f.start, f.end), WINDOW) : null;
  const window = afterCut(f.text.slice(Math.max(from, f.clauseStart), f.start));
  // Override cues may start up to OVERRIDE_REACH tokens earlier ("has not | ruled out a bomb attack").
  const wide = afterCut(f.text.slice(Math.max(tokensBefore(f.toks, from, OVERRIDE_REACH, f.clauseStart), f.clauseStart), f.start));
  for (const c of OVERRIDE) {
    if (c.re.test(wide)) return stronger(stronger(c.cue, strongestOf(wide.replace(c.all, ' '), WINDOW)), inner);
  }
  return stronger(strongestOf(window, WINDOW), inner);
}

/** Conditional scope: the last conditional subordinator before the trigger with no comma after it. */
function conditionalCue(f: FactualityInput): FactualityCue | null {
  const before = f.text.slice(f.clauseStart, f.start);
  for (const c of CONDITIONAL) {
    let last = -1;
    for (const m of before.matchAll(c.all)) last = (m.index ?? 0) + m[0].length;
    if (last >= 0 && !/[,;]/.test(before.slice(last))) return c.cue;
  }
  return null;
}

/** Complement scope: a matrix predicate ending shortly before the trigger, nothing clause-like between. */
function complementCue(f: FactualityInput): FactualityCue | null {
  const floor = tokensBefore(f.toks, f.start, COMPLEMENT_MAX_TOKENS + 4, f.clauseStart);
  const before = f.text.slice(floor, f.start);
  let best: FactualityCue | null = null;
  for (const c of COMPLEMENT) {
    for (const m of before.matchAll(c.all)) {
      const end = floor + (m.index ?? 0) + m[0].length;
      if (COMPLEMENT_GAP_STOP.test(f.text.slice(end, f.start))) continue;
      if (tokenCount(f.toks, end, f.start) > COMPLEMENT_MAX_TOKENS) continue;
      best = stronger(best, c.cue);
    }
  }
  return best;
}

/** After scope (noun and passive triggers): the predicate following the nominal event. */
function afterCue(f: FactualityInput): FactualityCue | null {
  if (f.kind === 'verb') return null;
  const end = f.clauseEnd ?? f.toks[f.toks.length - 1]?.end ?? f.end;
  return strongestOf(f.text.slice(f.end, Math.max(f.end, end)), AFTER);
}

/** A trigger that itself carries the negation (a 12x/016 rule: "refused to meet", "would not let ... meet", "denied involvement"). */
const NEGATION_TRIGGER = /\b(?:refus|declin|reject|den(?:y|ies|ied|ying)\b|rul(?:e|es|ed|ing)\s+out)/i;
/** Negation words inside a verb or noun trigger ("will not meet"); in a passive trigger they are its gap, i.e. a window cue. */
const NEGATION_WORD = /\b(?:not|never|no)\b|n['’]t\b/i;

/** True when the trigger itself states an intent (a 03x rule). */
function intentTrigger(f: FactualityInput): boolean {
  if (f.code) return f.code.startsWith('03');
  return INTENT_TRIGGER.test(f.text.slice(f.start, f.end));
}

/** True when the trigger itself is a refusal or denial (a 12x or 016 rule), so its negation is already in the code. */
function negationTrigger(f: FactualityInput): boolean {
  if (f.code) return f.code.startsWith('12') || f.code === '016';
  const t = f.text.slice(f.start, f.end);
  return NEGATION_TRIGGER.test(t) || (f.kind !== 'passive' && NEGATION_WORD.test(t));
}

/** Decides the factuality of one event (rules in the module comment). */
export function decideFactuality(f: FactualityInput): FactualityResult {
  let cue = stronger(stronger(windowCue(f), conditionalCue(f)), stronger(complementCue(f), afterCue(f)));
  const intent = intentTrigger(f);
  if (intent && cue?.value === 'planned') cue = null;
  if (cue?.value === 'negated' && negationTrigger(f)) return { value: 'asserted', cue: REFUSAL_ASSERTED_RULE.id };
  if (cue) return { value: cue.value, cue: cue.id };
  if (intent) return { value: 'asserted', cue: INTENT_ASSERTED_RULE.id };
  if (f.timeFrom && f.published && f.timeFrom > f.published.slice(0, 10)) return { value: 'planned', cue: FUTURE_TIME_RULE.id };
  return { value: 'asserted', cue: null };
}
