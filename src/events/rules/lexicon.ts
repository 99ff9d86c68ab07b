/**
 * Word lists the event patterns rely on: irregular verb forms, verbs that double their final
 * consonant, prepositions, and nouns for agreements. Facts of English, written here.
 */

/** Irregular past / participle forms (added to the regular inflections a lemma gets). */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  meet: ['met'], hold: ['held'], pay: ['paid'], make: ['made'], fight: ['fought'], shoot: ['shot'],
  seek: ['sought'], send: ['sent'], give: ['gave', 'given'], take: ['took', 'taken'], fly: ['flew', 'flown'],
  say: ['said'], tell: ['told'], withdraw: ['withdrew', 'withdrawn'], break: ['broke', 'broken'],
  cut: ['cut'], set: ['set'], speak: ['spoke', 'spoken'], lead: ['led'], beat: ['beat', 'beaten'],
  strike: ['struck', 'stricken'], sell: ['sold'], lend: ['lent'], bring: ['brought'], come: ['came'],
  go: ['went', 'gone'], leave: ['left'], put: ['put'], begin: ['began', 'begun'], forgive: ['forgave', 'forgiven'],
  seize: ['seized'], hit: ['hit'], slay: ['slew', 'slain'], undertake: ['undertook', 'undertaken'],
  broadcast: ['broadcast'], draw: ['drew', 'drawn'], bid: ['bid'], spend: ['spent'], upset: ['upset'],
  overthrow: ['overthrew', 'overthrown'], shut: ['shut'], win: ['won'], lose: ['lost'], deal: ['dealt'],
  swear: ['swore', 'sworn'],
  lay: ['laid'],
  withhold: ['withheld'],
  find: ['found'],
  stand: ['stood'],
  freeze: ['froze', 'frozen'],
  forsake: ['forsook', 'forsaken'],
  forbid: ['forbade', 'forbidden'],
  buy: ['bought'],
  keep: ['kept'],
  stab: ['stabbed', 'stabbing'],
  gun: ['gunned', 'gunning'],
  flog: ['flogged', 'flogging'],
  plot: ['plotted', 'plotting'],
  blow: ['blew', 'blown'],
  throw: ['threw', 'thrown'],
  drive: ['drove', 'driven'],
  overrun: ['overran', 'overrun', 'overrunning'],
  retake: ['retook', 'retaken'],
  scrap: ['scrapped', 'scrapping'],
  expel: ['expelled', 'expelling'],
  club: ['clubbed', 'clubbing'],
  lob: ['lobbed', 'lobbing'],
  write: ['wrote', 'written'],
  see: ['saw', 'seen'],
  let: ['letting'],
  swap: ['swapped', 'swapping'],
  airdrop: ['airdropped', 'airdropping'],
  transfer: ['transferred', 'transferring'],
  confer: ['conferred', 'conferring'],
  unfreeze: ['unfroze', 'unfrozen'],
  rethink: ['rethought'],
  build: ['built'],
});

/** Verbs that double their final consonant before -ed/-ing (both spellings kept for travel/cancel). */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set([
  'plan', 'ship', 'stop', 'ban', 'bar', 'drop', 'grab', 'slam', 'step', 'admit', 'commit', 'submit',
  'regret', 'rebut', 'prefer', 'travel', 'cancel', 'label', 'equip', 'occur', 'rob', 'shut', 'hit',
  'cut', 'set', 'put', 'begin', 'win', 'bid', 'quit', 'kidnap', 'spar',
]);

/**
 * Locative prepositions: a country or place after one of them is where the event happens ("declared
 * a ceasefire in south Lebanon", "withdrew from the town of X"), which makes it a target only when it
 * lies outside the source's own country (rule `own-territory`, src/events/pairs.ts).
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'near', 'inside', 'within', 'across', 'throughout', 'around', 'outside',
]);

/**
 * Subordinating conjunctions that open an adverbial clause: a target is never searched past one
 * ("will not accept refugees if war starts in Iraq": Iraq belongs to the condition, not to the
 * refusal). Words that are also prepositions ("after", "before", "until", "since") are left out.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'if', 'unless', 'because', 'although', 'though', 'whereas', 'while', 'when', 'whenever', 'whether',
]);

/** Prepositions: a mention right after one is an object, not a subject (`for North Korea`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'for', 'with', 'to', 'in', 'at', 'on', 'from', 'by', 'between', 'against', 'into', 'onto',
  'over', 'about', 'among', 'toward', 'towards', 'upon', 'via', 'without', 'including', 'like',
  'near', 'outside', 'inside', 'across', 'along', 'around', 'behind', 'beyond', 'through', 'throughout', 'within',
  'under', 'after', 'before', 'during', 'since', 'until', 'despite', 'amid', 'off', 'beside', 'below', 'above',
]);

/** Relative and subordinating words that open a parenthetical whose mentions are not the subject. */
export const PARENTHETICAL_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'where', 'when']);

/**
 * Determiners that open an appositive after an actor ("Pakistan, a key ally of X, refused ..."):
 * the appositive describes the actor and its own mentions are not the verb's subject.
 */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another', 'its', 'his', 'her', 'their']);

/** Words that may stand between an actor modifier and a nominal trigger ("Putin's first visit"). */
export const NP_FILLERS: ReadonlySet<string> = new Set([
  "'s", '’s', 's', '-', '–', 'first', 'second', 'third', 'new', 'latest', 'recent', 'planned', 'upcoming',
  'proposed', 'possible', 'official', 'state', 'historic', 'landmark', 'long', 'expected', 'joint',
  'bilateral', 'economic', 'military', 'tougher', 'tough', 'fresh', 'further', 'additional', 'surprise', 'two-day', 'three-day',
]);

/** Nouns for a formal agreement (CAMEO 1.1b3 §05, 057). */
export const AGREEMENT_NOUNS = '%agreement|%memorandum|memoranda|%accord|%treaty|treaties|%pact|%deal|%protocol|%convention|%communique|%declaration';

/** Determiners and possessives: after one, even an -ed form is a noun or adjective ("the planned visit"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", 'no', 'any', 'every', 'each', 'such',
]);

/** Words after which a verb-form trigger is a noun ("the visit", "Putin's visit", "of visits"). */
export const NOUN_CONTEXT: ReadonlySet<string> = new Set([
  ...DETERMINERS, 'first', 'second', 'third', 'last', 'latest', 'recent', 'new',
  'planned', 'upcoming', 'proposed', 'possible', 'official', 'state',
]);

/** Words after which a noun-form trigger is a verb ("to visit", "will talk", "they talk"). */
export const VERB_CONTEXT: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'shall', 'may', 'might', 'could', 'can', 'must', 'should', 'did', 'do', 'does',
  "n't", 'not', 'never', 'he', 'she', 'they', 'we', 'i', 'it', 'also', 'then', 'later', 'who', 'which',
]);
