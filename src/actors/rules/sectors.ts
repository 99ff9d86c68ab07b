/**
 * Sector words: role titles and organization words -> CAMEO sector codes (GOV, MIL, LEG, ...).
 *
 * Codes are CAMEO's domestic/role types as GDELT lists them (`CAMEO.type.txt`): GOV government,
 * MIL military, LEG legislature, JUD judiciary, COP police, OPP political opposition, REB rebels,
 * INS insurgents, SPY state intelligence, MED media, BUS business; plus PTY (political parties),
 * which the Phoenix agent dictionary (`Phoenix.agents.txt`) uses. Words follow `Phoenix.agents.txt`
 * and `PLOVER_agents.txt`, which were checked entry by entry; departures are noted in `reason`.
 *
 * Matching (see `match.ts`): phrases are lower case, whole words, hyphens read as spaces, an
 * optional plural `s`/`es`. The highest `rank` wins, then the longer phrase, then table order:
 * rank 3 qualifiers (opposition, rebel) beat rank 2 institutions (army, court, party), which beat
 * rank 1 government titles (president, minister), which beat rank 0 generic nouns (official, leader).
 */

/** One sector-word rule. */
export interface SectorWord {
  /** Stable rule id, named in `Actor.rule` as `person-role:<id>` / `org-words:<id>`. */
  readonly id: string;
  /** Lower-case phrases (singular; plurals with s/es match too). */
  readonly words: readonly string[];
  /** CAMEO sector codes, in code order: `['GOV', 'MIL']` gives `GOVMIL`. */
  readonly sectors: readonly string[];
  /** Precedence when several rules match one title (see the file comment). */
  readonly rank: 0 | 1 | 2 | 3;
  /** Why, and the source (dictionary entry) when there is one. */
  readonly reason: string;
}

const w = (id: string, words: string[], sectors: string[], rank: SectorWord['rank'], reason: string): SectorWord =>
  Object.freeze({ id, words: Object.freeze(words), sectors: Object.freeze(sectors), rank, reason });

