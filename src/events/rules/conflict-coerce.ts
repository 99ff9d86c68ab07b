/**
 * Coerce rules (CAMEO 1.1b3 §17, 170–176). Cyber attacks are 176 (from the manual's code list), so
 * hacking and cyber attacks are coded 170.
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

const PROPERTY = '%home|%house|%building|%office|%property|properties|%village|%mosque|%church|%synagogue|%temple|%school|%shop|%store|%crop|%field|%farm|%orchard|%headquarters|%line|%pipeline|%station|%bridge|%plant';
const PROTESTERS = '%protest|%demonstration|%demonstrator|%protester|%protestor|%crowd|%rally|%march|%marcher|%gathering|%sit-in|%mob|%rioter';
const MEDIA = '%newspaper|%paper|%channel|%broadcaster|%website|internet|media|%publication|%magazine|%outlet|%network';

export const COERCE_RULES: readonly EventRule[] = Object.freeze([
  // 170 coerce, not specified; cyber attacks (176 is absent from the GDELT table)
  rule('coerce-prevent-protest', '170', 'verb', `~prevent|~stop|~block ...3 ${PROTESTERS}`, 'Police preventing a demonstration is 170 (manual example).', { target: ['by', 'OBJ'], needs: 'source', confidence: 0.65 }),
  rule('coerce-hack', '176', 'verb', '~hack', 'Hacking computers or accounts is a cyber attack (176).', { target: ['OBJ', 'into', 'of'], confidence: 0.7 }),
  rule('coerce-cyber-attack', '176', 'noun', '%cyberattack|%cyber-attack|cyber %attack', 'A cyber attack on X is 176.', { target: ['on', 'against'], needs: 'either', confidence: 0.65 }),
  rule('coerce-cyber-launch', '176', 'verb', '~launch|~carry|~conduct|~mount ...3 %cyberattack|%cyber-attack|cyber %attack', 'Launching a cyber attack is 176.', { target: ['on', 'against'] }),
  rule('coerce-deface', '176', 'verb', '~deface ...3 %website|%site|%page', 'Defacing websites is a cyber attack (176).', { target: ['OBJ'], needs: 'source', confidence: 0.7 }),
  // 171 seize or damage property
  rule('coerce-confiscate', '1711', 'verb', '~confiscate|~impound|~expropriate|~loot|~ransack|~plunder|~pillage', 'Confiscating property, raids and looting are 1711.', { target: ['from', 'OBJ'], needs: 'source', confidence: 0.75 }),
  rule('coerce-seize-goods', '1711', 'verb', '~seize ...3 %weapon|%arm|%property|properties|%land|%good|%cargo|%shipment|%vehicle|%document|%equipment|%explosive|%ammunition|%drug|%computer|%passport|%farm', 'Seizing goods or property is confiscation (1711).', { target: ['from', 'of'], needs: 'source', confidence: 0.75 }),
  rule('coerce-destroy-property', '1712', 'verb', `~demolish|~raze|~bulldoze|~torch|~destroy|~burn|~blow|~vandalize|~vandalise|~loot ...1 down|up? ...4 ${PROPERTY}`, 'Destroying homes, buildings or crops is 1712.', { target: ['OBJ', 'of', 'in'], travel: true, confidence: 0.8 }),
  rule('coerce-demolish', '1712', 'verb', '~demolish|~raze|~bulldoze|~torch|~firebomb', 'Demolishing, razing or torching is destroying property (1712).', { target: ['OBJ', 'of', 'in'], travel: true, confidence: 0.7 }),
  rule('coerce-set-fire', '1712', 'verb', '~set fire to', 'Setting fire to property is 1712.', { target: ['OBJ', 'of', 'to'], confidence: 0.75 }),
  rule('coerce-set-ablaze', '1712', 'verb', '~set ...3 on? fire|ablaze', 'Setting property on fire is 1712.', { target: ['OBJ', 'of'], confidence: 0.7 }),
  rule('coerce-property-rights', '171', 'verb', '~violate|~infringe|~ignore ...3 property rights', 'Violating property rights is 171 (manual example).', { target: ['of'], confidence: 0.6 }),
  // 172 administrative sanctions
  rule('coerce-ban-party', '1722', 'verb', '~ban|~bar|~outlaw|~disqualify|~dissolve|~proscribe ...3 opposition? %party|%candidate|%politician', 'Banning parties or candidates is 1722.', { target: ['OBJ', 'from'], needs: 'source' }),
  rule('coerce-bar-running', '1722', 'verb', '~ban|~bar|~prevent|~disqualify @T from running|contesting|standing|participating', 'Barring a politician from elections is 1722.', { needs: 'source' }),
  rule('coerce-outlaw-group', '1721', 'verb', '~outlaw|~proscribe|~ban|~dissolve ...4 %organization|%organisation|%group|%movement|%union|%association|%ngo|%society', 'Outlawing an organization restricts political freedoms (1721, manual example).', { target: ['OBJ', 'in'], needs: 'source' }),
  rule('coerce-outlaw', '1721', 'verb', '~outlaw|~proscribe', 'Outlawing a group restricts political freedoms (1721).', { target: ['OBJ'], needs: 'source', confidence: 0.7 }),
  rule('coerce-censor-media', '1721', 'verb', `~close|~shut|~ban|~suspend|~censor|~block|~raid ...1 down? ...3 ${MEDIA}`, 'Closing or censoring media restricts political freedoms (1721).', { target: ['OBJ', 'of', 'in'], needs: 'source', confidence: 0.75 }),
  rule('coerce-suspend-publication', '1721', 'verb', '~order|~force ...6 to ~suspend|~stop|~halt|~cease publication|broadcasting|broadcasts|publishing', 'Ordering a newspaper to stop publishing restricts freedoms (1721, manual example).', { target: ['OBJ'], needs: 'source' }),
  rule('coerce-ban-assembly', '1721', 'verb', '~ban|~outlaw|~forbid|~prohibit ...3 %protest|%demonstration|%rally|%march|%gathering|%meeting|%assembly|%strike', 'Banning demonstrations restricts freedom of assembly (1721).', { target: ['in', 'by', 'OBJ'], needs: 'source', travel: true, confidence: 0.75 }),
  rule('coerce-restrict-freedoms', '1721', 'verb', '~restrict|~curb|~limit|~curtail|~suppress|~clamp ...3 freedom|freedoms|speech|press|expression|assembly|liberties|dissent', 'Curbing freedoms of speech, press or assembly is 1721.', { target: ['in', 'of', 'on'], needs: 'source', confidence: 0.75 }),
  rule('coerce-censorship', '1721', 'verb', '~impose|~tighten ...3 censorship', 'Imposing censorship is 1721.', { target: ['on', 'in'], needs: 'source', travel: true, confidence: 0.75 }),
  rule('coerce-restrict-media', '1721', 'verb', '~impose|~tighten ...3 %restriction on ...2 media|press|internet|journalists|opposition|%protest|%gathering', 'Restrictions on media or assembly are 1721.', { target: ['in'], needs: 'source', travel: true, confidence: 0.75 }),
  rule('coerce-curfew', '1723', 'verb', '~impose|~declare|~order|~enforce|~extend|~reimpose|~announce ...3 %curfew', 'Imposing a curfew is 1723.', { target: ['in', 'on', 'across', 'over'], needs: 'source', travel: true }),
  rule('coerce-emergency', '1724', 'verb', '~declare|~impose|~proclaim|~extend|~reimpose|~announce|~introduce ...3 state of emergency|siege', 'A state of emergency or siege is 1724.', { target: ['in', 'across', 'over', 'on'], needs: 'source', travel: true }),
  rule('coerce-martial-law', '1724', 'verb', '~declare|~impose|~proclaim|~extend|~reimpose|~announce|~introduce ...3 martial law', 'Martial law is 1724.', { target: ['in', 'across', 'over', 'on'], needs: 'source', travel: true }),
  rule('coerce-emergency-rule', '1724', 'verb', '~declare|~impose|~proclaim|~extend|~reimpose|~announce|~introduce ...3 emergency|military rule', 'Emergency or military rule is 1724.', { target: ['in', 'across', 'over', 'on'], needs: 'source', travel: true }),
  // 173 arrest, detain
  rule('coerce-arrest', '173', 'verb', '~arrest|~detain|~jail|~imprison|~apprehend|~incarcerate', 'Arresting or detaining is 173 (the detainees may hide behind a quantity: "dozens of X").', { target: ['OBJ', 'of'], needs: 'either' }),
  rule('coerce-round-up', '173', 'verb', '~round up|~lock up', 'Rounding up people is arrest (173).', { target: ['OBJ'] }),
  rule('coerce-custody', '173', 'verb', '~take|~place|~hold|~keep @T in|into custody|detention', 'Holding X in custody is detention (173).', {}),
  rule('coerce-sentence', '173', 'verb', '~sentence @T to ...3 prison|jail|years|months', 'A prison sentence is imprisonment (173).', { confidence: 0.65 }),
  rule('coerce-arrest-noun', '173', 'noun', '%arrest|%detention|jailing|imprisonment of', 'The arrest of X by Y is 173.', { target: ['of'], needs: 'both', confidence: 0.6 }),
  // 174 expel or deport individuals
  rule('coerce-expel', '174', 'verb', '~expel|~deport', 'Expelling or deporting individuals is 174.', { target: ['OBJ'], confidence: 0.75 }),
  // 175 repression
  rule('coerce-disperse', '175', 'verb', `~disperse ...4 ${PROTESTERS}`, 'Dispersing demonstrators is repression (175).', { target: ['OBJ'], confidence: 0.8 }),
  rule('coerce-break-up', '175', 'verb', `~break up ...4 ${PROTESTERS}`, 'Breaking up a demonstration is repression (175).', { target: ['OBJ'], confidence: 0.8 }),
  rule('coerce-tear-gas', '175', 'verb', '~fire|~use|~lob|~spray ...3 tear|teargas|tear-gas', 'Tear gas is crowd-control repression (175).', { target: ['at', 'on', 'against', 'to'], needs: 'source', confidence: 0.8 }),
  rule('coerce-rubber-bullets', '175', 'verb', '~fire|~use ...3 rubber|plastic bullets', 'Rubber bullets are crowd-control repression (175).', { target: ['at', 'on', 'against', 'to'], needs: 'source', confidence: 0.8 }),
  rule('coerce-water-cannon', '175', 'verb', '~use|~fire|~turn ...3 water %cannon', 'Water cannon are crowd-control repression (175).', { target: ['at', 'on', 'against', 'to'], needs: 'source', confidence: 0.8 }),
  rule('coerce-suppress', '175', 'verb', `~suppress|~quell|~crush|~repress ...3 ${PROTESTERS}|%uprising|%dissent|%unrest|%riot|%revolt|%rebellion|%dissident|opposition`, 'Suppressing protests or dissent is repression (175).', { target: ['OBJ', 'in', 'by'], travel: true, confidence: 0.8 }),
  rule('coerce-put-down', '175', 'verb', `~put down ...3 ${PROTESTERS}|%uprising|%unrest|%riot|%revolt|%rebellion`, 'Putting down an uprising is repression (175).', { target: ['OBJ', 'in', 'by'], travel: true, confidence: 0.8 }),
  rule('coerce-crackdown', '175', 'verb', '~crack down on', 'A violent crackdown is 175.', { target: ['on'] }),
  rule('coerce-crackdown-noun', '175', 'noun', '%crackdown on|against', 'A crackdown on X is 175.', { target: ['on', 'against'], confidence: 0.7 }),
]);
