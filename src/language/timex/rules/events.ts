/**
 * Event words for event-relative anchoring ("The meeting comes six weeks after the summit").
 * Each entry: the head nouns that name an event in the relative sentence, and the pattern that
 * finds the same event (noun or verb) in an earlier sentence. Source: common event nouns of
 * political news (CAMEO verb classes 03–05 "consult/meet", 14 "protest", 18–19 "assault/fight").
 */

/** One event-word entry. */
export interface EventWord {
  readonly id: string;
  readonly reason: string;
  /** Head nouns naming the event (matched as whole words, case-insensitive). */
  readonly nouns: RegExp;
  /** The same event in an earlier sentence: nouns and verb forms. */
  readonly antecedent: RegExp;
}

export const EVENT_WORDS: readonly EventWord[] = Object.freeze([
  { id: 'ev-meeting', reason: 'a meeting refers back to meet/met/summit/talks', nouns: /\b(?:meetings?|encounter)\b/i, antecedent: /\b(?:meet(?:s|ing|ings)?|met|summit|talks)\b/i },
  { id: 'ev-summit', reason: 'a summit refers back to a summit or a leaders\' meeting', nouns: /\bsummits?\b/i, antecedent: /\b(?:summit|meet(?:s|ing)?|met)\b/i },
  { id: 'ev-visit', reason: 'a visit/trip/tour refers back to visit/travel verbs', nouns: /\b(?:visits?|trips?|tours?|journey)\b/i, antecedent: /\b(?:visit(?:s|ed|ing)?|trip|travel(?:s|ed|led|ing|ling)?|tour(?:s|ed|ing)?)\b/i },
  { id: 'ev-talks', reason: 'talks/negotiations refer back to talk/negotiate/meet', nouns: /\b(?:talks|negotiations)\b/i, antecedent: /\b(?:talks?|negotiat\w*|meet(?:s|ing)?|met)\b/i },
  { id: 'ev-election', reason: 'an election or poll refers back to elect/vote', nouns: /\b(?:elections?|polls?)\b/i, antecedent: /\b(?:elections?|elect(?:s|ed)?|vot(?:e|es|ed|ing)|polls?|ballot)\b/i },
  { id: 'ev-vote', reason: 'a vote/referendum refers back to vote/ballot/election', nouns: /\b(?:votes?|referendum|ballot)\b/i, antecedent: /\b(?:vot(?:e|es|ed|ing)|referendum|ballot|election)\b/i },
  { id: 'ev-conference', reason: 'a conference/forum/session refers back to a gathering', nouns: /\b(?:conference|forum|session|gathering)\b/i, antecedent: /\b(?:conference|forum|session|gather\w*|meet(?:s|ing)?|convene\w*)\b/i },
  { id: 'ev-signing', reason: 'a signing/ceremony/agreement refers back to sign/agree', nouns: /\b(?:signing|ceremony|agreement|deal|accord|ceasefire|truce)\b/i, antecedent: /\b(?:sign(?:s|ed|ing)?|agree(?:s|d|ment)?|deal|accord|ceasefire|truce)\b/i },
  { id: 'ev-attack', reason: 'an attack/strike/bombing refers back to attack verbs', nouns: /\b(?:attacks?|strikes?|bombings?|raids?|assault)\b/i, antecedent: /\b(?:attack\w*|strikes?|struck|bomb\w*|raid\w*|assault\w*)\b/i },
  { id: 'ev-protest', reason: 'a protest/rally/demonstration refers back to protest verbs', nouns: /\b(?:protests?|rally|rallies|demonstrations?)\b/i, antecedent: /\b(?:protest\w*|rall(?:y|ies|ied)|demonstrat\w*|marched)\b/i },
  { id: 'ev-launch', reason: 'a launch/test refers back to launch/test/fire', nouns: /\b(?:launch|test|firing)\b/i, antecedent: /\b(?:launch\w*|test\w*|fired|fires)\b/i },
  { id: 'ev-announcement', reason: 'an announcement/decision refers back to announce/decide', nouns: /\b(?:announcement|decision)\b/i, antecedent: /\b(?:announc\w*|decid\w*|decision)\b/i },
] satisfies EventWord[]);

/**
 * Verbs linking the subject event to a count ("A comes/came/is/was/took place N units after B").
 * Matched at the end of the text between the sentence start and the count.
 */
export const LINK_VERB_RE = /^(.*?)\b(?:comes?|came|coming|is|was|are|were|will (?:come|be)|took place|takes? place|will take place|happened|occurred|falls?|fell)\s+$/is;

/** Where the object of "after/before" ends: a comma, semicolon, dash, or a clause-joining word. */
export const OBJECT_END_RE = /[,;:—–]|\s(?:with|and|but|while|when|as|which|who)\s/;
