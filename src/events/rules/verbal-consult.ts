/**
 * Consultations (04) and diplomatic cooperation (05). Meetings, visits and talks carry 036 as
 * `plannedCode` (CAMEO codes an announced meeting as an intent to meet); `CONSULT_ACTS` also feed
 * the derived intent and appeal rules ("agreed to hold talks" 036, "urged X to resume talks" 026).
 * Sections: CAMEO Manual 1.1b3 §04 040–046 and §05 050–057.
 */
import { rule } from './define.js';
import { act } from './verbal-derive.js';
import { AGREEMENT_NOUNS } from './lexicon.js';
import type { EventRule } from './types.js';

const MEET_VERBS = 'meet|meets|met|~negotiate|talked|talks|~confer';
const TALKS = 'talks|negotiations|%dialogue|%consultation|discussions';

/** Acts of 04–05 that have derived intent and appeal rules. */
export const CONSULT_ACTS: readonly EventRule[] = Object.freeze([
  act('consult-host-talks', '045', 'verb', `~host|~sponsor|~convene|~arrange ...3 ${TALKS}|%meeting|%summit|%conference between`, 'Hosting talks between other parties is mediation (045; 039 when offered, manual example).', { target: ['between'], symmetric: true }),
  act('consult-mediate', '045', 'verb', '~mediate|~broker', 'Mediating between parties is 045.', { target: ['between', 'OBJ', 'in'], needs: 'either' }),
  act('negotiate-hold-talks', '046', 'verb', `~hold|~begin|~start|~resume|~conduct|~renew|~reopen|~continue|~launch|~open|~enter|~restart|~conclude|~wrap ...2 into? ${TALKS}`, 'Holding talks is negotiation (046).', { target: ['with', 'between'], symmetric: true, confidence: 0.85 }),
  act('consult-hold-meeting', '040', 'verb', '~hold|~have|~attend|~convene ...2 %meeting|%summit', 'Holding a meeting or summit is 040.', { target: ['with', 'between'], symmetric: true }),
  act('diplo-establish', '054', 'verb', '~establish|~open ...2 diplomatic relations|ties', 'Establishing diplomatic ties for the first time is diplomatic recognition (054; manual example).', { target: ['with', 'in'], travel: true, symmetric: true }),
  act('diplo-cooperate', '050', 'verb', '~restore|~normalize|~normalise|~upgrade|~resume|~improve|~mend|~forge|~establish|~strengthen|~deepen|~expand their|its|full? full|diplomatic|bilateral? relations|ties', 'Establishing, restoring or improving relations is diplomatic cooperation (050).', { target: ['with'], symmetric: true }),
]);

