/**
 * Organizations as data: international bodies (with CAMEO IGO codes), government bodies with the
 * country they imply, news organizations, and the words that end an organization name.
 * Source: IGO codes come from `gazetteer/organizations.ts` (Phoenix dictionaries); common English
 * press usage for names and aliases.
 */
import { ACTOR_ORGS as KNOWN_ORGS } from '../../gazetteer/organizations-world.js';

export interface OrgRule {
  id: string;
  name: string;
  aliases: readonly string[];
  /** ISO alpha-3 seat/country when the body belongs to one country; null for international bodies. */
  country: string | null;
  /** CAMEO IGO code for international bodies ("IGOUNO"), else null. */
  igo: string | null;
  kind: 'igo' | 'government' | 'news' | 'party' | 'other';
  reason: string;
}

/**
 * The CAMEO code of an international body, from the one organization table the actor coder also
 * uses (`gazetteer/organizations.ts`), so recognition and coding never disagree.
 */
function igoCode(name: string): string {
  const k = KNOWN_ORGS.find((x) => (x.kind === 'igo' || x.kind === 'ngo') && x.names.includes(name));
  if (!k) throw new Error(`organization table: no code for ${name}`);
  return k.code;
}

const o = (name: string, aliases: string[], country: string | null, igo: string | null, kind: OrgRule['kind'], reason: string): OrgRule =>
  Object.freeze({ id: `org-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: Object.freeze(aliases), country, igo, kind, reason });

const IGO = 'international organization with a CAMEO IGO code';
const GOVB = 'government body named by metonym; the country is implied';
const NEWS = 'news organization (often the channel of a quote)';

const LISTED: readonly OrgRule[] = [
  o('United Nations', ['U.N.', 'UN', 'the United Nations'], null, igoCode('United Nations'), 'igo', IGO),
  o('United Nations Security Council', ['UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'], null, igoCode('United Nations Security Council'), 'igo', IGO),
  o('United Nations General Assembly', ['UN General Assembly', 'U.N. General Assembly', 'General Assembly'], null, igoCode('United Nations General Assembly'), 'igo', IGO),
  o('European Union', ['EU', 'E.U.'], null, igoCode('European Union'), 'igo', IGO),
  o('European Commission', [], null, igoCode('European Commission'), 'igo', IGO),
  o('NATO', ['North Atlantic Treaty Organization', 'Nato'], null, igoCode('NATO'), 'igo', IGO),
  o('International Atomic Energy Agency', ['IAEA'], null, igoCode('International Atomic Energy Agency'), 'igo', IGO),
  o('World Health Organization', ['WHO'], null, igoCode('World Health Organization'), 'igo', IGO),
  o('International Monetary Fund', ['IMF'], null, igoCode('International Monetary Fund'), 'igo', IGO),
  o('World Bank', [], null, igoCode('World Bank'), 'igo', IGO),
  o('World Trade Organization', ['WTO'], null, igoCode('World Trade Organization'), 'igo', IGO),
  o('Association of Southeast Asian Nations', ['ASEAN'], null, igoCode('Association of Southeast Asian Nations'), 'igo', IGO),
  o('African Union', ['AU'], null, igoCode('African Union'), 'igo', IGO),
  o('Organization of the Petroleum Exporting Countries', ['OPEC'], null, igoCode('Organization of the Petroleum Exporting Countries'), 'igo', IGO),
  o('Arab League', ['League of Arab States'], null, igoCode('Arab League'), 'igo', IGO),
  o('Organization for Security and Co-operation in Europe', ['OSCE'], null, igoCode('Organization for Security and Co-operation in Europe'), 'igo', IGO),
  o('International Criminal Court', ['ICC'], null, igoCode('International Criminal Court'), 'igo', IGO),
  o('Red Cross', ['International Committee of the Red Cross', 'ICRC'], null, igoCode('Red Cross'), 'igo', 'international humanitarian body'),
  o('G7', ['G-7', 'Group of Seven'], null, igoCode('G7'), 'igo', IGO),
  o('G20', ['G-20', 'Group of 20'], null, igoCode('G20'), 'igo', IGO),
  o('UNICEF', [], null, igoCode('UNICEF'), 'igo', IGO),
  o('State Department', ['U.S. State Department', 'US State Department', 'Department of State'], 'USA', null, 'government', GOVB),
  o('Pentagon', ['the Pentagon'], 'USA', null, 'government', GOVB),
  o('White House', ['the White House'], 'USA', null, 'government', GOVB),
  o('Congress', ['U.S. Congress'], 'USA', null, 'government', GOVB),
  o('Treasury Department', ['U.S. Treasury', 'Treasury'], 'USA', null, 'government', GOVB),
  o('CIA', ['Central Intelligence Agency'], 'USA', null, 'government', GOVB),
  o('FBI', ['Federal Bureau of Investigation'], 'USA', null, 'government', GOVB),
  o('Kremlin', ['the Kremlin'], 'RUS', null, 'government', GOVB),
  o('Duma', ['State Duma'], 'RUS', null, 'government', GOVB),
  o('Downing Street', ['Whitehall'], 'GBR', null, 'government', GOVB),
  o('Elysee', ['Élysée', 'Elysee Palace', 'Élysée Palace'], 'FRA', null, 'government', GOVB),
  o('Blue House', [], 'KOR', null, 'government', GOVB),
  o('Knesset', [], 'ISR', null, 'government', GOVB),
  o('Bundestag', [], 'DEU', null, 'government', GOVB),
  o('Zhongnanhai', [], 'CHN', null, 'government', GOVB),
  o('Workers’ Party of Korea', ["Workers' Party of Korea", 'Korean Workers’ Party', "Korean Workers' Party"], 'PRK', null, 'party', 'ruling party of North Korea'),
  o('ABC News', ['ABC'], 'USA', null, 'news', NEWS),
  o('CNN', [], 'USA', null, 'news', NEWS),
  o('CBS News', ['CBS'], 'USA', null, 'news', NEWS),
  o('NBC News', ['NBC'], 'USA', null, 'news', NEWS),
  o('Fox News', [], 'USA', null, 'news', NEWS),
  o('Reuters', [], 'GBR', null, 'news', NEWS),
  o('Associated Press', ['AP', 'The Associated Press'], 'USA', null, 'news', NEWS),
  o('Agence France-Presse', ['AFP'], 'FRA', null, 'news', NEWS),
  o('BBC', ['BBC News'], 'GBR', null, 'news', NEWS),
  o('Al Jazeera', ['Al-Jazeera'], 'QAT', null, 'news', NEWS),
  o('TASS', ['Tass', 'ITAR-TASS'], 'RUS', null, 'news', NEWS),
  o('RIA Novosti', ['RIA'], 'RUS', null, 'news', NEWS),
  o('Interfax', [], 'RUS', null, 'news', NEWS),
  o('Xinhua', ['Xinhua News Agency'], 'CHN', null, 'news', NEWS),
  o('Korean Central News Agency', ['KCNA'], 'PRK', null, 'news', NEWS),
  o('Yonhap', ['Yonhap News Agency'], 'KOR', null, 'news', NEWS),
  o('The New York Times', ['New York Times', 'NYT'], 'USA', null, 'news', NEWS),
  o('The Washington Post', ['Washington Post'], 'USA', null, 'news', NEWS),
  o('The Wall Street Journal', ['Wall Street Journal', 'WSJ'], 'USA', null, 'news', NEWS),
  o('Bloomberg', ['Bloomberg News'], 'USA', null, 'news', NEWS),
  o('The Guardian', ['Guardian'], 'GBR', null, 'news', NEWS),
  o('Sunday Times', ['The Sunday Times'], 'GBR', null, 'news', NEWS),
  o('Financial Times', ['The Financial Times', 'FT'], 'GBR', null, 'news', NEWS),
  o('Haaretz', [], 'ISR', null, 'news', NEWS),
  o('The Jerusalem Post', ['Jerusalem Post'], 'ISR', null, 'news', NEWS),
  o('NHK', [], 'JPN', null, 'news', NEWS),
  o('Kyodo', ['Kyodo News'], 'JPN', null, 'news', NEWS),
];

/** Names that start lower case ("al-Qaeda") also match capitalized at a sentence start ("Al-Qaeda"). */
const withCapitals = (names: string[]): string[] => [...new Set(names.flatMap((n) => (/^\p{Ll}/u.test(n) ? [n, n[0]!.toUpperCase() + n.slice(1)] : [n])))];

const KIND: Readonly<Record<string, OrgRule['kind']>> = { igo: 'igo', ngo: 'other', state: 'government', media: 'news', armed: 'other', party: 'party' };

/**
 * Every organization the recognizer knows: the entries above, plus every name of the actor coder's
 * organization table (`gazetteer/organizations.ts`) not listed here, so a body the coder can code
 * is always recognized (rule `org-from-actor-table`).
 */
export const ORGS: readonly OrgRule[] = Object.freeze([
  ...LISTED,
  ...KNOWN_ORGS.filter((k) => !LISTED.some((l) => k.names.includes(l.name) || l.aliases.some((a) => k.names.includes(a)))).map((k) =>
    o(k.names[0]!, withCapitals(k.names.slice(1).concat(k.names[0]!)).filter((n) => n !== k.names[0]), k.country, k.kind === 'igo' || k.kind === 'ngo' ? k.code : null, KIND[k.kind] ?? 'other', `org-from-actor-table: ${k.reason}`)),
]);

/**
 * Words that end an organization name ("Foreign Ministry", "Workers' Party", "Central Bank").
 * `gov` words make the organization a government body of the country written before it.
 */
export const ORG_HEAD_WORDS: Readonly<Record<string, 'gov' | 'other'>> = Object.freeze({
  Ministry: 'gov', Department: 'gov', Council: 'gov', Agency: 'gov', Office: 'gov', Parliament: 'gov', Assembly: 'gov',
  Commission: 'gov', Committee: 'gov', Senate: 'gov', Court: 'gov', Embassy: 'gov', Consulate: 'gov', Army: 'gov',
  Navy: 'gov', 'Air Force': 'gov', Forces: 'gov', Guard: 'gov', Police: 'gov', Service: 'gov', Bureau: 'gov', Cabinet: 'gov',
  Administration: 'gov', Government: 'gov', Command: 'gov', Directorate: 'gov', Authority: 'gov',
  Party: 'other', Bank: 'other', University: 'other', Corporation: 'other', Corp: 'other', 'Corp.': 'other', Inc: 'other',
  'Inc.': 'other', Ltd: 'other', 'Ltd.': 'other', Group: 'other', Company: 'other', Co: 'other', 'Co.': 'other', News: 'other',
  Institute: 'other', Foundation: 'other', Association: 'other', Union: 'other', Organization: 'other', Organisation: 'other',
  Federation: 'other', Front: 'other', Movement: 'other', League: 'other', Times: 'other', Post: 'other', Press: 'other',
  Journal: 'other', Network: 'other', Fund: 'other', Center: 'other', Centre: 'other', Alliance: 'other', Coalition: 'other',
  Brigade: 'other', Brigades: 'other', Airlines: 'other', Airways: 'other', Motors: 'other', Holdings: 'other', Club: 'other',
  Chronicle: 'other', Herald: 'other', Tribune: 'other', Gazette: 'other', Observer: 'other', Telegraph: 'other', Daily: 'other',
  Magazine: 'other', Radio: 'other', Television: 'other', Broadcasting: 'other', Channel: 'other', Examiner: 'other', Courier: 'other',
});

/** Words that join capitalized parts inside an organization name ("Ministry of Foreign Affairs"). */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&', 'on', 'de']);
