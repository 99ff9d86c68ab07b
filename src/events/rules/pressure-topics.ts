/**
 * What a demand, a rejection or a threat is about, as data, and the generator that crosses a
 * family's heads ("demanded that X", "refused to", "threatened to") with these topics.
 *
 * CAMEO 1.1b3 gives DEMAND (10) and REJECT (12) the same sub-structure: material cooperation
 * (101x / 121x), aid (103x / 122x), political reform (104x / 123x), yielding (105x / 124x),
 * meeting (106 / 125), settlement (107 / 127) and mediation (108 / 126); so one topic table serves
 * both, each topic naming its code in either family. THREATEN (13) has its own topics (131x–138x).
 * Keywords are pattern fragments (syntax in `types.ts`) that may follow a head after a short gap.
 * Table order is precedence among equally long matches, so the more specific topics come first.
 */
import { rule } from './define.js';
import type { EventRule, RuleKind } from './types.js';

/** A subject of demands and rejections: its code in each family and the keyword patterns that show it. */
export interface YieldTopic {
  readonly id: string;
  /** CAMEO code of demanding it (10x), or null when the family has no rule for it. */
  readonly demand: string | null;
  /** CAMEO code of rejecting or refusing it (12x), or null. */
  readonly reject: string | null;
  readonly kws: readonly string[];
  /** What the topic is, for the generated rules' reasons. */
  readonly what: string;
}

/** A subject of threats: its 13x code, the acts threatened ("to impose sanctions") and the things ("sanctions"). */
export interface ThreatTopic {
  readonly id: string;
  readonly code: string;
  /** Verb phrases after "threatened to" or "will". */
  readonly acts: readonly string[];
  /** Noun phrases after "threatened" or "threatened X with". */
  readonly things: readonly string[];
  readonly what: string;
}

const t = (id: string, demand: string | null, reject: string | null, what: string, kws: string[]): YieldTopic => Object.freeze({ id, demand, reject, what, kws: Object.freeze(kws) });

/**
 * Demand (10x) / reject (12x) topics, CAMEO 1.1b3 §10 and §12 (106, 1213 and 1214 come into the code
 * table from CAMEO2PLOVER-2021: GDELT's list lacks them).
 */
