/**
 * Ethnic people nouns: names of ethnic (and a few religious) communities that commonly live across
 * state borders ("Bosnian Serbs", "Iraqi Kurds", "ethnic Albanians"). CAMEO codes such a group by
 * its country of settlement, not by the state its name points at: the ethnic group supplements the
 * actor's country (CAMEO manual 1.1b3, ch. 5 "CAMEO Ethnic Coding Scheme"; its examples code ethnic
 * Albanians in Macedonia as MKD, in Serbia as SRB, and Bosnian Serbs as BIH).
 *
 * `code` is the CAMEOECS code (lower case, ISO 639-2 where one exists) as listed in GDELT's
 * CAMEO.ethnic lookup table; left out where that table has none.
 */

/** One ethnic group and the written forms that name it. */
export interface EthnicGroup {
  id: string;
  /** Singular label, lower case ("serb"): the ethnic role is titled `ethnic <label>`. */
  label: string;
  /**
   * Singular forms that also stand before a noun ("Bosnian Serb leaders", "a Kosovo Albanian
   * villager"). Empty when the singular is too ambiguous after a country adjective ("Russian").
   */
  singular: readonly string[];
  /** Plural forms naming the people ("Serbs"); a form that is its own plural ("Druze") is listed in both. */
  plural: readonly string[];
  /** Adjectives that only stand before a noun ("Iraqi Kurdish leaders"). */
  adjectives: readonly string[];
  /** CAMEOECS code, when GDELT's CAMEO.ethnic table lists one. */
  code: string | null;
  /**
   * ISO alpha-3 code of the state the name also means as a plain demonym ("the Serbs" = SRB), or
   * null for a people no state is named after (Kurds, Tamils): only those are read alone.
   */
  state: string | null;
  /** `religion` for communities named by faith ("Bosnian Muslims"). */
  kind: 'ethnic' | 'religion';
  reason: string;
}

const g = (id: string, singular: string[], plural: string[], code: string | null, reason: string, o: { adjectives?: string[]; kind?: 'religion'; label?: string; state?: string } = {}): EthnicGroup =>
  Object.freeze({ state: o.state ?? null,
    id: `ethnic-${id}`, label: o.label ?? (singular[0] ?? plural[0]!.replace(/s$/, '')).toLowerCase(), singular: Object.freeze(singular),
    plural: Object.freeze(plural), adjectives: Object.freeze(o.adjectives ?? []), code, kind: o.kind ?? 'ethnic', reason,
  });

const BALKANS = 'Balkan community living in several successor states of Yugoslavia';
const CENTRAL_ASIA = 'Central Asian people living on both sides of the Afghan and post-Soviet borders';

/**
 * The ethnic groups dateline recognizes. Not listed: Palestinians (a polity code, PSE, exists),
 * peoples whose name is used mostly for a state's citizens (Greeks, Poles), and groups whose name is
 * also a region adjective the gazetteer reads as a country.
 */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = Object.freeze([
  g('serbs', ['Serb'], ['Serbs'], 'srp', `${BALKANS} (Bosnia, Croatia, Kosovo, Montenegro)`, { state: 'SRB' }),
  g('croats', ['Croat'], ['Croats'], 'hrv', `${BALKANS} (Bosnia, Serbia)`, { state: 'HRV' }),
  g('albanians', ['Albanian'], ['Albanians'], 'alb', 'Albanian community of Kosovo, North Macedonia, Serbia and Montenegro', { state: 'ALB' }),
  g('bosniaks', ['Bosniak'], ['Bosniaks'], 'bos', `${BALKANS} (Bosnia, Serbia's Sandzak, Montenegro)`),
  g('muslims', ['Muslim'], ['Muslims'], 'msl', 'faith community named with its country of settlement ("Bosnian Muslims", "Indian Muslims")', { kind: 'religion' }),
  g('kurds', ['Kurd'], ['Kurds'], 'kur', 'stateless people of Turkey, Iraq, Syria and Iran', { adjectives: ['Kurdish'] }),
  g('turks', ['Turk'], ['Turks'], 'tur', 'Turkish minorities of Bulgaria, Cyprus, Greece and Germany ("Bulgarian Turks")', { state: 'TUR' }),
  g('armenians', ['Armenian'], ['Armenians'], 'arm', 'Armenian diaspora and minorities (Syria, Lebanon, Georgia, Azerbaijan)', { state: 'ARM' }),
  g('azeris', ['Azeri'], ['Azeris'], 'aze', 'Azeri minorities, the largest in Iran', { state: 'AZE' }),
  g('russians', [], ['Russians'], 'rus', 'Russian minorities of the former Soviet states ("Estonian Russians"); the singular is too ambiguous after a country adjective', { state: 'RUS' }),
  g('hungarians', [], ['Hungarians'], 'hun', 'Hungarian minorities of Romania, Slovakia and Serbia', { state: 'HUN' }),
  g('chechens', ['Chechen'], ['Chechens'], 'che', 'people of Chechnya, a Russian republic, and its diaspora'),
  g('arabs', ['Arab'], ['Arabs'], 'ara', 'Arab communities living in non-Arab or mixed states ("Israeli Arabs")'),
  g('druze', ['Druze'], ['Druze'], 'dru', 'Druze communities of Israel, Lebanon and Syria'),
  g('tamils', ['Tamil'], ['Tamils'], 'tam', 'Tamil people of Sri Lanka and India'),
  g('pashtuns', ['Pashtun'], ['Pashtuns'], 'pus', 'Pashtun people of Afghanistan and Pakistan'),
  g('uzbeks', ['Uzbek'], ['Uzbeks'], 'uzb', CENTRAL_ASIA, { state: 'UZB' }),
  g('tajiks', ['Tajik'], ['Tajiks'], 'tgk', CENTRAL_ASIA, { state: 'TJK' }),
  g('hazaras', ['Hazara'], ['Hazaras'], 'haz', 'Hazara people of Afghanistan and Pakistan'),
  g('baluch', ['Baluch', 'Baloch'], ['Baluch', 'Baloch'], 'bal', 'Baluch people of Pakistan, Iran and Afghanistan'),
  g('uighurs', ['Uighur', 'Uyghur'], ['Uighurs', 'Uyghurs'], 'uig', 'Turkic people of China\'s Xinjiang and Central Asia'),
  g('hutus', ['Hutu'], ['Hutus'], 'hut', 'people of Rwanda, Burundi and eastern Congo'),
  g('tutsis', ['Tutsi'], ['Tutsis'], 'tts', 'people of Rwanda, Burundi and eastern Congo'),
  g('rohingya', ['Rohingya'], ['Rohingya', 'Rohingyas'], null, 'Muslim people of Myanmar\'s Rakhine state and the camps in Bangladesh'),
]);

