/**
 * Discard rules: sentences about sports results, entertainment and business earnings use the
 * same verbs as political events ("attacked", "beat", "visit") but are not CAMEO events.
 * Source: PETRARCH-2 discard list practice (sports and business stories are filtered before coding).
 */
import type { DiscardRule } from './types.js';

export const DISCARD_RULES: readonly DiscardRule[] = Object.freeze([
  { id: 'discard-score', reason: 'A match score ("won 3-1", "a 2-0 win") marks a sports result.', pattern: String.raw`\b(?:won|win|wins|beat|beats|lost|loses|defeated|drew|draw|victory|defeat|thrashed)\b[^.;]{0,40}\b\d{1,3}\s?[-–]\s?\d{1,3}\b|\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|defeat|loss|draw)\b` },
  { id: 'discard-sports-words', reason: 'Football, cricket and league vocabulary marks a sports story.', pattern: String.raw`\b(?:left wing|right wing back|striker|midfielder|goalkeeper|penalty kick|first half|second half|league table|premier league|world cup final|touchdown|innings|grand slam|quarter-?final|semi-?final|playoffs?)\b` },
  { id: 'discard-box-office', reason: 'Box office and chart results are entertainment news.', pattern: String.raw`\b(?:box office|opening weekend|billboard chart|album|box-office|grammy|oscar nominations?)\b` },
  { id: 'discard-markets', reason: 'Share prices, earnings and market moves are business news.', pattern: String.raw`\b(?:shares|stocks?|stock price|share price|index|nasdaq|dow jones|s&p 500|ftse)\s+(?:rose|fell|jumped|slid|climbed|dropped|surged|tumbled|gained|plunged|rallied)\b|\b(?:quarterly (?:earnings|profit|results)|earnings per share|revenue rose|revenue fell|profit warning)\b` },
  { id: 'discard-autographs', reason: 'Signing autographs or copies is a celebrity act, not an agreement.', pattern: String.raw`\bsign(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:autographs?|copies|books|jerseys|shirts)\b` },
]);

/** The first discard rule matching `sentence`, or null. */
export function discardRule(sentence: string, rules: readonly DiscardRule[] = DISCARD_RULES): DiscardRule | null {
  for (const r of rules) if (new RegExp(r.pattern, 'i').test(sentence)) return r;
  return null;
}
