import type { Article } from '../../doc.js';
import type { Ctx } from '../../context.js';
import { emptyArticle } from '../../doc.js';

/** STUB (to be replaced): HTML extraction (Readability over linkedom + metadata). */
export function extractHtml(raw: string, _ctx: Ctx, _opts: { url?: string | null } = {}): Article {
  const a = emptyArticle();
  a.text = raw.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  a.paragraphs = [{ start: 0, end: a.text.length }];
  return a;
}
