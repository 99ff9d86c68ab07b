/**
 * Derived rules: CAMEO codes an act (06–08 cooperation, aid, yielding; 04 meetings) three ways —
 * done (the act's own code), promised or offered (03x: "agreed to lift sanctions", 0354) and
 * asked of others (02x: "urged Iran to release the detainees", 0253). Act rules therefore carry
 * their 03x code as `plannedCode` (used when factuality is planned: "will lift") and the tables
 * below turn each act rule into an intent rule and two appeal rules with the same act pattern.
 * Sources: CAMEO Manual 1.1b3 §02 and §03 usage notes (intents and appeals mirror 04–08; "All
 * cooperative actions reported in future tense are ... coded under" 03), §2.3 descriptions
 * ("Offer, promise, agree to, or otherwise indicate willingness or commitment to ...").
 */
import { rule } from './define.js';
import type { EventRule, RuleKind } from './types.js';

/** Act code -> the 03x code of an intent to do it (CAMEO 1.1b3 §03 030–039). */
export const INTENT_OF: Readonly<Record<string, string>> = Object.freeze({
  '040': '036', '041': '036', '042': '036', '043': '036', '044': '036', '045': '039', '046': '036',
  '050': '032', '051': '032', '052': '032', '053': '032', '054': '032', '057': '030',
  '060': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '070': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334', '075': '0333',
  '080': '035', '081': '0351', '0811': '0351', '0812': '0351', '0813': '0351', '0814': '0351', '082': '0352',
  '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344',
  '084': '0353', '0841': '0353', '0842': '0353', '085': '0354',
  '086': '0355', '0861': '0355', '0862': '0355', '0863': '0355',
  '087': '0356', '0871': '0356', '0872': '0356', '0873': '0356', '0874': '0356',
});

/** Act code -> the 02x code of an appeal that another actor do it (CAMEO 1.1b3 §02 020–028). */
export const APPEAL_OF: Readonly<Record<string, string>> = Object.freeze({
  '040': '026', '041': '026', '042': '026', '043': '026', '044': '026', '045': '028', '046': '026',
  '050': '022', '051': '022', '052': '022', '054': '022', '057': '027',
  '060': '021', '061': '0211', '062': '0212', '063': '0213', '064': '0214',
  '070': '023', '071': '0231', '072': '0232', '073': '0233', '074': '0234', '075': '0233',
  '080': '025', '081': '0251', '0811': '0251', '0812': '0251', '0813': '0251', '0814': '0251', '082': '0252',
  '083': '024', '0831': '0241', '0832': '0242', '0833': '0243', '0834': '0244',
  '084': '0253', '0841': '0253', '0842': '0253', '085': '0254',
  '086': '0255', '0861': '0255', '0862': '0255', '0863': '0255',
  '087': '0256', '0871': '0256', '0872': '0256', '0873': '0256', '0874': '0256',
});

type Extra = Parameters<typeof rule>[5];

/**
 * An act rule: a `rule` whose `plannedCode` is the act's intent code (`INTENT_OF`), so "will
 * release the hostages" codes 0353 and "released the hostages" 0841. Errors: throws when the code
 * has no intent code (a table gap, caught by the rule tests at load).
 */
export function act(id: string, code: string, kind: RuleKind, pattern: string, reason: string, extra: Extra = {}): EventRule {
  const planned = INTENT_OF[code];
  if (!planned) throw new Error(`act rule ${id}: no intent code for ${code}`);
  return rule(id, code, kind, pattern, reason, { plannedCode: planned, ...extra });
}

/**
 * Words that commit the subject to the act that follows ("agreed to", "offered to", "is ready
 * to", "pledged to", "is committed to opening"): CAMEO 1.1b3 §03, every description. A gap of up
 * to two words lets the act be a noun phrase ("agreed to a six-month extension", "to the release").
 */
export const INTENT_HEADS: readonly string[] = Object.freeze([
  '~agree|~offer|~pledge|~promise|~vow|~undertake|~volunteer|~consent|~commit|ready|willing|eager to ...2',
  // with the copula, so the participle is not read as a passive ("is committed to", "is prepared to")
  'is|are|was|were|be|been|am|remain|remains|remained committed|prepared|determined to ...2',
]);

/** Asking another actor (`@T`) to act: "urged X to", "asked X to", "called on X to" (CAMEO 1.1b3 §02). */
export const APPEAL_HEADS: readonly string[] = Object.freeze([
  '~urge|~ask|~press|~implore|~encourage|~request|~invite|~exhort|~beg|~advise @T to ...1',
  '~call|~appeal on|upon|to @T to ...1',
]);

/** Appealing for an act without naming who should do it: "called for the release of" (CAMEO 1.1b3 §02). */
export const APPEAL_FOR_HEAD = '~call|~appeal|~press|~push|~plead|~ask for ...2';

/** The intent rules of an act rule: the act pattern after each of `INTENT_HEADS`, code `plannedCode`. */
export function intentRules(a: EventRule): EventRule[] {
  return INTENT_HEADS.map((head, i) => rule(`intent-${i ? 'be-' : ''}${a.id}`, a.plannedCode!, 'verb', `${head} ${a.pattern}`,
    `A stated commitment to the act of rule ${a.id} is an intent to cooperate or yield (${a.plannedCode}).`,
    { target: a.target, symmetric: a.symmetric, travel: a.travel, needs: a.needs, confidence: Math.min(0.9, (a.confidence ?? 0.8) + 0.05) }));
}

/**
 * The appeal rules of an act rule: "urge X to <act>", "call on X to <act>" (target X) and "call
 * for <act>" (target of the act). `code`: the appeal code, by default `APPEAL_OF[a.code]`.
 */
export function appealRules(a: EventRule, code: string | undefined = APPEAL_OF[a.code]): EventRule[] {
  if (!code) return [];
  const why = `Asking others to do the act of rule ${a.id} is an appeal (${code}).`;
  return [
    ...APPEAL_HEADS.map((head, i) => rule(`appeal-${i ? 'on-' : ''}${a.id}`, code, 'verb', `${head} ${a.pattern}`, why, { confidence: 0.85 })),
    rule(`appeal-for-${a.id}`, code, 'verb', `${APPEAL_FOR_HEAD} ${a.pattern}`, why, { target: [...(a.target ?? []).filter((t) => t !== 'OBJ'), 'on', 'from', 'by'], needs: 'source', confidence: 0.7 }),
  ];
}

/** Intent and appeal rules of every act rule that has a `plannedCode` (passive act rules excluded). */
export function derivedRules(acts: readonly EventRule[]): { intents: EventRule[]; appeals: EventRule[] } {
  const usable = acts.filter((a) => a.plannedCode && a.kind !== 'passive');
  return { intents: usable.flatMap(intentRules), appeals: usable.flatMap((a) => appealRules(a)) };
}

/**
 * Intent and appeal rules for a commitment that has no act code of its own (respecting rights,
 * changing a constitution, settling a dispute): `pattern` is the act, `intent` the 03x code of
 * promising it, `appeal` the 02x code of asking others to do it.
 */
export function mirrored(id: string, intent: string, appeal: string, pattern: string, extra: Extra = {}): { intents: EventRule[]; appeals: EventRule[] } {
  const base = rule(id, intent, 'verb', pattern, `Commitment or appeal: ${id}.`, { plannedCode: intent, ...extra });
  return { intents: intentRules(base), appeals: appealRules(base, appeal) };
}
