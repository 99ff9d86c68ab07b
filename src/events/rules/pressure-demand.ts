/**
 * DEMAND rules (CAMEO 1.1b3 §10, codes 100–108). A demand is stronger than an appeal (§02: "urge",
 * "call on") and carries no stated penalty (§13): CAMEO relies on the reporter's words, so the heads
 * here are "demand", "insist on", "order/pressure X to" and "X must" in reported speech. The
 * sub-code comes from what is demanded (`YIELD_TOPICS`); the plain heads code 100.
 */
import { rule } from './define.js';
import { crossRules, YIELD_TOPICS, type Head } from './pressure-topics.js';
import type { EventRule } from './types.js';

const DEMAND_VERB = '~demand';
/** Verbs that put "X must ..." in reported speech (a third party's "must" is a demand on it). */
const MUST_REPORTERS = '~say|~declare|~insist|~stress|~reiterate|~conclude|~state|~announce|~argue|~maintain|~add|~demand|~tell';

const DIRECT_TARGETS = ['OBJ', 'from', 'of', 'by', 'with', 'on', 'to'] as const;

/**
 * Verbs of a demanded act ("demanded that X *cancel* plans to ..."), in the base form of the
 * subjunctive. A slot (`@T`) is always followed by a literal word, never by a gap or the pattern's
 * end: the matcher takes the shortest slot that holds the start of a mention, so a gap after it
 * would cut a long name ("the United | States").
 */
const ACT_VERBS = [
  '~stop|~end|~halt|~cease|~abandon|~drop|~cancel|~scrap|~reverse|~withdraw|~pull|~remove|~lift|~ease|~allow|~permit|~grant|~let',
  '~give|~provide|~supply|~send|~pay|~return|~release|~free|~hand|~extradite|~surrender|~accept|~recognize|~recognise|~respect',
  '~comply|~honor|~honour|~implement|~abide|~apologize|~apologise|~explain|~disclose|~reveal|~share|~investigate|~punish|~prosecute',
  '~compensate|~match|~support|~back|~join|~resume|~open|~close|~change|~amend|~adopt|~hold|~reach|~sign|~negotiate|~talk|~meet',
  '~enter|~begin|~start|~take|~make|~renounce|~dismantle|~disarm|~resign|~step|~leave|~quit|~cooperate|~guarantee|~ensure|~protect',
  '~restore|~reinstate|~rescind|~revoke|~repeal|~retract|~agree|~commit|~refrain|~keep|~forsake|~give|be',
].join('|');
/** Words that may stand between the slot and the demanded act. */
const THAT_FILLER = 'must|should|immediately|also|unconditionally|fully|to?';

/**
 * "X said Y must ...": reporting verbs are in most sentences, so this head is crossed only with the
 * topics that news "must" clauses carry most, and needs "that" (each crossing costs a slot search at
 * every "said that"); "said X must" without "that" codes 100 by `demand-must`.
 */
const MUST_HEAD: Head = { id: 'must', pattern: `${MUST_REPORTERS} ...2 that @T must`, gap: 4, reason: '"Said that X must do Y": a third party\'s "must" is a demand on X' };
const MUST_TOPICS: ReadonlySet<string> = new Set(['release', 'deescalate', 'leadership', 'meet', 'settle', 'mediation', 'coop', 'econ-coop', 'aid']);

