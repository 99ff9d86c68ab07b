/**
 * Discard rules: sentences about sports results, entertainment, business results, questions and
 * hypotheticals use the same verbs as political events ("attacked", "beat", "signed", "invade")
 * but are not CAMEO events, so they are dropped before coding. Each rule names its category and
 * may carry `unless`: a sentence that also matches `unless` is kept and coded as usual, because it
 * reports a political act next to the discarded topic ("shares fell after China imposed tariffs",
 * "the United States will boycott the World Cup", "Iran banned the film").
 *
 * Decisions: market moves caused by a political act are kept (the act is the event, the market
 * move is not coded); a market move alone is discarded ("the trade war hit shares of carmakers"
 * is kept only because "war" is in `unless` — it yields no event without actors anyway). Votes
 * with tallies ("passed 52-48") are never a sports score. Questions ("Will China attack
 * Taiwan?") and hypotheticals ("Imagine ...", "In the novel, ...") assert nothing.
 * Source: PETRARCH-2 discard-list practice (sports, business and entertainment stories are
 * filtered before coding; CAMEO 1.1b3 §1 codes political interactions only).
 */
import type { DiscardRule } from './types.js';

/** A discard rule of dateline's own table: a category and an optional `unless` expression. */
export interface DiscardEntry extends DiscardRule {
  readonly category: 'sports' | 'entertainment' | 'business' | 'question' | 'hypothetical' | 'other';
  /** Case-insensitive expression: a sentence matching it is not discarded by this rule. */
  readonly unless?: string;
}

/** Political and criminal-justice acts around sport (boycotts, sanctions, arrests, jail); not bans or suspensions, which sports bodies impose on players. */
const SPORT_UNLESS = String.raw`\b(?:boycott\w*|sanction\w*|expel\w*|visas?|protest\w*|arrest\w*|detain\w*|jail\w*|prison\w*|convict\w*|sentenced)\b`;
const CULTURE_UNLESS = String.raw`\b(?:bann?(?:ed|ing|s)?|censor\w*|jail\w*|arrest\w*|detain\w*|sanction\w*|protest\w*|boycott\w*|propaganda)\b`;
const MARKET_UNLESS = String.raw`\b(?:sanction\w*|tariffs?|embargo\w*|bann?(?:ed|ing|s)?|boycott\w*|attack\w*|strikes?|struck|invasion|invad\w*|war|missiles?|troops|seiz\w*|nationali[sz]\w*|expropriat\w*|blockad\w*|shelling|bomb\w*)\b`;

const entry = (e: DiscardEntry): DiscardEntry => Object.freeze(e);

