/**
 * Rules that read the channel or outlet (`via`) of a statement from the words after the speech verb.
 *
 * Source: newswire attribution forms ("told Reuters", "said in an interview with CNN",
 * "wrote on Twitter", "said in a statement"); `via` keeps outlets and channels, never the audience.
 */

/** A via rule: a pattern over the tail of the attribution (the words after the verb, up to clause end). */
export interface ViaRule {
  id: string;
  reason: string;
  /** Matched against the tail; the named group `via` (when present and matched) is the outlet or channel. */
  pattern: RegExp;
  /** When true, a match decides that there is no via (the channel is not an outlet). */
  none?: boolean;
}

const NP = String.raw`(?<via>[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*)*)`;

/** Via rules in priority order. `told` objects are handled by {@link AUDIENCE_WORDS} and rule `via-told`. */
export const VIA_RULES: readonly ViaRule[] = Object.freeze([
  { id: 'via-interview', reason: '"in an interview with CNN": the outlet that carried the interview',
    pattern: new RegExp(String.raw`\b(?:in|during)\s+an?\s+(?:\p{L}+\s+)?interview\s+(?:with|on|to)\s+(?:the\s+)?${NP}`, 'u') },
  { id: 'via-channel', reason: '"on Twitter", "on state television", "on CNN": the channel the words went out on',
    pattern: new RegExp(String.raw`\b(?:on|in|to)\s+(?:his\s+|her\s+|their\s+|its\s+|the\s+)?(?:official\s+)?(?<via>(?:state|national|public)\s+(?:television|TV|radio)|television|radio|(?:Twitter|X|Facebook|Instagram|Telegram|YouTube|Weibo|VKontakte|Truth Social)(?:\s+account)?)`, 'u') },
  { id: 'via-outlet-on', reason: '"said on Fox News", "told the BBC": a capitalized outlet name after "on"',
    pattern: new RegExp(String.raw`\bon\s+(?:the\s+)?${NP}`, 'u') },
  { id: 'via-statement', reason: '"in a statement", "at a news conference": a form of delivery, not an outlet', none: true,
    pattern: /\b(?:in|at|during)\s+(?:a|an|the)\s+(?:\p{L}+\s+)?(?:statement|news conference|press conference|briefing|speech|interview)\b/u },
]);

/** Objects of "told" that are an audience, not an outlet (`told reporters`, `told Parliament` give via null); matched lower-cased. */
export const AUDIENCE_WORDS: readonly string[] = Object.freeze([
  'reporters', 'journalists', 'the press', 'the media', 'a news conference', 'a press conference', 'a briefing',
  'the audience', 'an audience', 'the crowd', 'a crowd', 'supporters', 'the newspaper', 'a newspaper',
  'news agencies', 'local media', 'state media', 'parliament', 'congress', 'the senate', 'the house', 'the duma',
  'the bundestag', 'the knesset', 'the un general assembly', 'the security council',
]);

/** Platform words stripped of a trailing "account" (`his Twitter account` -> `Twitter`). */
export const PLATFORM_SUFFIX = /\s+account$/u;

/** Capitalized words after "on" that are times, not outlets (`said on Tuesday`). */
export const NOT_OUTLET: readonly string[] = Object.freeze([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'christmas', 'easter',
]);
