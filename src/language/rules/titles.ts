/**
 * Title lexicon: political, diplomatic, military and other titles that introduce or describe a
 * person, with the CAMEO sector each implies and the family used to match title-only mentions
 * ("the North Korean leader" matches a president or leader of PRK).
 * Source: CAMEO 1.1b3 actor sectors (GOV, MIL, LEG, JUD, COP, SPY, BUS, MED, ELI, OPP); AP style titles.
 */
import { PORTFOLIOS } from './portfolios.js';

export interface TitleRule {
  id: string;
  /** The title in lower case, words separated by single spaces (the canonical form reported in `Role.title`). */
  title: string;
  /** CAMEO sector the title implies, or null. */
  sector: string | null;
  /** Family for title-only coreference: head, minister, envoy, official, military, legislator, ... */
  family: string;
  reason: string;
  /** Every written form (lower case) that means this title, the canonical one included. */
  forms: readonly string[];
  /** Coreference key: titles with the same key name the same office ("foreign secretary" = "foreign minister"). */
  key: string;
  /** A generic title ("leader", "official", "envoy") in a title-only mention matches any title of its family. */
  generic: boolean;
  /** Also an ordinary word ("general", "major", "head"): lower-case, ownerless and nameless it is no title. */
  common: boolean;
  /** Gender the title implies (queen, spokeswoman, Mrs), used by pronoun coreference; null when none. */
  gender: 'f' | 'm' | null;
  /** A city or region may own the title ("London Mayor", "Governor of Texas"). */
  local: boolean;
  /** An honorific (Mr, Mrs, Dr): marks a person and a gender, but is not a role. */
  honorific: boolean;
}

/**
 * Collective agent nouns (always plural or mass): "Syrian troops", "rebels", "French police".
 * Sectors: CAMEO actor types (MIL military, COP police, REB rebels, INS insurgents, SEP separatists,
 * CVL civilians, LAB labor, AGR agriculture, EDU education, REF refugees, MED media), following the
 * Phoenix agents dictionary's words (SOLDIER/TROOP -> MIL, POLICE -> COP, PROTESTER -> CVL, ...).
 */
const COLLECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['troops', 'MIL'], ['soldiers', 'MIL'], ['forces', 'MIL'], ['army', 'MIL'], ['armed forces', 'MIL'], ['security forces', 'MIL'],
  ['police', 'COP'], ['riot police', 'COP'], ['rebels', 'REB'], ['guerrillas', 'REB'], ['insurgents', 'INS'], ['militants', 'INS'],
  ['separatists', 'SEP'], ['protesters', 'CVL'], ['protestors', 'CVL'], ['demonstrators', 'CVL'], ['activists', 'CVL'], ['civilians', 'CVL'],
  ['workers', 'LAB'], ['unions', 'LAB'], ['trade unions', 'LAB'], ['farmers', 'AGR'], ['students', 'EDU'], ['refugees', 'REF'],
  ['journalists', 'MED'], ['fundamentalists', 'RAD'], ['extremists', 'RAD'], ['radicals', 'RAD'], ['hardliners', 'RAD'],
  ['government', 'GOV'], ['governments', 'GOV'], ['authorities', 'GOV'], ['administration', 'GOV'], ['regime', 'GOV'],
  ['cabinet', 'GOV'], ['parliament', 'LEG'], ['military', 'MIL'], ['navy', 'MIL'], ['air force', 'MIL'], ['opposition', 'OPP'],
  ['judiciary', 'JUD'],
];

type Opts = Partial<Pick<TitleRule, 'key' | 'generic' | 'common' | 'gender' | 'local' | 'honorific'>> & { forms?: string[] };

const r = (title: string, sector: string | null, family: string, reason: string, o: Opts = {}): TitleRule =>
  Object.freeze({
    id: `title-${title.replace(/[^a-z]+/g, '-')}`, title, sector, family, reason,
    forms: Object.freeze([title, ...(o.forms ?? [])]), key: o.key ?? title, generic: o.generic ?? false,
    common: o.common ?? false, gender: o.gender ?? null, local: o.local ?? false, honorific: o.honorific ?? false,
  });

/** Builds rules from `[title, options]` pairs sharing sector, family and reason. */
const group = (sector: string | null, family: string, reason: string, items: ReadonlyArray<string | readonly [string, Opts]>): TitleRule[] =>
  items.map((it) => (typeof it === 'string' ? r(it, sector, family, reason) : r(it[0], sector, family, reason, it[1])));

const HEAD = 'heads of state and government and their equivalents';
const MIN = 'cabinet and ministerial posts';
const DIP = 'diplomatic posts; CAMEO codes diplomats as GOV';
const MILR = 'military ranks and commands';
const LOCAL = 'regional and city executives; CAMEO codes sub-national government as GOV';
const F = { gender: 'f' } as const;
const M = { gender: 'm' } as const;

