/**
 * Factuality cues as data. A cue decides an event's factuality only when it lies in the event's
 * scope window (see `factuality.ts`). Precedence when several cues are in scope:
 * negated > possible > planned (so "will not meet" is negated, "may visit next week" possible).
 * Sources: FactBank (Saurí & Pustejovsky 2009) cue classes, simplified to the four values of the
 * dateline output contract (DESIGN.md, "Factuality").
 */
import type { Factuality } from '../doc.js';

/** One cue: a case-insensitive regular expression source matched with word boundaries. */
export interface FactualityCue {
  readonly id: string;
  readonly value: Exclude<Factuality, 'asserted'>;
  readonly pattern: string;
  readonly reason: string;
}

export const FACTUALITY_CUES: readonly FactualityCue[] = Object.freeze([
  // negated
  { id: 'neg-not', value: 'negated', pattern: String.raw`\bnot\b|n['’]t\b|\bnever\b|\bnor\b`, reason: 'Negation of the verb.' },
  { id: 'neg-no', value: 'negated', pattern: String.raw`\bno\b|\bwithout\b`, reason: '"No talks", "no agreement": a negated nominal event.' },
  { id: 'neg-refuse', value: 'negated', pattern: String.raw`\b(?:refus|declin)(?:e|es|ed|ing)\s+to\b`, reason: 'Refusing to act negates the act.' },
  { id: 'neg-deny', value: 'negated', pattern: String.raw`\bden(?:y|ies|ied|ying)\b`, reason: 'Denying the act asserts it did not happen.' },
  { id: 'neg-fail', value: 'negated', pattern: String.raw`\bfail(?:s|ed|ing)?\s+to\b`, reason: 'Failing to act: the act did not happen.' },
  { id: 'neg-rule-out', value: 'negated', pattern: String.raw`\brul(?:e|es|ed|ing)\s+out\b`, reason: 'Ruling out the act.' },
  { id: 'neg-yet-to', value: 'negated', pattern: String.raw`\b(?:has|have|had)\s+yet\s+to\b`, reason: '"Has yet to" meet: it has not happened.' },
  { id: 'neg-cancel', value: 'negated', pattern: String.raw`\b(?:cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|scrapp?(?:ed|s))\b`, reason: 'A cancelled event did not happen.' },
  // possible
  { id: 'pos-modal', value: 'possible', pattern: String.raw`\b(?:may|might|could|can)\b`, reason: 'Epistemic modals mark a possibility.' },
  { id: 'pos-likely', value: 'possible', pattern: String.raw`\b(?:likely|unlikely|possibly|possible|potential|perhaps|probably)\b`, reason: 'Likelihood adverbs and adjectives.' },
  { id: 'pos-consider', value: 'possible', pattern: String.raw`\bconsider(?:s|ed|ing)?\b|\bweigh(?:s|ed|ing)?\b`, reason: '"Is considering" an act: not decided.' },
  { id: 'pos-explore', value: 'possible', pattern: String.raw`\bexplor(?:e|es|ed|ing)\s+(?:the\s+)?(?:possibility|option|idea)\b`, reason: '"Explore the possibility of" an act.' },
  { id: 'pos-hope', value: 'possible', pattern: String.raw`\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|would\s+like)\s+to\b|\bproposed\b|\bif\b|\bwhether\b`, reason: 'Hopes, proposals and conditions do not assert or schedule the act.' },
  // planned
  { id: 'plan-will', value: 'planned', pattern: String.raw`\b(?:will|shall|would|['’]ll)\b|\bgoing\s+to\b`, reason: 'Future (and future-in-the-past in reported speech: "said Y would meet Z").' },
  { id: 'plan-scheduled', value: 'planned', pattern: String.raw`\b(?:slated|scheduled|set|due|poised|expected|planned|planning|plans?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|prepar(?:e|es|ed|ing))\s+(?:to|for)\b`, reason: '"Is slated/scheduled/expected to", "plans to".' },
  { id: 'plan-be-to', value: 'planned', pattern: String.raw`\b(?:is|are|was|were)\s+to\b`, reason: '"Is to meet": a scheduled act.' },
  { id: 'plan-ahead-of', value: 'planned', pattern: String.raw`\bahead\s+of\b|\bin\s+advance\s+of\b|\bupcoming\b|\bforthcoming\b|\bplanned\b|\bscheduled\b|\bexpected\b`, reason: 'A nominal event the text looks forward to ("ahead of the summit").' },
]);

/** Tense cue: a present-tense trigger whose attached time starts after the publication date is planned (rule id). */
export const FUTURE_TIME_RULE = Object.freeze({ id: 'future-time', reason: 'An event dated after publication has not happened yet: planned ("the summit next week").' });
