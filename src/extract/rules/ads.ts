/**
 * Advertisement markers left in scraped text where an ad slot was ("Advertisement",
 * "Sponsored", "Story continues below"). Source: residue seen in scrapes of news sites
 * (WordPress/Newspaper themes, wire sites); each line is matched whole.
 */
import { freezeRules, type LineRule } from './types.js';

export const AD_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'ad.marker', kind: 'advertisement', maxWords: 4,
    reason: 'a line that is only the word Advertisement/Advert/Ad (any case, maybe dashed) marks an ad slot',
    pattern: /^[-–—•*\s[(]*(?:advertisement|advertising|advert|ads?)[-–—•*\s\])]*$/i,
  },
  {
    id: 'ad.sponsored', kind: 'advertisement', maxWords: 5,
    reason: 'sponsored/promoted/partner labels mark paid content, not the article',
    pattern: /^[-–—\s[(]*(?:sponsored(?: content| post| links?| stories)?|promoted(?: content| stories)?|paid (?:content|post|partnership)|partner content|ad feedback|featured partner)[-–—\s\])]*$/i,
  },
  {
    id: 'ad.continues-below', kind: 'advertisement', maxWords: 8,
    reason: 'the "story continues below (the advertisement)" marker sits where an ad was cut out',
    pattern: /^(?:the )?(?:story|article|text) continues (?:below|after)(?:\s+(?:this |the )?(?:advertisement|ad))?\.?$|^continue reading (?:the main story|below)\.?$|^scroll (?:down )?to continue(?: with content| reading)?\.?$/i,
  },
]);
