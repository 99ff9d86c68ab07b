/**
 * Article flags: paywalled / truncated (JSON-LD `isAccessibleForFree: false`, a paywall
 * container) and notArticle (a listing page). Rules in `rules/listing.ts`.
 */
import type { Article } from '../../doc.js';
import { descendants, textOf, type ParentNode } from './dom.js';
import { LISTING_TYPES } from './jsonld.js';
import type { Block } from './paragraphs.js';
import type { Metadata } from './metadata.js';
import { LISTING_JSONLD, LISTING_LINKS } from './rules/listing.js';

/** Page counts a listing decision reads. */
export interface ListingFeatures { headlineLinks: number; proseChars: number }

/** Counts headline-length links under `root` (the page, before body extraction). */
export function headlineLinks(root: ParentNode): number {
  let n = 0;
  for (const a of descendants(root, (e) => e.name === 'a' && e.attribs.href !== undefined, (e) => e.name !== 'a')) {
    if (textOf(a).length >= LISTING_LINKS.minLinkChars) n++;
  }
  return n;
}

/** Prose characters of the extracted body: paragraphs long enough and not mostly links. */
export function proseChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.text.length >= LISTING_LINKS.minParagraphChars && b.linkChars / b.text.length < LISTING_LINKS.maxParagraphLinkDensity) n += b.text.length;
  }
  return n;
}

/**
 * The id of the listing rule that fires for this page, or null when it is an article. A page
 * whose JSON-LD describes an article, or whose og:type is article, is never a listing.
 */
export function listingRule(meta: Metadata, f: ListingFeatures): string | null {
  const ldArticle = meta.ldType !== null && !LISTING_TYPES.test(meta.ldType);
  if (meta.listingType && !ldArticle) return LISTING_JSONLD.id;
  const ogArticle = (meta.ogType ?? '').startsWith('article');
  if (!ldArticle && !ogArticle && f.headlineLinks >= LISTING_LINKS.minHeadlineLinks && f.proseChars < LISTING_LINKS.maxProseChars) return LISTING_LINKS.id;
  return null;
}

/**
 * The flags of an article. `paywallSeen` is true when a paywall container was removed: the
 * page then shows a cut text, so it is both paywalled and truncated. JSON-LD
 * `isAccessibleForFree: false` alone marks it paywalled (the served text may still be whole).
 */
export function articleFlags(meta: Metadata, paywallSeen: boolean, listing: string | null): Article['flags'] {
  return { paywalled: !meta.free || paywallSeen, truncated: paywallSeen, notArticle: listing !== null };
}
