/**
 * DISAPPROVE rules (CAMEO 1.1b3 §11, codes 110–116): criticism, accusations (with the sub-code
 * from what the target is accused of), rallying opposition, official complaints, lawsuits and
 * court findings. The accusation heads are active verbs with an object target, so a passive
 * ("was accused of ... by X") takes its target from the subject (see `arguments.ts`).
 */
import { rule } from './define.js';
import { crossRules, type Head } from './pressure-topics.js';
import type { EventRule } from './types.js';

/** What a target is accused of (CAMEO 1.1b3 §11, 1121–1125), most specific first. */
const CHARGES: ReadonlyArray<{ id: string; code: string; what: string; kws: readonly string[] }> = [
  { id: 'war-crimes', code: '1124', what: 'war crimes', kws: ['war ...1 %crime|%criminal', '%genocide|%atrocity|humanity|cleansing|%massacre'] },
  { id: 'rights', code: '1122', what: 'human rights abuses', kws: ['human ...1 %right', '~torture|%abuse|~abuse|~persecute|persecution|%discrimination|slavery|%disappearance'] },
  { id: 'espionage', code: '1125', what: 'espionage or treason', kws: ['~spy|%espionage|%treason|~collaborate|%collaboration|%sedition|%spy'] },
  { id: 'aggression', code: '1123', what: 'aggression', kws: ['%aggression|~attack|~invade|%invasion|~bomb|%bombing|~shell|%shelling|%incursion|%provocation|~provoke|%airstrike', '~violate|~breach|violation ...3 %ceasefire|%cease-fire|%truce|%airspace|%border|%territory|%sovereignty'] },
  { id: 'crime', code: '1121', what: 'crime or corruption', kws: ['%corruption|~embezzle|%embezzlement|%fraud|~misuse|%misuse|%bribery|~bribe|%theft|~steal|%smuggling|~smuggle|%laundering|%crime|%murder|~murder|%graft|%looting|~loot|%kickback|evasion'] },
];

const ACCUSE_HEADS: readonly Head[] = [
  { id: 'accuse', pattern: '~accuse|~charge|~blame|~indict|~suspect ...6 of|for|with', gap: 4, reason: 'Accusing, charging or blaming X for an act', target: ['OBJ'], confidence: 0.85 },
  { id: 'allegation', pattern: '%allegation|%accusation|%charge|suspicion of|that', gap: 4, reason: 'Allegations of an act against X', kind: 'noun', target: ['against', 'by'], needs: 'either', confidence: 0.6 },
];

/** Detaining someone "for spying" is coded as the accusation (CAMEO 1.1b3 §11, 1125 examples). */
const DETAIN_HEADS: readonly Head[] = [
  { id: 'detain', pattern: '~arrest|~jail|~detain|~imprison|~charge|~indict|~convict|~sentence ...8 on|for ...2 %allegation|%charge|suspicion? of?', gap: 1, reason: 'Detaining or charging X on grounds of an act', target: ['OBJ'], confidence: 0.7 },
];

const CRITICIZE = '~criticize|~criticise|~condemn|~denounce|~slam|~rebuke|~censure|~decry|~deplore|~lambast|~lambaste|~castigate|~chastise|~berate|~reprimand|~excoriate|~vilify|~denigrate|~disparage|~assail|~blast|~ridicule|~deride|~scold|~upbraid|~admonish';