/** Minister and secretary titles of every portfolio (see `portfolios.ts`), all forms of one portfolio sharing its key. */
const PORTFOLIO_TITLES: readonly TitleRule[] = PORTFOLIOS.flatMap((pf) => {
  // "<adj> minister" forms are titles as written; "minister of|for <obj>" forms read as the first one.
  const forms = pf.obj.flatMap((o) => [`minister of ${o}`, `minister for ${o}`]);
  const out = pf.adj.map((a, k) => r(`${a} minister`, 'GOV', 'minister', `${MIN}: ${pf.reason}`, { key: pf.key, forms: k === 0 ? forms : [] }));
  // Each secretary form is its own title ("secretary of state" is not renamed), sharing the portfolio key.
  for (const sec of [...pf.secretary.map((a) => `${a} secretary`), ...pf.secretaryOf.map((o) => `secretary of ${o}`)]) {
    out.push(r(sec, 'GOV', 'minister', `${MIN}: ${pf.reason} (secretary)`, { key: pf.key }));
  }
  return out;
});

export const TITLES: readonly TitleRule[] = Object.freeze([
  ...group('GOV', 'head', HEAD, [
    'president', 'prime minister', ['premier', { key: 'prime minister', local: true }], ['leader', { generic: true }], 'supreme leader', 'chancellor',
    ['king', M], ['queen', F], ['emperor', M], ['empress', F], ['crown prince', M], ['prince', M], ['princess', F], ['emir', M], ['sultan', M],
    ['dictator', { generic: true }], ['head of state', { generic: true }], ['head of government', { generic: true }], 'president-elect',
    ['chairman', M], ['chairwoman', F], 'first minister', 'taoiseach', 'chief minister', 'monarch',
  ]),
  ...PORTFOLIO_TITLES,
  ...group('GOV', 'minister', MIN, [
    'vice president', 'deputy prime minister', 'vice premier', ['minister', { generic: true }], 'minister of state', 'state councilor',
    'chancellor of the exchequer', ['secretary', { generic: true, common: true }], 'attorney general',
    ['national security adviser', { forms: ['national security advisor'] }], 'chief of staff', 'cabinet secretary',
    ['adviser', { generic: true, common: true, forms: ['advisor'] }], ['aide', { generic: true, common: true }],
  ]),
  ...group('GOV', 'local', LOCAL, [
    ['governor', { local: true, forms: ['gov.'] }], ['lieutenant governor', { local: true }], ['mayor', { local: true }],
    ['deputy mayor', { local: true }], ['provincial premier', { local: true }],
  ]),
  ...group('GOV', 'envoy', DIP, [
    'special representative', 'special envoy', ['envoy', { generic: true }], ['ambassador', { forms: ['amb.'] }],
    ['diplomat', { generic: true }], 'chief negotiator', ['negotiator', { generic: true }], 'consul', 'consul general',
    ['top diplomat', { key: 'minister:foreign' }], ['emissary', { generic: true }], 'high commissioner', ['commissioner', { common: true }],
    ['high representative', { forms: ['foreign policy chief'] }], 'permanent representative',
  ]),
  ...group(null, 'spokesperson', 'speaks for an organization; the sector follows the organization', [
    ['spokesman', { ...M, key: 'spokesperson' }], ['spokeswoman', { ...F, key: 'spokesperson' }], 'spokesperson', 'press secretary',
  ]),
  ...group('GOV', 'official', 'unnamed officials are government actors in CAMEO', [
    ['official', { generic: true }], ['officials', { generic: true }], ['diplomats', { generic: true }],
  ]),
  ...group('LEG', 'legislator', 'legislature members (CAMEO LEG)', [
    ['lawmaker', { generic: true }], ['lawmakers', { generic: true }], ['senator', { local: true, forms: ['sen.'] }],
    ['congressman', { ...M, local: true }], ['congresswoman', { ...F, local: true }], ['representative', { common: true, forms: ['rep.'] }],
    ['speaker', { common: true }], ['member of parliament', { forms: ['mp'] }], ['member of the european parliament', { forms: ['mep'] }],
    ['legislator', { generic: true }], 'parliamentarian', ['speaker of the house', { forms: ['house speaker'] }],
    'speaker of parliament', 'majority leader', 'minority leader',
  ]),
  ...group('OPP', 'opposition', 'leaders of the parliamentary opposition (CAMEO OPP)', ['opposition leader', 'leader of the opposition']),
  ...group('MIL', 'military', MILR, [
    ['general', { common: true, forms: ['gen.'] }], ['lieutenant general', { forms: ['lt. gen.', 'lt. general'] }],
    ['major general', { forms: ['maj. gen.'] }], ['brigadier general', { forms: ['brig. gen.'] }], 'brigadier',
    ['admiral', { forms: ['adm.'] }], 'vice admiral', 'rear admiral', ['colonel', { forms: ['col.'] }],
    ['lieutenant colonel', { forms: ['lt. col.'] }], ['major', { common: true, forms: ['maj.'] }], ['captain', { common: true, forms: ['capt.'] }],
    ['commander', { common: true }], 'army chief', 'military chief', 'navy chief', 'air force chief',
    ['chief of general staff', { forms: ['chief of the general staff'], key: 'chief of general staff' }],
    ['chief of the defence staff', { forms: ['chief of the defense staff', 'chief of defence staff', 'chief of defense staff', 'chief of defence', 'chief of defense'] }],
    'chief of army staff', 'chairman of the joint chiefs', 'marshal', 'field marshal', 'air marshal', 'air chief marshal',
    ['defense chief', { forms: ['defence chief'] }], 'military commander', 'army commander', ['sergeant', { common: true, forms: ['sgt.'] }],
  ]),
  ...group('JUD', 'judicial', 'judiciary (CAMEO JUD)', [
    ['judge', { common: true }], ['justice', { common: true }], 'chief justice', ['prosecutor', { generic: true }], 'prosecutor general',
    ['attorney', { common: true }],
  ]),
  ...group('COP', 'police', 'police (CAMEO COP)', [['police chief', { local: true }], ['police commissioner', { local: true }]]),
  ...group('SPY', 'intelligence', 'intelligence services (CAMEO SPY)', ['intelligence chief', 'spy chief']),
  ...group('BUS', 'business', 'business (CAMEO BUS)', ['chief executive', 'ceo', ['executive', { common: true }]]),
  ...COLLECTIVES.map(([t, sector]) => r(t, sector, 'collective', 'a collective agent noun: its sector is the CAMEO agent type (Phoenix agents dictionary; GDELT CAMEO.type)')),
  ...group(null, 'head-of-body', 'heads an organization; sector follows the organization', [
    'secretary-general', 'secretary general', 'director general', 'director-general', ['director', { common: true }],
    ['head', { common: true, generic: true }], ['chief', { common: true, generic: true }],
  ]),
  ...group(null, 'honorific', 'courtesy titles mark a person and a gender but hold no office (AP style: Mr., Mrs., Ms.)', [
    ['mr', { ...M, honorific: true, forms: ['mr.'] }], ['mrs', { ...F, honorific: true, forms: ['mrs.'] }], ['ms', { ...F, honorific: true, forms: ['ms.'] }],
    ['miss', { ...F, honorific: true, common: true }], ['madam', { ...F, honorific: true, forms: ['madame'], common: true }], ['sir', { ...M, honorific: true, common: true }],
    ['dame', { ...F, honorific: true, common: true }], ['lord', { ...M, honorific: true, common: true }], ['lady', { ...F, honorific: true, common: true }],
    ['dr', { honorific: true, forms: ['dr.'] }],
  ]),
]);

