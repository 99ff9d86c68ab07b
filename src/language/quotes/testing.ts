/**
 * Test helpers: builds a Doc by hand from paragraphs, with sentences split by a plain rule and
 * entities whose mentions are found by their text. Used by the quote tests only.
 */
import { newDoc, type Doc, type Entity, type EntityType, type Span } from '../../doc.js';

/** An entity for a test Doc: every occurrence of each mention text becomes a mention. */
export interface TestEntity {
  id: string;
  type: EntityType;
  name: string;
  mentions: string[];
  /** Mention kind for all mentions of this entity (e.g. `pronoun`). */
  kind?: 'name' | 'title' | 'pronoun';
}

/** Sentences of a paragraph: ends at . ! ? (with closing marks) before a space. Plain on purpose. */
function splitSentences(text: string, p: Span): Span[] {
  const out: Span[] = [];
  const re = /[.!?][\u201D"\u2019]?(?=\s)/gu;
  const body = text.slice(p.start, p.end);
  let from = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const end = m.index + m[0].length;
    out.push({ start: p.start + from, end: p.start + end });
    from = end;
    while (from < body.length && body[from] === ' ') from++;
  }
  if (from < body.length) out.push({ start: p.start + from, end: p.end });
  return out;
}

/** Every occurrence of `needle` in `text` as a span (whole-word matches). */
export function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push({ start: i, end: i + needle.length });
  }
  return out;
}

/** A Doc whose article is `paragraphs` joined by blank lines, with sentences and the given entities. */
export function makeDoc(paragraphs: readonly string[], entities: readonly TestEntity[] = []): Doc {
  const doc = newDoc({ path: null, url: null, id: null, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: null }, '');
  const text = paragraphs.join('\n\n');
  let at = 0;
  const spans = paragraphs.map((p) => { const s = { start: at, end: at + p.length }; at += p.length + 2; return s; });
  doc.article.text = text;
  doc.article.paragraphs = spans;
  doc.sentences = spans.flatMap((p) => splitSentences(text, p));
  doc.entities = entities.map((e): Entity => ({
    id: e.id, type: e.type, name: e.name, roles: [], country: null, actor: null,
    mentions: e.mentions.flatMap((m) => occurrences(text, m).map((s) => ({ ...s, text: m, kind: e.kind ?? 'name' }))),
  }));
  return doc;
}
