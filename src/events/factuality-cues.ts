/**
 * Factuality cues as data. Each cue has an id, the value it gives, a case-insensitive regular
 * expression source, a one-line reason and the source it follows. Where a cue counts is its
 * scope (see `factuality.ts`):
 * - `WINDOW_CUES`: in the trigger's own verb group, between the end of the subject and the
 *   trigger ("Putin *is due to* meet"), or just before a nominal trigger ("*no* agreement");
 * - `CONDITIONAL_CUES`: a subordinator opening the clause that holds the trigger ("*if* Iran
 *   attacks", up to the next comma);
 * - `COMPLEMENT_CUES`: a matrix predicate whose `that`-clause holds the trigger ("Russia *denied
 *   that* its troops shelled the town");
 * - `AFTER_CUES`: the predicate of a nominal trigger ("the summit *was called off*").
 * Precedence when several cues are in scope: negated > possible > planned ("will not meet" is
 * negated, "may visit next week" possible).
 *
 * Intent expressions (`INTENT_CUES`: agreed to, offered to, pledged, promised, is ready to, ...)
 * make the act they govern planned ("Iran is ready to negotiate" -> negotiate, planned). When the
 * trigger itself is the intent (a 03x rule matched "agreed to meet"), the statement of intent is
 * the event and is asserted: planned cues and the future-time rule are not applied to it, so a
 * 03x code never also carries "planned" for the same futurity (decision `intent-asserted`).
 *
 * Sources: FactBank (Saurí & Pustejovsky 2009) event-selecting predicates and modality/polarity
 * cues, simplified to the four values of the dateline output contract (DESIGN.md, "Factuality");
 * CAMEO 1.1b3 §03 (intents are coded as 03x events); English grammar of conditionals and
 * complement clauses (Quirk et al. 1985, §15.33 and §16.31).
 */
import type { Factuality } from '../doc.js';

/** One cue: `pattern` is a case-insensitive regular expression source. */
export interface FactualityCue {
  readonly id: string;
  readonly value: Exclude<Factuality, 'asserted'>;
  readonly pattern: string;
  readonly reason: string;
  readonly source: string;
}

const FB = 'FactBank (Saurí & Pustejovsky 2009)';
const GR = 'Quirk et al. 1985, conditional and complement clauses';
const CAMEO03 = 'CAMEO 1.1b3 §03 (intents)';

const cue = (id: string, value: FactualityCue['value'], pattern: string, reason: string, source = FB): FactualityCue =>
  Object.freeze({ id, value, pattern, reason, source });

/** Intent expressions: the act they govern is intended (planned); see the module comment. */
export const INTENT_CUES: readonly FactualityCue[] = Object.freeze([
  cue('plan-intent-agree', 'planned', String.raw`\b(?:agree[sd]?|agreeing|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|commit(?:s|ted|ting)?|undert(?:ake|akes|ook|aking))\s+(?:to|support|aid|help|assistance)\b`, 'Agreeing, offering or pledging to act: the act is intended, not done.', CAMEO03),
  cue('plan-intent-ready', 'planned', String.raw`\b(?:ready|willing|prepared|determined|committed|eager|keen|open)\s+to\b`, '"Is ready/willing to" act: a stated intent.', CAMEO03),
  // "decided to allow" is not here: CAMEO 1.1b3 codes an authority's decision as the act it decides (0812's example).
  cue('plan-intent-decide', 'planned', String.raw`\b(?:seek(?:s|ing)?|sought|want(?:s|ed|ing)?)\s+to\b`, 'Seeking or wanting to act: the act lies ahead.', CAMEO03),
]);

