/**
 * Word lists for person-name recognition and coreference (data; each list with an id and reason).
 * Source: English function words, calendar words, AP style; romanization conventions for
 * East Asian names (family name first).
 */
export interface WordList { id: string; reason: string; words: ReadonlySet<string> }

const list = (id: string, reason: string, words: string[]): WordList => Object.freeze({ id, reason, words: new Set(words) });

/** Capitalized words that are never part of a person's name. */
export const NON_NAME_WORDS = list('non-name-words', 'function words, calendar words and page words capitalized by position or style', [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'However', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before',
  'Since', 'As', 'At', 'In', 'On', 'Of', 'For', 'To', 'From', 'With', 'By', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'Then', 'Now', 'Still', 'Yet', 'Also', 'Meanwhile', 'Officials',
  'Advertisement', 'Share', 'Related', 'Read', 'More', 'Photo', 'Credit', 'Video', 'Watch', 'Listen', 'Subscribe', 'Sign',
  'Click', 'Comments', 'Updated', 'Published', 'Posted', 'Previous', 'Next', 'Article', 'News', 'Breaking', 'Live', 'Opinion',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Tomorrow',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'According', 'Although', 'Despite', 'Under', 'Over', 'During', 'Why',
  'What', 'Who', 'How', 'Where', 'Which', 'No', 'Not', 'Yes', 'All', 'Both', 'Some', 'Many', 'Most', 'Several', 'Other',
  'Such', 'Each', 'Every', 'Any', 'Few', 'Last', 'First', 'Second', 'Third', 'New', 'Old', 'Top', 'Senior', 'Former',
  'Later', 'Earlier', 'Afterwards', 'Instead', 'Separately', 'Nevertheless', 'Thus', 'Hence', 'Even', 'Only', 'Just',
  'Once', 'Because', 'Unless', 'Until', 'Whether', 'Upon', 'Amid', 'Among', 'Against', 'Without', 'Within', 'Through', 'Unlike',
  'Following', 'Formerly', 'Would', 'Could', 'Should', 'Does', 'Did', 'Do', 'Is', 'Are', 'Was', 'Were', 'Make', 'Get',
  'Minister', 'Ministry', 'Chairman', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
  'Christmas', 'Easter', 'Ramadan', 'Internet', 'Web', 'Twitter', 'Facebook', 'WhatsApp', 'Instagram', 'YouTube', 'God',
  // Common nouns that title case capitalizes inside names of things, never of people.
  'Rights', 'War', 'Forum', 'Policy', 'Day', 'Area', 'Bay', 'Agreement', 'Treaty', 'Act', 'Law', 'Bill', 'Street', 'Avenue',
  'Square', 'Airport', 'Station', 'Hospital', 'School', 'Museum', 'Stadium', 'Festival', 'Award', 'Awards', 'Prize', 'Cup',
  'Games', 'Olympics', 'Conference', 'Summit', 'Program', 'Programme', 'Project', 'Initiative', 'Plan', 'Strategy', 'Index',
  'Report', 'Update', 'Highlights', 'Exclusive', 'Analysis', 'Editorial', 'Review', 'Via',
]);

