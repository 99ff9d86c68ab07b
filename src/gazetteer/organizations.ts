/**
 * Known organizations -> CAMEO actor codes: intergovernmental organizations (IGO), NGOs, national
 * bodies named without their country (State Department, Kremlin) and news organizations.
 *
 * Codes are the Phoenix/PETRARCH dictionaries' (`Phoenix.International.actors.txt`,
 * `Phoenix.Countries.actors.txt`), whose IGO and NGO codes use GDELT's known-group codes
 * (`CAMEO.knowngroup.txt`: UNO United Nations, EEC European Union, NAT NATO, AMN Amnesty, IRC Red Cross).
 * The Phoenix entry each code comes from is named in `reason`.
 *
 * Extension point: a PETRARCH dictionary loader, or leaders with terms of office, add entries of this
 * same shape (`from`/`to` bound an entry in time, ISO dates); `orgIndex()` merges them per context.
 */

/** One known organization. */
export interface KnownOrg {
  /** Stable id, named in `Actor.rule` as `org-known:<id>`. */
  readonly id: string;
  /** Names as written in English news; matched after `normName()` (case, dots, "the", hyphens folded). */
  readonly names: readonly string[];
  /**
   * CAMEO actor code. For `kind: 'media'` only the sector (`MED`): the entity's own country, when the
   * entities stage knows it, is put in front, as Phoenix leaves wire services without a country.
   */
  readonly code: string;
  /** ISO alpha-3 country the body belongs to, or null for IGOs, NGOs and media. */
  readonly country: string | null;
  /** CAMEO type/sector codes of the code (`IGO`, `GOV`, `MED`, ...); known-group codes (UNO) stay in `code` only. */
  readonly sectors: readonly string[];
  /** `party`: a political party or movement (coded country + OPP, or the bare country when it governs). */
  readonly kind: 'igo' | 'ngo' | 'state' | 'media' | 'armed' | 'party';
  /** First and last day the entry holds (`YYYY-MM-DD`); absent = always. Reserved for leaders with terms. */
  readonly from?: string;
  readonly to?: string;
  readonly reason: string;
}

type K = KnownOrg['kind'];
/** Makes a frozen `KnownOrg` (shared with `organizations-world.ts`). */
export const knownOrg = (id: string, kind: K, names: string[], code: string, country: string | null, sectors: string[], reason: string): KnownOrg =>
  Object.freeze({ id, kind, names: Object.freeze(names), code, country, sectors: Object.freeze(sectors), reason });
const o = knownOrg;