/** How a form names its group: a plural people noun, a singular that may modify a noun, or an adjective only. */
export type EthnicFormKind = 'plural' | 'singular' | 'adjective';

/** A form of an ethnic group, by its exact written text. */
export interface EthnicForm { group: EthnicGroup; kind: EthnicFormKind }

/**
 * Forms by exact text. A form that is its own plural ("Druze", "Rohingya") is read as singular: it
 * may modify a noun ("Rohingya refugees") and, alone, names the group unless "a/an" precedes it.
 */
export const ETHNIC_FORMS: ReadonlyMap<string, EthnicForm> = new Map<string, EthnicForm>(ETHNIC_GROUPS.flatMap((grp): [string, EthnicForm][] => [
  ...grp.adjectives.map((f): [string, EthnicForm] => [f, { group: grp, kind: 'adjective' }]),
  ...grp.plural.filter((f) => !grp.singular.includes(f)).map((f): [string, EthnicForm] => [f, { group: grp, kind: 'plural' }]),
  ...grp.singular.map((f): [string, EthnicForm] => [f, { group: grp, kind: 'singular' }]),
]));

/** Groups by their CAMEOECS code (for the event layer or export). */
export const ETHNIC_BY_CODE: ReadonlyMap<string, EthnicGroup> = new Map(ETHNIC_GROUPS.filter((x) => x.code).map((x) => [x.code!, x]));

/** The word that marks an ethnic reading of any demonym ("ethnic Chinese", "ethnic Russians"). */
export const ETHNIC_MARKER = Object.freeze({
  id: 'ethnic-marker', reason: '"ethnic" before a demonym names the people, not the state\'s citizens or government', words: new Set(['ethnic']),
});

/** The title prefix of the role that keeps a group's ethnicity (`ethnic serb`). */
export const ETHNIC_ROLE_PREFIX = 'ethnic ';

/** The group of an ethnic role title (`ethnic serb` -> the Serbs), or null. */
export function ethnicOfTitle(title: string): EthnicGroup | null {
  if (!title.startsWith(ETHNIC_ROLE_PREFIX)) return null;
  const label = title.slice(ETHNIC_ROLE_PREFIX.length);
  return ETHNIC_GROUPS.find((x) => x.label === label) ?? null;
}

/**
 * Head nouns that name people without a sector of their own, after an ethnic adjective ("Kosovo
 * Albanian villagers", "the ethnic Hungarian minority"). `group` ones make a GROUP, `person` ones a
 * PERSON. Nouns with a sector (refugees, rebels, forces, leaders) are titles (rules/titles.ts).
 */
export const ETHNIC_HEAD_NOUNS = Object.freeze({
  id: 'ethnic-head-nouns', reason: 'people nouns an ethnic adjective modifies; the group keeps the ethnicity',
  group: new Set([
    'villagers', 'residents', 'inhabitants', 'people', 'population', 'populations', 'minority', 'minorities', 'majority',
    'community', 'communities', 'families', 'men', 'women', 'children', 'youths', 'fighters', 'gunmen', 'militia', 'militias',
    'politicians', 'deputies', 'voters', 'nationalists', 'hardliners', 'extremists', 'settlers', 'immigrants', 'migrants',
    'returnees', 'leadership', 'delegation', 'businessmen', 'clans', 'tribes', 'tribesmen', 'elders',
  ]),
  person: new Set(['villager', 'resident', 'man', 'woman', 'boy', 'girl', 'child', 'politician', 'businessman', 'fighter', 'gunman', 'teenager']),
});