export const DISAPPROVE_RULES: readonly EventRule[] = Object.freeze([
  // 110 disapprove, unspecified
  rule('disapprove-summon', '110', 'verb', '~summon ...3 %ambassador|%envoy|%diplomat|%charge', 'Summoning an envoy to complain is the manual\'s example of 110.', { target: ['OBJ'] }),
  rule('disapprove-object', '110', 'verb', '~object to', '"Object to X" is a disapproval (110).', { target: ['to'], needs: 'source', confidence: 0.65 }),
  rule('disapprove-express', '110', 'verb', '~express|~voice ...3 disapproval|displeasure|dismay|disappointment|outrage|anger|indignation|frustration|%objection|%reservation', 'Voicing displeasure or outrage is a disapproval (110).', { target: ['at', 'over', 'with', 'about', 'to', 'against'], needs: 'source', confidence: 0.65 }),
  // 111 criticize or denounce
  rule('disapprove-criticize', '111', 'verb', CRITICIZE, 'Criticizing, condemning or denouncing X is 111.', { target: ['OBJ'] }),
  rule('disapprove-criticism-noun', '111', 'noun', '%criticism|%condemnation|%denunciation of|against', 'Criticism or condemnation of X is 111.', { target: ['of', 'against'], confidence: 0.5 }),
  // 112 accuse (sub-codes by charge)
  ...crossRules('disapprove', ACCUSE_HEADS, CHARGES, (c) => c.code, (c) => c.kws),
  ...crossRules('disapprove', DETAIN_HEADS, CHARGES.filter((c) => c.code === '1125'), (c) => c.code, (c) => c.kws),
  rule('disapprove-accuse', '112', 'verb', '~accuse|~blame @T of|for', '"Accuse X of" is 112.', { confidence: 0.85 }),
  rule('disapprove-accuse-bare', '112', 'verb', '~accuse|~blame', '"Accuse X" is 112.', { target: ['OBJ'], confidence: 0.75 }),
  rule('disapprove-accusation', '112', 'noun', '%accusation|%allegation against', 'An accusation against X is 112.', { target: ['against'], confidence: 0.6 }),
  // 113 rally opposition against
  rule('disapprove-rally-sanctions', '113', 'verb', '~call|~push|~lobby|~press|~appeal ...1 for ...3 %sanction|%boycott|%embargo|%isolation', 'Calling for sanctions or isolation of X solicits others to punish it (113; manual example).', { target: ['against', 'on', 'of'], confidence: 0.8 }),
  rule('disapprove-rally-action', '113', 'verb', '~call|~push|~lobby|~press|~appeal ...1 for ...2 international ...1 %action|%pressure', 'Calling for international action or pressure against X is 113.', { target: ['against', 'on'], confidence: 0.7 }),
  rule('disapprove-rally-urge', '113', 'verb', '~urge|~call|~ask|~press|~appeal on? ...4 to ~isolate|~sanction|~boycott|~unite|~mobilize|~mobilise|~punish|~ostracize', 'Urging others to isolate, sanction or unite against X is 113.', { target: ['against', 'OBJ'], confidence: 0.75 }),
  rule('disapprove-rally-support', '113', 'verb', '~rally|~mobilize|~mobilise|~galvanize|~galvanise|~lobby|~build ...3 %support|opposition|%country|%ally|allies|%nation|%government|%coalition|%front against', 'Mobilizing other parties against X is 113.', { target: ['against'], confidence: 0.8 }),
  // 114 complain officially
  rule('disapprove-complain', '114', 'verb', '~lodge|~file|~submit|~deliver|~send|~hand ...3 %complaint|%protest|%petition|%grievance', 'Lodging a complaint, protest note or petition is 114.', { target: ['with', 'against', 'to', 'OBJ'] }),
  rule('disapprove-complain-to', '114', 'verb', '~complain to|about|over|of', '"Complain to X (about Y)" is an official complaint (114).', { target: ['to', 'about', 'over', 'against'], needs: 'source', confidence: 0.75 }),
  // 115 bring lawsuit
  rule('disapprove-sue', '115', 'verb', '~sue', 'Suing X is 115.', { target: ['OBJ'], confidence: 0.85 }),
  rule('disapprove-lawsuit', '115', 'verb', '~file|~bring|~launch|~lodge|~initiate ...3 %lawsuit|%suit|%case|%action|%proceeding|%challenge against', 'Filing a lawsuit, case or legal proceedings against X is 115.', { target: ['against'] }),
  rule('disapprove-take-to-court', '115', 'verb', '~take @T to court|%tribunal', '"Take X to court" is 115.'),
  // 116 find guilty or liable
  rule('disapprove-find-guilty', '116', 'verb', '~find @T guilty|liable|culpable|responsible', 'A court finding X guilty or liable is 116.', { confidence: 0.8 }),
  rule('disapprove-convict', '116', 'verb', '~convict', 'A court convicting X is 116.', { target: ['OBJ'], confidence: 0.7 }),
  rule('disapprove-rule-against', '116', 'verb', '~rule ...2 against', 'A court ruling against X is 116.', { target: ['against'], confidence: 0.65 }),
]);