export const KNOWN_ORGS: readonly KnownOrg[] = Object.freeze([
  // United Nations family.
  o('united-nations', 'igo', ['United Nations', 'UN', 'UN Secretariat', 'United Nations Secretariat', 'UN General Assembly', 'United Nations General Assembly'], 'IGOUNO', null, ['IGO'],
    'Phoenix THE_UNITED_NATIONS_, UN_, UN_SECRETARIAT_ -> IGOUNO'),
  o('un-security-council', 'igo', ['UN Security Council', 'United Nations Security Council', 'Security Council', 'UNSC'], 'IGOUNO', null, ['IGO'],
    'Phoenix UN_SECURITY_COUNCIL_, +SECURITY_COUNCIL -> IGOUNO (the Council is coded as the UN itself)'),
  o('iaea', 'igo', ['International Atomic Energy Agency', 'IAEA'], 'IGOUNOIAE', null, ['IGO'], 'Phoenix IAEA_ -> IGOUNOIAE'),
  o('who', 'igo', ['World Health Organization', 'World Health Organisation', 'WHO'], 'IGOUNOHLHWHO', null, ['IGO', 'HLH'], 'Phoenix WORLD_HEALTH_ORGANIZATION_ -> IGOUNOHLHWHO'),
  o('unicef', 'igo', ['UNICEF', "United Nations Children's Fund"], 'IGOUNOKID', null, ['IGO'], "Phoenix UNICEF_ -> IGOUNOKID"),
  o('unhcr', 'igo', ['UNHCR', 'UN refugee agency', 'United Nations refugee agency'], 'IGOUNOREFHCR', null, ['IGO', 'REF'], 'Phoenix UNHCR_ -> IGOUNOREFHCR'),
  o('unesco', 'igo', ['UNESCO'], 'IGOUNODEV', null, ['IGO', 'DEV'], 'Phoenix UNESCO_ -> IGOUNODEV'),
  o('wfp', 'igo', ['World Food Programme', 'World Food Program', 'WFP'], 'IGOUNOWFP', null, ['IGO'], 'Phoenix WORLD_FOOD_PROGRAM_ -> IGOUNOWFP'),
  o('icj', 'igo', ['International Court of Justice', 'ICJ'], 'IGOUNOJUDICJ', null, ['IGO', 'JUD'], 'Phoenix ICJ_ -> IGOUNOJUDICJ'),
  o('world-bank', 'igo', ['World Bank', 'World Bank Group'], 'IGOUNODEVWBK', null, ['IGO', 'DEV'], 'Phoenix WORLD_BANK_ -> IGOUNODEVWBK'),
  // Other intergovernmental organizations.
  o('imf', 'igo', ['International Monetary Fund', 'IMF'], 'IGOBUSIMF', null, ['IGO', 'BUS'], 'Phoenix IMF_ -> IGOBUSIMF'),
  o('wto', 'igo', ['World Trade Organization', 'World Trade Organisation', 'WTO'], 'IGOBUSWTO', null, ['IGO', 'BUS'], 'Phoenix WTO directors -> IGOBUSWTO'),
  o('european-union', 'igo', ['European Union', 'EU', 'European Commission', 'European Parliament', 'European Council'], 'IGOEUREEC', null, ['IGO'],
    'Phoenix THE_EUROPEAN_UNION_, EUROPEAN_COMMISSION_, EUROPEAN_PARLIAMENT_ -> IGOEUREEC (GDELT known group EEC)'),
  o('council-of-europe', 'igo', ['Council of Europe'], 'IGOEURCOE', null, ['IGO'], 'Phoenix COUNCIL_OF_EUROPE_ -> IGOEURCOE'),
  o('nato', 'igo', ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], 'IGOWSTNAT', null, ['IGO'], 'Phoenix NATO_ -> IGOWSTNAT'),
  o('african-union', 'igo', ['African Union', 'AU'], 'IGOAFRAFU', null, ['IGO'], 'Phoenix AUPSC_/PSCAU_ (AU Peace and Security Council) -> IGOAFRAFU'),
  o('arab-league', 'igo', ['Arab League', 'League of Arab States'], 'IGOMEAARL', null, ['IGO'], 'Phoenix ARAB_LEAGUE_ -> IGOMEAARL'),
  o('asean', 'igo', ['ASEAN', 'Association of Southeast Asian Nations'], 'IGOSEAASN', null, ['IGO'], 'Phoenix ASEAN_ -> IGOSEAASN'),
  o('opec', 'igo', ['OPEC', 'Organization of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'], 'IGOOPC', null, ['IGO'], 'Phoenix ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES_ -> IGOOPC'),
  o('oas', 'igo', ['Organization of American States', 'OAS'], 'IGOOAS', null, ['IGO'], 'Phoenix ORGANIZATION_OF_AMERICAN_STATES_ -> IGOOAS'),
  o('osce', 'igo', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'OSCE'], 'IGO', null, ['IGO'], 'Phoenix ORGANIZATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE_ -> IGO'),
  o('ecowas', 'igo', ['ECOWAS', 'Economic Community of West African States'], 'IGOWAFBUSWAS', null, ['IGO', 'BUS'], 'Phoenix ECOWAS_ -> IGOWAFBUSWAS'),
  o('interpol', 'igo', ['Interpol', 'International Criminal Police Organization'], 'IGOCOPITP', null, ['IGO', 'COP'], 'Phoenix INTERPOL_ -> IGOCOPITP'),
  o('icc', 'igo', ['International Criminal Court', 'ICC'], 'IGOJUDICC', null, ['IGO', 'JUD'], 'Phoenix ICC_ -> IGOJUDICC'),
  o('sco', 'igo', ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'], 'IGOCAS', null, ['IGO'], 'Phoenix SHANGHAI_COOPERATION_ORGANIZATION_ -> IGOCAS'),
  o('oic', 'igo', ['Organization of Islamic Cooperation', 'Organisation of Islamic Cooperation', 'OIC'], 'IGOMOSOIC', null, ['IGO'], 'Phoenix OIC_ -> IGOMOSOIC'),
  o('g7', 'igo', ['G7', 'G-7', 'Group of Seven'], 'IGOGOS', null, ['IGO'], 'Phoenix GROUP_OF_SEVEN_, G_7_ -> IGOGOS'),
  o('g20', 'igo', ['G20', 'G-20', 'Group of 20', 'Group of Twenty'], 'IGO', null, ['IGO'], 'No Phoenix entry for the G20: coded as a generic IGO'),
  o('g8', 'igo', ['G8', 'G-8', 'Group of Eight'], 'IGOGOE', null, ['IGO'], 'Phoenix GROUP_OF_EIGHT_, G_8_ -> IGOGOE'),
  o('opcw', 'igo', ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons', 'OPCW'], 'IGO', null, ['IGO'], 'Phoenix OPCW -> IGO'),
  // Non-governmental organizations.
  o('amnesty', 'ngo', ['Amnesty International', 'Amnesty'], 'NGOHRIAMN', null, ['NGO', 'HRI'], 'Phoenix AMNESTY_INTERNATIONAL_ -> NGOHRIAMN'),
  o('hrw', 'ngo', ['Human Rights Watch', 'HRW'], 'NGOHRI', null, ['NGO', 'HRI'], 'Phoenix HUMAN_RIGHTS_WATCH -> NGOHRI'),
  o('red-cross', 'ngo', ['Red Cross', 'International Committee of the Red Cross', 'ICRC', 'Red Crescent', 'International Federation of Red Cross and Red Crescent Societies'], 'NGOHLHIRC', null, ['NGO', 'HLH'],
    'Phoenix RED_CROSS_, INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS_ -> NGOHLHIRC'),
  o('msf', 'ngo', ['Doctors Without Borders', 'Medecins Sans Frontieres', 'Médecins Sans Frontières', 'MSF'], 'NGOHLHMSF', null, ['NGO', 'HLH'], 'Phoenix DOCTORS_WITHOUT_BORDERS_ -> NGOHLHMSF'),
  o('greenpeace', 'ngo', ['Greenpeace'], 'NGOENV', null, ['NGO', 'ENV'], 'Phoenix GREENPEACE_ -> NGOENV'),
  // Non-state armed groups (Phoenix.MilNonState / Countries actor dictionaries).
  o('hamas', 'armed', ['Hamas', 'Islamic Resistance Movement'], 'PSEREBHMS', 'PSE', ['REB'], 'Phoenix HAMAS_ -> PSEREBHMS'),
  o('hezbollah', 'armed', ['Hezbollah', 'Hizbollah', 'Hizballah'], 'LBNREB', 'LBN', ['REB'], 'Phoenix HEZBOLLAH_ -> LBNREB'),
  o('taliban', 'armed', ['Taliban'], 'AFGREB', 'AFG', ['REB'], 'Phoenix TALIBAN_ -> AFGREB'),
  o('pkk', 'armed', ['PKK', "Kurdistan Workers' Party"], 'TURREB', 'TUR', ['REB'], 'Phoenix PKK -> TURREB'),
  o('boko-haram', 'armed', ['Boko Haram'], 'NGAREB', 'NGA', ['REB'], 'Phoenix BOKO_HARAM -> NGAREB'),
  o('farc', 'armed', ['FARC', 'Revolutionary Armed Forces of Colombia'], 'COLREB', 'COL', ['REB'], 'Phoenix REVOLUTIONARY_ARMED_FORCES_OF_COLOMBIA, +FARC -> COLREB'),
  o('al-qaeda', 'armed', ['al-Qaeda', 'al-Qaida'], 'IMGMUSALQ', null, ['IMG'], 'Phoenix AL_QAEDA -> IMGMUSALQ'),
  o('islamic-state', 'armed', ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], 'IMGMUSISI', null, ['IMG'], 'Phoenix ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_, THE_ISLAMIC_STATE -> IMGMUSISI'),
  // National bodies usually named without their country.
  o('us-state-department', 'state', ['State Department', 'Department of State', 'US State Department', 'US Department of State'], 'USAGOV', 'USA', ['GOV'], 'Phoenix DEPARTMENT_OF_STATE, +US_STATE_DEPARTMENT -> USAGOV'),
  o('us-white-house', 'state', ['White House', 'West Wing'], 'USAGOV', 'USA', ['GOV'], 'Phoenix WHITE_HOUSE_ -> USAGOV'),
  o('us-pentagon', 'state', ['Pentagon', 'Defense Department', 'Department of Defense', 'US military', 'US Army', 'Joint Chiefs of Staff'], 'USAMIL', 'USA', ['MIL'], 'Phoenix UNITED_STATES_MILITARY_, +PENTAGON_, +DEFENSE_DEPARTMENT_ -> USAMIL'),
  o('us-intelligence', 'state', ['CIA', 'Central Intelligence Agency', 'NSA', 'National Security Agency'], 'USASPY', 'USA', ['SPY'], 'Phoenix US_INTELLIGENCE_COMMUNITY_, +CIA_ -> USASPY'),
  o('us-fbi', 'state', ['FBI', 'Federal Bureau of Investigation'], 'USACOP', 'USA', ['COP'], 'Phoenix FEDERAL_BUREAU_OF_INVESTIGATION_, +FBI_ -> USACOP'),
  o('ru-kremlin', 'state', ['Kremlin'], 'RUSGOV', 'RUS', ['GOV'], 'Phoenix KREMLIN_ -> RUSGOV'),
  o('ru-duma', 'state', ['State Duma', 'Duma', 'Federation Council', 'Federal Assembly of Russia'], 'RUSLEG', 'RUS', ['LEG'], 'Phoenix RUSSIAN_FEDERAL_ASSEMBLY, +STATE_DUMA -> RUSLEG'),
  o('ru-fsb', 'state', ['FSB', 'Federal Security Service'], 'RUSCOP', 'RUS', ['COP'], 'Phoenix FEDERAL_SECURITY_SERVICE_ -> RUSCOP'),
  o('il-knesset', 'state', ['Knesset'], 'ISRGOVLEG', 'ISR', ['GOV', 'LEG'], 'Phoenix KNESSET -> ISRGOVLEG'),
  o('il-mossad', 'state', ['Mossad', 'Shin Bet'], 'ISRSPY', 'ISR', ['SPY'], 'Phoenix MOSSAD, SHIN_BET -> ISRSPY'),
  o('gb-downing-street', 'state', ['Downing Street', '10 Downing Street', 'Whitehall'], 'GBRGOV', 'GBR', ['GOV'], 'Seat of the UK government used as its metonym, as Phoenix codes WHITE_HOUSE_ and KREMLIN_'),
  o('fr-elysee', 'state', ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'], 'FRAGOV', 'FRA', ['GOV'], 'Seat of the French presidency used as its metonym (as Phoenix KREMLIN_)'),
  // News organizations: Phoenix codes wire services and papers as bare MED ("Media Sources").
  o('media-international', 'media', ['Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Xinhua', 'Xinhua News Agency', 'Al Jazeera', 'BBC', 'BBC News', 'CNN',
    'New York Times', 'Washington Post', 'Wall Street Journal', 'The Guardian', 'ABC News', 'NBC News', 'CBS News', 'Fox News', 'TASS', 'RIA Novosti', 'Yonhap', 'Yonhap News Agency',
    'KCNA', 'Korean Central News Agency', 'Kyodo', 'Kyodo News', 'NHK', 'Der Spiegel', 'Bloomberg', 'NPR'], 'MED', null, ['MED'],
    'Phoenix "Media Sources" (REUTERS, ASSOCIATED_PRESS, XINHUA, BBC, CNN, ...) -> MED'),
  o('il-haaretz', 'media', ['Haaretz'], 'MED', 'ISR', ['MED'], 'Phoenix HAARETZ -> ISRMED'),
]);
