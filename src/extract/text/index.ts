import type { Article } from '../../doc.js';
import type { Ctx } from '../../context.js';
import { emptyArticle } from '../../doc.js';

/** STUB (to be replaced): scraped-text extraction by a line classifier. */
export function extractText(raw: string, _ctx: Ctx): Article {
  const a = emptyArticle();
  a.text = raw.trim();
  a.paragraphs = [{ start: 0, end: a.text.length }];
  return a;
}
