/**
 * Plural demonyms: nouns for the people of a country ("the Russians", "Britons"), which refer to
 * the country in coreference (CAMEO codes "the Russians" as RUS). Regular plurals are derived from
 * the gazetteer's national adjectives; the irregular ones are listed here.
 * Source: English national nouns (Oxford/AP usage); ISO 3166-1 alpha-3 codes.
 */

/** A rule deriving a plural noun from a national adjective. */
export interface PluralRule { id: string; reason: string; re: RegExp }

/**
 * Adjectives ending in -an, -i, -ino, -ian take a plural -s and the plural names the people
 * ("Russian" -> "Russians", "Israeli" -> "Israelis", "Filipino" -> "Filipinos"). Adjectives ending in
 * -ese, -ish, -ch, -ss are their own plural ("the French") and are already in the gazetteer.
 */
export const DEMONYM_PLURAL: PluralRule = Object.freeze({
  id: 'demonym-plural-s', reason: 'national adjectives in -an, -i, -o form the people noun with -s', re: /(?:an|i|o)$/,
});

/** Irregular people nouns (not derived from the adjective by -s), each with its country. */
export const NATIONAL_NOUNS: Readonly<{ id: string; reason: string; nouns: Readonly<Record<string, string>> }> = Object.freeze({
  id: 'national-nouns', reason: 'people nouns that differ from the national adjective',
  nouns: Object.freeze({
    Britons: 'GBR', Brits: 'GBR', Scots: 'GBR', Turks: 'TUR', Poles: 'POL', Danes: 'DNK', Swedes: 'SWE', Finns: 'FIN',
    Greeks: 'GRC', Serbs: 'SRB', Croats: 'HRV', Czechs: 'CZE', Slovaks: 'SVK', Spaniards: 'ESP', Dutchmen: 'NLD',
    Icelanders: 'ISL', Luxembourgers: 'LUX', Uzbeks: 'UZB', Kazakhs: 'KAZ', Tajiks: 'TJK', Kyrgyz: 'KGZ', Thais: 'THA',
    Lebanese: 'LBN', Yemenis: 'YEM', Kuwaitis: 'KWT', Qataris: 'QAT', Omanis: 'OMN', Emiratis: 'ARE', Swiss: 'CHE',
  }),
});
