/**
 * HTML extraction: a decoded HTML page -> `Article` (title, authors, dates, site, language,
 * body paragraphs, images with caption and credit, related links, removed blocks, provenance,
 * flags).
 *
 * Steps: parse (htmlparser2/domhandler) -> one indexing walk -> metadata (JSON-LD > meta >
 * microdata/time > DOM > URL) -> inert content dropped -> figures taken out (caption, credit)
 * -> boilerplate containers removed and recorded -> listing check -> content extraction
 * (scored paragraphs choose the container; fallback: page `<p>`s) -> paragraph rules -> text
 * joined with "\n\n" and paragraph spans.
 */
import type { Article, Image } from '../../doc.js';
import type { Ctx } from '../../context.js';
import { emptyArticle } from '../../newdoc.js';
import { extractBody } from './body.js';
import { filterBlocks } from './blocks.js';
import { stripBoilerplate } from './boilerplate.js';
import { descendants, parseDocument, removeNode, type Element, type ParentNode } from './dom.js';
import { FIGURE_MARK, takeFigures, type FoundFigure } from './figures.js';
import { articleFlags, headlineLinks, listingRule, proseChars } from './flags.js';
import { readMetadata } from './metadata.js';
import { indexPage } from './page.js';
import { joinParagraphs } from './paragraphs.js';

export { splitByline } from './authors.js';
export { normalizeDate, dateFromUrl } from '../dates.js';
export { readMetadata, type Metadata } from './metadata.js';

/** Most images reported per article. */
export const MAX_IMAGES = 12;

/**
 * Rule `inert-content`: `<template>` and `<noscript>` content is never rendered with the page (a
 * template is inert; noscript is the no-JavaScript duplicate of the page's media). Scripts and
 * styles go too (never text).
 */
const INERT = new Set(['template', 'noscript', 'script', 'style']);

/**
 * Lead image first, then the figures that ended up in the body (all of them when no content element).
 * The page's first figure is kept even outside the body when it has a caption or credit: the lead
 * figure often sits above the story container (rule `lead-figure`).
 */
function articleImages(lead: string | null, figures: FoundFigure[], content: readonly Element[]): Image[] {
  let inBody: Set<number> | null = null;
  if (content.length) {
    inBody = new Set();
    for (const part of content) for (const img of descendants(part, (e) => e.attribs[FIGURE_MARK] !== undefined)) inBody.add(Number(img.attribs[FIGURE_MARK]));
  }
  const kept = figures.filter((f) => !inBody || f.src === null || inBody.has(f.index) || (f.index === 0 && (f.caption || f.credit)));
  const images: Image[] = kept.map(({ src, caption, credit }) => ({ src, caption, credit }));
  if (lead && !images.some((i) => i.src === lead)) images.unshift({ src: lead, caption: null, credit: null });
  return images.slice(0, MAX_IMAGES);
}

/**
 * Extracts the article from a decoded HTML page.
 *
 * @param raw  the page's HTML, already decoded (encoding was decided at load)
 * @param ctx  the run context: `ctx.options.crawled` (YYYY-MM-DD) caps every page date
 * @param opts `url`: the page URL when known (for the URL date, the site host and absolute image
 *             and link URLs); the canonical link or og:url stand in when it is absent
 * @returns the Article; `text` is "" when no body was found (the stage raises E007).
 *          `provenance.body` is `scored`, `fallback` or `none`; `provenance.notArticle`
 *          names the listing rule when the page is flagged as not an article.
 */
export function extractHtml(raw: string, ctx: Ctx, opts: { url?: string | null } = {}): Article {
  const a = emptyArticle();
  const page = indexPage(parseDocument(raw));
  const meta = readMetadata(page, opts.url ?? null, { crawled: ctx.options.crawled });
  const root: ParentNode = page.body;
  for (const el of descendants(root, (e) => INERT.has(e.name), (e) => !INERT.has(e.name))) removeNode(el);
  const removed: Article['removed'] = [];
  const figures = takeFigures(root, meta.url, removed);
  const bp = stripBoilerplate(root, meta.url);
  removed.push(...bp.removed);
  const links = headlineLinks(root);
  const body = extractBody(root);
  removed.push(...body.dropped);
  const listing = listingRule(meta, { headlineLinks: links, proseChars: proseChars(body.blocks) });
  const kept = filterBlocks(body.blocks, meta.title, meta.authors, removed);
  const { text, paragraphs } = joinParagraphs(kept.texts);

  Object.assign(a, {
    title: meta.title, authors: meta.authors, authorBio: bp.authorBio ?? kept.authorBio, published: meta.published, modified: meta.modified,
    site: meta.site, language: meta.language, text, paragraphs, related: bp.related, removed,
    images: articleImages(meta.leadImage, figures, body.content),
    provenance: { ...meta.provenance, body: body.source, ...(listing ? { notArticle: listing } : {}) },
    flags: articleFlags(meta, bp.paywall, listing),
  });
  return a;
}
