/**
 * Verbal cooperation rules: statements (01), appeals (02), intents (03), consultations (04) and
 * diplomatic cooperation (05). Sections: CAMEO Manual 1.1b3, chapters 01–05.
 */
import { rule } from './define.js';
import { AGREEMENT_NOUNS } from './lexicon.js';
import type { EventRule } from './types.js';

const MEET_VERBS = 'meet|meets|met|~negotiate|talked|talks|~confer';

export const VERBAL_RULES: readonly EventRule[] = Object.freeze([
  // 01 MAKE PUBLIC STATEMENT
  rule('state-say', '010', 'verb', '~say|~state|~declare|~announce', 'A public statement with no more specific content is 010.', { needs: 'source', target: ['to'], confidence: 0.5, fallback: true }),
  rule('state-tell', '010', 'verb', '~tell', 'Telling a named addressee is a statement to it (010).', { target: ['OBJ'], needs: 'source', confidence: 0.5, fallback: true }),
  rule('state-pessimistic', '012', 'verb', '~voice|~express ...3 concern|concerns|pessimism|doubt|doubts|skepticism', 'Voicing concern or doubt is a pessimistic comment (012).', { target: ['over', 'about', 'with'], needs: 'source', confidence: 0.6 }),
  rule('state-optimistic', '013', 'verb', '~voice|~express ...3 optimism|hope|confidence', 'Voicing optimism or hope is an optimistic comment (013).', { target: ['about', 'over', 'with'], needs: 'source', confidence: 0.6 }),
  rule('state-deny', '016', 'verb', '~deny ...2 responsibility|involvement|role', 'Denying responsibility or involvement is 016.', { target: ['for', 'in'], needs: 'source' }),
  rule('state-symbolic', '017', 'verb', '~lay ...2 wreath', 'Laying a wreath is the manual\'s example of a symbolic act (017).', { target: ['at', 'for'], needs: 'source', confidence: 0.6 }),
  // 02 APPEAL
  rule('appeal-call-on', '020', 'verb', '~call on|upon @T to', '"Call on X to" is an appeal or request to X (020).', { confidence: 0.8 }),
  rule('appeal-urge', '020', 'verb', '~urge|~ask|~implore|~press @T to', '"Urge X to" is an appeal (020).'),
  rule('appeal-appeal-to', '020', 'verb', '~appeal to', '"Appeal to X" is an appeal (020).', { target: ['to'] }),
  rule('appeal-call-for', '020', 'verb', '~call|~appeal for', '"Call for" is an appeal (020); the target may be unnamed.', { target: ['on', 'from'], needs: 'source', confidence: 0.6 }),
  rule('appeal-economic', '0211', 'verb', '~seek|~request ...3 economic|trade|investment cooperation|ties', 'Seeking economic cooperation is 0211.', { target: ['with', 'from'] }),
  rule('appeal-aid', '023', 'verb', '~appeal|~ask|~call for ...3 aid|assistance|help', 'Appealing for aid is 023.', { target: ['from'], needs: 'source' }),
  rule('appeal-request-aid', '023', 'verb', '~request|~seek ...3 aid|assistance', 'Requesting aid is an appeal for aid (023).', { target: ['from'], needs: 'source' }),
  rule('appeal-reform', '024', 'verb', '~call for|~urge ...3 reform|reforms', 'Calling for reform is an appeal for political reform (024).', { needs: 'source', target: ['in', 'by'] }),
  rule('appeal-deescalate', '0256', 'verb', '~call for|~urge ...3 ceasefire|truce|restraint|de-escalation', 'Calling for a ceasefire or restraint appeals for de-escalation (0256).', { needs: 'source', target: ['from', 'by', 'in'] }),
  rule('appeal-meet', '026', 'verb', '~urge|~ask|~press|~implore @T to ~meet|~negotiate|~talk|~resume|~return', 'Urging others to meet or negotiate is 026.', { confidence: 0.85 }),
  rule('appeal-meet-call-on', '026', 'verb', '~call on|upon @T to ~meet|~negotiate|~talk|~resume|~return', '"Call on X to negotiate" is an appeal to meet or negotiate (026).', { confidence: 0.85 }),
  rule('appeal-mediation', '028', 'verb', '~ask|~invite @T to ~mediate', 'Asking X to mediate is an appeal to engage in mediation (028).'),
  // 03 EXPRESS INTENT TO COOPERATE
  rule('intent-cooperate', '030', 'verb', '~agree|~pledge|~vow|~promise|~offer to ~cooperate|~work', 'A stated intent to cooperate is 030.', { target: ['with'], symmetric: true }),
  rule('intent-committed', '030', 'verb', 'is|are|remains|remain committed to ~work|~cooperate|~working', '"Committed to working with X" states an intent to cooperate (030).', { target: ['with'] }),
  rule('intent-material', '031', 'verb', '~agree|~pledge|~offer to ~boost|~expand|~increase ...3 trade|investment|cooperation', 'Agreeing to expand trade or cooperation is an intent of material cooperation (031).', { target: ['with'], symmetric: true }),
  rule('intent-support', '032', 'verb', '~pledge|~promise|~offer|~express ...2 support', 'Pledging (diplomatic) support is 032.', { target: ['for', 'to'] }),
  rule('intent-aid', '033', 'verb', '~pledge|~promise|~offer ...3 aid|assistance', 'Pledging or offering aid is an intent to provide aid (033).', { target: ['to', 'for'] }),
  rule('intent-meet', '036', 'verb', '~agree|~offer|~propose|~seek|~want|~hope to ~meet|~negotiate|~talk|~visit|~hold', 'Agreeing or offering to meet or negotiate is 036.', { target: ['OBJ', 'with'], symmetric: true, confidence: 0.85 }),
  rule('intent-agree', '030', 'verb', '~agree to|on', '"Agree to/on" without a more specific complement is an intent to cooperate (030).', { target: ['with'], symmetric: true, confidence: 0.6 }),
  // 04 CONSULT
  rule('consult-phone', '041', 'verb', '~phone|~telephone', 'Phoning X is a telephone call (041).', { target: ['OBJ'], confidence: 0.6 }),
  rule('consult-phone-talk', '041', 'verb', `${MEET_VERBS}|~speak ...2 by|over phone|telephone`, 'Talking by phone is 041.', { target: ['with', 'to'], symmetric: true, confidence: 0.85 }),
  rule('consult-phone-noun', '041', 'noun', '%phone|%telephone call|%conversation|%calls', 'A phone call with X is 041.', { target: ['with', 'between'], symmetric: true }),
  rule('consult-visit', '042', 'verb', '~visit', 'Visiting a country or leader is making a visit (042).', { target: ['OBJ'], travel: true }),
  rule('consult-travel', '042', 'verb', '~travel|~fly|~head|~return to', 'Travelling to a place is a visit (042); the place stands for its country.', { target: ['to'], travel: true, confidence: 0.8 }),
  rule('consult-arrive', '042', 'verb', '~arrive in|at', 'Arriving in a place is a visit (042).', { target: ['in', 'at'], travel: true }),
  rule('consult-pay-visit', '042', 'verb', '~pay|~make a|an ...2 %visit', '"Pay a visit to" is 042.', { target: ['to', 'with'], travel: true, confidence: 0.85 }),
  rule('consult-visit-noun', '042', 'noun', '%visit|%trip', 'A visit or trip to X is 042; visits between A and B go both ways.', { target: ['to', 'with', 'between'], travel: true, symmetric: true, confidence: 0.7 }),
  rule('consult-host', '043', 'verb', '~host|~welcome', 'Hosting or welcoming a visitor is 043.', { target: ['OBJ'], confidence: 0.75 }),
  rule('consult-sidelines', '044', 'verb', `${MEET_VERBS} ...3 on the sidelines of`, 'Meeting on the sidelines of a third-party event is 044.', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036' }),
  rule('consult-mediate', '045', 'verb', '~mediate|~broker', 'Mediating between parties is 045.', { target: ['between', 'OBJ', 'in'], needs: 'either' }),
  rule('consult-mediation-noun', '045', 'noun', '%mediation|%mediator', 'Mediation between X and Y is 045.', { target: ['between'], needs: 'either', confidence: 0.7 }),
  rule('consult-meet', '040', 'verb', 'meet|meets|met|~confer|~consult', 'Meeting is consultation (040); CAMEO codes an announced meeting as 036.', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036', confidence: 0.85 }),
  rule('consult-meet-progressive', '040', 'verb', 'is|are|was|were|be|been meeting', 'A progressive "is meeting (with) X" is consultation (040).', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036', confidence: 0.8 }),
  rule('consult-discuss', '040', 'verb', '~discuss ...4 with', '"Discuss ... with X" is consultation (040).', { target: ['with'], symmetric: true, plannedCode: '036' }),
  rule('consult-meeting-noun', '040', 'noun', '%meeting|%summit|%consultation', 'A meeting or summit between actors is 040 (036 when planned).', { target: ['with', 'between'], symmetric: true, plannedCode: '036', confidence: 0.75 }),
  rule('consult-hold-meeting', '040', 'verb', '~hold|~have|~attend ...2 %meeting|%summit', 'Holding a meeting or summit is 040.', { target: ['with', 'between'], symmetric: true, plannedCode: '036' }),
  rule('negotiate', '046', 'verb', '~negotiate|~bargain', 'Negotiating is 046.', { target: ['with', 'OBJ'], symmetric: true, plannedCode: '036' }),
  rule('negotiate-hold-talks', '046', 'verb', '~hold|~begin|~start|~resume|~conduct ...2 talks|negotiations', 'Holding talks is negotiation (046).', { target: ['with', 'between'], symmetric: true, plannedCode: '036', confidence: 0.85 }),
  rule('negotiate-talks-noun', '046', 'noun', 'talks|negotiations', 'Talks or negotiations with X are 046.', { target: ['with', 'between'], symmetric: true, plannedCode: '036', confidence: 0.75 }),
  // 05 ENGAGE IN DIPLOMATIC COOPERATION
  rule('diplo-cooperate', '050', 'verb', '~restore|~establish|~normalize|~normalise|~upgrade ...2 relations|ties', 'Establishing or restoring relations is diplomatic cooperation (050).', { target: ['with'], symmetric: true }),
  rule('diplo-praise', '051', 'verb', '~praise|~commend|~hail|~applaud|~laud', 'Praising is 051.', { target: ['OBJ'] }),
  rule('diplo-defend', '052', 'verb', '~defend', 'Defending X verbally is 052.', { target: ['OBJ'], confidence: 0.6 }),
  rule('diplo-recognize', '054', 'verb', '~recognize|~recognise @T as', 'Granting diplomatic recognition is 054.', { confidence: 0.7 }),
  rule('diplo-apologize', '055', 'verb', '~apologize|~apologise to', 'Apologizing is 055.', { target: ['to'] }),
  rule('diplo-forgive', '056', 'verb', '~forgive|~pardon', 'Forgiving is 056.', { target: ['OBJ'], confidence: 0.6 }),
  rule('sign-agreement', '057', 'verb', `~sign|~conclude|~ink ...5 ${AGREEMENT_NOUNS}`, 'Signing a formal agreement is 057.', { target: ['with', 'between'], symmetric: true, confidence: 0.9 }),
  rule('sign-agreement-passive', '057', 'passive', `${AGREEMENT_NOUNS} ...12 ~sign`, 'An agreement "was signed between/with/by" actors is 057.', { target: ['between', 'with'], symmetric: true, confidence: 0.85 }),
  rule('reach-agreement', '057', 'verb', `~reach|~strike ...3 ${AGREEMENT_NOUNS}|agreement`, 'Reaching an agreement is coded with signing (057).', { target: ['with', 'between'], symmetric: true, confidence: 0.7 }),
  rule('reach-agreement-passive', '057', 'passive', `${AGREEMENT_NOUNS} ...4 ~reach`, '"An agreement was reached between" actors is 057.', { target: ['between', 'with'], symmetric: true, confidence: 0.7 }),
]);
