/**
 * Assault (CAMEO 1.1b3 §18, 180–186), fight (§19, 190–196) and unconventional mass violence
 * (§20, 200–204) rules. Weapon-specific killings are in `conflict-weapons.ts`. Per the manual's
 * 190 usage note, a killing whose weapon is not named is 190; 1823 needs a physical assault
 * ("beaten to death").
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

const COLD_WEAPONS = '%knife|knives|%machete|%axe|%club|%stone|%rock|%stick|%rod|%bat|%hammer|%sword';
const VEHICLES = '%ship|%vessel|%plane|%aircraft|%bus|%tanker|%boat|%airliner|%jet|%ferry|%train|%truck';
const LEADERS = '%leader|%chief|%commander|minister|ministers|president|%governor|%mayor|%lawmaker|%politician|%general';

export const ASSAULT_RULES: readonly EventRule[] = Object.freeze([
  // 180 unconventional violence, not specified
  rule('assault-terror-attack', '180', 'noun', 'terrorist|terror %attack|%attacker', 'A terrorist attack, not further specified, is 180.', { target: ['on', 'against', 'in', 'at'], travel: true, needs: 'either', confidence: 0.7 }),
  rule('assault-cold-weapons', '180', 'verb', `~attack|~assault|~arm ...6 with ...2 ${COLD_WEAPONS}`, 'Violence with knives, machetes or stones is 180.', { target: ['OBJ'], needs: 'either', confidence: 0.75 }),
  rule('assault-stab', '180', 'verb', '~stab|~hack|~club ...2 to death', 'Stabbing or hacking to death uses simple weapons (180).', { target: ['OBJ'], needs: 'either' }),
  rule('assault-behead', '180', 'verb', '~behead|~decapitate', 'Beheading is killing with a blade, unconventional violence (180).', { target: ['OBJ', 'of'] }),
  rule('assault-stab-bare', '180', 'verb', '~stab', 'A stabbing is unconventional violence with a knife (180).', { target: ['OBJ'], confidence: 0.7 }),
  // 181 abduct, hijack, take hostage
  rule('assault-abduct', '181', 'verb', '~abduct|~kidnap|~hijack', 'Abducting or hijacking is 181 (the victims may hide behind a quantity: "scores of X").', { target: ['OBJ', 'of'], needs: 'either' }),
  rule('assault-hostage', '181', 'verb', '~take|~hold|~seize ...4 %hostage|captive', 'Taking or holding people hostage is 181.', { target: ['OBJ'] }),
  rule('assault-seize-vehicle', '181', 'verb', `~seize|~commandeer ...3 ${VEHICLES}`, 'Forcibly seizing a ship, plane or bus is hijacking (181).', { target: ['OBJ', 'of'], needs: 'source', confidence: 0.75 }),
  rule('assault-abduction-noun', '181', 'noun', '%kidnapping|%abduction|%hijacking|hostage-taking of', 'The kidnapping of X is 181.', { target: ['of'], confidence: 0.65 }),
  // 182 physical assault
  rule('assault-sexual', '1821', 'verb', 'sexually ~abuse|~assault|~harass|~molest', 'Sexual abuse is 1821.', { target: ['OBJ'] }),
  rule('assault-rape', '1821', 'verb', '~rape', 'Rape is sexual assault (1821).', { target: ['OBJ'] }),
  rule('assault-sexual-noun', '1821', 'noun', 'sexual %assault|%abuse|%violence against|of|on', 'Sexual violence against X is 1821.', { target: ['against', 'of', 'on'], confidence: 0.65 }),
  rule('assault-kill-physical', '1823', 'verb', '~beat|~torture|~stone|~lynch|~kick|~starve ...3 to death', 'Killing by beating, torture or stoning is 1823.', { target: ['OBJ'], needs: 'either' }),
  rule('assault-lynch', '1823', 'verb', '~lynch', 'Lynching kills by physical assault (1823).', { target: ['OBJ'] }),
  rule('assault-torture', '1822', 'verb', '~torture', 'Torturing X is 1822.', { target: ['OBJ', 'of'], needs: 'either' }),
  rule('assault-torture-subject', '1822', 'verb', '~subject @T to ...1 torture', '"Subject X to torture" is 1822.', {}),
  rule('assault-torture-noun', '1822', 'noun', 'torture of', 'The torture of X (by Y) is 1822.', { target: ['of'], confidence: 0.65 }),
  rule('assault-beat-up', '182', 'verb', '~beat|~rough up', 'Beating up X is 182.', { target: ['OBJ'] }),
  rule('assault-mistreat', '182', 'verb', '~manhandle|~mistreat|~maltreat|~flog', 'Physical abuse is 182.', { target: ['OBJ'] }),
  rule('assault-beat-adverb', '182', 'verb', 'brutally|severely|badly|savagely|routinely ~beat|~assault', 'Brutally beating X is 182 (the adverb excludes sports).', { target: ['OBJ'] }),
  rule('assault-assault', '182', 'verb', '~assault', 'Physically assaulting X is 182.', { target: ['OBJ'], confidence: 0.65 }),
  rule('assault-beating-noun', '182', 'noun', '%beating of', 'The beating of X is 182.', { target: ['of'], confidence: 0.65 }),
  // 183 bombing (weapon-subject forms in conflict-weapons.ts)
  rule('assault-suicide-self', '1831', 'verb', '~blow himself|herself|themselves up', 'Blowing oneself up is a suicide bombing (1831).', { target: ['in', 'at', 'near'], travel: true, needs: 'either' }),
  rule('assault-suicide-noun', '1831', 'noun', 'suicide ...2 %bomber|%bombing|%attack|%blast|%bomb|%attacker', 'Suicide bombings are 1831.', { target: ['in', 'on', 'against', 'at', 'near'], travel: true, needs: 'either', confidence: 0.75 }),
  rule('assault-car-bomb-noun', '1832', 'noun', 'car|truck|vehicle|lorry ...1 %bomb|%bombing|%bomber', 'Car and truck bombs are 1832.', { target: ['in', 'on', 'against', 'at', 'near'], travel: true, needs: 'either', confidence: 0.75 }),
  rule('assault-roadside-noun', '1833', 'noun', 'roadside %bomb|%bombing|%blast|%device', 'Roadside bombs are 1833.', { target: ['in', 'on', 'against', 'at', 'near'], travel: true, needs: 'either', confidence: 0.75 }),
  rule('assault-explode-bomb', '183', 'verb', '~explode|~detonate|~set|~plant ...3 off? ...2 %bomb|%device|%explosive|%IED', 'Setting off or planting bombs is non-military bombing (183).', { target: ['in', 'at', 'near', 'on', 'outside'], travel: true, needs: 'either' }),
  rule('assault-bomb-attack', '183', 'noun', 'bomb|grenade %attack|%blast', 'A bomb attack on X is 183.', { target: ['on', 'against', 'in', 'at'], travel: true, needs: 'either', confidence: 0.7 }),
  // 184 human shield
  rule('assault-human-shield-use', '184', 'verb', '~use|~hold|~keep ...6 as human %shield', 'Using civilians as human shields is 184.', { target: ['OBJ', 'of'], needs: 'source' }),
  rule('assault-human-shield', '184', 'noun', 'human %shield', 'Human shields are 184.', { target: ['OBJ'], needs: 'source', confidence: 0.6 }),
  // 185 attempt to assassinate, 186 assassinate
  rule('assault-attempt-assassinate', '185', 'verb', '~attempt|~try|~plot ...2 to ~assassinate|~kill', 'Attempting to assassinate X is 185.', { target: ['OBJ'] }),
  rule('assault-attempt-noun', '185', 'noun', '%attempt|%plot|%bid to ~assassinate|~kill', 'An attempt to assassinate X is 185.', { target: ['OBJ', 'of'], needs: 'either' }),
  rule('assault-assassination-attempt', '185', 'noun', 'assassination %attempt|%plot|%bid', 'An assassination attempt is 185.', { target: ['on', 'against'], needs: 'either' }),
  rule('assault-assassinate', '186', 'verb', '~assassinate', 'Assassinating X is 186.', { target: ['OBJ'] }),
  rule('assault-assassination-noun', '186', 'noun', '%assassination of', 'The assassination of X is 186.', { target: ['of'] }),
  rule('assault-kill-leader', '186', 'verb', `~kill|~murder|~shoot ...4 ${LEADERS}`, 'Killing a political leader or official is assassination (186, manual example).', { target: ['OBJ', 'of'], confidence: 0.6 }),
  rule('assault-targeted-killing', '186', 'noun', 'targeted %killing', 'Targeted killings are 186.', { target: ['of', 'OBJ'], needs: 'either', confidence: 0.7 }),
]);

export const FIGHT_RULES: readonly EventRule[] = Object.freeze([
  // 191 blockade
  rule('fight-blockade', '191', 'verb', '~blockade|~besiege|~encircle', 'A blockade or siege is 191.', { target: ['OBJ'], travel: true }),
  rule('fight-impose-blockade', '191', 'verb', '~impose|~reimpose|~tighten|~enforce|~maintain ...3 %blockade|%siege|%closure|%cordon', 'Imposing a blockade or closure is 191.', { target: ['on', 'in', 'of', 'around'], travel: true, needs: 'either' }),
  rule('fight-lay-siege', '191', 'verb', '~lay siege to', 'Laying siege to X is 191.', { target: ['to'], travel: true }),
  rule('fight-seal-border', '191', 'verb', '~close|~seal ...1 off? ...2 its|the? %border|%frontier|%crossing', 'Closing borders restricts movement (191, manual example).', { target: ['with', 'to'], travel: true, confidence: 0.75 }),
  rule('fight-blockade-noun', '191', 'noun', '%blockade|%siege of|on|against', 'A blockade of X is 191.', { target: ['of', 'on', 'against'], travel: true, confidence: 0.7 }),
  // 192 occupy territory
  rule('fight-occupy', '192', 'verb', '~occupy|~annex|~invade|~capture|~retake|~recapture|~overrun', 'Occupying, invading or capturing territory is 192.', { target: ['OBJ', 'in', 'of'], travel: true, confidence: 0.75 }),
  rule('fight-take-control', '192', 'verb', '~take|~seize|~gain|~wrest ...1 full? control of', 'Seizing control of territory is 192.', { target: ['of'], travel: true }),
  rule('fight-invasion-noun', '192', 'noun', '%invasion|%occupation|%annexation of', 'The invasion of X is 192.', { target: ['of'], travel: true, confidence: 0.75 }),
  rule('fight-mount-invasion', '192', 'verb', '~launch|~mount|~begin ...3 %invasion|%occupation', 'Mounting an invasion is 192 (manual example).', { target: ['of', 'into'], travel: true, needs: 'either' }),
  rule('fight-move-into', '192', 'verb', '~march|~advance|~thrust ...1 into', 'Forces advancing into territory occupy it (192).', { target: ['into'], travel: true, confidence: 0.6 }),
  // 193 small arms
  rule('fight-shoot', '193', 'verb', '~shoot', 'Small-arms fire is 193.', { target: ['OBJ', 'at'], confidence: 0.7 }),
  rule('fight-gun-down', '193', 'verb', '~gun down', 'Gunning down X is small-arms fire (193).', { target: ['OBJ'] }),
  rule('fight-open-fire', '193', 'verb', '~open fire', '"Open fire (on X)" is small-arms fire (193).', { target: ['on', 'at'], needs: 'either' }),
  rule('fight-snipe', '193', 'verb', '~snipe', 'Sniping is small-arms fire (193).', { target: ['at', 'OBJ'] }),
  rule('fight-gunbattle-noun', '193', 'noun', '%gunbattle|%gun-battle|%firefight|%gunfight|%shootout', 'A gun battle is small-arms fighting (193).', { target: ['with', 'between', 'in'], symmetric: true, needs: 'either', confidence: 0.7 }),
  rule('fight-small-arms-fire', '193', 'noun', 'sniper|small-arms|machine-gun|mortar|automatic %fire|%attack', 'Sniper, machine-gun or mortar fire is 193.', { target: ['on', 'at', 'against', 'in'], travel: true, needs: 'either', confidence: 0.7 }),
  rule('fight-lay-mines', '193', 'verb', '~lay|~plant ...3 %mine|%landmine', 'Laying mines is coded with small arms (193, manual 1834 note).', { target: ['in', 'along', 'near'], travel: true, needs: 'source' }),
  // 194 artillery and tanks
  rule('fight-shell', '194', 'verb', 'shell|shelled|shelling|pound|pounds|pounded|pounding', 'Shelling is artillery fire (194); "shells" is left out (mostly the noun).', { target: ['OBJ', 'in', 'of'], travel: true, needs: 'either' }),
  rule('fight-fire-heavy', '194', 'verb', '~fire|~launch|~lob ...6 %artillery|%rocket|%missile|%shell|%howitzer', 'Firing artillery, rockets or missiles is 194.', { target: ['at', 'on', 'into', 'against', 'toward', 'towards'], travel: true, needs: 'either' }),
  rule('fight-heavy-noun', '194', 'noun', 'artillery|rocket|missile|tank ...1 %fire|%barrage|%strike|%attack|%salvo', 'Artillery, rocket or missile fire on X is 194.', { target: ['on', 'at', 'against', 'in', 'into'], travel: true, needs: 'either', confidence: 0.7 }),
  // 195 aerial weapons
  rule('fight-air', '195', 'verb', '~bomb|~bombard|~strafe', 'Aerial bombing is 195.', { target: ['OBJ'], travel: true }),
  rule('fight-air-launch', '195', 'verb', '~launch|~carry|~conduct ...3 %airstrike|%air-strike|%air-raid', 'Launching airstrikes on X is 195.', { target: ['on', 'against', 'in'], travel: true, needs: 'either' }),
  rule('fight-air-launch-two', '195', 'verb', '~launch|~carry|~conduct ...3 air %strike|%raid', 'Launching air strikes on X is 195.', { target: ['on', 'against', 'in'], travel: true, needs: 'either' }),
  rule('fight-air-noun', '195', 'noun', '%airstrike|%air-strike|%air-raid', 'Airstrikes on X are 195.', { target: ['on', 'against', 'in'], travel: true, confidence: 0.7 }),
  rule('fight-air-strike-noun', '195', 'noun', 'air %strike|%raid|%attack|%bombardment|%bombing', '"Air strikes" on X are 195.', { target: ['on', 'against', 'in'], travel: true, confidence: 0.7 }),
  rule('fight-aerial-bombing', '195', 'noun', 'aerial %bombing|%bombardment|%attack', 'Aerial bombing is 195.', { target: ['on', 'of', 'against', 'in'], travel: true, confidence: 0.7 }),
  rule('fight-drone-noun', '1952', 'noun', '%drone|predator|reaper ...1 %strike|%attack', 'Drone strikes are 1952 (remotely piloted aerial munitions).', { target: ['on', 'against', 'in'], travel: true, needs: 'either', confidence: 0.7 }),
  rule('fight-shoot-down', '195', 'verb', '~shoot down ...3 %plane|%jet|%helicopter|%drone|%aircraft', 'Shooting down aircraft is air warfare (195).', { target: ['OBJ'], needs: 'either', confidence: 0.65 }),
  // 196 violate ceasefire
  rule('fight-violate-ceasefire', '196', 'verb', '~violate|~break|~breach ...2 ceasefire|truce|cease-fire|armistice', 'Violating a ceasefire is 196.', { target: ['with', 'by'], needs: 'source' }),
  rule('fight-ceasefire-violation', '196', 'noun', 'ceasefire|truce|cease-fire %violation|%breach', 'Ceasefire violations are 196.', { target: ['by', 'in'], travel: true, needs: 'either', confidence: 0.7 }),
  // 190 conventional military force, not specified (after the weapon-specific rules: ties go to them)
  rule('fight-attack', '190', 'verb', '~attack|~raid|~ambush', 'Attacking, raiding or ambushing X with force is 190; an agentless passive ("was attacked by a bear") is not coded.', { target: ['OBJ'], travel: true, needs: 'source', confidence: 0.8 }),
  rule('fight-storm', '190', 'verb', '~storm', 'Storming X (a building, a town) is 190; "storm" without an object is the weather ("the winter storms"), so a target is needed.', { target: ['OBJ'], travel: true, needs: 'both', confidence: 0.75 }),
  rule('fight-fight', '190', 'verb', '~fight|~battle', 'Fighting X is 190.', { target: ['OBJ', 'with', 'against'], confidence: 0.7 }),
  rule('fight-launch', '190', 'verb', '~launch|~mount|~carry ...3 out? ...1 military? %attack|%offensive|%assault|%raid|%strike|%operation|%incursion', 'Launching an attack or offensive on X is 190.', { target: ['on', 'against', 'in', 'into'], travel: true, needs: 'either', confidence: 0.75 }),
  rule('fight-attack-noun', '190', 'noun', '%attack|%offensive|%assault|%raid|%incursion on|against|of', 'An attack on X is 190.', { target: ['on', 'against', 'of'], travel: true, confidence: 0.7 }),
  rule('fight-clash', '190', 'verb', '~clash|~fight|~battle with', 'Clashing with X is 190.', { target: ['with'], symmetric: true }),
  rule('fight-clash-noun', '190', 'noun', '%clash|fighting|%battle|%hostility between', 'Clashes between A and B are 190 (reciprocal).', { target: ['between'], symmetric: true, confidence: 0.7 }),
  rule('fight-kill', '190', 'verb', 'kill|kills|killed|murder|murders|murdered|slay|slays|slew|slain', 'A killing with no weapon named is 190 (manual 190 usage note); an agentless "were killed" is not coded, nor a trailing ", killing N" (part of the event before it).', { target: ['OBJ'], needs: 'source', confidence: 0.6 }),
]);

export const MASS_VIOLENCE_RULES: readonly EventRule[] = Object.freeze([
  rule('mass-expulsion', '201', 'verb', '~carry|~conduct ...3 mass %expulsion|%deportation', 'Mass expulsion is 201.', { target: ['of'], needs: 'source' }),
  rule('mass-expulsion-noun', '201', 'noun', 'mass %expulsion|%deportation of', 'The mass expulsion of X is 201.', { target: ['of'], needs: 'either' }),
  rule('mass-force-out-slot', '201', 'verb', '~force|~drive ...1 out? ...8 @T from their|his|her ...2 %home|%village|%land|%town|%camp', 'Forcing a population from its homes is mass expulsion (201).', { confidence: 0.75 }),
  rule('mass-force-out', '201', 'verb', '~force|~drive|~expel ...1 out? ...8 from their ...2 %home|%village|%land|%town', 'Forcing people from their homes is mass expulsion (201).', { target: ['OBJ'], needs: 'either', confidence: 0.7 }),
  rule('mass-forcibly-displace', '201', 'verb', 'forcibly ~displace|~expel|~deport|~remove|~transfer|~evict', 'Forcible displacement of a population is 201.', { target: ['OBJ', 'from'], confidence: 0.75 }),
  rule('mass-killing', '202', 'verb', '~massacre', 'Massacring is 202.', { target: ['OBJ'], needs: 'source' }),
  rule('mass-killing-noun', '202', 'noun', 'mass %killing|%murder|%execution|%atrocity|%massacre|%genocide', 'Mass killings, massacres and genocide are 202.', { target: ['of', 'in', 'against'], travel: true, needs: 'either', confidence: 0.75 }),
  rule('mass-cleansing', '203', 'noun', 'ethnic cleansing', 'Ethnic cleansing is 203.', { target: ['of', 'against', 'in'], travel: true, needs: 'either' }),
  rule('mass-wmd', '2041', 'verb', '~use|~deploy|~fire|~drop ...2 chemical|biological|radiological|nerve|toxic weapons|agents|agent|gas|%weapon', 'Using chemical or biological weapons is 2041.', { target: ['against', 'on', 'in'], travel: true, needs: 'source' }),
  rule('mass-wmd-attack', '2041', 'noun', 'chemical|biological|gas|sarin|chlorine|radiological %attack|%strike', 'A chemical or gas attack is 2041.', { target: ['on', 'against', 'in'], travel: true, needs: 'either', confidence: 0.75 }),
  rule('mass-nuclear', '2042', 'verb', '~detonate|~drop|~use|~explode ...3 nuclear|atomic|hydrogen %bomb|%weapon|%warhead', 'Attacking with nuclear weapons is 2042.', { target: ['on', 'against', 'over'], travel: true, needs: 'source' }),
]);

