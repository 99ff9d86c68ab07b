/**
 * Word lists that shape the speaker noun phrase and the trailing modifiers of an attribution.
 *
 * Source: English grammar of reporting clauses (Quirk et al., "reporting clauses", §14.29–14.31):
 * the speaker is a noun phrase, optionally with one appositive; adverbials of time and channel
 * follow the verb or lead the clause.
 */

/** Words that show a clause, not a noun phrase, in the speaker slot. */
export const NON_NP_WORDS: readonly string[] = Object.freeze([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'must', 'shall', 'did', 'does', 'do', 'not', 'to', 'that', 'which', 'who', 'whom', 'whose',
  'what', 'when', 'where', 'why', 'how', 'if', 'because', 'than', 'this', 'it', 'there', 'we', 'i', 'you',
  'said', 'says', 'told',
]);

/** Leading words dropped from a speaker phrase ("And Lavrov", "Later the spokeswoman"). */
export const LEADING_DROP: readonly string[] = Object.freeze([
  'and', 'but', 'so', 'as', 'then', 'also', 'meanwhile', 'later', 'earlier', 'yesterday', 'today', 'tonight',
  'separately', 'however', 'still',
]);

/** Prepositions that open a leading adverbial ("On Tuesday the spokeswoman said"). */
export const LEADING_PREPOSITIONS: readonly string[] = Object.freeze([
  'on', 'in', 'at', 'during', 'after', 'before', 'following', 'speaking', 'since',
]);

/** Determiners and possessives that start a noun phrase (where a leading adverbial's object stops). */
export const DETERMINERS: readonly string[] = Object.freeze([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'one', 'two', 'three', 'several', 'some', 'another',
]);

/** Time nouns: a preposition followed by one of these opens a time adverbial. */
export const TIME_WORDS: readonly string[] = Object.freeze([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'day', 'yesterday', 'today', 'tonight', 'time',
]);

/**
 * A trailing modifier after the speaker in the inverted order (`said Lavrov on Tuesday`,
 * `said Lavrov in a statement`): the speaker phrase stops where one of these begins.
 * Matched against the lower-cased rest of the phrase.
 */
export const TRAILING_MODIFIER = /^(?:(?:on|in|at|during|last|this|next|late|early)\s+(?:a\s+|an\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|morning|afternoon|evening|night|statement|written|joint|interview|news|press|briefing|televised|speech|post|tweet|twitter|facebook|telegram|instagram|x|youtube|state|national|radio|television|tv)\b|(?:yesterday|today|tonight|earlier|later)\b|(?:in an?|on)\s)/u;
