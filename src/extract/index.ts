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
/**
 * Longest article text analyzed, in UTF-16 units (2 Mi, about 350,000 words): news articles are far
 * shorter, and the whole pipeline on 13 million characters took 27 s and 2 GB (measured), while 35
 * million exhausted V8's array limits and killed the process. A plain-text input may be twice this
 * before extraction (page residue around the article). Longer inputs fail with E008.
 */
export const MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

export const extractStage: Stage = {
  name: 'extract',
  reads: ['raw', 'source'],
  writes: ['article'],
  run(doc, ctx) {
    if (doc.source.mediaType !== 'text/html' && doc.raw.length > 2 * MAX_ARTICLE_CHARS) {
      throw new DatelineError('E008', `text input is ${doc.raw.length} characters; analysis is limited to ${2 * MAX_ARTICLE_CHARS}`);
    }
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
    if (article.text.length > MAX_ARTICLE_CHARS) {
      throw new DatelineError('E008', `article text is ${article.text.length} characters; analysis is limited to ${MAX_ARTICLE_CHARS}`);
    }
    const warnings = [...doc.warnings];
    if (article.provenance.body === 'fallback') warnings.push({ code: 'W003', message: WarningCodes.W003 });
    if (article.flags.notArticle) warnings.push({ code: 'W004', message: `${WarningCodes.W004} (${article.provenance.notArticle ?? 'listing rule'})` });
    return { ...doc, article, warnings };
  },
};
