/**
 * Public statements (01) and appeals (02) written out directly; appeals to do an act of 04–08
 * ("urged X to release", "called for the lifting of sanctions") are derived in `verbal-derive.ts`.
 * Sections: CAMEO Manual 1.1b3 §01 010–019 and §02 020–028.
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

/** Verbs that ask for something ("asked Portugal for military aid", "appealed for food aid"). */
const ASK = '~ask|~request|~seek|~appeal|~call|~apply|~plead|~beg';

export const STATEMENT_RULES: readonly EventRule[] = Object.freeze([
  // 01 MAKE PUBLIC STATEMENT
  rule('state-say', '010', 'verb', '~say|~state|~declare|~announce', 'A public statement with no more specific content is 010.', { needs: 'source', target: ['to'], confidence: 0.5, fallback: true }),
  rule('state-tell', '010', 'verb', '~tell', 'Telling a named addressee is a statement to it (010).', { target: ['OBJ'], needs: 'source', confidence: 0.5, fallback: true }),
  rule('state-decline-comment', '011', 'verb', '~decline|~refuse to? ~comment', 'Declining to comment is 011.', { target: ['on', 'about'], needs: 'source', confidence: 0.75 }),
  rule('state-pessimistic', '012', 'verb', '~voice|~express|~raise ...3 concern|concerns|pessimism|doubt|doubts|skepticism|scepticism|%fear|%worry|%reservation|alarm|%misgiving', 'Voicing concern or doubt is a pessimistic comment (012).', { target: ['over', 'about', 'with', 'at'], needs: 'source', confidence: 0.6 }),
  rule('state-pessimistic-adj', '012', 'verb', 'pessimistic|skeptical|sceptical|doubtful|gloomy about|over|of|on|that', 'Saying one is pessimistic or skeptical is 012 (manual examples).', { target: ['about', 'over', 'of', 'on'], needs: 'source', confidence: 0.6 }),
  rule('state-cast-doubt', '012', 'verb', '~cast|~throw ...2 %doubt on|over', 'Casting doubt on X is a pessimistic comment (012).', { target: ['on', 'over'], needs: 'source', confidence: 0.6 }),
  rule('state-optimistic', '013', 'verb', '~voice|~express ...3 optimism|hope|hopes|confidence', 'Voicing optimism or hope is an optimistic comment (013).', { target: ['about', 'over', 'with', 'in'], needs: 'source', confidence: 0.6 }),
  rule('state-optimistic-adj', '013', 'verb', 'optimistic|confident|hopeful|upbeat about|of|that|on', 'Saying one is optimistic or confident is 013 (manual example).', { target: ['about', 'of', 'on'], needs: 'source', confidence: 0.6 }),
  rule('state-hope-that', '013', 'verb', '~hope that', '"Hoped that" states optimism (013).', { needs: 'source', confidence: 0.5 }),
  rule('state-consider', '014', 'verb', '~consider|~weigh|~study|~explore|~mull|~ponder|~review ...3 %option|%possibility|%proposal|%plan|%idea|%request|%measure|%step', 'Considering or studying a policy option is 014.', { target: ['of', 'from', 'by'], needs: 'source', confidence: 0.6 }),
  rule('state-considering', '014', 'verb', 'is|are|was|were considering|weighing|mulling|exploring', '"Is considering" an act is considering a policy option (014; manual example).', { needs: 'source', confidence: 0.5 }),
  rule('state-claim', '015', 'verb', '~claim|~accept|~admit|~take|~acknowledge ...2 responsibility|credit', 'Claiming or accepting responsibility is 015.', { target: ['for'], needs: 'source' }),
  rule('state-admit', '015', 'verb', '~admit|~acknowledge ...3 %error|%mistake|wrongdoing|%failure|%fault|guilt|%lapse', 'Admitting an error without apology is 015.', { target: ['for', 'in'], needs: 'source', confidence: 0.7 }),
  rule('state-retract', '015', 'verb', '~retract|~withdraw ...2 %statement|%remark|%comment|%claim', 'Retracting a statement is 015.', { needs: 'source', confidence: 0.6 }),
  rule('state-deny', '016', 'verb', '~deny ...3 responsibility|involvement|role|wrongdoing|%link|%charge|%accusation|%allegation|%claim|%report', 'Denying responsibility or accusations is 016; the accuser is the target.', { target: ['by', 'from', 'of', 'for', 'in'], needs: 'source' }),
  rule('state-reject-accusation', '016', 'verb', '~reject|~dismiss|~refute|~rebut ...5 %accusation|%charge|%allegation', 'Rejecting accusations is denying responsibility (016, manual example), not a rejection (12).', { target: ['by', 'from', 'of'], needs: 'source' }),
  rule('state-deny-that', '016', 'verb', '~deny that|having|any|it', '"Denied that it ..." is a denial (016).', { target: ['by'], needs: 'source', confidence: 0.6 }),
  rule('state-symbolic', '017', 'verb', '~lay|~place ...2 %wreath', 'Laying a wreath is the manual\'s example of a symbolic act (017).', { target: ['at', 'for'], needs: 'source', confidence: 0.6 }),
  rule('state-vigil', '017', 'verb', '~hold|~attend|~join ...3 %vigil|%funeral|%commemoration|%memorial', 'Holding vigils or attending funerals is a symbolic act (017).', { target: ['for', 'of', 'in'], needs: 'source', confidence: 0.6 }),
  rule('state-silence', '017', 'verb', '~observe|~hold|~keep ...3 %minute|%moment of silence', 'A minute of silence is a symbolic act (017).', { target: ['for'], needs: 'source', confidence: 0.6 }),
  rule('state-flag', '017', 'verb', '~lower|~fly ...3 %flag ...3 half-mast|half-staff', 'Flags at half-mast are a symbolic act (017).', { target: ['for'], needs: 'source', confidence: 0.6 }),
  rule('state-empathy', '018', 'verb', '~express|~offer|~send|~convey|~extend|~voice ...3 %condolence|sympathy|sympathies|%sorrow|solidarity|grief', 'Condolences and sympathy are empathetic comments (018).', { target: ['to', 'with', 'for'], needs: 'source', confidence: 0.75 }),
  rule('state-sympathize', '018', 'verb', '~sympathize|~sympathise|~empathize|~empathise|~commiserate with', 'Sympathizing with X is 018.', { target: ['with'], needs: 'source', confidence: 0.7 }),
  rule('state-accord', '019', 'verb', '~agree that|there', '"Agreed that/there was" states accord without commitment (019; manual example).', { target: ['with'], symmetric: true, needs: 'source', confidence: 0.6 }),
  rule('state-accord-view', '019', 'verb', '~share ...2 %view|%concern|%position|%assessment|%understanding|%vision', 'Sharing views or concerns with X expresses accord (019).', { target: ['with'], symmetric: true, needs: 'source', confidence: 0.6 }),
  rule('state-concur', '019', 'verb', '~concur', 'Concurring is expressing accord (019).', { target: ['with'], symmetric: true, needs: 'source', confidence: 0.6 }),
  rule('state-eye-to-eye', '019', 'verb', '~see eye to eye', 'Seeing eye to eye is expressing accord (019).', { target: ['with'], symmetric: true, needs: 'source', confidence: 0.6 }),
]);

