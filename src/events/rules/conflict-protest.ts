/**
 * Protest rules (CAMEO 1.1b3 §14, 140–145 and their sub-codes). Each protest form (demonstrate 141,
 * hunger strike 142, strike or boycott 143, obstruct 144, riot 145) has base rules; the sub-codes
 * name what the protest demands (leadership change xx1, policy change xx2, rights xx3, change of
 * institutions or regime xx4), so `purposeRules` adds, for every purpose-capable base pattern, a
 * longer pattern that reaches a purpose cue ("... demanding the resignation", "... calling for
 * independence"). The longest match wins (`../match.ts`), so a cue upgrades the base code.
 */
import { rule } from './define.js';
import type { EventRule, RuleKind } from './types.js';

/** Protest verbs and nouns whose purpose may be coded; `code` is the 3-digit form code. */
interface ProtestForm {
  readonly id: string;
  readonly code: '141' | '142' | '143' | '144' | '145';
  readonly kind: RuleKind;
  readonly pattern: string;
  readonly reason: string;
  readonly target: readonly string[];
  readonly confidence?: number;
  /** Coded only with a purpose cue (the bare form is too ambiguous or belongs to another rule). */
  readonly purposeOnly?: boolean;
  /** Never given purpose variants (another form already covers the same words). */
  readonly noPurpose?: boolean;
}

const PROTEST_NOUNS = '%protest|%demonstration|%rally|%sit-in';
const SUPPORT_VERBS = '~stage|~hold|~organize|~organise|~lead|~join|~mount|~begin|~start|~continue|~launch';
const STRIKE_ADJ = 'general|nationwide|national|indefinite|open-ended|one-day|two-day|three-day|24-hour|48-hour|labor|labour|workers|teachers|transport|rail|public-sector';
const ROADS = '%road|%street|%highway|%motorway|%bridge|%entrance|traffic|transport|%railway|%crossing|access|%intersection|%junction|%port';
const AGAINST = ['against', 'outside', 'in', 'at', 'near', 'of', 'from', 'by'];