export const WINDOW_CUES: readonly FactualityCue[] = Object.freeze([
  // negated
  cue('neg-not', 'negated', String.raw`\bnot\b|n['’]t\b|\bnever\b|\bnor\b|\bneither\b|\bno\s+longer\b`, 'Negation of the verb.'),
  cue('neg-no', 'negated', String.raw`\bno\s+(?:(?!(?:for|of|to|with|in|on|about|over|and|or|but|that|which)\b)[\w-]+\s+){0,2}$|\bno\s+(?:plans?|intention|desire|wish|interest|need|longer)\s+(?:to\b|of\b)?|\bwithout\b`, '"No talks", "no formal agreement", "has no plans to": "no" governing the trigger itself, not another noun ("gave no reason for detaining").'),
  cue('neg-refuse', 'negated', String.raw`\b(?:refus|declin)(?:e|es|ed|ing)\s+to\b|\bstopp?(?:ed|ing|s)?\s+short\s+of\b`, 'Refusing or declining to act negates the act.'),
  cue('neg-deny', 'negated', String.raw`\bden(?:y|ies|ied|ying)\b`, 'Denying the act asserts it did not happen.'),
  cue('neg-fail', 'negated', String.raw`\bfail(?:s|ed|ing)?\s+to\b`, 'Failing to act: the act did not happen.'),
  cue('neg-rule-out', 'negated', String.raw`\brul(?:e|es|ed|ing)\s+out\b`, 'Ruling out the act.'),
  cue('neg-yet-to', 'negated', String.raw`\b(?:has|have|had)\s+yet\s+to\b`, '"Has yet to" meet: it has not happened.'),
  cue('neg-cancel', 'negated', String.raw`\b(?:cancel(?:l?ed|l?ing|s)?|call(?:ed|s|ing)?\s+off|scrapp?(?:ed|s|ing)?|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing))\b`, 'A cancelled, called-off or abandoned event did not happen.'),
  // possible
  cue('pos-modal', 'possible', String.raw`(?<!\d\s)(?<!\b(?:in|since|until|by|last|next|early|late|mid|from|through|of|this|during|on)\s)\bmay\b(?!\s+\d)|\b(?:might|could|can)\b`, 'Epistemic modals mark a possibility ("May" the month excluded: "in May", "May 13").'),
  cue('pos-likely', 'possible', String.raw`\b(?:likely|unlikely|possibly|possible|potential|perhaps|probably|maybe)\b`, 'Likelihood adverbs and adjectives.'),
  cue('pos-consider', 'possible', String.raw`\bconsider(?:s|ed|ing)?\b|\bweigh(?:s|ed|ing)?\b|\bmull(?:s|ed|ing)?\b|\bcontemplat(?:e|es|ed|ing)\b|\bmoot(?:s|ed|ing)?\b|\bdebat(?:e|es|ed|ing)\s+whether\b`, '"Is considering/weighs/mulls" an act: not decided.'),
  cue('pos-explore', 'possible', String.raw`\bexplor(?:e|es|ed|ing)\s+(?:the\s+)?(?:possibility|option|idea|prospect)s?\b`, '"Explore the possibility of" an act.'),
  cue('pos-hope', 'possible', String.raw`\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|would\s+like)\s+to\b|\bproposed\b`, 'Hopes and proposals do not assert or schedule the act.'),
  cue('pos-threaten', 'possible', String.raw`\bthreat(?:en|ens|ened|ening)\s+to\b`, 'A threatened act is conditional on the target\'s conduct: not done.'),
  // planned
  cue('plan-will', 'planned', String.raw`\b(?:will|shall|would)\b|['’]ll\b|\bgoing\s+to\b`, 'Future (and future-in-the-past in reported speech: "said Y would meet Z").'),
  cue('plan-scheduled', 'planned', String.raw`\b(?:slated|scheduled|set|due|poised|expected|planned|planning|plans?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|looking|on\s+course|on\s+track)\s+(?:to|for)\b`, '"Is slated/scheduled/set/due/expected to", "plans/intends/aims to".'),
  cue('plan-be-to', 'planned', String.raw`\b(?:is|are|was|were)\s+(?:(?:about|yet)\s+)?to\b`, '"Is to meet", "is about to meet": a scheduled act.'),
  cue('plan-ahead-of', 'planned', String.raw`\bahead\s+of\b|\bin\s+advance\s+of\b|\bupcoming\b|\bforthcoming\b|\bplanned\b|\bscheduled\b|\bexpected\b|\bproposed\s+date\b`, 'A nominal event the text looks forward to ("ahead of the summit").'),
  ...INTENT_CUES,
]);

/**
 * Window cues that outrank the cues inside them: a negated negation ("has not ruled out an
 * attack") makes the act possible. Their matched words are removed before the other window cues run.
 */
export const OVERRIDE_CUES: readonly FactualityCue[] = Object.freeze([
  cue('pos-not-rule-out', 'possible', String.raw`\b(?:not|n['’]t|never)\s+(?:(?:yet|been|be|have|has|had|to)\s+)*(?:rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing))\b`, '"Did not rule out" an act: it remains possible.'),
]);