export const DISCARD_RULES: readonly DiscardEntry[] = Object.freeze([
  // sports
  entry({ id: 'discard-score', category: 'sports', reason: 'A match score ("won 3-1", "a 2-0 win") marks a sports result.',
    pattern: String.raw`\b(?:won|win|wins|beat|beats|beaten|lost|lose|loses|defeated|defeats|drew|draw|draws|drawn|victory|defeat|thrashed|crushed|routed|edged|hammered|held)\b[^.;]{0,40}?\b\d{1,3}\s?[-–]\s?\d{1,3}\b|\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw|triumph)\b`,
    unless: String.raw`\b(?:vot(?:e|es|ed|ing)|ballots?|seats?|resolution|senate|parliament|assembly|council|legislat\w*)\b` }),
  entry({ id: 'discard-sports-words', category: 'sports', reason: 'Match, league and tournament vocabulary marks a sports story.',
    pattern: String.raw`\b(?:(?:left|right)[- ]back|(?:left|right) winger|(?<!hunger\s)striker|midfielder|goalkeeper|goalless|hat-?trick|penalty (?:kick|shoot-?out)|extra time|stoppage time|half-?time|kick-?off|(?:first|second)-half (?:goal|penalty|strike)|league table|premier league|champions league|test match|one-day international|batsm[ae]n|bowlers?|wickets?|innings|touchdown|grand slam|grand prix|in straight sets|wimbledon|quarter-?finals?|semi-?finals?|playoffs?|(?:world|asian|gold|davis|ryder|fa|league|nations) cup (?:final|qualifiers?|match|tie|group|semi-?final|quarter-?final)|world cup qualif\w*|copa am[eé]rica|six nations|european championships?|olympic (?:gold|silver|bronze|final|title|record)|(?:gold|silver|bronze) medal|world championships?|table tennis|ice hockey|national (?:football|soccer|cricket|rugby|hockey|basketball|volleyball) team|(?:first|second|third|fourth|final)-round (?:match|matches|ties?|games?)|defending champions?|finalists?|(?:head|national|team|football|soccer|rugby|cricket|tennis|basketball|hockey) coach|(?:soccer|football|cricket|rugby|tennis|hockey|basketball|international|friendly|league|cup|qualifying|home|away) (?:match|matches|fixtures?)|league (?:games?|title|leaders|champions|winners|season|standings)|\d{1,3}(?:st|nd|rd|th) minute|aggregate (?:win|victory|score|defeat)|central defender|cent(?:re|er)-back|\d+ fours|reliever|pitcher|inning|home runs?|olympic (?:[\w-]+ ){0,3}champion|\d+ ?(?:metres|meters|m|km) (?:race|freestyle|backstroke|breaststroke|butterfly|hurdles|sprint|relay|final)|davis cup|fed cup|ryder cup|u\.?s\. open|french open|australian open|penalty (?:area|box|spot)|group [a-h] (?:match|matches|games?)|cricket(?:ers?)?|test (?:series|cricket))\b`,
    unless: SPORT_UNLESS }),
  // entertainment
  entry({ id: 'discard-box-office', category: 'entertainment', reason: 'Box office, charts, premieres and award shows are entertainment news.',
    pattern: String.raw`\b(?:box[- ]office|opening weekend|billboard (?:chart|hot 100|200)|(?:top|tops|topped|topping) the charts?|chart-topping|albums?|hit (?:single|song|show|series|film|movie|album)|premiere[ds]?|film festival|cannes (?:film )?festival|palme d['’]or|berlinale|sundance|oscar (?:nominations?|winner|winning|for best|ceremony)|the oscars|academy awards?|grammys?|grammy awards?|emmys?|emmy awards?|golden globes?|baftas?|best (?:actor|actress|picture|director|film|supporting)|red carpet|sitcom|tv series|season finale|reality show|concert tour|bestsell(?:er|ing)|record (?:deal|label|contract)|recording contract)\b`,
    unless: CULTURE_UNLESS }),
  entry({ id: 'discard-work-as-agent', category: 'entertainment', reason: 'A film, book or show as the subject of "attacks/depicts/imagines" is a review, not an act ("the film attacks the myth").',
    pattern: String.raw`\b(?:the|a|an|his|her|their|its|new)\s+(?:[\w-]+\s+)?(?:film|movie|documentary|series|novel|book|play|opera|musical|song|album|show|drama|thriller|sitcom|video game|game|cartoon|comedy)s?\s+(?:[\w-]+\s+)?(?:attacks?|depicts?|portrays?|imagines?|explores?|dramati[sz]es?|chronicles?|satiri[sz]es?|parod(?:y|ies)|skewers?|lampoons?|mocks?|stars|starring|follows?)\b`,
    unless: CULTURE_UNLESS }),
  // business
  entry({ id: 'discard-markets', category: 'business', reason: 'Share prices, indices and commodity prices are market news.',
    pattern: String.raw`\b(?:shares|stocks?|stock price|share price|index|indices|nasdaq|dow(?: jones)?|s&p 500|ftse(?: 100)?|nikkei(?: 225)?|dax|cac 40|hang seng|sensex|(?:oil|gold|wheat|gas|copper|crude|commodity|bond) prices?)(?:\s+(?:of|in)\s+[^.;,]{1,40}?)?\s+(?:rose|fell|jumped|slid|climbed|dropped|surged|tumbled|gained|plunged|rallied|soared|sank|slumped|hit (?:a |an )?(?:record|new|high|low|\d)|(?:edged|closed|ended) (?:up|down|higher|lower))\b`,
    unless: MARKET_UNLESS }),
  entry({ id: 'discard-earnings', category: 'business', reason: 'Earnings, revenue and profit reports are business results.',
    pattern: String.raw`\b(?:(?:quarterly|annual|(?:first|second|third|fourth)[- ]quarter|half-year) (?:earnings|profits?|results|revenues?|sales|loss(?:es)?)|earnings per share|net (?:profit|income|loss)|(?:revenues?|sales|profits?|earnings) (?:rose|fell|jumped|climbed|dropped|surged|grew|declined|beat|missed)|(?:beat|beats|missed|misses|topped|exceeded) (?:[\w']+\s+){0,2}(?:estimates|forecasts|expectations)|profit warning|record (?:revenues?|profits?|sales|earnings)|(?:rise|fall|drop|jump|increase|decline) in (?:quarterly |annual |net )?(?:profits?|earnings|revenues?|sales)|market (?:value|capitali[sz]ation)|dividends?|initial public offering)\b`,
    unless: MARKET_UNLESS }),
  entry({ id: 'discard-deal-price', category: 'business', reason: 'A company buying another for a price is a commercial deal, not a political act.',
    pattern: String.raw`\b(?:to buy|to acquire|acquisition of|takeover of|takeover bid for|bought|acquired|merger with|merge with|stake in)\b[^.;]{0,60}?\bfor\s+(?:about\s+|some\s+|nearly\s+|around\s+)?(?:\$|€|£|¥|us\$)?\s?\d[\d.,]*\s*(?:billion|million|trillion|bn)\b`,
    unless: String.raw`\b(?:arms|weapons?|missiles?|fighter|warships?|military|defen[cs]e|drones?|tanks?|government|state-owned|sovereign|nationali[sz]\w*|sanction\w*)\b` }),
  entry({ id: 'discard-ip-lawsuit', category: 'business', reason: 'A lawsuit over patents, copyright or trademarks is a commercial dispute, not a political complaint.',
    pattern: String.raw`\bsu(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:patents?|copyrights?|trademarks?|licen[cs]ing fees?|royalties)\b|\b(?:patent|copyright|trademark) (?:lawsuit|suit|dispute|infringement)\b`,
    unless: String.raw`\b(?:wto|world trade organi[sz]ation|government|ministry|state|sanction\w*|tariffs?)\b` }),
  // questions and hypotheticals
  entry({ id: 'discard-question', category: 'question', reason: 'A question outside quotes ("Will China attack Taiwan?") asserts no event.',
    pattern: String.raw`^[^"“”«»]*\?\s*[)\]]?\s*$` }),
  entry({ id: 'discard-hypothetical', category: 'hypothetical', reason: 'Imagined, supposed or fictional scenarios ("Imagine ...", "In the novel, ...") assert no event.',
    pattern: String.raw`^\W*(?:imagine|suppose|supposing|picture this|what if|what would happen if)\b|\bhypothetically\b|\bhypothetical (?:scenario|situation|war|conflict|attack|invasion|case)\b|\bin (?:a|the) (?:fictional|imagined|hypothetical) (?:scenario|world|future|war)\b|^\W*in the (?:[\w-]+\s+)?(?:film|movie|novel|series|video game|game|book|show|play|sequel|comic)\b` }),
  entry({ id: 'discard-autographs', category: 'other', reason: 'Signing autographs or copies is a celebrity act, not an agreement.',
    pattern: String.raw`\bsign(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:autographs?|copies|books|jerseys|shirts)\b` }),
]);