/** The purpose-capable protest forms (CAMEO 1.1b3 §14 141–145 descriptions). */
const FORMS: readonly ProtestForm[] = Object.freeze([
  { id: 'rally-demonstrate', code: '141', kind: 'verb', pattern: '~demonstrate against|in|outside|near|at|on|across|throughout|,', reason: 'Demonstrating (against X, in or outside a place) is 141; "demonstrated its resolve" has no such word.', target: AGAINST, confidence: 0.7 },
  { id: 'rally-verb', code: '141', kind: 'verb', pattern: '~rally against|outside|near|,', reason: 'Rallying against X is 141 (not "the dollar rallied in").', target: AGAINST, confidence: 0.7 },
  { id: 'rally-march', code: '141', kind: 'verb', pattern: '~march against|on|through', reason: 'Marching against or on X is 141 (not the month March).', target: AGAINST, confidence: 0.7 },
  { id: 'rally-stage', code: '141', kind: 'verb', pattern: `${SUPPORT_VERBS}|~converge|~gather ...3 ${PROTEST_NOUNS}|%march`, reason: 'Staging or holding a protest, rally or march is 141.', target: AGAINST, confidence: 0.8 },
  { id: 'rally-streets', code: '141', kind: 'verb', pattern: '~take to the streets', reason: 'Taking to the streets is a demonstration (141).', target: AGAINST, confidence: 0.8 },
  { id: 'rally-protest-verb', code: '141', kind: 'verb', pattern: '~protest', reason: 'Protesting with a stated demand is a demonstration (141).', target: AGAINST, confidence: 0.6, purposeOnly: true },
  { id: 'rally-noun', code: '141', kind: 'noun', pattern: PROTEST_NOUNS, reason: 'A protest or demonstration with a stated demand is 141.', target: AGAINST, confidence: 0.6, purposeOnly: true },
  { id: 'rally-noun-against', code: '141', kind: 'noun', pattern: `${PROTEST_NOUNS} against|outside|over`, reason: 'Protests against X are 141.', target: AGAINST, confidence: 0.7, noPurpose: true },
  { id: 'hunger-verb', code: '142', kind: 'verb', pattern: '~begin|~start|~stage|~launch|~continue|~declare|~join|~go|~mount|~maintain ...4 hunger %strike', reason: 'Beginning or staging a hunger strike is 142.', target: AGAINST, confidence: 0.85 },
  { id: 'hunger-verb-hyphen', code: '142', kind: 'verb', pattern: '~begin|~start|~stage|~launch|~continue|~declare|~join|~go|~mount|~maintain ...4 %hunger-strike', reason: 'Beginning or staging a hunger-strike is 142.', target: AGAINST, confidence: 0.85 },
  { id: 'hunger-on', code: '142', kind: 'verb', pattern: 'is|are|was|were|been|remain|remains|remained|went|gone on hunger %strike', reason: 'Being on hunger strike is 142.', target: AGAINST, confidence: 0.8 },
  { id: 'hunger-noun', code: '142', kind: 'noun', pattern: 'hunger %strike', reason: 'A hunger strike is 142.', target: AGAINST, confidence: 0.65 },
  { id: 'strike-on', code: '143', kind: 'verb', pattern: 'go|goes|went|gone|going|is|are|was|were|been|remain|remained on strike', reason: 'Going on strike is 143.', target: AGAINST, confidence: 0.8 },
  { id: 'strike-stage', code: '143', kind: 'verb', pattern: `~stage|~hold|~call|~organize|~organise|~begin|~start|~launch|~join|~continue|~declare|~announce|~mount ...3 ${STRIKE_ADJ} %strike|%walkout|%stoppage`, reason: 'Staging a general or labour strike is 143 (not a military strike, 19x).', target: AGAINST, confidence: 0.85 },
  { id: 'strike-stage-plain', code: '143', kind: 'verb', pattern: '~stage|~call|~organize|~organise|~join|~hold ...2 %strike|%walkout|%stoppage', reason: 'Staging or calling a strike is 143; military strikes are launched or carried out, not staged.', target: AGAINST, confidence: 0.75 },
  { id: 'strike-noun', code: '143', kind: 'noun', pattern: `${STRIKE_ADJ} %strike`, reason: 'A general or labour strike is 143.', target: AGAINST, confidence: 0.7 },
  { id: 'strike-stop-work', code: '143', kind: 'verb', pattern: '~stop|~down work|tools', reason: 'Stopping work is a strike (143).', target: AGAINST, confidence: 0.75 },
  { id: 'strike-boycott', code: '143', kind: 'verb', pattern: '~boycott', reason: 'Boycotting (elections, talks, goods) is protest by refusing to cooperate (143).', target: ['OBJ'], confidence: 0.75 },
  { id: 'block-roads', code: '144', kind: 'verb', pattern: `~block|~barricade|~obstruct|~blockade ...3 ${ROADS}`, reason: 'Blocking roads, bridges or access is obstruction (144); armed blockades are 191.', target: ['in', 'into', 'to', 'of', 'leading'], confidence: 0.75 },
  { id: 'block-occupy', code: '144', kind: 'verb', pattern: '~occupy ...3 %building|%office|%square|%campus|%parliament|%ministry|%embassy|%university|%factory', reason: 'Protesters occupying a building block its use (144), not a territorial occupation (192).', target: ['of', 'in'], confidence: 0.6, noPurpose: true },
  { id: 'riot-verb', code: '145', kind: 'verb', pattern: 'rioted|rioting', reason: 'Rioting is violent protest (145).', target: AGAINST, confidence: 0.75 },
  { id: 'riot-noun', code: '145', kind: 'noun', pattern: 'riots', reason: 'Riots are violent protest (145).', target: AGAINST, confidence: 0.7 },
  { id: 'riot-noun-one', code: '145', kind: 'noun', pattern: '%riot against|over|in|at|following|after|broke|erupted', reason: 'A riot (not "riot police") is violent protest (145).', target: AGAINST, confidence: 0.7, noPurpose: true },
  { id: 'riot-violent', code: '145', kind: 'noun', pattern: `violent ${PROTEST_NOUNS}`, reason: 'Violent protests are 145.', target: AGAINST, confidence: 0.75 },
  { id: 'riot-turned', code: '145', kind: 'noun', pattern: `${PROTEST_NOUNS} ...3 turned|turn violent`, reason: 'Protests that turn violent are 145.', target: AGAINST, confidence: 0.75, noPurpose: true },
  { id: 'riot-stones', code: '145', kind: 'verb', pattern: '~throw|~hurl ...3 %stone|%rock|%brick|%molotov|%firebomb|petrol', reason: 'Throwing stones or firebombs is violent protest (145).', target: ['at', 'on'], confidence: 0.7, noPurpose: true },
]);

/** Words that introduce what a protest demands or opposes. */
const INTRO = 'demand|demands|demanding|demanded|call|calls|calling|called|seek|seeking|urge|urging|press|pressing|protest|protesting|against|over|for|saying|insisting|support|unless|until';
/** Words after which the protest's object follows: the trigger is extended to them so the target search starts there. */
const INTRO_BARE = 'protest|protesting|demand|demanding|demands|calling|against';

