/**
 * Force posture (CAMEO 1.1b3 §15, 150–154) and reduce relations (§16, 160–166) rules.
 * Cyber mobilization is 155 (from the manual's code list; GDELT's table lacks it).
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

const FORCES = 'troops|forces|soldiers|warships|tanks|reservists|reserves|%battalion|%brigade|%division|%regiment|%warship|%aircraft|%carrier|%missile|%paratrooper|%marine|%artillery';
const POLICE = 'police|policemen|riot|paramilitary|paramilitaries|gendarmes|gendarmerie|%patrol';
const NEAR = ['near', 'on', 'along', 'to', 'against', 'in', 'into'];
const AID = 'aid|assistance|funding|%loan|%grant|%supply|%delivery|%shipment';
const CUT = '~cut|~suspend|~halt|~freeze|~reduce|~stop|~end|~withhold|~prohibit|~block|~slash|~cancel|~scale|~curtail|~terminate';

export const POSTURE_RULES: readonly EventRule[] = Object.freeze([
  // 150 EXHIBIT FORCE POSTURE, not specified
  rule('posture-drills', '150', 'verb', '~conduct|~hold|~stage|~carry ...3 military|naval|live-fire|missile ...2 %exercise|%drill|%maneuver|%manoeuvre', 'Military drills (not joint) demonstrate military power (150).', { target: ['near', 'off', 'against', 'in'], needs: 'source', confidence: 0.7 }),
  rule('posture-war-games', '150', 'verb', '~conduct|~hold|~stage ...3 war %game', 'War games demonstrate military power (150).', { target: ['near', 'off', 'against', 'in'], needs: 'source', confidence: 0.7 }),
  rule('posture-show-of-force', '150', 'noun', 'show|display of ...2 force|strength|might', 'A show of force is 150.', { target: ['against', 'near', 'toward', 'towards'], needs: 'source', confidence: 0.65 }),
  rule('posture-prepare-offensive', '150', 'verb', '~prepare ...3 %offensive|%assault|%invasion', 'Preparing an offensive falls short of the use of force (150).', { target: ['against', 'on', 'of'], needs: 'source', confidence: 0.6 }),
  rule('posture-prepare-to-attack', '150', 'verb', '~prepare to ~attack|~invade|~resume|~launch|~storm', 'Preparing to attack falls short of the use of force (150, manual example).', { target: ['OBJ', 'against', 'on'], needs: 'source', confidence: 0.6 }),
  rule('posture-cyber', '155', 'verb', '~train|~recruit|~build|~mobilize|~mobilise|~create|~expand ...4 %hacker|cyber|cyber-warfare|cyberwarfare|%cyber-army', 'Building cyber-forces is CAMEO 155.', { target: ['against'], needs: 'source', confidence: 0.65 }),
  // 151 / 152 alert status
  rule('posture-police-alert', '151', 'verb', '~put|~place|~keep ...3 police ...3 on|under ...2 alert|standby', 'Putting police on alert raises police alert status (151).', { target: ['against'], needs: 'source' }),
  rule('posture-alert', '152', 'verb', '~put|~place|~keep ...4 on|under ...2 high|full|maximum|heightened|red|combat? alert|standby', 'Putting forces on alert raises military alert status (152).', { target: ['against', 'in', 'near', 'along'], needs: 'source', travel: true }),
  rule('posture-on-alert', '152', 'verb', 'is|are|was|were|been|remain|remains|remained|stay|stayed|went|go|goes on ...2 alert', 'Forces on (high) alert are at raised alert status (152).', { target: ['in', 'near', 'along', 'against'], needs: 'source', travel: true, confidence: 0.7 }),
  rule('posture-raise-alert', '152', 'verb', '~raise|~heighten|~increase|~elevate|~declare ...3 alert|readiness', 'Raising the alert level or readiness is 152.', { target: ['against', 'in', 'near', 'along'], needs: 'source', travel: true }),
  // 153 police power
  rule('posture-police-deploy', '153', 'verb', `~deploy|~send|~dispatch|~mobilize|~mobilise|~rush|~order ...4 ${POLICE}`, 'Deploying police or paramilitary patrols mobilizes police power (153).', { target: ['to', 'in', 'into', 'against', 'on', 'across'], needs: 'source', travel: true, confidence: 0.75 }),
  rule('posture-police-increase', '153', 'verb', '~step|~increase|~intensify|~boost|~beef|~tighten|~reinforce ...2 up? ...2 police|security ...1 presence|patrols|measures', 'Stepping up police or security presence is 153.', { target: ['in', 'around', 'across', 'on', 'at'], needs: 'source', travel: true, confidence: 0.7 }),
  // 154 armed forces
  rule('posture-mobilize', '154', 'verb', `~mobilize|~mobilise|~deploy|~amass|~mass|~move|~send|~dispatch|~station|~position ...3 ${FORCES}`, 'Mobilizing, massing or deploying forces is 154.', { target: NEAR, needs: 'source', travel: true }),
  rule('posture-reinforce', '154', 'verb', '~reinforce|~strengthen|~bolster|~boost|~build|~beef|~increase|~expand ...2 up? ...2 its|their? troops|forces|soldiers|%garrison|%contingent', 'Strengthening forces is 154 (manual example).', { target: NEAR, needs: 'source', travel: true, confidence: 0.7 }),
  rule('posture-military-presence', '154', 'verb', '~reinforce|~strengthen|~bolster|~boost|~increase|~expand|~step ...3 military|naval|troop presence', 'Increasing military presence is 154.', { target: NEAR, needs: 'source', travel: true, confidence: 0.7 }),
  rule('posture-call-up', '154', 'verb', '~call ...1 up ...2 reservists|reserves|%conscript|%recruit', 'Calling up reservists mobilizes armed forces (154).', { target: ['against', 'for'], needs: 'source' }),
  rule('posture-buildup', '154', 'noun', 'troop|military|naval %buildup|%build-up', 'A troop build-up is 154.', { target: NEAR, needs: 'either', travel: true, confidence: 0.7 }),
]);

export const REDUCE_RULES: readonly EventRule[] = Object.freeze([
  // 160 reduce relations, not specified
  rule('reduce-links', '160', 'verb', `${CUT}|~sever ...3 air? %link|cooperation|%contact`, 'Suspending links, flights or cooperation reduces relations (160).', { target: ['with', 'to'], confidence: 0.7 }),
  rule('reduce-links-noun', '160', 'noun', '%suspension|%freeze|%halt of ...2 air? %link|flights|cooperation|%contact', 'A suspension of links with X is 160.', { target: ['with', 'to'], confidence: 0.65 }),
  // 161 diplomatic relations
  rule('reduce-break-relations', '161', 'verb', '~sever|~cut|~break|~downgrade|~suspend|~freeze|~scale ...3 off? diplomatic? relations|ties', 'Breaking, freezing or downgrading relations with X is 161.', { target: ['with'] }),
  rule('reduce-recall', '161', 'verb', '~recall|~expel|~withdraw|~summon ...1 home ...2 %ambassador|%envoy|%diplomat|embassy', 'Recalling or expelling envoys reduces diplomatic relations (161).', { target: ['from', 'to', 'in', 'OBJ'], travel: true }),
  rule('reduce-recall-plain', '161', 'verb', '~recall|~expel|~withdraw ...3 %ambassador|%envoy|%diplomat|embassy', 'Recalling or expelling envoys reduces diplomatic relations (161).', { target: ['from', 'to', 'in', 'OBJ'], travel: true }),
  rule('reduce-persona', '161', 'verb', '~declare ...4 persona non grata', 'Declaring a diplomat persona non grata is 161.', { target: ['OBJ'] }),
  rule('reduce-close-embassy', '161', 'verb', '~close|~shut ...1 down? ...2 %embassy|%consulate|%mission', 'Closing an embassy reduces diplomatic relations (161).', { target: ['in', 'to'], travel: true }),
  rule('reduce-cancel-visit', '161', 'verb', '~cancel|~scrap ...3 %visit|%trip|%meeting|%summit|%talk', 'Cancelling a visit or meeting is 161 (manual usage note).', { target: ['to', 'with'], travel: true }),
  rule('reduce-call-off-visit', '161', 'verb', '~call off ...3 %visit|%trip|%meeting|%summit', 'Calling off a visit or meeting is 161 (manual usage note).', { target: ['to', 'with'], travel: true }),
  // 162 material aid
  rule('reduce-aid-economic', '1621', 'verb', `${CUT} ...3 economic|financial|development|budget|budgetary ...1 ${AID}`, 'Stopping economic aid is 1621.', { target: ['to', 'for', 'in'], travel: true }),
  rule('reduce-aid-military', '1622', 'verb', `${CUT} ...3 military|security|defense|defence|arms ...1 ${AID}|sales`, 'Stopping military aid is 1622.', { target: ['to', 'for', 'in'], travel: true }),
  rule('reduce-aid-humanitarian', '1623', 'verb', `${CUT} ...3 humanitarian|food|relief|medical ...1 ${AID}`, 'Stopping humanitarian aid (food, relief supplies) is 1623.', { target: ['to', 'for', 'in'], travel: true }),
  rule('reduce-aid', '162', 'verb', `${CUT} ...3 ${AID}`, 'Cutting aid to X is 162.', { target: ['to', 'for', 'in'], travel: true, confidence: 0.75 }),
  rule('reduce-aid-noun', '162', 'noun', 'aid %cut|%suspension|%freeze', 'An aid cut is 162.', { target: ['to', 'for'], travel: true, confidence: 0.6 }),
  // 163 embargo, boycott, sanctions
  rule('sanction-impose', '163', 'verb', '~impose|~slap|~announce|~levy|~tighten|~extend|~expand|~widen|~adopt ...3 %sanction|%embargo', '"Impose sanctions on X" is 163.', { target: ['on', 'against'], confidence: 0.9 }),
  rule('sanction-boycott-impose', '163', 'verb', '~impose|~declare ...3 %boycott', 'An imposed boycott restricts exchange as punishment (163).', { target: ['on', 'against', 'of'], confidence: 0.8 }),
  rule('sanction-verb', '163', 'verb', '~sanction|~blacklist|~embargo @T', '"X sanctioned Y" is 163 (the slot keeps "sanctions on Y" a noun).', { confidence: 0.8 }),
  rule('sanction-passive', '163', 'passive', '%sanction|%embargo ...1 imposed|levied|announced', '"Sanctions imposed on X (by Y)" is 163, source from by-phrase or modifier.', { target: ['on', 'against'] }),
  rule('sanction-noun', '163', 'noun', '%sanction|%embargo', '"Y sanctions on/against X" is 163.', { target: ['on', 'against'], confidence: 0.7 }),
  rule('sanction-trade', '163', 'verb', '~ban|~halt|~suspend|~restrict|~stop|~block ...3 %import|%export|trade|%shipment', 'Banning imports or trade is an embargo (163).', { target: ['from', 'with', 'to', 'of'], travel: true, confidence: 0.75 }),
  rule('sanction-freeze-assets', '163', 'verb', '~freeze|~seize ...3 %asset|accounts', 'Freezing assets is a sanction (163).', { target: ['of', 'OBJ'], confidence: 0.8 }),
  rule('sanction-embargo-noun', '163', 'noun', 'arms|oil|trade|economic %embargo|%boycott', 'An arms, oil or trade embargo is 163.', { target: ['on', 'against', 'of'], confidence: 0.75 }),
  // 164 halt negotiations
  rule('halt-talks', '164', 'verb', '~halt|~suspend|~break|~end|~freeze|~abandon|~quit ...2 off? talks|negotiations|dialogue', 'Breaking off talks is 164.', { target: ['with'], symmetric: true }),
  rule('halt-talks-call-off', '164', 'verb', '~call off ...2 talks|negotiations|dialogue', 'Calling off talks is 164 ("call for talks" is an appeal).', { target: ['with'], symmetric: true }),
  rule('halt-talks-walk-out', '164', 'verb', '~walk|~pull|~withdraw ...1 out? of|from ...3 talks|negotiations|dialogue|%meeting', 'Walking out of talks is 164.', { target: ['with'], symmetric: true }),
  rule('halt-talks-fail', '164', 'verb', '~fail to ~reach|~agree|~conclude|~clinch ...3 agreement|%deal|%accord|settlement', 'Failed negotiations are 164 (manual example: two reciprocal events).', { target: ['with', 'between', 'on'], symmetric: true, confidence: 0.75 }),
  rule('halt-talks-collapse', '164', 'noun', '%talk|%negotiation ...3 ~collapse|~stall|~fail|~break', 'Talks that collapse are halted negotiations (164).', { target: ['between', 'with'], symmetric: true, confidence: 0.65 }),
  // 165 halt mediation
  rule('halt-mediation', '165', 'verb', '~end|~halt|~suspend|~abandon|~quit|~drop ...3 mediation|mediating|%mediator', 'Ending mediation is 165.', { target: ['between', 'in', 'with'], travel: true }),
  rule('halt-mediation-role', '165', 'verb', '~withdraw|~pull|~step ...3 as mediator', 'Withdrawing as mediator is 165.', { target: ['between', 'in'] }),
  // 166 expel or withdraw
  rule('expel-peacekeepers', '1661', 'verb', '~expel|~withdraw|~pull|~evacuate|~order|~ship ...1 out? ...3 peacekeepers|peacekeeping|blue-helmets', 'Expelling or withdrawing peacekeepers is 1661.', { target: ['from', 'of', 'OBJ'], travel: true }),
  rule('expel-peacekeepers-passive', '1661', 'passive', 'peacekeepers|peacekeeping ...3 withdrawn|shipped|pulled|expelled|evacuated|ordered|left|leave', 'Peacekeepers withdrawn or shipped out is 1661, the provider as source.', { target: ['from', 'of'], travel: true, needs: 'either', confidence: 0.7 }),
  rule('expel-inspectors', '1662', 'verb', '~expel|~withdraw|~pull|~evacuate|~order|~kick ...1 out? ...3 %inspector|%observer|%monitor', 'Expelling or withdrawing inspectors or observers is 1662.', { target: ['of', 'from', 'OBJ'], travel: true }),
  rule('expel-aid-agencies', '1663', 'verb', '~expel|~withdraw|~pull|~evacuate|~order|~kick|~force|~ban ...1 out? ...3 aid|relief|humanitarian ...1 %agency|%group|%worker|%organization|%organisation|staff|NGOs', 'Expelling or withdrawing aid agencies is 1663.', { target: ['from', 'of', 'OBJ'], travel: true }),
  rule('expel-force-out', '166', 'verb', '~force|~order|~kick|~throw @T out of', 'Forcing a group or organization out is 166.', { confidence: 0.65 }),
  rule('expel-force-out-country', '166', 'verb', '~force|~order|~kick|~throw ...8 out of the|its|their? country|territory|region|province', 'Forcing a group out of the country is 166.', { target: ['OBJ'], confidence: 0.7 }),
]);