export const YIELD_TOPICS: readonly YieldTopic[] = Object.freeze([
  t('release', '1053', '1243', 'release of persons or property', ['~release|~free|freeing', '~release|~free|~return|release|freeing|return ...4 %hostage|%prisoner|%detainee|%captive|%national|%citizen|%journalist|%activist|%dissident|%soldier|%crew|property']),
  t('econ-sanctions', '1054', '1244', 'easing of economic sanctions, boycott or embargo', ['~lift|~ease|~remove|~end|~drop|~relax|lifting|easing|removal ...3 %sanction|%embargo|%boycott|%tariff']),
  t('admin-sanctions', '1051', '1241', 'easing of administrative sanctions (curfews, bans, restrictions)', ['~lift|~ease|~remove|~end|~relax|lifting|easing ...3 %restriction|%curfew|%curb|%ban|censorship|emergency|martial']),
  t('dissent', '1052', '1242', 'ending of political dissent (strikes, protests)', ['~end|~stop|~cancel|~halt|~suspend|~abandon ...3 %strike|%protest|%demonstration|%sit-in|%rally|%boycott', '~call off ...2 %strike|%protest|%demonstration|%boycott']),
  t('involvement', '1055', '1245', 'access for international actors (inspectors, observers, aid workers)', ['~allow|~permit|~admit|~grant|~let ...4 access|%inspector|%observer|%monitor|humanitarian|%mission']),
  t('deescalate', '1056', '1246', 'de-escalation: ceasefire, withdrawal, disarmament', [
    '%ceasefire|%cease-fire|%truce|%armistice',
    '~withdraw|withdrawal|pullout|pull-out|~disarm|disarmament|~demobilize|~demobilise|demobilization',
    '~pull out|back',
    '~lay down ...2 %arm|%weapon',
    '~renounce|~abandon|~give ...3 violence|%struggle|terrorism|%arm|%weapon',
    '~stop|~end|~halt|~cease ...3 fighting|%hostility|%attack|%offensive|shelling|bombing|%raid|violence|%war|%incursion',
  ]),
  t('leadership', '1041', '1231', 'change in leadership (resignation, removal, elections)', ['~resign|resignation|removal|ouster|%election', '~step|~stand down|aside', '~relinquish|~cede|~hand|~give ...2 power']),
  t('institutions', '1044', '1234', 'change in institutions or regime (autonomy, constitution)', ['autonomy|self-rule|independence|%referendum|democracy|democratization|democratisation|constitutional|%constitution']),
  t('rights', '1043', '1233', 'rights and freedoms', ['%right|%freedom|%liberty']),
  t('policy', '1042', '1232', 'change of a policy', ['%policy|policies', '~abandon|~reverse|~scrap|~revoke|~rescind|~repeal|~withdraw|~cancel ...3 %plan|%law|%decision|%decree|%bill|%measure']),
  t('reform', '104', '123', 'political reform', ['%reform']),
  t('mil-coop', '1012', '1212', 'military cooperation (arms sales, alliances, exercises)', ['~sell|%sale|~buy|~purchase ...4 %weapon|arms|%missile|%jet|%warplane|%tank', 'arms|%weapon ...1 %sale|%deal|%purchase', 'military ...1 %cooperation|%alliance|%exercise|%drill|%base|%tie', '%alliance']),
  t('econ-coop', '1011', '1211', 'economic cooperation (trade, investment, markets)', ['trade|free-trade|%investment|%market|%barrier|%export|%import', 'trade|free-trade ...1 %agreement|%deal|%pact|%accord|%talks|%negotiation']),
  t('judicial', '1013', '1213', 'judicial cooperation (extradition, handing over suspects)', ['~extradite|extradition|handover|hand-over', '~hand ...3 over']),
  t('intelligence', '1014', '1214', 'intelligence or information', ['information|intelligence|%data|%document|%record']),
  t('coop', '101', '121', 'material cooperation', ['~cooperate|cooperation']),
  t('econ-aid', '1031', '1221', 'economic aid (loans, debt relief)', ['economic|financial|development ...1 aid|assistance|help', '%loan|debt|%bailout']),
  t('mil-aid', '1032', '1222', 'military aid', ['military ...1 aid|assistance|help|%support|%equipment', '%weapon|arms|ammunition']),
  t('humanitarian', '1033', '1223', 'humanitarian aid, refuge or asylum', ['humanitarian|food|medical ...1 aid|assistance|help|%supply|relief', '%refugee|asylum|refuge|%asylum-seeker']),
  t('peacekeeping', '1034', '1224', 'military protection or peacekeeping', ['%peacekeeper|peacekeeping|protection|~protect', 'military presence']),
  t('aid', '103', '122', 'material aid', ['aid|assistance|%resource|funding|%fund|money|relief']),
  t('mediation', '108', '126', 'mediation', ['~mediate|mediation|%mediator', '~host ...3 talks|%summit|%meeting|%negotiation']),
  t('meet', '106', '125', 'a meeting or negotiations', ['talks|%negotiation|%meeting|%summit|dialogue|%invitation', 'meet|negotiate|talk']),
  t('settle', '107', '127', 'a settlement of the dispute (peace plan, agreement)', ['peace|%settlement|%roadmap', 'peace ...1 %plan|%proposal|%deal|%initiative|%process|%accord|%agreement|%roadmap|%treaty', '~reach|~sign|~accept ...3 %agreement|%deal|%accord']),
  t('support', '102', null, 'diplomatic cooperation or policy support', ['%support|backing|recognition|~recognize|~recognise|~endorse']),
  t('yield', '105', '124', 'yielding or conceding', ['%concession|~concede|~yield|~comply|compliance|~surrender', '~forsake|~abandon|~dismantle|~give|~halt|~freeze|~scrap|~end ...3 nuclear|%program|%programme']),
]);

const th = (id: string, code: string, what: string, acts: string[], things: string[]): ThreatTopic => Object.freeze({ id, code, what, acts: Object.freeze(acts), things: Object.freeze(things) });

