/**
 * REJECT rules (CAMEO 1.1b3 §12, codes 120–129). CAMEO codes a refusal as its own event: "refused
 * to meet" is 125 (reject proposal to meet), not a negated 04x meeting; "will not release" is 1243,
 * not a negated 084x release (§12 examples: "refused to meet", "will not accept any more refugees",
 * "would not meet ... demands to release prisoners"). Each head matches through the refused act,
 * so the longer rejection wins over the cooperation rule inside it (`match.ts`: longest first).
 * The sub-code comes from what is refused (`YIELD_TOPICS`).
 */
import { rule } from './define.js';
import { crossRules, YIELD_TOPICS, type Head } from './pressure-topics.js';
import type { EventRule } from './types.js';

const REJECT_VERBS = '~reject|~rebuff|~spurn|~oppose|~dismiss|~repudiate';
/** What a rejection is aimed at when it is a proposal or request. */
const PROPOSALS = '%offer|%proposal|%request|%call|%appeal|%demand|%plan|%invitation|%idea|%bid|%suggestion|%ultimatum|%initiative|%overture|%plea';
const TARGETS = ['OBJ', 'from', 'by', 'of', 'with', 'on', 'against', 'in', 'to'] as const;
/** Volitional negation: "will not", "would never", "won't" (tokens "wo" + "n't"). */
const WILL_NOT = 'will|would|wo|shall not|n\'t|never';
/** Cooperative acts whose refusal is a rejection (120) when no more specific topic shows. */
const COOPERATIVE = '~cooperate|~accept|~sign|~recognize|~recognise|~participate|~join|~attend|~comply|~obey|~pay|~provide|~support|~endorse|~approve|~ratify|~implement|~abide|~honor|~honour|~respect|~answer|~respond|~apologize|~apologise|~retract|~testify|~appear|~grant|~hand|~return|~leave|~resume|~renew|~extend|~share|~disclose|~reveal|~investigate|~surrender|~change|~reverse|~budge|~bow|~compromise|~heed|~discuss|~engage|~enter|~negotiate';

/** Reject heads, most specific first. */
const HEADS: readonly Head[] = [
  { id: 'proposal', pattern: `${REJECT_VERBS}|~refuse|~decline ...3 ${PROPOSALS}`, gap: 6, reason: 'Rejecting a proposal or request about Y rejects Y', target: TARGETS, needs: 'source' },
  { id: 'verb', pattern: REJECT_VERBS, gap: 3, reason: 'Rejecting or opposing Y', target: TARGETS, needs: 'source' },
  { id: 'refuse', pattern: '~refuse', gap: 5, reason: 'Refusing (to do) Y is a rejection of Y, not a negated Y', target: TARGETS, needs: 'source' },
  { id: 'decline', pattern: '~decline to', gap: 5, reason: 'Refusing or declining (to do) Y is a rejection of Y, not a negated Y', target: TARGETS, needs: 'source' },
  { id: 'refusal', pattern: '%refusal to', gap: 4, reason: 'A refusal to do Y rejects Y', kind: 'noun', target: TARGETS, needs: 'source', confidence: 0.7 },
  { id: 'will-not', pattern: WILL_NOT, gap: 3, reason: '"Will not do Y" states a refusal of Y', target: TARGETS, needs: 'source', confidence: 0.7 },
];

export const REJECT_RULES: readonly EventRule[] = Object.freeze([
  rule('reject-allow-actor', '1245', 'verb', `~refuse|~decline to ~allow|~permit|~let @T to|into|in`, 'Refusing to allow a (foreign) actor in or to act is refusing international involvement (1245).', { confidence: 0.7 }),
  rule('reject-deny-access', '1245', 'verb', '~deny|~bar|~block ...3 access|entry', 'Denying access or entry to X refuses involvement (1245).', { target: ['to', 'OBJ'], needs: 'source', confidence: 0.7 }),
  rule('reject-deny-rights', '1233', 'verb', '~deny ...3 %right|%freedom', 'Denying X rights rejects a request for rights (1233).', { target: ['OBJ', 'to'], needs: 'source', confidence: 0.7 }),
  ...crossRules('reject', HEADS, YIELD_TOPICS, (tp) => tp.reject, (tp) => tp.kws),
  // 124 refuse to yield (rejected demands), 120 unspecified
  rule('reject-demands', '124', 'verb', `${REJECT_VERBS}|~refuse|~decline|~ignore ...3 %demand|%ultimatum`, 'Rejecting demands (or an ultimatum) is a refusal to yield (124).', { target: TARGETS, needs: 'source', confidence: 0.75 }),
  rule('reject-meet-demands', '124', 'verb', `${WILL_NOT} ~meet|~accept|~bow|~give ...3 %demand|%ultimatum|in`, '"Will not meet/bow to demands" is a refusal to yield (124).', { target: TARGETS, needs: 'source', confidence: 0.75 }),
  rule('reject-turn-down', '120', 'verb', `~turn down ...3 ${PROPOSALS}`, 'Turning down an offer, proposal or request is a rejection (120).', { target: TARGETS, needs: 'source', confidence: 0.7 }),
  rule('reject-proposal', '120', 'verb', `${REJECT_VERBS}|~refuse|~decline ...3 ${PROPOSALS}`, 'Rejecting an offer, proposal or request is 120 when its content has no sub-code.', { target: TARGETS, needs: 'source', confidence: 0.7 }),
  rule('reject-refuse-to', '120', 'verb', `~refuse|~decline to ${COOPERATIVE}`, '"Refused to <cooperate>" is a rejection (120).', { target: TARGETS, needs: 'source', confidence: 0.65 }),
  rule('reject-will-not', '120', 'verb', `${WILL_NOT} ${COOPERATIVE}`, '"Will not <cooperate>" states a refusal (120).', { target: TARGETS, needs: 'source', confidence: 0.55 }),
  rule('reject-renege', '120', 'verb', '~renege|~backtrack on', 'Reneging on a commitment is a rejection (120).', { target: ['on', 'to', 'with'], needs: 'source', confidence: 0.6 }),
  rule('reject', '120', 'verb', '~reject|~rebuff|~spurn|~repudiate', 'Rejecting X or its proposal is 120.', { target: ['OBJ'], confidence: 0.7 }),
  // 128 defy norms, law
  rule('reject-defy', '128', 'verb', '~defy|~flout|~disobey', 'Defying X or its law is 128.', { target: ['OBJ'], needs: 'source', confidence: 0.75 }),
  rule('reject-violate-law', '128', 'verb', '~violate|~breach|~flout|~defy ...3 %ban|%law|%order|%ruling|%resolution|%sanction|%embargo|%curfew|%injunction|%constitution|%norm|%decree|%verdict', 'Violating a ban, law or ruling is defiance (128).', { target: ['by', 'of', 'OBJ'], needs: 'source', confidence: 0.75 }),
  // 129 veto
  rule('reject-veto', '129', 'verb', '~veto', 'A veto is 129.', { target: ['OBJ', 'by'], needs: 'source' }),
  rule('reject-block-resolution', '129', 'verb', '~block ...3 %resolution|%bill|%motion|%draft', 'Blocking a resolution or bill is a veto (129).', { target: ['OBJ', 'by'], needs: 'source', confidence: 0.7 }),
]);
