/**
 * Names the country package (world-countries) lacks but English news uses. Facts, written here.
 * Each entry: ISO alpha-3 code -> extra names, extra demonyms/adjectives, capital-as-metonym names.
 * Source: common English press usage (AP style: "U.S.", "U.K."); CAMEO codes countries by ISO alpha-3.
 */
export interface CountryAlias { names?: readonly string[]; demonyms?: readonly string[]; capitals?: readonly string[] }

export const COUNTRY_ALIASES: Readonly<Record<string, CountryAlias>> = Object.freeze({
  USA: { names: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States', 'United States of America', 'the States'], demonyms: ['U.S.', 'US', 'American'], capitals: ['Washington', 'Washington D.C.', 'Washington, D.C.'] },
  GBR: { names: ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'], demonyms: ['British', 'English', 'Scottish', 'Welsh', 'U.K.', 'UK'] },
  PRK: { names: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"], demonyms: ['North Korean'] },
  KOR: { names: ['South Korea', 'Republic of Korea', 'ROK'], demonyms: ['South Korean'] },
  RUS: { names: ['Russia', 'Russian Federation'], demonyms: ['Russian'] },
  CHN: { names: ['China', "People's Republic of China", 'PRC', 'Mainland China'], demonyms: ['Chinese'] },
  TWN: { names: ['Taiwan', 'Republic of China'], demonyms: ['Taiwanese'] },
  IRN: { names: ['Iran', 'Islamic Republic of Iran'], demonyms: ['Iranian'] },
  SYR: { names: ['Syria'], demonyms: ['Syrian'] },
  PSE: { names: ['Palestine', 'Palestinian Territories', 'West Bank', 'Gaza', 'Gaza Strip'], demonyms: ['Palestinian'] },
  ISR: { names: ['Israel'], demonyms: ['Israeli'] },
  NLD: { names: ['Netherlands', 'the Netherlands', 'Holland'], demonyms: ['Dutch'] },
  CZE: { names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  VNM: { names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'] },
  LAO: { names: ['Laos'], demonyms: ['Lao', 'Laotian'] },
  COD: { names: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'], demonyms: ['Congolese'] },
  COG: { names: ['Republic of the Congo', 'Congo-Brazzaville'] },
  CIV: { names: ['Ivory Coast', "Cote d'Ivoire", "Côte d'Ivoire"], demonyms: ['Ivorian'] },
  MMR: { names: ['Myanmar', 'Burma'], demonyms: ['Burmese', 'Myanmar'] },
  VAT: { names: ['Vatican', 'Holy See', 'Vatican City'] },
  ARE: { names: ['UAE', 'U.A.E.', 'United Arab Emirates', 'Emirates'], demonyms: ['Emirati'] },
  SAU: { names: ['Saudi Arabia'], demonyms: ['Saudi', 'Saudi Arabian'] },
  AFG: { demonyms: ['Afghan'] },
  PHL: { names: ['Philippines', 'the Philippines'], demonyms: ['Filipino', 'Philippine'] },
  NZL: { demonyms: ['New Zealand'] },
  TUR: { names: ['Turkey', 'Türkiye', 'Turkiye'], demonyms: ['Turkish'] },
  UKR: { names: ['Ukraine', 'the Ukraine'], demonyms: ['Ukrainian'] },
  BLR: { names: ['Belarus', 'Byelorussia'], demonyms: ['Belarusian', 'Belarussian'] },
  MKD: { names: ['North Macedonia', 'Macedonia'], demonyms: ['Macedonian'] },
  BIH: { names: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina'], demonyms: ['Bosnian'] },
  KHM: { names: ['Cambodia', 'Kampuchea'], demonyms: ['Cambodian', 'Kampuchean'] },
  SWZ: { names: ['Eswatini', 'Swaziland'] },
  BOL: { names: ['Bolivia'] },
  VEN: { names: ['Venezuela'], demonyms: ['Venezuelan'] },
  // "Trinidad" alone is the island of the state in news (see CITY_NAMES_OF_COUNTRIES in city-exonyms.ts).
  TTO: { names: ['Trinidad and Tobago', 'Trinidad'], demonyms: ['Trinidadian'] },
});

/**
 * Capital-city names that news uses as metonyms for a government ("Moscow said", "talks with
 * Pyongyang"). Generated from world-countries' capitals plus the aliases above; kept small and
 * explicit where the package's capital name differs from press usage.
 */
export const CAPITAL_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  'Washington': 'USA', 'Beijing': 'CHN', 'Peking': 'CHN', 'Kiev': 'UKR', 'Kyiv': 'UKR', 'New Delhi': 'IND', 'Delhi': 'IND',
});