export const SECTOR_WORDS: readonly SectorWord[] = Object.freeze([
  // rank 3: qualifiers that override the title they modify ("opposition leader", "rebel commander").
  w('opposition', ['opposition', 'dissident', 'exiled'], ['OPP'], 3, 'Phoenix.agents OPPOSITION_PARTY, DISSIDENT, EXILED_LEADER -> OPP'),
  w('rebel', ['rebel', 'guerrilla', 'guerilla', 'separatist', 'rebel group'], ['REB'], 3, 'Phoenix.agents REBEL, GUERRILLA -> REB; SEPARATIST kept REB (GDELT SEP is narrower)'),
  w('insurgent', ['insurgent', 'insurgency'], ['INS'], 3, 'GDELT CAMEO.type INS "Insurgents" (Phoenix.agents codes INSURGENT as REB)'),
  w('militant', ['militant', 'militia', 'gunman', 'gunmen', 'militiaman', 'militiamen'], ['UAF'], 3, 'Phoenix.agents MILITANT, MILITIA, GUNMAN -> UAF'),
  w('legal-officers', ['attorney general', 'prosecutor', 'prosecutor general', 'attorney'], ['JUD'], 3, 'Phoenix.agents PROSECUTOR, ATTORNEY -> JUD; ATTORNEY_GENERAL is GOV there, JUD here as the prosecuting office'),
  w('general-compounds', ['secretary general', 'general secretary', 'director general', 'consul general', 'governor general', 'inspector general', 'justice minister', 'minister of justice', 'justice ministry'], ['GOV'], 3,
    'Civil posts named with "general" or "justice", not military rank or court (Phoenix GOVERNOR_GENERAL, JUSTICE_!MINIST! -> GOV)'),
  w('central-bank', ['central bank', 'central bank governor'], ['GOV', 'BUS'], 3, 'Phoenix.agents CENTRAL_BANK, CENTRAL_BANK_GOVERNOR -> GOVBUS'),
  w('defense-government', ['defense minister', 'defence minister', 'defense ministry', 'defence ministry', 'defense secretary', 'defence secretary', 'defense department', 'defense chief', 'defence chief', 'ministry of defense', 'ministry of defence', 'department of defense'], ['GOV', 'MIL'], 3,
    'Phoenix.agents DEFENSE_!MINIST!, DEFENSE_SECRETARY, DEPARTMENT_OF_DEFENSE -> GOVMIL; "defense chief" read as the minister'),
  w('intelligence', ['intelligence', 'spy', 'spy agency', 'intelligence agency', 'intelligence service'], ['SPY'], 3, 'Phoenix.agents INTELLIGENCE_SERVICE, SPY_AGENCY -> SPY'),
  w('media-person', ['journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'news anchor'], ['MED'], 3, 'Phoenix.agents JOURNALIST, REPORTER, CORRESPONDENT -> MED'),
  // rank 2: institutions and the ranks that belong to them.
  w('military', ['army', 'navy', 'air force', 'military', 'troop', 'soldier', 'forces', 'armed forces', 'general', 'commander', 'admiral', 'colonel', 'marshal', 'field marshal', 'marine', 'sailor', 'airman', 'airmen', 'officer corps', 'defense forces', 'defence forces', 'security forces'], ['MIL'], 2,
    'Phoenix.agents ARMY, NAVY, MILITARY, TROOP, SOLDIER, GENERALS, COMMANDER, ADMIRAL, SECURITY_FORCE -> MIL'),
  w('police', ['police', 'policeman', 'policemen', 'policewoman', 'police officer', 'police chief', 'gendarmerie', 'sheriff'], ['COP'], 2, 'Phoenix.agents POLICE, POLICE_CHIEF, SHERIFF -> COP'),
  w('judiciary', ['court', 'judge', 'justice', 'judiciary', 'tribunal', 'magistrate', 'supreme court'], ['JUD'], 2, 'Phoenix.agents COURT, JUDGE, JUDICIARY, TRIBUNAL -> JUD'),
  w('legislature', ['lawmaker', 'legislator', 'legislature', 'parliament', 'parliamentarian', 'senator', 'senate', 'congress', 'congressman', 'congresswoman', 'congressmen', 'mp', 'member of parliament', 'duma', 'assembly', 'general assembly', 'representative', 'speaker', 'speaker of the house'], ['LEG'], 2,
    'Phoenix.agents LAWMAKER, SENATOR, PARLIAMENT, CONGRESS, REPRESENTATIVE -> LEG (CAMEO LEG: legislature)'),
  w('party', ['party', 'political party', 'politician', 'party leader', 'party chairman', 'presidential candidate'], ['PTY'], 2, 'Phoenix.agents POLITICAL_PARTY, PARTY_LEADER, POLITICIAN -> PTY'),
  w('media-org', ['news', 'newspaper', 'news agency', 'television', 'tv', 'radio', 'broadcaster', 'broadcasting', 'magazine', 'wire service', 'chronicle', 'tribune', 'herald', 'gazette', 'journal', 'telegraph', 'observer', 'examiner', 'courier', 'daily'], ['MED'], 2, 'Phoenix.agents NEWSPAPER, TELEVISION, BROADCASTING_COMPANY -> MED (GDELT MED: media)'),
  w('business', ['company', 'corporation', 'firm', 'business', 'businessman', 'businesswoman', 'executive', 'chief executive', 'ceo', 'general manager'], ['BUS'], 2, 'Phoenix.agents COMPANY, BUSINESS, BUSINESS_EXECUTIVE -> BUS'),
  w('government-body', ['government', 'administration', 'ministry', 'department', 'cabinet', 'embassy', 'consulate', 'regime', 'authorities', 'state department', 'foreign ministry', 'presidential office'], ['GOV'], 2,
    'Phoenix.agents GOVERNMENT, ADMINISTRATION, MINISTRY_, CABINET, EMBASSY, REGIME, AUTHORITY -> GOV'),
  w('special-representative', ['special representative', 'trade representative', 'permanent representative', 'special envoy'], ['GOV'], 2,
    'Diplomatic posts: Phoenix REPRESENTATIVE_TO_THE_UN, ENVOY -> GOV (outranks bare "representative", LEG)'),
  // rank 1: government titles.
  w('head-of-government', ['president', 'vice president', 'prime minister', 'premier', 'chancellor', 'head of state', 'head of government', 'king', 'queen', 'emperor', 'monarch', 'crown prince', 'prince', 'emir', 'sultan', 'dictator', 'supreme leader'], ['GOV'], 1,
    'Phoenix.agents PRESIDENT, PRIME_MINISTER, PREMIER, CHANCELLOR, KING, CROWN_PRINCE, DICTATOR, HEAD_OF_STATE -> GOV'),
  w('minister', ['minister', 'foreign minister', 'secretary of state', 'cabinet minister', 'undersecretary', 'deputy minister'], ['GOV'], 1, 'Phoenix.agents !MINIST!, SECRETARY_OF_STATE, UNDERSECRETARY -> GOV'),
  w('diplomat', ['ambassador', 'diplomat', 'envoy', 'emissary', 'consul', 'negotiator'], ['GOV'], 1, 'Phoenix.agents AMBASSADOR, DIPLOMAT, ENVOY, EMISSARY, CONSUL -> GOV; negotiator as a state agent'),
  w('regional-government', ['governor', 'mayor'], ['GOV'], 1, 'Phoenix.agents GOVERNOR, MAYOR -> GOV'),
  // rank 0: generic nouns, GOV only when nothing more specific matches.
  w('generic-official', ['official', 'leader', 'spokesman', 'spokeswoman', 'spokesmen', 'spokesperson', 'secretary', 'aide', 'adviser', 'advisor', 'chief', 'head', 'delegation', 'delegate'], ['GOV'], 0,
    'Generic state-agent nouns ("U.S. officials", "Russian leader") -> GOV as GDELT codes them; Phoenix codes SPOKES!PERSON! as MED, we follow the role\'s holder'),
]);