/** Demand heads, most specific (the target in a slot) first. */
const HEADS: readonly Head[] = [
  { id: 'that', pattern: `${DEMAND_VERB}|~insist ...3 that @T ${THAT_FILLER}`, gap: 0, reason: '"Demand that X do Y" demands Y of X' },
  { id: 'that-act', pattern: `${DEMAND_VERB}|~insist ...3 that @T ${THAT_FILLER} ${ACT_VERBS}`, gap: 4, reason: '"Demand that X do something about Y" demands Y of X' },
  { id: 'order', pattern: `${DEMAND_VERB}|~order|~pressure|~pressurize|~pressurise|~instruct @T to`, gap: 4, reason: '"Demand/order/pressure X to do Y" demands Y of X' },
  { id: 'noun-that', pattern: `%demand ...3 that @T ${THAT_FILLER}`, gap: 0, reason: '"(Renewed) its demand that X do Y" demands Y of X', kind: 'noun' },
  { id: 'noun-that-act', pattern: `%demand ...3 that @T ${THAT_FILLER} ${ACT_VERBS}`, gap: 4, reason: '"(Renewed) its demand that X do something about Y" demands Y of X', kind: 'noun' },
  { id: 'remind', pattern: '~remind @T that ...2 must', gap: 4, reason: '"Reminded X that it must do Y" is a demand on X' },
  { id: 'reminder', pattern: '%reminder ...3 to @T that ...2 must', gap: 4, reason: '"Issued a reminder to X that it must do Y" is a demand on X' },
  { id: 'direct', pattern: DEMAND_VERB, gap: 3, reason: '"Demand Y (from X)" demands Y', target: DIRECT_TARGETS, needs: 'source' },
  { id: 'insist-on', pattern: '~insist on', gap: 3, reason: '"Insist on Y" demands Y', target: DIRECT_TARGETS, needs: 'source' },
  { id: 'noun', pattern: '%demand for|of', gap: 3, reason: '"(Renewed) demands for Y" demand Y', kind: 'noun', target: DIRECT_TARGETS, needs: 'source', confidence: 0.7 },
];

/** The demand rules: the topic crossings first, then the plain heads (100) and a few fixed forms. */
export const DEMAND_RULES: readonly EventRule[] = Object.freeze([
  rule('demand-refuge-in', '1033', 'verb', '~seek|~request|~demand|~ask|~apply ...2 asylum|refuge|sanctuary in|from|at', 'Seeking refuge or asylum in a country demands humanitarian protection of it (1033; the manual\'s example).', { target: ['in', 'from', 'at'], travel: true, needs: 'source' }),
  rule('demand-refuge', '1033', 'verb', '~seek|~request|~demand|~ask|~apply ...2 asylum|refuge|sanctuary', 'Seeking refuge or asylum in a country demands humanitarian protection of it (1033; the manual\'s example).', { target: ['in', 'from', 'OBJ'], travel: true, needs: 'source' }),
  ...crossRules('demand', HEADS, YIELD_TOPICS, (tp) => tp.demand, (tp) => tp.kws),
  ...crossRules('demand', [MUST_HEAD], YIELD_TOPICS.filter((tp) => MUST_TOPICS.has(tp.id)), (tp) => tp.demand, (tp) => tp.kws),
  rule('demand-that', '100', 'verb', `${DEMAND_VERB} ...3 that @T ${THAT_FILLER} ${ACT_VERBS}`, '"Demand that X ..." with no codeable content is 100.', { confidence: 0.7 }),
  rule('demand-order', '100', 'verb', '~order|~pressure|~pressurize|~pressurise @T to', '"Order/pressure X to ..." is a demand on X (100); "demanded X to" is left to `demand`, whose object is the nearer reading.', { confidence: 0.7 }),
  rule('demand-must', '100', 'verb', `${MUST_REPORTERS} ...2 that? @T must`, '"Said that X must ..." is a demand on X (100): a "must" from a third party.', { confidence: 0.6 }),
  rule('demand-noun-that', '100', 'noun', `%demand ...3 that @T ${THAT_FILLER} ${ACT_VERBS}`, '"Renewed its demand that X ..." is 100.', { confidence: 0.7 }),
  rule('demand', '100', 'verb', 'demanded|demanding', '"X demanded Y (of Z)" is 100 when Y has no codeable topic.', { target: ['OBJ', 'from', 'of', 'by', 'that'], needs: 'source', confidence: 0.6 }),
  rule('demand-insist-on', '100', 'verb', '~insist on', '"Insist on Y" is a demand (100).', { target: ['from', 'by', 'of'], needs: 'source', confidence: 0.55 }),
]);