/** All-capital words ("BREAKING NEWS", "UPDATE") are page labels, not names (rule all-caps-not-name). */
export const ALL_CAPS_WORD = Object.freeze({ id: 'all-caps-not-name', reason: 'names in news body text are written in title case; all-capital runs are labels and headings', re: /^[A-Z][A-Z'’.-]+$/ });

/** Family names written first in Korean, Chinese and Vietnamese names ("Kim Jong Un" -> "Kim"). */
export const EAST_ASIAN_FAMILY_NAMES = list('east-asian-family-names', 'the family name comes first in these names, so it is the short form', [
  'Kim', 'Lee', 'Park', 'Moon', 'Choi', 'Jung', 'Chung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Ri', 'Pak', 'Choe',
  'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Hu', 'Guo', 'He', 'Lin',
  'Deng', 'Mao', 'Jiang', 'Wen', 'Zhu', 'Hun', 'Nguyen', 'Tran', 'Le', 'Pham', 'Abe', 'Kishida', 'Suga',
]);

/** Particles allowed inside a name ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES = list('name-particles', 'lower-case particles of Arabic, Dutch, German, Romance names', [
  'bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'la', 'le', 'dos', 'das', 'du', 'bint',
]);

/** Speech verbs: a capitalized word before or after one is a speaker ("Smith said", "said Smith"). */
export const SPEECH_VERBS = list('speech-verbs', 'reporting verbs introduce a speaker', [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'noted', 'wrote', 'writes', 'asked', 'replied', 'warned',
  'insisted', 'explained', 'announced', 'declared', 'argued', 'claimed', 'confirmed', 'denied', 'tweeted',
]);

/** Words before a place name that make a bare capitalized word a place ("in Hanoi", "to Minsk"). */
export const LOCATIVE_WORDS = list('locative-words', 'prepositions and motion verbs that take a place', [
  'in', 'to', 'from', 'at', 'near', 'outside', 'inside', 'visit', 'visits', 'visited', 'visiting', 'via', 'toward', 'towards',
]);

/** Nouns after "the two"/"both" that make the group a pair of countries. */
export const COUNTRY_GROUP_NOUNS = list('country-group-nouns', 'the pair refers to states', [
  'countries', 'nations', 'states', 'governments', 'sides', 'neighbors', 'neighbours', 'allies', 'capitals',
]);

/** Nouns after "the two"/"both" that make the group a pair of persons. */
export const PERSON_GROUP_NOUNS = list('person-group-nouns', 'the pair refers to people', [
  'leaders', 'men', 'women', 'presidents', 'heads', 'officials', 'ministers', 'sides',
]);

/** Pronouns resolved at the start of a sentence to the previous sentence's single person subject. */
export const SUBJECT_PRONOUNS = list('subject-pronouns', 'sentence-initial personal pronouns refer back to the last subject', ['He', 'She']);

/** Word endings of common nouns that never end a person's name ("Mass Communication", "Public Security"). */
export const NON_NAME_SUFFIXES: Readonly<{ id: string; reason: string; re: RegExp }> = Object.freeze({
  id: 'non-name-suffixes', reason: 'derivational noun suffixes mark capitalized subject or title-case phrases, not names',
  re: /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|ology|ics|ure)$/,
});

/**
 * The longest organization name read as a run of capitalized words and connectors, in tokens. The
 * longest common official names ("United Nations Educational, Scientific and Cultural Organization",
 * "Ministry of Foreign Affairs and International Cooperation") are under 10 tokens; the cap keeps a
 * long list of names joined by "and" from being re-read from every word (linear, not quadratic).
 */
export const ORG_RUN_MAX = Object.freeze({ id: 'org-run-max', tokens: 16, reason: 'no organization name is longer; bounds the run scan' });

/** Compass words that may begin an organization name ("Southern Connecticut State University"). */
export const ORG_START_WORDS = list('org-start-words', 'direction adjectives begin many institution names', [
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'New', 'National', 'First',
]);

/**
 * World regions whose last word is also a country's short name: "Latin America" is not the United
 * States. The qualifier word before the country name turns the pair into a region (no country
 * mention). Countries whose full name starts with a compass word ("South Africa", "North Korea")
 * are matched whole by the gazetteer before this rule is reached.
 */
export const REGION_QUALIFIERS = Object.freeze({
  id: 'region-not-country',
  reason: 'a continent or world region named with a country word is not that country',
  pairs: new Set(['latin america', 'south america', 'north america', 'central america', 'middle america', 'ibero-america', 'hispanic america']),
});

/** "the North", "the South": a country named elsewhere in the text with that compass word. */
export const ELLIPTIC_COMPASS = list('elliptic-compass', 'press shorthand for a divided country already named ("South Korea and the North")', [
  'North', 'South', 'East', 'West',
]);

/**
 * Head words of geographic features: a capitalized run ending in one is a PLACE, not a person
 * ("Natuna Islands", "Strait of Hormuz" is handled as a run too). Source: GeoNames feature classes
 * H (water), T (terrain) and L (areas), as their English generic names.
 */
export const GEO_FEATURE_WORDS = list('geo-feature-words', 'a name ending in a feature word names a place', [
  'Islands', 'Island', 'Isles', 'Isle', 'Sea', 'Strait', 'Straits', 'Gulf', 'Bay', 'River', 'Lake', 'Mountains', 'Mountain',
  'Peninsula', 'Valley', 'Desert', 'Ocean', 'Coast', 'Canal', 'Heights', 'Plateau', 'Basin', 'Archipelago', 'Delta', 'Reef', 'Pass',
]);

/**
 * Country and city names that are also common given names ("Chad Johnson", "Jordan Peterson", "India
 * Walton", "Paris Hilton"): before a capitalized word that is no place, country, organization or title,
 * or after an honorific ("Mr. Jordan"), they begin a person's name (rule given-name-country).
 */
export const GIVEN_NAME_PLACES = list('given-name-places', 'country and city names common as given names in English-language news', [
  'Chad', 'Jordan', 'India', 'Kenya', 'Israel', 'Georgia', 'Ireland', 'Egypt', 'Jamaica', 'Cuba', 'China', 'Brazil', 'Paris', 'Florence', 'Victoria',
]);

/** Honorifics before a surname ("Mr. Jordan"): what follows is a person. */
export const HONORIFICS = list('honorifics', 'courtesy titles that only stand before a person\'s name', ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.']);
