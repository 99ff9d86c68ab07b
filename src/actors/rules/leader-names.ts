/**
 * Name rules of the leader look-up (`leaders/index.ts`): how a name is normalized to a key, and
 * which one-word names never designate a leader alone.
 */

/** One family name too common to designate one officeholder on its own. */
export interface CommonSurname {
  readonly name: string;
  readonly reason: string;
}

const s = (name: string, reason: string): CommonSurname => Object.freeze({ name, reason });
const KOREAN = 'One of the most common Korean family names; several officeholders and non-officeholders (Kim Jong Un) share it';
const CHINESE = 'One of the most common Chinese family names; it names many people besides the officeholder';

/**
 * Family names that are never matched alone, even if a data row lists them: the family name of many
 * officeholders of one country, or of prominent non-officeholders ("Kim" is also North Korea's leader,
 * who is not in the table). Matching them alone would code the wrong person.
 */
export const COMMON_SURNAMES: readonly CommonSurname[] = Object.freeze([
  s('kim', KOREAN), s('lee', KOREAN), s('park', KOREAN), s('choi', KOREAN), s('chung', KOREAN), s('jung', KOREAN),
  s('han', KOREAN), s('kang', KOREAN), s('hwang', KOREAN), s('cho', KOREAN), s('yoo', KOREAN), s('yu', KOREAN), s('hong', KOREAN),
  s('li', CHINESE), s('wang', CHINESE), s('zhang', CHINESE), s('liu', CHINESE), s('chen', CHINESE), s('yang', CHINESE), s('wong', CHINESE),
  s('singh', 'The surname of three Indian prime ministers or foreign ministers of the 1990s and 2000s, and of millions of others'),
  s('khan', 'A very common South Asian surname'),
  s('smith', 'The most common English surname'),
]);

/**
 * Words dropped from the start of a name before look-up: honorifics and the ranks the table's
 * variants do not carry ("Mr. Putin", "Sir John Major", "Lord Cameron" as written in news text).
 * Source: AP style honorifics; British peerage styles.
 */
export const NAME_HONORIFICS: readonly string[] = Object.freeze(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'baroness', 'sheikh']);
