/**
 * Conflict rules: demand (10), disapprove (11), reject (12), threaten (13), protest (14),
 * force posture (15), reduce relations and sanctions (16), coerce (17), assault (18), fight (19)
 * and mass violence (20). Sections: CAMEO Manual 1.1b3, chapters 10–20.
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

const SANCTIONS = '%sanction|%embargo|%boycott';

export const CONFLICT_RULES: readonly EventRule[] = Object.freeze([
  // 10 DEMAND
  rule('demand', '100', 'verb', '~demand|~insist', '"Demand (that) X" is 100.', { target: ['OBJ', 'from', 'of', 'that'], needs: 'source', confidence: 0.7 }),
  rule('demand-release', '1053', 'verb', '~demand ...4 release', 'Demanding the release of persons is 1053.', { target: ['from', 'by'], needs: 'source' }),
  rule('demand-talks', '100', 'verb', '~demand ...3 talks|negotiations|meeting', 'Demanding talks is CAMEO 106, which the GDELT code table lacks, so the root 100 is coded.', { target: ['with'], needs: 'source' }),
  rule('demand-ultimatum', '139', 'verb', '~issue|~give|~deliver ...2 %ultimatum', 'An ultimatum is 139.', { target: ['to'] }),
  // 11 DISAPPROVE
  rule('disapprove-criticize', '111', 'verb', '~criticize|~criticise|~condemn|~denounce|~slam|~rebuke|~censure|~decry', 'Criticizing or condemning X is 111.', { target: ['OBJ'] }),
  rule('disapprove-accuse', '112', 'verb', '~accuse|~blame @T of|for', '"Accuse X of" is 112.', { confidence: 0.85 }),
  rule('disapprove-accuse-bare', '112', 'verb', '~accuse|~blame', '"Accuse X" is 112.', { target: ['OBJ'], confidence: 0.75 }),
  rule('disapprove-accusation', '112', 'noun', '%accusation|%allegation against', 'An accusation against X is 112.', { target: ['against'], confidence: 0.6 }),
  rule('disapprove-complain', '114', 'verb', '~lodge|~file ...2 %complaint|%protest', 'Lodging a complaint or protest is 114.', { target: ['with', 'against', 'to'] }),
  rule('disapprove-summon', '114', 'verb', '~summon ...3 %ambassador|%envoy|%diplomat', 'Summoning an ambassador is an official complaint (114).', { target: ['OBJ'] }),
  rule('disapprove-sue', '115', 'verb', '~sue|~file ...2 %lawsuit|%suit against', 'A lawsuit against X is 115.', { target: ['OBJ', 'against'] }),
  // 12 REJECT
  rule('reject', '120', 'verb', '~reject|~rebuff|~dismiss|~spurn', 'Rejecting X or its proposal is 120.', { target: ['OBJ'], confidence: 0.75 }),
  rule('reject-talks', '125', 'verb', '~reject|~rebuff|~refuse ...3 talks|negotiations|%offer|%proposal|%invitation', 'Rejecting talks or a proposal to meet is 125.', { target: ['with', 'from', 'by', 'OBJ'] }),
  rule('reject-veto', '129', 'verb', '~veto', 'A veto is 129.', { target: ['OBJ', 'by'], needs: 'source' }),
  // 13 THREATEN
  rule('threaten', '130', 'verb', '~threaten|~warn', 'Threatening or warning X is 130.', { target: ['OBJ'], confidence: 0.7 }),
  rule('threaten-sanctions', '1312', 'verb', '~threaten ...3 %sanction|%embargo|%boycott|tariffs', 'Threatening sanctions is 1312.', { target: ['against', 'on', 'OBJ'] }),
  rule('threaten-force', '138', 'verb', '~threaten ...3 military|force|war|~attack|~strike|~invade|~bomb|~retaliate|retaliation|~destroy', 'Threatening military force is 138.', { target: ['against', 'on', 'OBJ'], confidence: 0.85 }),
  // 14 PROTEST
  rule('protest', '140', 'verb', '~protest', 'Protesting (against) X is political dissent (140).', { target: ['against', 'OBJ', 'outside'], needs: 'either', confidence: 0.7 }),
  rule('protest-rally', '141', 'verb', '~demonstrate|~rally|~march against', 'Demonstrating against X is 141.', { target: ['against'], needs: 'either' }),
  rule('protest-noun', '141', 'noun', '%protest|%demonstration|%rally against', 'Protests against X are 141.', { target: ['against'], confidence: 0.7 }),
  rule('protest-strike', '143', 'verb', '~go on strike', 'Going on strike is 143.', { needs: 'source', confidence: 0.6 }),
  rule('protest-riot', '145', 'verb', '~riot', 'Rioting is 145.', { needs: 'source', target: ['against', 'in'], confidence: 0.7 }),
  // 15 EXHIBIT FORCE POSTURE
  rule('posture-alert', '152', 'verb', '~put|~place ...3 high alert|alert', 'Raising military alert status is 152.', { needs: 'source' }),
  rule('posture-mobilize', '154', 'verb', '~mobilize|~mobilise|~deploy|~amass|~mass ...3 troops|forces|soldiers|warships|tanks', 'Mobilizing or massing forces is 154.', { target: ['near', 'on', 'along', 'to', 'against'], needs: 'source' }),
  rule('posture-drills', '150', 'verb', '~conduct|~hold|~stage ...3 military ...2 %exercise|%drill', 'Military drills (not joint) demonstrate military power (150).', { target: ['near', 'off', 'against'], needs: 'source', confidence: 0.7 }),
  // 16 REDUCE RELATIONS
  rule('reduce-break-relations', '161', 'verb', '~sever|~cut|~break|~downgrade|~suspend ...3 relations|ties', 'Breaking or downgrading relations with X is 161.', { target: ['with'] }),
  rule('reduce-recall', '161', 'verb', '~recall|~expel ...3 %ambassador|%envoy|%diplomat', 'Recalling or expelling envoys reduces diplomatic relations (161).', { target: ['from', 'to', 'OBJ'] }),
  rule('reduce-aid', '162', 'verb', '~cut|~suspend|~halt|~freeze ...3 aid|assistance', 'Cutting aid to X is 162.', { target: ['to', 'for'] }),
  rule('sanction-impose', '163', 'verb', `~impose|~slap|~announce|~levy|~tighten|~extend ...3 ${SANCTIONS}`, '"Impose sanctions on X" is 163.', { target: ['on', 'against'], confidence: 0.9 }),
  rule('sanction-verb', '163', 'verb', '~sanction|~blacklist @T', '"X sanctioned Y" is 163 (the slot keeps "sanctions on Y" a noun).', { confidence: 0.8 }),
  rule('sanction-passive', '163', 'passive', `${SANCTIONS} ...1 imposed|levied|announced`, '"Sanctions imposed on X (by Y)" is 163, source from by-phrase or modifier.', { target: ['on', 'against'] }),
  rule('sanction-noun', '163', 'noun', SANCTIONS, '"Y sanctions on/against X" is 163.', { target: ['on', 'against'], confidence: 0.7 }),
  rule('halt-talks', '164', 'verb', '~halt|~suspend|~break ...2 off? talks|negotiations', 'Breaking off talks is 164.', { target: ['with'], symmetric: true }),
  // 17 COERCE
  rule('coerce-seize', '171', 'verb', '~seize|~confiscate|~impound', 'Seizing property is 171.', { target: ['from', 'OBJ'], needs: 'source', confidence: 0.7 }),
  rule('coerce-arrest', '173', 'verb', '~arrest|~detain|~jail|~imprison', 'Arresting or detaining is 173.', { target: ['OBJ'] }),
  rule('coerce-expel', '174', 'verb', '~expel|~deport', 'Expelling or deporting individuals is 174.', { target: ['OBJ'], confidence: 0.75 }),
  rule('coerce-crackdown', '175', 'verb', '~crack down on', 'A violent crackdown is 175.', { target: ['on'] }),
  rule('coerce-crackdown-noun', '175', 'noun', '%crackdown on', 'A crackdown on X is 175.', { target: ['on'], confidence: 0.7 }),
  // 18 ASSAULT
  rule('assault-abduct', '181', 'verb', '~abduct|~kidnap|~hijack', 'Abducting or hijacking is 181.', { target: ['OBJ'] }),
  rule('assault-kill', '1823', 'verb', '~kill|~murder|~execute', 'Killing people is 1823 (military fighting codes 19x).', { target: ['OBJ'], confidence: 0.7 }),
  rule('assault-bombing', '183', 'noun', 'suicide|car|roadside %bombing|%bomb|%bomber|%attack', 'Suicide, car and roadside bombings are non-military bombing (183).', { target: ['in', 'on', 'against'], needs: 'either', confidence: 0.7 }),
  rule('assault-assassinate', '186', 'verb', '~assassinate', 'Assassinating X is 186.', { target: ['OBJ'] }),
  // 19 FIGHT
  rule('fight-attack', '190', 'verb', '~attack|~invade|~fight|~raid', 'Attacking X with military force is 190.', { target: ['OBJ'], confidence: 0.8 }),
  rule('fight-attack-noun', '190', 'noun', '%attack|%offensive|%assault|%invasion on|against|of', 'An attack on X is 190.', { target: ['on', 'against', 'of'], confidence: 0.7 }),
  rule('fight-clash', '190', 'verb', '~clash|~fight with', 'Clashing with X is 190.', { target: ['with'], symmetric: true }),
  rule('fight-blockade', '191', 'verb', '~blockade', 'A blockade is 191.', { target: ['OBJ'] }),
  rule('fight-occupy', '192', 'verb', '~occupy|~annex', 'Occupying or annexing territory is 192.', { target: ['OBJ'], travel: true }),
  rule('fight-shoot', '193', 'verb', '~shoot', 'Small-arms fire is 193.', { target: ['OBJ', 'at'], confidence: 0.7 }),
  rule('fight-open-fire', '193', 'verb', '~open fire on|at', '"Open fire on X" is small-arms fire (193).', { target: ['on', 'at'] }),
  rule('fight-shell', '194', 'verb', '~shell', 'Shelling is artillery fire (194).', { target: ['OBJ'], travel: true }),
  rule('fight-air', '195', 'verb', '~bomb|~bombard|~strafe', 'Aerial bombing is 195.', { target: ['OBJ'], travel: true }),
  rule('fight-air-launch', '195', 'verb', '~launch|~carry|~conduct ...3 %airstrike|strikes|%air-strike', 'Launching airstrikes on X is 195.', { target: ['on', 'against', 'in'], travel: true }),
  rule('fight-air-noun', '195', 'noun', '%airstrike|%air-strike', 'Airstrikes on X are 195.', { target: ['on', 'against', 'in'], travel: true, confidence: 0.7 }),
  rule('fight-air-strike-noun', '195', 'noun', 'air %strike', '"Air strikes" on X are 195.', { target: ['on', 'against', 'in'], travel: true, confidence: 0.7 }),
  rule('fight-violate-ceasefire', '196', 'verb', '~violate|~break|~breach ...2 ceasefire|truce|cease-fire', 'Violating a ceasefire is 196.', { target: ['with', 'by'], needs: 'source' }),
  // 20 USE UNCONVENTIONAL MASS VIOLENCE
  rule('mass-expulsion', '201', 'verb', '~carry|~conduct ...3 mass %expulsion', 'Mass expulsion is 201.', { target: ['of'], needs: 'source' }),
  rule('mass-killing', '202', 'verb', '~massacre', 'Massacring is 202.', { target: ['OBJ'], needs: 'source' }),
  rule('mass-cleansing', '203', 'noun', 'ethnic cleansing', 'Ethnic cleansing is 203.', { target: ['of', 'against', 'in'], needs: 'either' }),
  rule('mass-wmd', '2041', 'verb', '~use|~deploy ...2 chemical|biological weapons|agents', 'Using chemical or biological weapons is 2041.', { target: ['against', 'on', 'in'], needs: 'source' }),
]);
