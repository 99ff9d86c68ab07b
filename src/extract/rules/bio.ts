/**
 * Author bio and byline vocabularies. A bio is a paragraph that starts with a person name and
 * describes the writer's trade ("X is a Middle East correspondent ...", "X has written for ...");
 * a byline is "By Name[, Name and Name][, Agency]". Source: bio boxes and bylines of news CMSs.
 */
import type { Threshold } from './types.js';

/** Name particles that may sit lower case inside a person name ("Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = Object.freeze(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ter', 'ten']);

/** One capitalized name token: "Maria", "O’Brien", "Smith-Jones", "J.", "McCain". */
export const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)`;

/** A person name: two to five tokens, particles allowed inside. */
export const PERSON_NAME = String.raw`${NAME_TOKEN}(?:\s+(?:(?:${NAME_PARTICLES.join('|')})\s+)*${NAME_TOKEN}){1,4}`;

/** Trades a writer's bio names (singular, lower case). */
export const BIO_ROLES: readonly string[] = Object.freeze([
  'journalist', 'reporter', 'correspondent', 'analyst', 'editor', 'writer', 'columnist', 'contributor',
  'author', 'producer', 'photographer', 'photojournalist', 'blogger', 'commentator', 'novelist', 'researcher',
  'fellow', 'professor', 'anchor', 'host', 'critic', 'intern', 'freelancer', 'stringer', 'chief', 'observer',
  'historian', 'economist', 'scholar', 'broadcaster', 'presenter', 'videographer', 'strategist',
]);

/** Verbs that open a bio right after the name ("X has written for ...", "X covers ..."). */
export const BIO_VERBS: readonly string[] = Object.freeze([
  'has written', 'writes', 'wrote', 'covers', 'has covered', 'covered', 'reports on', 'reports for',
  'has reported', 'is based in', 'joined', 'contributes', 'has contributed', 'is the author of',
  'is the author', 'previously worked', 'has worked as', 'worked as',
]);

/** Bio opening: group 1 the name; then "is/was a|an|the ... <role>" or a bio verb. */
export const BIO_OPENING = new RegExp(
  String.raw`^(${PERSON_NAME}|The (?:author|writer)|About the author:?\s*${PERSON_NAME})\s+(?:(?:is|was)\s+(?:a|an|the|currently|also|now)\b[^.;]{0,160}?\b(?:${BIO_ROLES.join('|')})s?\b|(?:${BIO_VERBS.join('|')})\b)`,
  'u',
);

/** Phrases that mark a paragraph as a writer's bio wherever the paragraph sits. */
export const BIO_STRONG = /\b(?:has written for|writes for|contributor to|is the author of|degree in (?:journalism|mass communication)|follow (?:him|her|them) on|can be reached at|reach (?:him|her|them) at|his work has appeared|her work has appeared|their work has appeared)\b/i;

export const BIO_LIMITS = Object.freeze({
  maxWords: Object.freeze<Threshold>({
    id: 'bio.max-words', value: 150,
    reason: 'bio boxes are one paragraph of a few sentences; a longer paragraph is body',
  }),
});

/** Byline: "By Jane Doe", "BY JANE DOE AND JOHN ROE, Reuters", "By Jane Doe | Staff Writer". Group 1: the names part. */
export const BYLINE = /^(?:by|written by|words by|reporting by|story by)\s*[:-]?\s+(.+?)\s*$/i;

/** Separators that end the names part of a byline ("By Jane Doe | Staff writer", "By Jane Doe - Reuters"). */
export const BYLINE_TAIL = /\s+(?:\||–|—|-|·|•)\s+.*$/;

/** Words that name an agency, desk or position in a byline, not a person (lower case). */
export const BYLINE_NON_PERSON: ReadonlySet<string> = Object.freeze(new Set([
  'reuters', 'associated', 'press', 'afp', 'ap', 'agence', 'france-presse', 'bloomberg', 'staff', 'writer',
  'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'desk', 'news',
  'service', 'services', 'wire', 'wires', 'agency', 'agencies', 'team', 'bureau', 'contributor', 'contributors',
  'senior', 'chief', 'political', 'foreign', 'diplomatic', 'international', 'report', 'reports', 'xinhua', 'tass',
  'cnn', 'bbc', 'abc', 'nbc', 'cbs', 'upi', 'dpa', 'efe', 'ians', 'pti', 'ani', 'staffers', 'online', 'digital',
]));

export const BYLINE_LIMITS = Object.freeze({
  maxWords: Object.freeze<Threshold>({
    id: 'byline.max-words', value: 18,
    reason: 'a byline lists at most a few names and an agency; longer lines are sentences',
  }),
});
