/**
 * Byline vocabularies: what to strip from an author string and which parts are not names.
 * Sources: bylines as news sites write them ("By A, B and C", "A, Staff Writer",
 * "A | Reuters", "Email the author") and schema.org `author`.
 */

/** Lead-ins before the names ("By", "Written by", "Posted by"). */
export const BYLINE_PREFIX = /^\s*(?:(?:written|posted|reported|reporting|words|story|text|photos?|compiled|edited|published)\s+)?by\s*:?\s+|^\s*(?:authors?|reporter|posted|written)\s*:\s*/i;

/** Separators between names in one byline. */
export const NAME_SEPARATOR = /\s*(?:,|;|\||\/|&|\band\b|\bwith\b|\n|·|•)\s*|\s+[-–—]\s+|(?<=\p{Ll}{2})\.\s+/iu;

/** Words that make a byline part a role, desk or call to action, not a person (lower case). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'editor', 'editors', 'correspondent', 'contributor',
  'contributors', 'columnist', 'journalist', 'producer', 'photographer', 'senior', 'chief', 'deputy', 'managing',
  'associate', 'bureau', 'desk', 'team', 'newsroom', 'email', 'e-mail', 'follow', 'contact', 'author', 'twitter',
  'facebook', 'updated', 'published', 'posted', 'read', 'more', 'view', 'profile', 'articles', 'stories', 'news',
  'press', 'wire', 'wires', 'services', 'service', 'agency', 'special', 'guest', 'opinion', 'analysis', 'the',
  'intern', 'anchor', 'host', 'times', 'post', 'daily', 'online', 'media', 'inc', 'ltd', 'llc', 'admin',
  'editorial', 'sport', 'sports', 'business', 'large', 'webmaster', 'webadmin', 'guest',
]);

/** A plausible person-name token after cleaning (letters, apostrophes, hyphens, periods). */
export const NAME_TOKEN = /^[\p{Lu}\p{Ll}][\p{L}'’.-]*$/u;

/** Lower-case particles that stay lower case inside names ("van der", "de la"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'da', 'di', 'du', 'bin', 'al', 'el', 'dos', 'das', 'ter', 'ten']);

/** Most tokens a name may have. Longer parts are sentences or titles, not names. */
export const MAX_NAME_TOKENS = 5;

/** Calls to action written after the names ("Email the author", "Follow him on Twitter", "View all posts"); cut with what follows. */
export const CALL_TO_ACTION = /\b(?:(?:e-?mail|contact|follow|message)\s+(?:the\s+)?(?:author|reporter|writer|me|him|her|them|us|on)\b|view\s+(?:all\s+)?(?:posts|articles|stories)\b|more\s+(?:from|by)\b|read\s+more\b).*$/i;

/** Function words that never sit inside a person name; an all-lower-case part containing one is a phrase. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'is', 'was', 'has', 'have',
  'had', 'who', 'will', 'about', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'your', 'my',
]);

/** Most tokens of an all-lower-case part accepted as a name ("jane doe", "ann van rijn"). */
export const MAX_LOWERCASE_NAME_TOKENS = 4;

/** Class/id tokens of author-bio boxes: never read as a byline. */
export const BIO_BOX_TOKEN = /(?:^|[-_])(?:bio|about|description|info|box|card|profile)(?:$|[-_])/;

/** A weekday or date glued after the names ("Jeff DoeMonday", "Ann Lee Tuesday, 4 May"); cut with what follows. */
export const TRAILING_DATE = /(?:(?<=\p{Ll})|\s)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$/u;
