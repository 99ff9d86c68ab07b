/** Test helpers: run sentences + entities over a text written in a test. */
import { newCtx, type Ctx } from '../../context.js';
import { newDoc, type Doc, type Entity } from '../../doc.js';
import { segment } from '../sentences.js';
import { recognize } from './index.js';

/** A Doc whose article text is `text`, paragraphs split at blank lines, segmented. */
export function docOf(ctx: Ctx, text: string): Doc {
  const doc = newDoc({ path: null, url: null, id: null, mediaType: null, encoding: null, sha256: null, bytes: null }, text);
  doc.article.text = text;
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) doc.article.paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { ...doc, ...segment(ctx, text, doc.article.paragraphs) };
}

/** Entities of `text` (a shared context keeps the gazetteers loaded across tests). */
export function entitiesOf(ctx: Ctx, text: string): Entity[] {
  return recognize(docOf(ctx, text), ctx);
}

/** The entity named `name` (or null). */
export const byName = (es: Entity[], name: string): Entity | null => es.find((e) => e.name === name) ?? null;

/** Mention texts of an entity. */
export const mentionTexts = (e: Entity | null): string[] => (e ? e.mentions.map((m) => m.text) : []);

export { newCtx };
