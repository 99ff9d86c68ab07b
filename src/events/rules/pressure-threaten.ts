/**
 * THREATEN rules (CAMEO 1.1b3 §13, codes 130–139). A threat is a coercive warning with serious
 * repercussions; CAMEO also codes conflictual acts announced in the future tense as threats
 * (§13, 130 usage note: "'will attack' is coded as 'Threaten to attack'"; 1323 and 136 examples).
 * Heads: "threaten/vow/swear to", "threaten X with", "threaten <thing>", "will/would <act>" and
 * "plans/is prepared to <act>". The sub-code comes from what is threatened (`THREAT_TOPICS`).
 * Each head matches through the threatened act, so the threat wins over the act's own rule
 * ("threatened to shell" is 1384, not 194).
 */
import { rule } from './define.js';
import { crossRules, THREAT_TOPICS, type Head } from './pressure-topics.js';
import type { EventRule } from './types.js';

const TARGETS = ['OBJ', 'against', 'on', 'to', 'with', 'in', 'from', 'of', 'by', 'among', 'between'] as const;

/** Heads followed by a threatened act (verb phrase). */
const ACT_HEADS: readonly Head[] = [
  { id: 'to', pattern: '~threaten|~vow|~swear ...2 to', gap: 3, reason: 'Threatening (or vowing) to do Y threatens Y', target: TARGETS, needs: 'source', confidence: 0.85, travel: true },
  { id: 'threat-to', pattern: '%threat to', gap: 3, reason: 'A threat to do Y', kind: 'noun', target: TARGETS, needs: 'source', confidence: 0.7, travel: true },
  { id: 'will', pattern: 'will|would|shall soon|now|also|then|immediately|further?', gap: 0, reason: 'A conflictual act in the future tense is a threat of it (CAMEO 130 usage note)', target: TARGETS, needs: 'source', confidence: 0.65, travel: true },
  { id: 'plan', pattern: '~plan|~intend|~prepare|ready|prepared|poised|determined to', gap: 0, reason: 'An announced plan of a conflictual act is a threat of it (CAMEO 132, 1324 examples)', target: TARGETS, needs: 'source', confidence: 0.65, travel: true },
  { id: 'may', pattern: 'may|might|could', gap: 0, reason: 'A stated possible halt or sanction is a threat (CAMEO 135 example)', target: TARGETS, needs: 'source', confidence: 0.55, travel: true },
];

/** Heads followed by a threatened thing (noun phrase). */
const THING_HEADS: readonly Head[] = [
  { id: 'with', pattern: '~threaten @T with', gap: 3, reason: 'Threatening X with Y', confidence: 0.85 },
  { id: 'thing', pattern: '~threaten', gap: 3, reason: 'Threatening Y (against X)', target: TARGETS, needs: 'source', confidence: 0.8 },
  { id: 'warn-of', pattern: '~warn ...3 of', gap: 3, reason: 'Warning of Y is a threat of Y', target: TARGETS, needs: 'source', confidence: 0.6 },
  { id: 'threat-of', pattern: '%threat of', gap: 3, reason: 'A threat of Y', kind: 'noun', target: TARGETS, needs: 'source', confidence: 0.65 },
];

/** Acts whose "may/could" form is a threat: only halts and sanctions (the others are too open). */
const MAY_TOPICS = new Set(['talks', 'mediation', 'aid', 'relations', 'sanctions', 'involvement']);

export const THREATEN_RULES: readonly EventRule[] = Object.freeze([
  rule('threaten-wmd-use-against', '1385', 'verb', 'nuclear|chemical|biological|atomic ...3 %weapon|%arm to ~use against', 'Weapons of mass destruction "to use against" X threaten their use (1385).', { target: ['against'], needs: 'source', confidence: 0.7 }),
  rule('threaten-warn-tolerate', '137', 'verb', '~warn ...6 no longer ~tolerate', 'Warning that dissent will no longer be tolerated threatens repression (137; manual example).', { target: ['by', 'OBJ', 'of'], needs: 'source', confidence: 0.75 }),
  rule('threaten-resign', '1313', 'verb', '~threaten ...2 to ~resign|~quit|~step', 'Threatening to resign is a non-force threat to break relations (1313 usage note).', { target: ['from', 'as', 'OBJ'], needs: 'source', confidence: 0.75 }),
  rule('threaten-fight-until', '1382', 'verb', '~vow|~swear|~threaten ...2 to ~fight ...4 control', 'Vowing to fight until gaining control of territory threatens occupation (1382).', { target: ['of', 'over'], needs: 'source', travel: true }),
  ...crossRules('threaten', ACT_HEADS.filter((h) => h.id !== 'may'), THREAT_TOPICS, (tp) => tp.code, (tp) => tp.acts),
  ...crossRules('threaten', ACT_HEADS.filter((h) => h.id === 'may'), THREAT_TOPICS.filter((tp) => MAY_TOPICS.has(tp.id)), (tp) => tp.code, (tp) => tp.acts),
  ...crossRules('threaten', THING_HEADS, THREAT_TOPICS, (tp) => tp.code, (tp) => tp.things),
  // 139 ultimatum
  rule('threaten-ultimatum', '139', 'verb', '~issue|~give|~deliver|~set|~send|~present ...2 %ultimatum', 'An ultimatum is 139 (the manual: look for the word "ultimatum").', { target: ['to', 'OBJ'], needs: 'source', confidence: 0.85 }),
  rule('threaten-ultimatum-noun', '139', 'noun', '%ultimatum to', 'An ultimatum to X is 139.', { target: ['to'], confidence: 0.7 }),
  // 130 unspecified
  rule('threaten-to', '130', 'verb', '~threaten ...2 to', '"Threatened to <act>" with no codeable act is a threat (130).', { target: ['OBJ', 'against', 'on'], needs: 'source', confidence: 0.6 }),
  rule('threaten', '130', 'verb', '~threaten|~warn', 'Threatening or warning X is 130.', { target: ['OBJ'], confidence: 0.7 }),
]);
