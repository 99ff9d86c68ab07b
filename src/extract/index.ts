import type { Stage } from '../stage.js';
import type { Article } from '../doc.js';
import { neutralizeControls } from '../load/sniff.js';
import { DatelineError, WarningCodes } from '../errors.js';
import { extractHtml } from './html/index.js';
import { extractText } from './text/index.js';
import { detectLanguage } from './text/meta.js';

/**
 * Control characters decoded from the page (`&#27;` escapes) are replaced by spaces in every text
 * field, keeping offsets (rule `strip-controls`): output never carries terminal escapes.
 */
function neutralizeArticle(a: Article): void {
  a.text = neutralizeControls(a.text);
  if (a.title) a.title = neutralizeControls(a.title);
  if (a.authorBio) a.authorBio = neutralizeControls(a.authorBio);
  if (a.site) a.site = neutralizeControls(a.site);
  a.authors = a.authors.map(neutralizeControls);
  for (const img of a.images) { if (img.caption) img.caption = neutralizeControls(img.caption); if (img.credit) img.credit = neutralizeControls(img.credit); }
  for (const r of a.related) r.title = neutralizeControls(r.title);
  for (const r of a.removed) r.text = neutralizeControls(r.text);
}

/**
 * The extract stage: HTML or scraped text -> `doc.article`. The media type was decided at load
 * (by content, not by file name). Applies the `--published` anchor when the page gives no date,
 * and detects the language from the text when the page declares none.
 *
 * @throws DatelineError E007 when no article text remains.
 */
export const extractStage: Stage = {
  name: 'extract',
  reads: ['raw', 'source'],
  writes: ['article'],
  run(doc, ctx) {
    const article = doc.source.mediaType === 'text/html'
      ? extractHtml(doc.raw, ctx, { url: doc.source.url })
      : extractText(doc.raw, ctx);
    if (!article.published && ctx.options.published) {
      article.published = ctx.options.published;
      article.provenance.published = ctx.options.publishedFrom ?? 'option';
    }
    if (!article.language) {
      // Rule lang.stopwords: pages that declare no language are checked against English stopwords.
      const lang = detectLanguage(article.text);
      if (lang) { article.language = lang; article.provenance.language = 'text'; }
    }
    neutralizeArticle(article);
    if (!article.text.trim()) throw new DatelineError('E007');
    const warnings = [...doc.warnings];
    if (article.provenance.body === 'fallback') warnings.push({ code: 'W003', message: WarningCodes.W003 });
    if (article.flags.notArticle) warnings.push({ code: 'W004', message: `${WarningCodes.W004} (${article.provenance.notArticle ?? 'listing rule'})` });
    return { ...doc, article, warnings };
  },
};
