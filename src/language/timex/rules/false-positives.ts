/**
 * Blockers: phrases that look like time expressions but are not. A candidate overlapping a
 * blocker's match is dropped. Each blocker has an id and a one-line reason.
 */

/** One blocker rule. */
export interface Blocker {
  readonly id: string;
  readonly reason: string;
  readonly re: RegExp;
}

export const BLOCKERS: readonly Blocker[] = Object.freeze([
  {
    id: 'fp-ordinal-time',
    reason: '"for the first time (ever)", "the last time": an ordinal occasion, not a date',
    re: /\b(?:for )?the (?:first|second|third|last|only) time(?: ever| in \S+(?: \S+)?)?\b/gi,
  },
  {
    id: 'fp-comparative-plan',
    reason: '"(much / two days) earlier than planned": compares with a plan, dates nothing',
    re: /\b(?:\S+ \S+ )?(?:earlier|later|sooner) than (?:planned|expected|scheduled|anticipated|usual|hoped|thought|agreed)\b/gi,
  },
  {
    id: 'fp-weekday-title',
    reason: 'newspapers, shows and named days that start with a weekday ("Sunday Times", "Super Tuesday")',
    re: /\b(?:(?:Sunday|Monday|Saturday|Friday) (?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Mail|People|Sport|Star|World|Night Football|Night Live|Night Raw|school|best)|(?:Bloody|Black|Good|Super|Ash|Palm|Easter|Holy|Cyber|Maundy) (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))\b/g,
  },
  {
    id: 'fp-today-title',
    reason: '"USA Today", "the Today show": Today capitalized after a name is a title',
    re: /\b(?:[A-Z][A-Za-z.]* Today|the Today (?:show|programme))\b/g,
  },
  {
    id: 'fp-may-surname',
    reason: '"Theresa May", "Mrs May": May as a surname',
    re: /\b(?:Theresa|Mrs\.?|Ms\.?|Minister|Brian|Mr\.?) May\b/g,
  },
  {
    id: 'fp-age-decade',
    reason: '"in his seventies", "in their 20s": an age, not a period',
    re: /\bin (?:his|her|their|its|my|our|your) (?:early |mid-|late )?(?:\d0s|[a-z]+ties)\b/gi,
  },
  {
    id: 'fp-dated-name',
    reason: 'a date inside a proper name ("the May 4 Movement", "the March 1st Movement", "June 4th Square") names a movement, group or place, not a time',
    re: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)? (?:Movement|Revolution|Uprising|Coalition|Group|Party|Declaration|Alliance|Brigade|Square|Street|Avenue|Stadium|Bridge|Memorial|Organization|Front)\b/g,
  },
  {
    id: 'fp-named-war',
    reason: 'wars and events named by their length ("the Six-Day War", "the Hundred Years\' War") are names, not durations or dates',
    re: /\b(?:[A-Z][a-z]+|\d+)[- ](?:Day|Days|Week|Month|Year|Years)['’]? (?:War|Campaign|Offensive|Uprising|Revolution)\b/g,
  },
] satisfies Blocker[]);
