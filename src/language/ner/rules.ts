/**
 * Word lists the tagger's gazetteer features use besides the packages (see `gazetteer.ts`):
 * news organizations, world regions and person titles. Each list has an id and a reason; the
 * tagger learns how far to trust each list from training data (they are features, not decisions).
 * Source: common English press usage (the lists are written for this project).
 */

/** A named word list. */
export interface NerList { readonly id: string; readonly reason: string; readonly entries: readonly string[] }

const list = (id: string, reason: string, entries: string[]): NerList => Object.freeze({ id, reason, entries: Object.freeze(entries) });

/** News organizations: wire services, broadcasters, papers (often a quote's channel). */
export const NEWS_ORGS = list('news-orgs', 'news organizations are ORG and are frequent in news text', [
  'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Bloomberg', 'Dow Jones', 'Xinhua', 'Itar-Tass', 'TASS', 'Interfax',
  'RIA Novosti', 'Kyodo', 'Yonhap', 'KCNA', 'Korean Central News Agency', 'ANSA', 'EFE', 'DPA', 'Anatolia', 'Anadolu', 'IRNA', 'MENA', 'PTI',
  'BBC', 'CNN', 'ABC', 'ABC News', 'CBS', 'CBS News', 'NBC', 'NBC News', 'Fox News', 'MSNBC', 'NPR', 'PBS', 'Al Jazeera', 'Sky News',
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'Wall Street Journal', 'The Wall Street Journal',
  'Financial Times', 'The Guardian', 'The Times', 'The Economist', 'Le Monde', 'Der Spiegel', 'Haaretz', 'Pravda', 'Izvestia',
  'Los Angeles Times', 'USA Today', 'Politico', 'Axios', 'The Telegraph', 'Daily Telegraph', 'Daily Mail', 'The Independent',
]);

/** World regions and continents (LOC). */
export const WORLD_REGIONS = list('world-regions', 'continents and world regions name places', [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica', 'Oceania', 'Australasia',
  'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Scandinavia', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Sahel',
  'Caribbean', 'Mediterranean', 'Baltic', 'Baltics', 'West Bank', 'Gaza', 'Gaza Strip', 'Kashmir', 'Siberia', 'Central Asia',
  'Southeast Asia', 'South Asia', 'East Asia', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Pacific', 'Atlantic', 'Indian Ocean',
]);

/** Words that stand before a person's name (lower case; matched case-insensitively). */
export const PERSON_TITLES = list('person-titles', 'a title before a capitalized word marks a person name', [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lady', 'lord', 'president', 'prime minister', 'minister', 'premier',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'sen.', 'rep.', 'governor', 'gov.', 'mayor', 'general', 'gen.',
  'colonel', 'col.', 'captain', 'capt.', 'judge', 'justice', 'secretary', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'spokesman',
  'spokeswoman', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'rev.', 'father', 'sheikh', 'ayatollah', 'archbishop', 'bishop',
]);

/** Corporate suffixes that end organization names. */
export const ORG_SUFFIXES = list('org-suffixes', 'legal-form and institution head words end organization names', [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'gmbh', 'group', 'bank',
  'party', 'union', 'association', 'council', 'committee', 'ministry', 'agency', 'institute', 'university', 'club', 'airlines', 'fc',
]);

/**
 * When the pipeline takes a tagger ORG span the rules did not find (`entities/scan.ts`): the span
 * has an acronym, ends in an organization suffix, or is a listed organization, company or news
 * outlet. Capitalized subject names ("Political Science") are tagged ORG but are not bodies.
 */
export const NER_ORG_SUPPORT = Object.freeze({
  id: 'ner-org-support',
  reason: 'a tagger ORG span needs an acronym, an organization suffix or a listed name before it becomes an entity',
  acronym: /^[A-Z][A-Z&.-]*[A-Z]\.?$/,
});

/**
 * Person and place names whose edge token has no letter ("Ann Lee 5-1", "( Paris"): the token is
 * cut from the span (`post.ts`). Source: CoNLL-2003 train.txt, where no PER span and 5 of 7,140 LOC
 * spans (state abbreviations with the period split off) begin or end with a token without a letter,
 * while the greedy decoder sometimes runs a name on into a score or odds that follow it. On
 * valid.txt, with models trained on train.txt only: micro F1 +0.0004 and +0.0008 (two models).
 */
export const NER_EDGE_TRIM = Object.freeze({
  id: 'ner-edge-trim',
  reason: 'person and place names begin and end with a word, not a number or a mark',
  types: Object.freeze(['PER', 'LOC'] as const),
  wordLike: /\p{L}/u,
});