/** Threat (13x) topics, CAMEO 1.1b3 §13. */
export const THREAT_TOPICS: readonly ThreatTopic[] = Object.freeze([
  th('wmd', '1385', 'unconventional mass violence (weapons of mass destruction)', ['~use ...3 nuclear|chemical|biological|atomic', '~launch|~carry ...3 nuclear ...1 %strike|%attack'], ['nuclear|chemical|biological|atomic ...2 %weapon|%attack|%strike|%war|%annihilation', 'weapons of mass destruction']),
  th('terror', '1383', 'unconventional violence (terrorism)', ['~resume|~launch|~carry|~step|~wage|~intensify ...3 terrorist|terror|suicide', '~kidnap|~assassinate'], ['terrorist|terror|suicide ...1 %attack|%activity|%bombing|%campaign']),
  th('blockade', '1381', 'a blockade', ['~blockade', '~impose|~enforce|~tighten ...2 %blockade'], ['%blockade']),
  th('occupy', '1382', 'occupation of territory', ['~occupy|~annex|~seize|~capture|~retake|~reoccupy', '~take|~gain|~seize ...2 control'], ['%occupation|%annexation']),
  th('attack', '1384', 'a conventional attack', ['~attack|~invade|~shell|~bomb|~bombard|~raid|~storm', '~strike back|at', '~launch|~mount|~carry ...3 %attack|%offensive|%strike|%airstrike|%raid|%invasion|%assault', '~fire ...2 %missile|%rocket|%shell', '~shoot down'], ['military ...1 %strike|%attack|%offensive|%invasion', '%airstrike|%invasion|%offensive']),
  th('force', '138', 'military force', ['~use ...2 force|military', '~retaliate|~respond ...2 militarily|force', '~deliver|~deal ...3 %blow', '~go|~wage to? war', '~destroy|~wipe|~crush|~annihilate|~obliterate', '~hit back', '~take ...1 military action'], ['military|armed ...1 %action|%force|%response|%retaliation|%intervention|%option', 'force|war|%blow|%reprisal']),
  th('aid', '1311', 'reducing or stopping aid', ['~cut|~halt|~suspend|~stop|~end|~freeze|~withhold|~reduce|~withdraw|~pull ...3 aid|assistance|funding|%fund|%loan|%subsidy|%peacekeeper|peacekeeping'], ['aid ...1 %cut|%suspension|%freeze']),
  th('sanctions', '1312', 'sanctions, boycott or embargo', ['~impose|~slap|~levy|~introduce|~adopt|~tighten|~extend|~expand|~reimpose ...3 %sanction|%embargo|%tariff|%duty|%boycott', '~impose ...2 import|trade ...1 %restriction|%curb|%ban', '~sanction|~embargo'], ['%sanction|%embargo|%tariff|%boycott', 'economic|trade ...1 %measure|%war|%penalty|%retaliation|%reprisal']),
  th('relations', '1313', 'reducing or breaking relations', ['~break|~sever|~cut|~downgrade|~suspend|~freeze|~review ...3 relations|ties|%relation', '~recall|~withdraw|~expel ...3 %ambassador|%envoy|%diplomat', '~secede', '~declare ...2 independence', '~leave|~quit|~withdraw|~exit ...3 %alliance|%union|%organization|%organisation|%treaty|%pact|%bloc|%federation', '~pull out ...2 %treaty|%deal|%agreement|%accord|%pact|%alliance|%union'], []),
  th('freedoms', '1321', 'restrictions on political freedoms', ['~ban|~restrict|~curb|~outlaw|~prohibit|~censor|~suspend|~shut|~close ...3 voting|%rally|%protest|%demonstration|%gathering|%newspaper|%media|press|internet|%broadcast|%website|%assembly|speech|%march'], []),
  th('ban-parties', '1322', 'banning parties or politicians', ['~ban|~outlaw|~bar|~disqualify|~dissolve|~proscribe ...3 %party|parties|%candidate|%opposition|%politician|%movement'], []),
  th('curfew', '1323', 'a curfew', ['~impose|~extend|~declare|~enforce|~introduce|~institute ...3 %curfew'], ['%curfew']),
  th('emergency', '1324', 'a state of emergency or martial law', ['~impose|~declare|~extend|~introduce|~proclaim ...3 martial|emergency'], ['martial law', 'state of emergency']),
  th('restrictions', '132', 'administrative sanctions (restrictions)', ['~impose|~introduce|~tighten ...3 %restriction|%curb|%control|%limit|%ban|%penalty'], []),
  th('dissent', '133', 'political dissent (strikes, protests, boycotts)', ['general|hunger|nationwide|national ...1 %strike', '~go on %strike', '~stage|~hold|~organize|~organise ...3 %protest|%demonstration|%sit-in|%march|%rally|%strike', '~protest|~demonstrate|~march|~riot', '~boycott ...3 %election|%vote|%poll|%parliament|%session'], ['%protest|%demonstration', 'general|hunger ...1 %strike']),
  th('talks', '134', 'halting negotiations', ['~stop|~halt|~suspend|~end|~abandon|~quit|~boycott|~freeze|~break ...3 talks|%negotiation|dialogue', '~walk|~pull|~withdraw ...3 talks|%negotiation|dialogue'], []),
  th('mediation', '135', 'halting mediation', ['~stop|~halt|~suspend|~end|~abandon|~quit ...3 mediation|mediating|%mediator'], []),
  th('involvement', '136', 'halting international involvement (inspectors, observers, agencies)', ['~withdraw|~pull|~expel|~evict|~remove ...3 %inspector|%observer|%monitor|%worker|%mission|%agency'], []),
  th('repression', '137', 'repression of dissidents', ['~arrest|~jail|~imprison|~detain|~prosecute|~punish|~suppress|~disperse', '~crack down', 'no longer ~tolerate'], ['%crackdown']),
  th('nonforce', '131', 'non-force measures (cutting off supplies)', ['~cut ...1 off ...3 electricity|power|gas|oil|water|%supply|energy|fuel', '~halt|~stop|~suspend ...3 %supply|%delivery|%shipment|electricity|gas|oil'], []),
  th('action', '130', 'unspecified action or consequences', [], ['further ...1 %action|%measure|%step', '%consequence|%retaliation|%countermeasure']),
]);

