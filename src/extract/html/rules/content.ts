/**
 * Thresholds of the content extractor (`body.ts`): how paragraphs are scored, how scores flow to
 * their containers, how the main container and its sibling parts are chosen, and which link
 * clusters inside it are dropped. Values follow the paragraph-scoring family of extractors
 * (Arc90 Readability's published description: commas and length per paragraph, decaying credit
 * to ancestors, link-density discount, sibling threshold of a fifth of the top score) and were
 * checked against the ScrapingHub benchmark as a whole, never one page.
 */

/** A numeric threshold with its id and reason. */
export interface ContentThreshold { readonly id: string; readonly reason: string; readonly value: number }

const t = (id: string, value: number, reason: string): ContentThreshold => Object.freeze({ id, value, reason });

export const CONTENT = Object.freeze({
  /** Shortest paragraph (characters) that earns a score. */
  minScoredChars: t('score-min-chars', 25, 'captions, labels and buttons are shorter than a sentence'),
  /** Characters per length point, and the most length points one paragraph earns. */
  charsPerPoint: t('score-length-unit', 100, 'one point per 100 characters: long prose weighs more than short lines'),
  maxLengthPoints: t('score-length-cap', 3, 'a single huge block (a pasted list, a transcript) must not outweigh several paragraphs'),
  /** Ancestor levels a paragraph's score reaches (parent, grandparent, ...). */
  ancestorLevels: t('score-ancestor-levels', 5, 'body paragraphs sit a few wrappers below the story container'),
  /** Share of the top score at which other candidates vote for a common ancestor, and how many must. */
  altShare: t('top-alt-share', 0.75, 'a body split over several similar blocks: their common container is the body'),
  altMin: t('top-alt-min', 3, 'at least three similar-scoring blocks before promoting their ancestor from any height'),
  /** Share of the top score at which one disjoint candidate close by (within `altLevels`) is another chunk of the body. */
  altNearShare: t('top-alt-near-share', 0.5, 'the chunks of a split story carry comparable paragraph mass'),
  /** Levels above the top within which one near-top candidate suffices to promote the common ancestor. */
  altLevels: t('top-alt-levels', 3, 'a story cut into chunks by layout grids keeps its chunks a few wrappers apart'),
  /** A sibling of the top container joins the body at this share of the top score (and at least `siblingMinScore`). */
  siblingShare: t('sibling-share', 0.2, 'a body split around an inline ad or widget continues in a sibling container'),
  siblingMinScore: t('sibling-min-score', 10, 'a sibling needs real paragraph mass, not a stray line'),
  /** A paragraph sibling joins the body when it is this long and its link density is below `siblingMaxLinkDensity`. */
  siblingProseChars: t('sibling-prose-chars', 80, 'a loose paragraph beside the container is body when it reads as prose'),
  siblingMaxLinkDensity: t('sibling-max-link-density', 0.25, 'a loose paragraph made mostly of links is a teaser'),
  /** A container inside the body whose link density exceeds this is a link cluster (related list, tag cloud). */
  clusterLinkDensity: t('cluster-link-density', 0.5, 'a block more than half made of links is navigation, not prose'),
  /** Same, for containers with a furniture class name. */
  clusterLinkDensityFurniture: t('cluster-link-density-furniture', 0.2, 'furniture-named blocks need little link text to be dropped'),
  /** A link cluster holding this many commas is prose with many links, kept. */
  clusterMaxCommas: t('cluster-max-commas', 10, 'ten commas make sentences, not a menu'),
  /** Longest heading (characters) dropped with the link cluster right after it. */
  clusterHeadingChars: t('cluster-heading-chars', 80, 'a list title is short; longer headings are section heads of the story'),
  /** Fallback: shortest `<p>` kept, and the highest link density accepted. */
  fallbackMinChars: t('fallback-min-chars', 40, 'without a container, only sentence-length paragraphs are body'),
  fallbackMaxLinkDensity: t('fallback-max-link-density', 0.5, 'without a container, link-heavy paragraphs are menus'),
});

/** Tags whose text is scored as a paragraph (list items and headings are not: they vote through their paragraphs). */
export const SCORED_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'article', 'main', 'dd', 'font', 'center']);

/** Container tags that may be dropped as link clusters inside the body. */
export const CLEANABLE_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'table', 'aside', 'form', 'dl', 'header', 'footer', 'nav', 'fieldset', 'span']);

/** Tags that are paragraphs themselves: their score goes to their containers. Text written directly into any other block (a div) is a paragraph of that block. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'th', 'blockquote', 'dd', 'dt', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'font', 'center', 'address', 'figcaption', 'summary']);
