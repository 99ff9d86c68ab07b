/**
 * Plain constructors of the Doc (src/doc.ts) and its output view. Kept apart from doc.ts, which
 * defines the output contract as zod schemas: the code that runs per page imports these and takes
 * doc.ts as types only, so an ingest worker thread never loads zod (734 KB of the worker bundle,
 * parsed and evaluated by every thread before its first page). doc.ts re-exports them.
 */
import type { Analysis, Article, Doc, Source } from './doc.js';

/** An empty article, the starting point of extraction. */
export function emptyArticle(): Article {
  return {
    title: null, authors: [], authorBio: null, published: null, modified: null, site: null, language: null,
    text: '', paragraphs: [], images: [], related: [], removed: [], provenance: {},
    flags: { paywalled: false, truncated: false, notArticle: false },
  };
}

/** A new Doc for decoded input `raw` from `source`. */
export function newDoc(source: Source, raw: string, id?: string): Doc {
  return { source, raw, id, article: emptyArticle(), sentences: [], tokens: [], entities: [], quotes: [], times: [], events: [], warnings: [] };
}

/** The output contract view of a Doc (drops internal fields such as tokens and raw). */
export function toAnalysis(doc: Doc): Analysis {
  const out: Analysis = {
    schema: 'dateline/1', source: doc.source, article: doc.article, sentences: doc.sentences,
    entities: doc.entities, quotes: doc.quotes, times: doc.times, events: doc.events, warnings: doc.warnings,
  };
  if (doc.id === undefined) return out;
  const { schema, ...rest } = out;
  return { schema, id: doc.id, ...rest };
}
