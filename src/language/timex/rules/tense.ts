/**
 * Tense cues that decide which way a bare weekday or a yearless date points. The cue nearest to
 * the expression in its sentence wins (a cue before it wins a tie: the governing verb usually
 * precedes its time adjunct); past cues inside a future phrase ("is scheduled to") are ignored.
 *
 * Source of the default: news style (AP Stylebook, "days of the week"): a weekday name in a news
 * story means a day within a week of publication; with no tense cue we take the most recent one,
 * since news mostly reports what has happened.
 */

/** One tense cue. */
export interface TenseCue {
  readonly id: string;
  readonly reason: string;
  readonly tense: 'past' | 'future';
  readonly re: RegExp;
}

export const TENSE_CUES: readonly TenseCue[] = Object.freeze([
  {
    id: 'future-modal',
    reason: 'will/shall/\'ll and "is going to" mark the future; "will be held" covers its participle',
    tense: 'future',
    re: /\b(?:will|shall|won['’]t|going to)(?: not)?(?: (?:be|have been) [a-z]+)?\b|['’]ll\b/gi,
  },
  {
    id: 'future-schedule',
    reason: '"is to", "is slated/scheduled/set/expected/due to", "plans to": a planned event',
    tense: 'future',
    re: /\b(?:is|are|was|were|be)(?: (?:slated|scheduled|set|expected|due|poised|planning|likely|about))? to(?: be [a-z]+)?\b|\b(?:plans?|intends?|hopes?|aims?) to\b|\b(?:upcoming|next)\b/gi,
  },
  {
    id: 'future-scheduled-present',
    reason: 'the simple present of a movement or meeting verb with a day ("travels to Lima on Friday") is a fixed arrangement, i.e. future (Quirk et al. 1985, §4.23: simple present for timetabled events)',
    tense: 'future',
    re: /\b(?:travels|arrives|visits|meets|heads|flies|leaves|departs|returns|hosts|holds|begins|starts|opens|convenes|resumes)\b/gi,
  },
  {
    id: 'past-aux',
    reason: 'past auxiliaries and copulas: was, were, had, did',
    tense: 'past',
    re: /\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t)\b/gi,
  },
  {
    id: 'past-irregular',
    reason: 'common irregular past forms of reporting and event verbs',
    tense: 'past',
    re: /\b(?:said|told|met|held|went|came|took|left|began|fought|spoke|wrote|won|lost|gave|made|saw|fell|struck|sent|broke|ago|last|earlier|recently|yesterday)\b/gi,
  },
  {
    id: 'past-regular',
    reason: 'regular past forms in -ed',
    tense: 'past',
    re: /\b[a-z]{2,}ed\b/gi,
  },
] satisfies TenseCue[]);
