/**
 * Material cooperation (06) and aid (07) act rules. Each carries its intent code as `plannedCode`
 * (`act` in `verbal-derive.ts`): "will send aid" is 033, "sent aid" 070.
 * Sections: CAMEO Manual 1.1b3 §06 060–064 and §07 070–075.
 */
import { act } from './verbal-derive.js';
import type { EventRule } from './types.js';

const AID = 'aid|assistance|help|relief|supplies|goods|%donation';
const ECON_AID = '%loan|%credit|%grant|funds|funding|%debt|%bailout|%dollars|%euros';
const WEAPONS = 'weapons|arms|%missile|%tank|ammunition|%rocket|%howitzer|%drone|%jet|%warplane|%helicopter|%rifle|%munition|%artillery';
const EXERCISES = '%exercise|%drill|maneuvers|manoeuvres|%wargame|%patrol';
const PEACEKEEPERS = '%peacekeeper|peacekeeping|%peace-keeper|peace-keeping|%blue-helmet|%helmet';

export const COOP_RULES: readonly EventRule[] = Object.freeze([
  // 06 ENGAGE IN MATERIAL COOPERATION
  act('coop-material', '060', 'verb', '~cooperate|~collaborate|~partner', 'Cooperating with X (unspecified) is material cooperation (060).', { target: ['with'], symmetric: true, confidence: 0.6 }),
  act('coop-expertise', '060', 'verb', '~share|~exchange|~transfer ...2 expertise|experience|know-how|technology', 'Sharing expertise or technology is material cooperation (060; manual example "sharing expertise").', { target: ['with', 'to'], symmetric: true, confidence: 0.7 }),
  act('coop-economic', '061', 'verb', '~expand|~boost|~increase|~resume|~deepen|~strengthen|~promote|~develop ...2 trade|investment|investments|economic|commercial|business ties|links|relations|cooperation|exchanges?', 'Expanding trade or economic ties with X is economic cooperation (061).', { target: ['with'], symmetric: true, confidence: 0.7 }),
  act('coop-invest', '061', 'verb', '~invest ...5 in', 'Investing in a country is economic exchange (061).', { target: ['in'], travel: true, confidence: 0.6 }),
  act('coop-open-market', '061', 'verb', '~open ...3 %market|%economy to', 'Opening a market to X is economic cooperation (061).', { target: ['to'], confidence: 0.65 }),
  act('coop-joint-exercise', '062', 'verb', `~hold|~conduct|~stage|~launch|~begin|~start|~undertake|~carry ...4 joint ...3 ${EXERCISES}`, 'Joint military exercises are military cooperation (062).', { target: ['with'], symmetric: true }),
  act('coop-exercise-with', '062', 'verb', `~hold|~conduct|~stage|~launch|~begin|~start|~undertake ...4 ${EXERCISES} with`, 'Exercises held with X are military cooperation (062).', { target: ['with'], symmetric: true }),
  act('coop-war-games', '062', 'verb', '~hold|~conduct|~stage|~launch|~begin|~start|~undertake ...4 war games|%wargame', 'War games held by two actors together are military cooperation (062); a lone actor yields nothing (symmetric, needs a partner).', { target: ['with'], symmetric: true }),
  act('coop-military-ties', '062', 'verb', '~expand|~boost|~deepen|~strengthen|~resume ...2 military|defense|defence|security ties|cooperation|links|relations', 'Expanding military ties with X is military cooperation (062).', { target: ['with'], symmetric: true, confidence: 0.75 }),
  act('coop-judicial', '063', 'verb', '~extradite', 'Extraditing a person to X is judicial cooperation (063; target is the receiving country).', { target: ['to'], confidence: 0.75 }),
  act('coop-hand-over-to', '063', 'verb', '~hand|~turn over to', '"Hand over to X" (persons) is judicial cooperation with X (063); handing over power or weapons has longer rules.', { target: ['to'], confidence: 0.6 }),
  act('coop-hand-over-suspect', '063', 'verb', '~hand|~turn over ...6 %suspect|%fugitive|%national|%citizen|%militant', 'Handing suspects over to X is judicial cooperation (063).', { target: ['to'], confidence: 0.75 }),
  act('coop-intel', '064', 'verb', '~share|~exchange|~swap ...2 intelligence|information|data|evidence|findings', 'Sharing intelligence or information with X is 064.', { target: ['with', 'to'], symmetric: true }),
  act('coop-intel-provide', '064', 'verb', '~provide|~give|~pass|~hand ...3 intelligence|information|evidence', 'Passing intelligence to X is sharing information (064).', { target: ['to', 'OBJ'], confidence: 0.7 }),
  // 07 PROVIDE AID
  act('aid-write-off', '071', 'verb', '~write off ...3 %debt|%loan', 'Writing off debt is economic aid (071).', { target: ['of', 'to', 'for', 'OBJ'], confidence: 0.75 }),
  act('aid-debt-relief', '071', 'verb', '~cancel|~forgive ...3 %debt', 'Debt relief is economic aid (071).', { target: ['of', 'to', 'for', 'OBJ'], confidence: 0.75 }),
  act('aid-economic', '071', 'verb', `~provide|~send|~give|~grant|~extend|~lend|~disburse|~approve|~award ...4 ${ECON_AID}`, 'Loans, grants and credits to X are economic aid (071).', { target: ['to', 'for', 'OBJ'] }),
  act('aid-economic-noun', '071', 'verb', `~provide|~send|~give|~grant|~extend|~pledge|~deliver ...2 economic|financial|development|budget|budgetary ${AID}`, 'Economic or financial aid to X is 071.', { target: ['to', 'for', 'OBJ'] }),
  act('aid-military', '072', 'verb', `~supply|~send|~provide|~deliver|~sell|~ship|~transfer|~give ...4 ${WEAPONS}`, 'Supplying weapons to X is military aid (072).', { target: ['to', 'OBJ'] }),
  act('aid-military-noun', '072', 'verb', `~supply|~send|~provide|~give|~deliver|~continue ...6 military|defense|defence|security ${AID}|intelligence|equipment|hardware|training|%adviser|%advisor|%instructor`, 'Military aid, equipment or intelligence for X is 072.', { target: ['to', 'for', 'OBJ'] }),
  act('aid-offer-troops', '072', 'verb', '~send|~lend|~provide|~give ...3 its|their %troop|%soldier to', 'Giving one\'s troops to another actor is military aid (072).', { target: ['to'], confidence: 0.7 }),
  act('aid-humanitarian', '073', 'verb', '~provide|~send|~deliver|~airlift|~airdrop|~ship|~give|~distribute ...4 humanitarian|food|medical|medicine|medicines|emergency|relief aid|assistance|supplies|relief|help|shipments|%convoy|%kit|%ton|%tonne', 'Humanitarian aid to X is 073.', { travel: true, target: ['to', 'for', 'in', 'OBJ'] }),
  act('aid-humanitarian-goods', '073', 'verb', '~provide|~send|~deliver|~airlift|~airdrop|~ship|~hand|~donate|~distribute ...6 food|medicine|medicines|%tent|%blanket|water|grain|flour|rice|%vaccine|shelter', 'Delivering food, medicine or shelter to X is humanitarian aid (073).', { travel: true, target: ['to', 'for', 'in', 'OBJ'], confidence: 0.75 }),
  act('aid-evacuate', '073', 'verb', '~evacuate|~rescue', 'Evacuating or rescuing victims is humanitarian aid (073); the place left is the target.', { target: ['from', 'OBJ'], travel: true, confidence: 0.6 }),
  act('aid-shelter', '073', 'verb', '~shelter|~house|~take in ...3 %refugee|%evacuee|%migrant', 'Sheltering refugees is humanitarian aid (073).', { target: ['from', 'OBJ'], needs: 'source', confidence: 0.65 }),
  act('aid-open-border', '073', 'verb', '~open|~reopen|~re-open ...2 %border|%door ...2 to', 'Opening borders to people is humanitarian aid (073; manual example).', { target: ['to'], confidence: 0.6 }),
  act('aid-peacekeepers', '074', 'verb', `~deploy|~send|~dispatch|~contribute|~station|~provide ...10 ${PEACEKEEPERS}`, 'Deploying peacekeepers is military protection or peacekeeping (074).', { target: ['to', 'in'], travel: true }),
  act('aid-mandate', '074', 'verb', '~extend|~renew|~expand|extension|renewal ...4 %mandate', 'Extending a peacekeeping mandate is 074 (manual description).', { target: ['in', 'for', 'of'], travel: true, confidence: 0.7 }),
  act('aid-worth', '070', 'verb', `~provide|~send|~give|~deliver|~grant|~donate|~ship ...7 worth of ${AID}`, 'Giving an amount\'s "worth of" aid or goods is 070 (the amount, "$2.5 million", is several tokens).', { travel: true, target: ['to', 'for'] }),
  act('aid-provide', '070', 'verb', `~provide|~send|~give|~deliver|~grant|~donate|~extend ...3 ${AID}`, 'Providing aid to X is 070.', { travel: true, target: ['to', 'for', 'OBJ'] }),
  act('aid-donate', '070', 'verb', '~donate', 'Donating to X is aid (070).', { target: ['to'], confidence: 0.65 }),
  act('aid-asylum', '075', 'verb', '~grant|~give ...2 %asylum', 'Granting asylum is 075.', { target: ['to', 'OBJ'] }),
]);
