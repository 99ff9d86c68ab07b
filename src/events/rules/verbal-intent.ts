/**
 * Intents to cooperate (03) written out directly: offers and pledges of a thing ("pledged aid",
 * "offered concessions"), agreements to a ceasefire or to mediation, and commitments that have no
 * act code of their own (`MIRRORED`: rights, institutions, elections, settlements). Commitments to
 * do an act of 04–08 ("agreed to lift the sanctions") are derived from the act rules in
 * `verbal-derive.ts`. Sections: CAMEO Manual 1.1b3 §03 030–039.
 */
import { rule } from './define.js';
import { mirrored } from './verbal-derive.js';
import type { EventRule } from './types.js';

/** Verbs that offer or promise a thing (the object names what is offered). */
const PLEDGE = '~pledge|~promise|~offer|~earmark|~guarantee|~commit';
const AID = 'aid|assistance|help|relief|supplies|%donation';

export const INTENT_RULES: readonly EventRule[] = Object.freeze([
  // 03 EXPRESS INTENT TO COOPERATE
  rule('intent-cooperate', '030', 'verb', '~agree|~pledge|~vow|~promise|~offer to ~cooperate|~work|~collaborate', 'A stated intent to cooperate is 030.', { target: ['with'], symmetric: true }),
  rule('intent-committed', '030', 'verb', 'is|are|remains|remain committed to ~work|~cooperate|~working', '"Committed to working with X" states an intent to cooperate (030).', { target: ['with'] }),
  rule('intent-set-up', '031', 'verb', '~agree|~pledge|~promise|~offer|~decide|~vow to ~set|~establish|~build|~create|~found up? ...4 joint|%centre|%center|%venture|%fund|%project|%zone|%pipeline|%bank|%company|%plant|%facility|%corridor|%programme|%program|%office', 'Agreeing to set up a joint facility or venture is an intent of material cooperation (031; manual example).', { target: ['with', 'in'], travel: true, symmetric: true, needs: 'source' }),
  rule('intent-trade-pact', '0311', 'verb', '~agree|~settle on|upon ...3 free-trade|free|trade|economic|investment|commercial|tariff', 'Agreeing on a trade pact is an intent to cooperate economically (0311; manual example).', { target: ['with', 'between'], symmetric: true, needs: 'source' }),
  rule('intent-support', '032', 'verb', `${PLEDGE}|~vow ...3 %support|%backing|solidarity`, 'Pledging (diplomatic) support is 032.', { target: ['for', 'to', 'OBJ'] }),
  rule('intent-econ-aid', '0331', 'verb', `${PLEDGE}|~announce ...6 %dollar|%euro|million|billion|%loan|%credit|%grant|%debt|%bailout`, 'Pledging money, loans or grants is an intent to provide economic aid (0331).', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-econ-aid-noun', '0331', 'verb', `${PLEDGE} ...3 economic|financial|development|budget|budgetary ${AID}`, 'Pledging economic or financial aid is 0331.', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-mil-aid', '0332', 'verb', `${PLEDGE} ...4 military|defense|defence|security ${AID}|equipment|hardware|training`, 'Pledging military aid is 0332.', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-weapons', '0332', 'verb', `${PLEDGE} ...4 weapons|arms|ammunition|%missile|%tank|%jet|%troop|%soldier|forces`, 'Offering weapons or troops is an intent to provide military aid (0332; manual example).', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-hum-aid', '0333', 'verb', `${PLEDGE} ...4 humanitarian|food|medical|emergency|relief ${AID}|shipments`, 'Pledging humanitarian aid is 0333.', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-asylum', '0333', 'verb', `${PLEDGE} ...3 %asylum|shelter|%refuge`, 'Offering asylum or shelter is an intent to provide humanitarian aid (0333).', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-peacekeepers', '0334', 'verb', `${PLEDGE} ...6 %peacekeeper|peacekeeping|%peace-keeper|peace-keeping|protection`, 'Pledging peacekeepers is 0334.', { target: ['to', 'in', 'for'], travel: true }),
  rule('intent-aid', '033', 'verb', `${PLEDGE} ...3 new? ${AID}`, 'Pledging or offering aid is an intent to provide aid (033).', { target: ['to', 'for', 'OBJ'] }),
  rule('intent-concessions', '035', 'verb', `${PLEDGE}|~propose ...3 %concession|%compromise|%compensation|%reparation`, 'Offering concessions or compensation is an intent to yield (035; manual example).', { target: ['to', 'for'], needs: 'source' }),
  rule('intent-ceasefire', '0356', 'verb', '~agree|~accept|~offer|~propose|~pledge|~commit ...3 ceasefire|truce|cease-fire|%armistice', 'Agreeing to a ceasefire is an intent to de-escalate (0356; manual example).', { target: ['with'], symmetric: true, needs: 'source' }),
  rule('intent-accept-invitation', '036', 'verb', '~accept ...3 %invitation', 'Accepting an invitation (to visit, to talks) is an intent to meet (036).', { target: ['from', 'of', 'by', 'OBJ'], confidence: 0.75 }),
  rule('intent-meet', '036', 'verb', '~agree|~offer|~propose|~seek|~want|~hope|ready|willing|eager|open to ~meet|~negotiate|~talk|~talks|~visit|~hold|~resume', 'Agreeing or offering to meet or negotiate is 036.', { target: ['OBJ', 'with'], symmetric: true, confidence: 0.85 }),
  rule('intent-meet-be', '036', 'verb', 'is|are|was|were|be|been|remain|remains|remained prepared|committed|determined to ~meet|~negotiate|~talk|~visit|~hold|~resume', '"Is prepared to meet" X is an intent to meet (036); the copula keeps the participle from reading as a passive.', { target: ['OBJ', 'with'], symmetric: true, confidence: 0.85 }),
  rule('intent-settle-formula', '037', 'verb', '~accept|~agree|~endorse ...3 %formula|%plan|%framework|%proposal|%roadmap|%blueprint for ...3 ~end|~settle|~resolve|%settlement|%resolution|peace', 'Accepting a formula to end a dispute is an intent to settle (037; manual example).', { target: ['with'], needs: 'source' }),
  rule('intent-accept-mediation-of', '038', 'verb', '~accept|~agree|~welcome to? @T %mediation|%mediator|%arbitration', 'Accepting X\'s mediation is an intent to accept mediation (038); X is the target.', { confidence: 0.85 }),
  rule('intent-accept-mediation', '038', 'verb', '~accept|~agree|~welcome to? ...2 %mediation|%arbitration', 'Accepting mediation is 038.', { target: ['by', 'of', 'from'], needs: 'source' }),
  rule('intent-agree', '030', 'verb', '~agree to|on', '"Agree to/on" without a more specific complement is an intent to cooperate (030).', { target: ['with'], symmetric: true, confidence: 0.6 }),
]);