/** A family head: the pattern before the topic keyword, and how its arguments are found. */
export interface Head {
  readonly id: string;
  readonly pattern: string;
  /** Largest gap between the head and the keyword (0: adjacent). */
  readonly gap: number;
  readonly reason: string;
  readonly kind?: RuleKind;
  readonly target?: readonly string[];
  readonly needs?: EventRule['needs'];
  readonly confidence?: number;
  readonly travel?: boolean;
}

/** Single-element keywords of one topic joined into one alternation (one rule instead of several). */
function mergeSingles(kws: readonly string[]): string[] {
  const singles = kws.filter((k) => !k.includes(' '));
  return [...(singles.length ? [singles.join('|')] : []), ...kws.filter((k) => k.includes(' '))];
}

/** One rule per (head, topic keyword): id `<family>-<head>-<topic>[-n]`, code `code(topic)`. Topics without a code are skipped. */
export function crossRules<T extends { id: string; what: string }>(family: string, heads: readonly Head[], topics: readonly T[], code: (t: T) => string | null, kws: (t: T) => readonly string[]): EventRule[] {
  const out: EventRule[] = [];
  for (const h of heads) {
    for (const tp of topics) {
      const c = code(tp);
      if (!c) continue;
      mergeSingles(kws(tp)).forEach((kw, k) => {
        const pattern = h.gap > 0 ? `${h.pattern} ...${h.gap} ${kw}` : `${h.pattern} ${kw}`;
        const extra: Omit<EventRule, 'id' | 'code' | 'section' | 'reason' | 'kind' | 'pattern'> = {
          ...(h.target ? { target: h.target } : {}), ...(h.needs ? { needs: h.needs } : {}),
          ...(h.confidence !== undefined ? { confidence: h.confidence } : {}), ...(h.travel ? { travel: true } : {}),
        };
        out.push(rule(`${family}-${h.id}-${tp.id}${k ? `-${k + 1}` : ''}`, c, h.kind ?? 'verb', pattern, `${h.reason}: ${tp.what} (${c}).`, extra));
      });
    }
  }
  return out;
}