/** Subordinators opening a condition or an open question; scope: from the cue to the next comma. */
export const CONDITIONAL_CUES: readonly FactualityCue[] = Object.freeze([
  cue('pos-if', 'possible', String.raw`\b(?:if|unless|whether|in\s+case|provided\s+that|as\s+long\s+as|in\s+the\s+event\s+that)\b`, 'A condition or an open question does not assert the act ("if Iran attacks").', GR),
]);

/** Matrix predicates whose `that`-clause (or bare complement) holds the trigger. */
export const COMPLEMENT_CUES: readonly FactualityCue[] = Object.freeze([
  cue('neg-deny-that', 'negated', String.raw`\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))(?:\s+(?:reports?|claims?|allegations?|accusations?|suggestions?))?\s+that\b|\bden(?:y|ies|ied|ying)\b|\b(?:no|little)\s+(?:evidence|sign|indication)\s+that\b|\bit\s+is\s+(?:not|un)true\s+that\b`, '"X denied (reports) that Y met Z": the reported act is denied.', GR),
  cue('pos-unlikely-that', 'possible', String.raw`\b(?:(?:un)?likely|possible|conceivable|uncertain|unclear|doubtful)\s+(?:that|whether|if)\b|\bdoubt(?:s|ed)?\s+(?:that|whether)\b|\bspeculation\s+that\b|\bchance\s+that\b`, '"It is unlikely/possible that", "doubts that": the act is only possible.', GR),
]);

/** Predicates after a nominal trigger ("the visit was cancelled", "the summit will take place"). */
export const AFTER_CUES: readonly FactualityCue[] = Object.freeze([
  cue('neg-called-off-after', 'negated', String.raw`^[^,;:]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+)?(?:cancel(?:l)?ed|called\s+off|scrapped|abandoned|shelved)\b|^[^,;:]{0,60}?\b(?:did\s+not|didn['’]t|never|failed\s+to)\s+(?:(?:take|took)\s+place|happen(?:ed)?|materiali[sz]ed?|(?:go|went)\s+ahead)\b`, '"The summit was called off", "the visit never took place".'),
  cue('plan-will-be-after', 'planned', String.raw`^[^,;:]{0,16}?\b(?:will|would|shall|is\s+to|are\s+to)\s+be\b`, '"The summit will be the first ...", "the meeting would be": a nominal event described in the future has not happened yet.'),
  cue('plan-take-place-after', 'planned', String.raw`^[^,;:]{0,60}?\b(?:will|is\s+to|are\s+to|is\s+(?:due|set|scheduled|expected|slated)\s+to|are\s+(?:due|set|scheduled|expected|slated)\s+to)\s+(?:take\s+place|be\s+held|begin|start|open|convene|go\s+ahead)\b|^[^,;:]{0,60}?\b(?:is|are)\s+(?:scheduled|planned|set|slated)\s+for\b`, '"The summit will take place / is scheduled for June".'),
]);

/** Cue lists, flat, for documentation and the precedence test. */
export const FACTUALITY_CUES: readonly FactualityCue[] = Object.freeze([...OVERRIDE_CUES, ...WINDOW_CUES, ...CONDITIONAL_CUES, ...COMPLEMENT_CUES, ...AFTER_CUES]);

/** Tense cue: a trigger whose attached time starts after the publication date is planned (rule id). */
export const FUTURE_TIME_RULE = Object.freeze({ id: 'future-time', reason: 'An event dated after publication has not happened yet: planned ("the summit next week").' });

/** Decision: a trigger that is itself an intent (03x rule) is asserted; see the module comment. */
export const INTENT_ASSERTED_RULE = Object.freeze({ id: 'intent-asserted', reason: 'The statement of intent is the event (CAMEO 03x); its futurity is in the code, not in a planned factuality.' });

/** Decision: a trigger that is itself a refusal or denial (12x, 016) is asserted; a negation around it does not negate the refusal again. */
export const REFUSAL_ASSERTED_RULE = Object.freeze({ id: 'refusal-asserted', reason: 'The refusal or denial is the event (CAMEO 12x, 016); its negation is in the code, not in a negated factuality.' });
