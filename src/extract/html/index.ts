/**
 * HTML extraction: a decoded HTML page -> `Article` (title, authors, dates, site, language,
 * body paragraphs, images with caption and credit, related links, removed blocks, provenance,
 * flags).
 *
 * Steps: parse (linkedom) -> metadata (JSON-LD > meta > microdata/time > DOM > URL) ->
 * boilerplate containers removed and recorded -> figures taken out (caption, credit) ->
 * listing check -> Mozilla Readability picks the body (fallback: page `<p>`s) -> paragraph
 * rules -> text joined with "\n\n" and paragraph spans.
 */
import type { Article, Image } from '../../doc.js';
import type { Ctx } from '../../context.js';
import { emptyArticle } from '../../doc.js';
import { extractBody } from './body.js';
import { filterBlocks } from './blocks.js';
import { stripBoilerplate } from './boilerplate.js';
import { parseDocument } from './dom.js';
import { FIGURE_MARK, takeFigures, type FoundFigure } from './figures.js';
import { articleFlags, headlineLinks, listingRule, proseChars } from './flags.js';
import { readMetadata } from './metadata.js';
import { joinParagraphs } from './paragraphs.js';

export { splitByline } from './authors.js';
export { normalizeDate, dateFromUrl } from '../dates.js';
export { readMetadata, type Metadata } from './metadata.js';

/** Most images reported per article. */
export const MAX_IMAGES = 12;

/** Removes boilerplate and figures (the shared first steps of both passes). */
function prepare(doc: Document, base: string | null, removed: Article['removed']) {
  const root = doc.body ?? doc.documentElement;
  // Rule `inert-content`: <template> and <noscript> content is never rendered with the page
  // (a template is inert; noscript is the no-JavaScript duplicate of the page's media).
  for (const el of Array.from(root.querySelectorAll('template, noscript'))) el.remove();
  const figures = takeFigures(root, base, removed);
  const bp = stripBoilerplate(root, base);
  removed.push(...bp.removed);
  return { doc, root, bp, figures };
}

/**
 * Lead image first, then the figures that ended up in the body (all of them when no content element).
 * The page's first figure is kept even outside the body when it has a caption or credit: the lead
 * figure often sits above the story container (rule `lead-figure`).
 */
function articleImages(lead: string | null, figures: FoundFigure[], content: Element | null): Image[] {
  const inBody = content ? new Set(Array.from(content.querySelectorAll(`[${FIGURE_MARK}]`)).map((e) => Number(e.getAttribute(FIGURE_MARK)))) : null;
  const kept = figures.filter((f) => !inBody || f.src === null || inBody.has(f.index) || (f.index === 0 && (f.caption || f.credit)));
  const images: Image[] = kept.map(({ src, caption, credit }) => ({ src, caption, credit }));
  if (lead && !images.some((i) => i.src === lead)) images.unshift({ src: lead, caption: null, credit: null });
  return images.slice(0, MAX_IMAGES);
}

/**
 * Extracts the article from a decoded HTML page.
 *
 * @param raw  the page's HTML, already decoded (encoding was decided at load)
 * @param _ctx the run context (vocabularies are frozen module tables; nothing is cached yet)
 * @param opts `url`: the page URL when known (for the URL date, the site host and absolute image
 *             and link URLs); the canonical link or og:url stand in when it is absent
 * @returns the Article; `text` is "" when no body was found (the stage raises E007).
 *          `provenance.body` is `readability`, `fallback` or `none`; `provenance.notArticle`
 *          names the listing rule when the page is flagged as not an article.
 */
export function extractHtml(raw: string, _ctx: Ctx, opts: { url?: string | null } = {}): Article {
  const a = emptyArticle();
  const doc = parseDocument(raw);
  const meta = readMetadata(doc, opts.url ?? null);
  const removed: Article['removed'] = [];
  const { root, bp, figures } = prepare(doc, meta.url, removed);
  const links = headlineLinks(root);
  const body = extractBody(doc, () => prepare(parseDocument(raw), meta.url, []).doc);
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