/** A discard rule with its expressions compiled. */
export interface CompiledDiscard { rule: DiscardRule; re: RegExp; unless: RegExp | null }
type Compiled = CompiledDiscard;

/** Compiles discard rules once (for tables used on many sentences). Errors: SyntaxError for a bad pattern. */
export const compileDiscards = (rules: readonly DiscardRule[]): CompiledDiscard[] =>
  rules.map((rule) => {
    const u = (rule as DiscardEntry).unless;
    return { rule, re: new RegExp(rule.pattern, 'i'), unless: u ? new RegExp(u, 'i') : null };
  });

/** dateline's own table, compiled once (frozen constant). */
const OWN: readonly Compiled[] = Object.freeze(compileDiscards(DISCARD_RULES));

/**
 * The first discard rule matching `sentence` whose `unless` (if any) does not match, or null.
 * `rules` defaults to `DISCARD_RULES` (compiled once); other tables (PETRARCH dictionaries) are
 * compiled per call.
 */
export function discardRule(sentence: string, rules: readonly DiscardRule[] = DISCARD_RULES): DiscardRule | null {
  return firstDiscard(sentence, rules === DISCARD_RULES ? OWN : compileDiscards(rules));
}

/** The first of the compiled discard rules `table` that discards `sentence`, or null. */
export function firstDiscard(sentence: string, table: readonly CompiledDiscard[]): DiscardRule | null {
  for (const c of table) if (c.re.test(sentence) && !c.unless?.test(sentence)) return c.rule;
  return null;
}