/** Commitments with no act code of their own; each yields an intent rule and its appeal rules. */
const MIRRORED = [
  mirrored('rights', '0343', '0243', '~respect|~honor|~honour|~uphold|~protect|~guarantee|~restore ...3 human? %right|freedoms', { target: ['of', 'for'], needs: 'source' }),
  mirrored('institutions', '0344', '0244', '~change|~amend|~rewrite|~reform|~overhaul ...3 %constitution|%judiciary|electoral|%charter', { target: ['in', 'of'], needs: 'source' }),
  mirrored('democratize', '0344', '0244', '~democratize|~democratise', { target: ['OBJ'], needs: 'source' }),
  mirrored('democracy', '0344', '0244', '~establish|~introduce|~restore ...3 democracy|multiparty|multi-party', { target: ['in'], needs: 'source' }),
  mirrored('elections', '0341', '0241', '~hold|~call|~organize|~organise ...3 free? %election|%poll|%vote', { target: ['in', 'by'], needs: 'source' }),
  mirrored('open-economy', '0342', '0242', '~open|~liberalize|~liberalise|~reform|~privatize|~privatise|~deregulate up? ...3 %economy|%market|%sector|trade', { target: ['OBJ', 'in'], needs: 'source' }),
  mirrored('change-policy', '0342', '0242', '~change|~reverse|~reconsider|~revise|~rethink ...3 %policy|%stance|%position|%decision|%ban', { target: ['on', 'toward', 'towards'], needs: 'source' }),
  mirrored('settle', '037', '027', '~settle|~resolve|~end|~reach|~find|~negotiate ...3 %dispute|%conflict|%differences|%settlement|%solution|%compromise|%agreement|%deal|%row|%standoff', { target: ['with', 'between', 'over'], symmetric: true, needs: 'source' }),
];

/** Intent rules of the `MIRRORED` commitments. */
export const MIRRORED_INTENTS: readonly EventRule[] = Object.freeze(MIRRORED.flatMap((m) => m.intents));
/** Appeal rules of the `MIRRORED` commitments. */
export const MIRRORED_APPEALS: readonly EventRule[] = Object.freeze(MIRRORED.flatMap((m) => m.appeals));