export const APPEAL_RULES: readonly EventRule[] = Object.freeze([
  // 02 APPEAL (acts of 04–08 asked of others: verbal-derive.ts)
  rule('appeal-econ-aid', '0231', 'verb', `${ASK} ...6 economic|financial|budget|budgetary|development aid|assistance|support|help`, 'Asking for economic aid is 0231.', { target: ['OBJ', 'from'], needs: 'source' }),
  rule('appeal-loans', '0231', 'verb', `${ASK} ...6 %loan|%credit|%bailout|%debt|%grant`, 'Asking for loans, credit or debt relief is an appeal for economic aid (0231).', { target: ['OBJ', 'from'], needs: 'source', confidence: 0.75 }),
  rule('appeal-mil-aid', '0232', 'verb', `${ASK} ...6 military|defense|defence|security aid|assistance|support|help|equipment|hardware`, 'Asking for military aid is 0232.', { target: ['OBJ', 'from'], needs: 'source' }),
  rule('appeal-weapons', '0232', 'verb', `${ASK} ...6 weapons|arms|ammunition|%missile|%jet|%tank`, 'Asking for weapons is an appeal for military aid (0232).', { target: ['OBJ', 'from'], needs: 'source' }),
  rule('appeal-hum-aid', '0233', 'verb', `${ASK} ...6 humanitarian|food|medical|emergency|relief aid|assistance|supplies|help|relief|shipments`, 'Asking for humanitarian aid is 0233.', { target: ['OBJ', 'from'], needs: 'source' }),
  rule('appeal-peacekeepers', '0234', 'verb', `${ASK} ...6 %peacekeeper|peacekeeping|peace-keeping|%peace-keeper|protection`, 'Asking for peacekeepers or protection is 0234.', { target: ['OBJ', 'from'], needs: 'source' }),
  rule('appeal-aid', '023', 'verb', `${ASK} ...4 aid|assistance|help|%donation`, 'Appealing for aid is 023.', { target: ['OBJ', 'from'], needs: 'source', confidence: 0.7 }),
  rule('appeal-support', '022', 'verb', `${ASK}|~solicit|~rally|~enlist ...5 %support|%backing|solidarity|%recognition`, 'Asking for (policy) support is an appeal for diplomatic cooperation (022).', { target: ['OBJ', 'from'], needs: 'source', confidence: 0.75 }),
  rule('appeal-economic', '0211', 'verb', `${ASK}|~urge|~propose ...4 economic|trade|investment|commercial cooperation|ties|%agreement|%pact|talks`, 'Asking for economic cooperation is 0211.', { target: ['with', 'from', 'OBJ'], needs: 'source', confidence: 0.7 }),
  rule('appeal-military-coop', '0212', 'verb', `${ASK}|~urge|~propose ...4 military|defense|defence|security cooperation|ties|%alliance|%exercise`, 'Asking for military cooperation is 0212.', { target: ['with', 'from', 'OBJ'], needs: 'source', confidence: 0.7 }),
  rule('appeal-extradition', '0213', 'verb', `${ASK} ...3 %extradition|%handover|%hand-over`, 'Seeking an extradition is an appeal for judicial cooperation (0213).', { target: ['from', 'OBJ'], needs: 'source' }),
  rule('appeal-intel', '0214', 'verb', `${ASK} ...4 intelligence|information|data|details ...3 on|about`, 'Asking for information is an appeal for intelligence (0214).', { target: ['OBJ', 'from'], needs: 'source', confidence: 0.6 }),
  rule('appeal-leadership', '0241', 'verb', `${ASK}|~press|~push ...3 %resignation|%ouster|%removal|%election`, 'Calling for a resignation or elections is 0241.', { target: ['of', 'in', 'OBJ'], needs: 'source' }),
  rule('appeal-reform', '024', 'verb', `${ASK}|~urge|~press|~push ...3 political? %reform|democratization|democratisation|%change`, 'Calling for reform is an appeal for political reform (024).', { needs: 'source', target: ['in', 'by', 'OBJ'], confidence: 0.7 }),
  rule('appeal-deescalate', '0256', 'verb', `${ASK}|~urge|~press|~push ...3 ceasefire|truce|cease-fire|restraint|de-escalation|calm|%withdrawal`, 'Calling for a ceasefire, restraint or withdrawal appeals for de-escalation (0256).', { needs: 'source', target: ['OBJ', 'from', 'by', 'in'] }),
  rule('appeal-meet', '026', 'verb', '~urge|~ask|~press|~implore|~encourage @T to ~meet|~negotiate|~talk|~resume', 'Urging others to meet or negotiate is 026.', { confidence: 0.85 }),
  rule('appeal-meet-call-on', '026', 'verb', '~call|~appeal on|upon|to @T to ~meet|~negotiate|~talk|~resume', '"Call on X to negotiate" is an appeal to meet or negotiate (026).', { confidence: 0.85 }),
  rule('appeal-return-talks', '026', 'verb', '~urge|~ask|~press|~implore|~encourage|~call|~appeal on|upon|to? @T to ~return to the? negotiating|peace? table|talks|negotiations', 'Urging parties back to the negotiating table is an appeal to negotiate (026).', { confidence: 0.85 }),
  rule('appeal-request-meeting', '026', 'verb', `${ASK}|~propose|~suggest ...3 urgent? %meeting|%talks|%negotiations|%dialogue|%summit`, 'Requesting a meeting or talks among others is 026 (manual example).', { needs: 'source', target: ['between', 'with', 'of', 'on'], confidence: 0.7 }),
  rule('appeal-mediation', '028', 'verb', '~ask|~invite|~urge @T to ~mediate|~broker', 'Asking X to mediate is an appeal to engage in mediation (028).'),
  rule('appeal-call-on', '020', 'verb', '~call on|upon @T to', '"Call on X to" is an appeal or request to X (020).', { confidence: 0.8 }),
  rule('appeal-urge', '020', 'verb', '~urge|~ask|~implore|~press|~encourage|~exhort|~beg @T to', '"Urge X to" is an appeal (020).'),
  rule('appeal-appeal-to', '020', 'verb', '~appeal to', '"Appeal to X" is an appeal (020).', { target: ['to'] }),
  rule('appeal-call-for', '020', 'verb', '~call|~appeal for', '"Call for" is an appeal (020); the target may be unnamed.', { target: ['on', 'from'], needs: 'source', confidence: 0.6 }),
]);