export const CONSULT_RULES: readonly EventRule[] = Object.freeze([
  // 04 CONSULT
  rule('consult-phone', '041', 'verb', '~phone|~telephone', 'Phoning X is a telephone call (041).', { target: ['OBJ'], confidence: 0.6 }),
  rule('consult-phone-talk', '041', 'verb', `${MEET_VERBS}|~speak ...2 by|over phone|telephone`, 'Talking by phone is 041.', { target: ['with', 'to'], symmetric: true, confidence: 0.85 }),
  rule('consult-phone-noun', '041', 'noun', '%phone|%telephone call|%conversation|%calls', 'A phone call with X is 041.', { target: ['with', 'between'], symmetric: true }),
  rule('consult-visit', '042', 'verb', '~visit', 'Visiting a country or leader is making a visit (042).', { target: ['OBJ'], travel: true, plannedCode: '036' }),
  rule('consult-travel', '042', 'verb', '~travel|~fly|~head|~return to', 'Travelling to a place is a visit (042); the place stands for its country.', { target: ['to'], travel: true, plannedCode: '036', confidence: 0.8 }),
  rule('consult-arrive', '042', 'verb', '~arrive in|at', 'Arriving in a place is a visit (042).', { target: ['in', 'at'], travel: true, plannedCode: '036' }),
  rule('consult-pay-visit', '042', 'verb', '~pay|~make a|an ...2 %visit', '"Pay a visit to" is 042.', { target: ['to', 'with'], travel: true, plannedCode: '036', confidence: 0.85 }),
  rule('consult-visit-noun', '042', 'noun', '%visit|%trip', 'A visit or trip to X is 042; visits between A and B go both ways.', { target: ['to', 'with', 'between'], travel: true, symmetric: true, plannedCode: '036', confidence: 0.7 }),
  rule('diplo-welcome-move', '051', 'verb', '~welcome|~hail|~applaud|~praise ...5 %statement|%decision|%move|%proposal|%plan|%announcement|%step|%initiative|%offer|%efforts|%resolution|%commitment|%progress|%policy|%call|%reform|%outcome|%victory', 'Welcoming a statement, decision or step endorses it (051; manual example), not hosting a visit.', { target: ['OBJ'] }),
  rule('consult-welcome', '043', 'verb', '~give|~extend|~accord ...3 %welcome to', '"Gave a warm welcome to" X is hosting a visit (043; manual example).', { target: ['to'], plannedCode: '036' }),
  rule('consult-host', '043', 'verb', '~host|~welcome', 'Hosting or welcoming a visitor is 043.', { target: ['OBJ'], plannedCode: '036', confidence: 0.75 }),
  rule('consult-receive', '043', 'verb', '~receive', 'Receiving a visitor (an actor as object) is hosting a visit (043).', { target: ['OBJ'], plannedCode: '036', confidence: 0.6 }),
  rule('consult-sidelines', '044', 'verb', `${MEET_VERBS} ...3 on the sidelines of`, 'Meeting on the sidelines of a third-party event is 044.', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036' }),
  rule('consult-mediation-noun', '045', 'noun', '%mediation|%mediator', 'Mediation between X and Y is 045.', { target: ['between'], needs: 'either', confidence: 0.7 }),
  rule('consult-meet-mediator', '040', 'verb', '~meet|~receive|~see ...3 %mediator', 'Meeting a mediator is consultation; promising to meet one is accepting mediation (038; manual example).', { target: ['OBJ'], plannedCode: '038' }),
  rule('consult-meet', '040', 'verb', 'meet|meets|met|~confer|~consult', 'Meeting is consultation (040); CAMEO codes an announced meeting as 036.', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036', confidence: 0.85 }),
  rule('consult-meet-progressive', '040', 'verb', 'is|are|was|were|be|been meeting', 'A progressive "is meeting (with) X" is consultation (040).', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036', confidence: 0.8 }),
  rule('consult-discuss', '040', 'verb', '~discuss ...4 with', '"Discuss ... with X" is consultation (040).', { target: ['with'], symmetric: true, plannedCode: '036' }),
  rule('consult-meeting-noun', '040', 'noun', '%meeting|%summit|%consultation', 'A meeting or summit between actors is 040 (036 when planned).', { target: ['with', 'between'], symmetric: true, plannedCode: '036', confidence: 0.75 }),
  rule('negotiate', '046', 'verb', '~negotiate|~bargain', 'Negotiating is 046.', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036' }),
  rule('negotiate-engage', '046', 'verb', `~engage in ...2 ${TALKS}`, 'Engaging in talks or dialogue is negotiation (046).', { target: ['with', 'between'], symmetric: true, plannedCode: '036', confidence: 0.8 }),
  rule('negotiate-talks-noun', '046', 'noun', 'talks|negotiations', 'Talks or negotiations with X are 046.', { target: ['with', 'between'], symmetric: true, plannedCode: '036', confidence: 0.75 }),
]);

export const DIPLOMATIC_RULES: readonly EventRule[] = Object.freeze([
  // 05 ENGAGE IN DIPLOMATIC COOPERATION
  rule('diplo-express-support', '051', 'verb', '~express|~voice|~declare|~reaffirm|~reiterate|~offer ...2 %support|%backing for|of|to', 'Expressing support for X endorses it (051).', { target: ['for', 'of', 'to'], plannedCode: '032' }),
  rule('diplo-praise', '051', 'verb', '~praise|~commend|~hail|~applaud|~laud|~congratulate|~thank|~salute', 'Praising, congratulating or thanking is 051.', { target: ['OBJ'] }),
  rule('diplo-support', '051', 'verb', '~support|~back|~endorse', 'Supporting or endorsing X is 051; promising to is 032 (manual example "will support").', { target: ['OBJ'], plannedCode: '032', confidence: 0.6 }),
  rule('diplo-defend', '052', 'verb', '~defend', 'Defending X verbally is 052.', { target: ['OBJ'], confidence: 0.6 }),
  rule('diplo-rally', '053', 'verb', '~urge|~ask|~call|~appeal|~encourage|~press|~mobilize|~mobilise ...6 to ~support|~back|~recognize|~recognise', 'Asking third parties to support X is rallying support on X\'s behalf (053); X is the target.', { target: ['OBJ'], needs: 'both', confidence: 0.8 }),
  rule('diplo-recognize', '054', 'verb', '~recognize|~recognise @T as', 'Granting diplomatic recognition is 054.', { confidence: 0.7 }),
  rule('diplo-recognize-state', '054', 'verb', '~recognize|~recognise ...3 %independence|%sovereignty|%statehood|%government', 'Recognizing independence or a new government is 054.', { target: ['of', 'OBJ'] }),
  rule('diplo-embassy', '054', 'verb', '~open ...2 %embassy|%consulate in', 'Opening an embassy in a capital is diplomatic recognition (054).', { target: ['in'], travel: true, confidence: 0.7 }),
  rule('diplo-apologize', '055', 'verb', '~apologize|~apologise to|for', 'Apologizing is 055.', { target: ['to'], needs: 'source' }),
  rule('diplo-apology', '055', 'verb', '~offer|~issue|~make|~extend|~express|~tender ...2 %apology|%regret|remorse', 'Offering an apology or expressing regret is 055.', { target: ['to', 'for', 'over'], needs: 'source', confidence: 0.7 }),
  rule('diplo-forgive', '056', 'verb', '~forgive', 'Forgiving is 056 (formal pardons are releases, 0841).', { target: ['OBJ'], confidence: 0.6 }),
  rule('sign-agreement', '057', 'verb', `~sign|~conclude|~ink|~ratify|~finalize|~finalise|~initial ...5 ${AGREEMENT_NOUNS}`, 'Signing or ratifying a formal agreement is 057.', { target: ['with', 'between'], symmetric: true, plannedCode: '030', confidence: 0.9 }),
  rule('sign-agreement-passive', '057', 'passive', `${AGREEMENT_NOUNS} ...12 ~sign|~ratify`, 'An agreement "was signed between/with/by" actors is 057.', { target: ['between', 'with'], symmetric: true, confidence: 0.85 }),
  rule('reach-agreement', '057', 'verb', `~reach|~strike ...3 ${AGREEMENT_NOUNS}|agreement`, 'Reaching an agreement is coded with signing (057).', { target: ['with', 'between'], symmetric: true, plannedCode: '030', confidence: 0.7 }),
  rule('reach-agreement-passive', '057', 'passive', `${AGREEMENT_NOUNS} ...4 ~reach`, '"An agreement was reached between" actors is 057.', { target: ['between', 'with'], symmetric: true, confidence: 0.7 }),
]);