/** Purpose cues per sub-code digit (CAMEO 1.1b3 §14 usage notes of 1411–1454); institution cues first (ties go to table order). */
const PURPOSES: ReadonlyArray<{ digit: string; name: string; cues: readonly string[] }> = Object.freeze([
  { digit: '4', name: 'institutions', cues: ['democratic|constitutional|institutional ...1 %reform|%change', 'independence|autonomy|referendum|democracy|self-rule|self-determination|secession|statehood|regime'] },
  { digit: '1', name: 'leadership', cues: ['resignation|resign|ouster|oust|removal|overthrow|topple|toppling|impeachment|impeach|reinstated|reinstatement|quit', 'step|stand down', 'new|early|fresh|snap elections|election|polls'] },
  { digit: '3', name: 'rights', cues: ['rights|freedom|freedoms|liberties|equality|arrest|arrests|detention|detentions|jailing|crackdown|repression|torture|abuses|discrimination|persecution|violations'] },
  { digit: '2', name: 'policy', cues: ['reform|reforms|policy|policies|bill|law|laws|legislation|tax|taxes|prices|subsidies|austerity|budget|wages|pensions|cuts|privatization|privatisation|hike|hikes'] },
]);

/**
 * For each form and purpose, a rule `<form> ...10 <intro> @T ...4 <cue>` (the protested actor in a
 * slot: "rallies against Abbas, saying he must resign") and `<form> ...10 <intro> ...5 <cue>`.
 * Source: CAMEO 1.1b3 §14 (sub-codes 1411–1454 by the protesters' demand).
 */
function purposeRules(forms: readonly ProtestForm[]): EventRule[] {
  const out: EventRule[] = [];
  for (const f of forms) {
    if (f.noPurpose) continue;
    for (const p of PURPOSES) {
      const code = f.code + p.digit;
      p.cues.forEach((cue, i) => {
        const reason = `${f.reason.replace(/\.$/, '')}; a demand for ${p.name} change makes it ${code}.`;
        const base = { target: f.target, travel: true, needs: 'either' as const, confidence: Math.min(0.9, (f.confidence ?? 0.8) + 0.05) };
        out.push(rule(`protest-${f.id}-${p.name}-${i + 1}-slot`, code, f.kind, `${f.pattern} ...10 against|over @T ...4 ${cue}`, reason, base));
        out.push(rule(`protest-${f.id}-${p.name}-${i + 1}`, code, f.kind, `${f.pattern} ...10 ${INTRO} ...5 ${cue}`, reason, base));
      });
    }
    const reason = `${f.reason.replace(/\.$/, '')}; the trigger runs to the word that introduces what is protested, where the target search starts.`;
    out.push(rule(`protest-${f.id}-object`, f.code, f.kind, `${f.pattern} ...10 ${INTRO_BARE}`, reason, { target: f.target, travel: true, needs: 'either', confidence: f.confidence ?? 0.8 }));
  }
  return out;
}

function baseRules(forms: readonly ProtestForm[]): EventRule[] {
  return forms.filter((f) => !f.purposeOnly).map((f) => rule(`protest-${f.id}`, f.code, f.kind, f.pattern, f.reason, { target: f.target, travel: true, needs: 'either', confidence: f.confidence ?? 0.8 }));
}

export const PROTEST_RULES: readonly EventRule[] = Object.freeze([
  ...purposeRules(FORMS),
  rule('protest-pro-independence', '1414', 'noun', `pro-independence|pro-democracy|independence ${PROTEST_NOUNS}`, 'Rallies for independence or democracy demand regime change (1414).', { target: AGAINST, travel: true, needs: 'either', confidence: 0.75 }),
  rule('protest-anti-government', '1411', 'noun', `anti-government ${PROTEST_NOUNS}`, 'Anti-government rallies oppose the leadership (1411).', { target: AGAINST, travel: true, needs: 'either', confidence: 0.6 }),
  rule('protest-strike-launch', '143', 'verb', `~launch|~carry ...3 ${STRIKE_ADJ} %strike`, 'A launched general or labour strike is 143, not a military strike (ties with fight rules go to this earlier rule).', { target: AGAINST, travel: true, needs: 'either', confidence: 0.8 }),
  ...baseRules(FORMS),
  rule('protest-dissent', '140', 'verb', '~protest against|over|outside|at|in|near|on', 'Protesting against X (or at a place), the form unspecified, is political dissent (140); a participle "demonstrators protesting ..." or a purpose "to protest" belongs to another event.', { target: ['against', 'outside', 'over', 'at', 'in', 'near'], travel: true, needs: 'either', confidence: 0.55 }),
  rule('protest-signatures', '140', 'verb', '~collect|~gather ...2 %signature', 'Collecting signatures for a petition is dissent (140, manual example).', { target: ['against', 'to', 'for'], needs: 'source', confidence: 0.6 }),
]);
