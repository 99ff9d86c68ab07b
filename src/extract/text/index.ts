/**
 * Scraped-text extraction: plain text copied from a news page (body plus page residue) -> Article.
 *
 * Steps: split into lines and blank-line blocks (CRLF-safe; one-paragraph-per-line scrapes work
 * too), join hard-wrapped lines into units, match each unit against the residue vocabularies in
 * `extract/rules`, decide position-dependent kinds with context (byline and date stamp at the top,
 * caption next to a credit, headline title, author bio after the body), and join the body units
 * with blank lines. Every residue unit is kept in `article.removed` with the id of its rule.
 */
import type { Article } from '../../doc.js';
import type { Ctx } from '../../context.js';
import { emptyArticle } from '../../newdoc.js';
import { splitLines, toUnits } from './lines.js';
import { classifyUnits, type Findings } from './classify.js';
import { dateOfStamp, detectLanguage, isUpdateStamp } from './meta.js';
import type { Unit } from './lines.js';
import { TEXT_LIMITS } from '../rules/text.js';
import { wordCount } from '../rules/types.js';

/** Body text and `[start, end)` paragraph spans (UTF-16 offsets) from the body units. */
function joinBody(units: Unit[], f: Findings): Pick<Article, 'text' | 'paragraphs'> {
  const paragraphs: Article['paragraphs'] = [];
  let text = '';
  units.forEach((u, i) => {
    if (f.verdicts[i].role !== 'body') return;
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + u.text.length });
    text += u.text;
  });
  return { text, paragraphs };
}

/** Copies the findings' metadata into the article, with provenance `text` (or `byline`). */
function applyFindings(a: Article, f: Findings): void {
  a.title = f.title;
  if (f.title) a.provenance.title = 'text';
  a.authors = f.authors;
  if (f.authorSource) a.provenance.authors = f.authorSource;
  a.authorBio = f.authorBio;
  if (f.authorBio) a.provenance.authorBio = 'text';
  a.images = f.images;
  a.related = f.related;
  for (const line of f.datelines) {
    const date = dateOfStamp(line);
    const field = isUpdateStamp(line) ? 'modified' : 'published';
    if (date && !a[field]) { a[field] = date; a.provenance[field] = 'text'; }
  }
  a.flags = { paywalled: f.truncated, truncated: f.truncated, notArticle: false };
}

/** Kinds of removed line that may hold the only prose of a very short input. */
const FALLBACK_KINDS: ReadonlySet<string> = new Set(['title', 'caption', 'dateline', 'byline']);

/**
 * Rule `text.body-fallback`: when no line was classified as body (a one-line input, a headline
 * with no story), the longest removed title or caption line with at least
 * `text.prose-min-words` words becomes the body — a short text is still analyzed rather than lost.
 */
function bodyFallback(a: Article): void {
  const pick = a.removed
    .filter((r) => FALLBACK_KINDS.has(r.kind) && wordCount(r.text) >= TEXT_LIMITS.proseMinWords.value)
    .sort((x, y) => y.text.length - x.text.length)[0];
  if (!pick) return;
  a.removed = a.removed.filter((r) => r !== pick);
  if (a.title === pick.text) { a.title = null; delete a.provenance.title; }
  a.text = pick.text;
  a.paragraphs = [{ start: 0, end: pick.text.length }];
  a.provenance.body = 'text.body-fallback';
}

/**
 * Extracts the article from scraped plain text `raw`.
 *
 * Returns an Article whose `text` holds the body paragraphs joined by `"\n\n"` (each paragraph as
 * written, with only inner whitespace collapsed), `paragraphs` their spans, and `removed` every
 * residue line as `{kind, text, reason: ruleId}` (blank lines are not recorded). Title, authors,
 * bio, images (credit + caption), related headlines, language and date come from the text, with
 * provenance `text` (`byline` for authors from a byline). Never throws; an input with no body
 * gives an empty `text` (the extract stage reports E007).
 */
export function extractText(raw: string, _ctx: Ctx): Article {
  const units = toUnits(splitLines(raw));
  const f = classifyUnits(units);
  const a = emptyArticle();
  Object.assign(a, joinBody(units, f));
  units.forEach((u, i) => {
    const v = f.verdicts[i];
    if (v.role === 'removed') a.removed.push({ kind: v.kind, text: u.text, reason: v.rule });
  });
  applyFindings(a, f);
  if (!a.text) bodyFallback(a);
  a.language = detectLanguage(a.text);
  if (a.language) a.provenance.language = 'text';
  return a;
}
