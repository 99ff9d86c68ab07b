/**
 * Title lexicon: political, diplomatic, military and other titles that introduce or describe a
 * person, with the CAMEO sector each implies and the family used to match title-only mentions
 * ("the North Korean leader" matches a president or leader of PRK).
 * Source: CAMEO 1.1b3 actor sectors (GOV, MIL, LEG, JUD, COP, SPY, BUS, MED, ELI); AP style titles.
 */
export interface TitleRule {
  id: string;
  /** The title in lower case, words separated by single spaces. */
  title: string;
  /** CAMEO sector the title implies, or null. */
  sector: string | null;
  /** Family for title-only coreference: head, minister, envoy, official, military, legislator, ... */
  family: string;
  reason: string;
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
  ['journalists', 'MED'],
];

const r = (title: string, sector: string | null, family: string, reason: string): TitleRule =>
  Object.freeze({ id: `title-${title.replace(/[^a-z]+/g, '-')}`, title, sector, family, reason });

const HEAD = 'heads of state and government and their equivalents';
const MIN = 'cabinet and ministerial posts';
const DIP = 'diplomatic posts; CAMEO codes diplomats as GOV';
const MILR = 'military ranks and commands';

export const TITLES: readonly TitleRule[] = Object.freeze([
  ...['president', 'prime minister', 'premier', 'leader', 'supreme leader', 'chancellor', 'king', 'queen', 'emperor',
    'crown prince', 'prince', 'emir', 'sultan', 'dictator', 'head of state', 'president-elect', 'chairman', 'chairwoman']
    .map((t) => r(t, 'GOV', 'head', HEAD)),
  ...['vice president', 'deputy prime minister', 'foreign minister', 'defense minister', 'defence minister', 'finance minister',
    'interior minister', 'trade minister', 'energy minister', 'justice minister', 'health minister', 'minister',
    'deputy foreign minister', 'secretary of state', 'deputy secretary of state', 'foreign secretary', 'home secretary',
    'defense secretary', 'defence secretary', 'treasury secretary', 'commerce secretary', 'secretary', 'attorney general',
    'national security adviser', 'national security advisor', 'chief of staff', 'governor', 'mayor', 'cabinet secretary']
    .map((t) => r(t, 'GOV', 'minister', MIN)),
  ...['special representative', 'special envoy', 'envoy', 'ambassador', 'diplomat', 'chief negotiator', 'negotiator',
    'consul', 'consul general', 'top diplomat', 'emissary', 'high commissioner', 'commissioner']
    .map((t) => r(t, 'GOV', 'envoy', DIP)),
  ...['spokesman', 'spokeswoman', 'spokesperson', 'press secretary']
    .map((t) => r(t, null, 'spokesperson', 'speaks for an organization; the sector follows the organization')),
  ...['official', 'officials', 'diplomats', 'lawmaker', 'lawmakers']
    .map((t) => r(t, t.startsWith('lawmaker') ? 'LEG' : 'GOV', 'official', 'unnamed officials are government actors in CAMEO')),
  ...['senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.', 'speaker', 'member of parliament', 'legislator']
    .map((t) => r(t, 'LEG', 'legislator', 'legislature members (CAMEO LEG)')),
  ...['general', 'gen.', 'lieutenant general', 'major general', 'brigadier general', 'admiral', 'adm.', 'colonel', 'col.',
    'commander', 'army chief', 'military chief', 'chief of general staff', 'marshal', 'field marshal', 'defense chief']
    .map((t) => r(t, 'MIL', 'military', MILR)),
  ...['judge', 'justice', 'chief justice', 'prosecutor', 'attorney']
    .map((t) => r(t, 'JUD', 'judicial', 'judiciary (CAMEO JUD)')),
  ...['police chief', 'police commissioner'].map((t) => r(t, 'COP', 'police', 'police (CAMEO COP)')),
  ...['intelligence chief', 'spy chief'].map((t) => r(t, 'SPY', 'intelligence', 'intelligence services (CAMEO SPY)')),
  ...['chief executive', 'ceo', 'executive'].map((t) => r(t, 'BUS', 'business', 'business (CAMEO BUS)')),
  ...COLLECTIVES.map(([t, sector]) => r(t, sector, 'collective', 'a collective agent noun: its sector is the CAMEO agent type (Phoenix agents dictionary; GDELT CAMEO.type)')),
  ...['secretary-general', 'secretary general', 'director general', 'director-general', 'director', 'head', 'chief']
    .map((t) => r(t, null, 'head-of-body', 'heads an organization; sector follows the organization')),
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
  former: 'former', ex: 'former', 'then-': 'drop', outgoing: 'drop', incoming: 'drop', unnamed: 'drop', anonymous: 'drop',
  special: 'keep', assistant: 'keep', principal: 'keep', other: 'drop', several: 'drop', two: 'drop', three: 'drop', some: 'drop',
  many: 'drop', government: 'drop', administration: 'drop', military: 'drop', foreign: 'keep', defense: 'keep', trade: 'keep',
});

/** Title rules by title text. */
export const TITLE_BY_TEXT: ReadonlyMap<string, TitleRule> = new Map(TITLES.map((t) => [t.title, t]));

/** Words that refer to a government through a leader's surname ("the Kim government", "the Trump administration"). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'cabinet', 'camp', 'team']);