/** Plural title forms that make a GROUP ("officials", "diplomats"). */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['officials', 'diplomats', 'lawmakers', 'ministers', 'leaders', 'envoys', 'negotiators', ...COLLECTIVES.map(([t]) => t)]);

/**
 * Modifiers between the owner and the title. `keep` ones stay in the title ("deputy"),
 * `former` marks a former holder (CAMEO ELI, elites), the rest are dropped ("senior", "top").
 * Source: AP style; CAMEO 1.1b3 on former officials (ELI).
 */
export const TITLE_MODIFIERS: Readonly<Record<string, 'keep' | 'former' | 'drop'>> = Object.freeze({
  deputy: 'keep', vice: 'keep', acting: 'drop', interim: 'drop', senior: 'drop', top: 'drop', chief: 'keep',
  'high-ranking': 'drop', 'high-level': 'drop', 'low-level': 'drop', longtime: 'drop', veteran: 'drop', new: 'drop',
  former: 'former', ex: 'former', 'then-': 'drop', outgoing: 'drop', incoming: 'drop', visiting: 'drop', newly: 'drop', elected: 'drop', unnamed: 'drop', anonymous: 'drop',
  special: 'keep', assistant: 'keep', principal: 'keep', other: 'drop', several: 'drop', two: 'drop', three: 'drop', some: 'drop',
  many: 'drop', government: 'drop', administration: 'drop', military: 'drop', foreign: 'keep', defense: 'keep', trade: 'keep',
  // Kinds of force before a collective ("Bangladeshi peacekeeping troops", "paramilitary soldiers"): the sector stays the title's;
  // "peacekeeping" stays in the title (a peacekeepers' arrival is also its host's 0861, src/events/coder.ts).
  peacekeeping: 'keep', paramilitary: 'drop', elite: 'drop', armed: 'drop', 'pro-government': 'drop', 'anti-government': 'drop',
});

/** Title rules by title text. */
export const TITLE_BY_TEXT: ReadonlyMap<string, TitleRule> = new Map(TITLES.flatMap((t) => t.forms.map((f) => [f, t] as const)));

/**
 * The coreference key of a role title as reported (`Role.title`): the rule's key, or the title itself
 * for titles built with kept modifiers ("deputy foreign minister", "former president").
 */
export const titleKey = (title: string): string => TITLE_BY_TEXT.get(title)?.key ?? title;

/** Words that refer to a government through a leader's surname ("the Kim government", "the Trump administration"). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'cabinet', 'camp', 'team']);
