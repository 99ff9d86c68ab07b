/**
 * Material cooperation (06), aid (07), yield (08) and investigate (09) rules.
 * Sections: CAMEO Manual 1.1b3, chapters 06–09.
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

const AID = 'aid|assistance|help|relief|supplies';

export const MATERIAL_RULES: readonly EventRule[] = Object.freeze([
  // 06 ENGAGE IN MATERIAL COOPERATION
  rule('coop-material', '060', 'verb', '~cooperate|~collaborate|~partner', 'Cooperating with X (unspecified) is material cooperation (060).', { target: ['with'], symmetric: true, confidence: 0.6 }),
  rule('coop-economic', '061', 'verb', '~expand|~boost|~increase|~resume ...2 trade|investment|economic', 'Expanding trade with X is economic cooperation (061).', { target: ['with'], symmetric: true, confidence: 0.65 }),
  rule('coop-military', '062', 'verb', '~hold|~conduct|~stage ...3 joint ...2 %exercise|%drill|maneuvers|manoeuvres', 'Joint military exercises with X are military cooperation (062).', { target: ['with'], symmetric: true }),
  rule('coop-judicial', '063', 'verb', '~extradite', 'Extraditing a person to X is judicial cooperation (063).', { target: ['to'], confidence: 0.7 }),
  rule('coop-intel', '064', 'verb', '~share ...2 intelligence|information|data', 'Sharing intelligence or information with X is 064.', { target: ['with'], symmetric: true }),
  // 07 PROVIDE AID
  rule('aid-economic', '071', 'verb', '~provide|~send|~give|~grant|~extend|~lend ...3 %loan|%credit|funds|funding', 'Loans and credits to X are economic aid (071).', { target: ['to', 'OBJ'] }),
  rule('aid-economic-noun', '071', 'verb', `~provide|~send|~give|~grant|~extend|~pledge ...2 economic|financial|development ${AID}`, 'Economic or financial aid to X is 071.', { target: ['to', 'for', 'OBJ'] }),
  rule('aid-military', '072', 'verb', '~supply|~send|~provide|~deliver|~sell ...3 weapons|arms|missiles|tanks|ammunition', 'Supplying weapons to X is military aid (072).', { target: ['to', 'OBJ'] }),
  rule('aid-military-noun', '072', 'verb', `~supply|~send|~provide|~give|~pledge ...2 military|defense|defence ${AID}`, 'Military aid to X is 072.', { target: ['to', 'for', 'OBJ'] }),
  rule('aid-humanitarian', '073', 'verb', '~provide|~send|~deliver|~airlift ...3 humanitarian|food|medical|medicine|medicines aid|assistance|supplies|relief|help|shipments|convoys?', 'Humanitarian aid to X is 073.', { target: ['to', 'for', 'OBJ'] }),
  rule('aid-provide', '070', 'verb', `~provide|~send|~give|~deliver|~grant|~donate ...3 ${AID}`, 'Providing aid to X is 070.', { target: ['to', 'for', 'OBJ'] }),
  rule('aid-asylum', '075', 'verb', '~grant|~offer ...2 asylum', 'Granting asylum is 075.', { target: ['to', 'OBJ'] }),
  // 08 YIELD
  rule('yield', '080', 'verb', '~yield|~capitulate|~concede to', 'Yielding to X is 080.', { target: ['to'] }),
  rule('yield-release', '0841', 'verb', '~release|~free ...3 prisoners|hostages|detainees|captives|soldiers|sailors|citizens|journalists', 'Releasing persons is 0841.', { target: ['to', 'from'], needs: 'source' }),
  rule('yield-ease-sanctions', '085', 'verb', '~lift|~ease|~relax|~suspend ...3 %sanction|%embargo', 'Easing sanctions on X is 085.', { target: ['on', 'against'] }),
  rule('yield-ceasefire', '0871', 'verb', '~declare|~announce|~agree ...3 ceasefire|truce|cease-fire', 'Declaring a ceasefire is 0871.', { target: ['with'], symmetric: true, needs: 'either' }),
  rule('yield-withdraw', '087', 'verb', '~withdraw|~pull ...3 troops|forces|soldiers', 'Withdrawing troops de-escalates a military engagement (087).', { target: ['from'], needs: 'source' }),
  // 09 INVESTIGATE
  rule('investigate', '090', 'verb', '~investigate|~probe', 'Investigating X is 090.', { target: ['OBJ'] }),
  rule('investigate-launch', '090', 'verb', '~launch|~open|~begin ...2 investigation|inquiry|probe', 'Launching an investigation into X is 090.', { target: ['into', 'of', 'on'] }),
  rule('investigate-war-crimes', '094', 'verb', '~investigate|~probe ...3 war crimes', 'Investigating war crimes is 094.', { target: ['by', 'OBJ'], needs: 'either' }),
]);
