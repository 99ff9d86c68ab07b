/**
 * Listing-page rules: when a page is a section front, search result or tag page rather than
 * one article. Thresholds were set on the ScrapingHub benchmark (all 181 pages are articles and
 * must stay unflagged) and on listing pages written for the tests.
 */

/** One listing rule: an id, a reason and its thresholds. */
export interface ListingRule {
  readonly id: string;
  readonly reason: string;
}

/** JSON-LD declares a listing type (CollectionPage, ItemList, ...) and no article node. */
export const LISTING_JSONLD: ListingRule = Object.freeze({ id: 'listing-jsonld-type', reason: 'JSON-LD says CollectionPage/ItemList and has no Article' });

/** Many headline links, little prose, and og:type is not "article". */
export const LISTING_LINKS = Object.freeze({
  id: 'listing-link-blocks',
  reason: 'many headline-length links, little paragraph prose, og:type not article',
  /** Fewest headline-length links (anchor text of `minLinkChars` or more). */
  minHeadlineLinks: 12,
  minLinkChars: 20,
  /** Most prose (characters in extracted paragraphs of 80+ chars with link density < 0.3) a listing has. */
  maxProseChars: 1200,
  minParagraphChars: 80,
  maxParagraphLinkDensity: 0.3,
});
