/**
 * Whole-store exports: `gdelt2` (GDELT 2.0 event table, one row per cluster, tab-separated, no
 * header, as GDELT's files), `jsonl` (one cluster a line with its evidence events) and `csv` (one
 * evidence event a row with its cluster's counts, header line first).
 */
import type Database from 'better-sqlite3';
import { newCtx } from '../context.js';
import { csvField } from './format.js';
import { gdeltRows } from './gdelt.js';
import { queryEvents, showItem, type EventRow } from './query.js';

/** Export formats. */
export type ExportFormat = 'gdelt2' | 'jsonl' | 'csv';

/** Columns of the csv export, in order. */
export const CSV_EXPORT_COLUMNS: readonly string[] = Object.freeze([
  'event', 'cluster', 'numMentions', 'numSources', 'numArticles', 'code', 'label', 'quadClass', 'goldstein',
  'source', 'sourceText', 'target', 'targetText', 'factuality', 'dayFrom', 'dayTo', 'place', 'trigger', 'sentence', 'rule', 'confidence', 'url', 'path',
]);

/** Writes the store in `format` through `write` (one call a line); returns the number of records. */
export function exportStore(db: Database.Database, format: ExportFormat, write: (line: string) => void): number {
  let n = 0;
  if (format === 'gdelt2') {
    for (const row of gdeltRows(db, newCtx())) { write(`${row.join('\t')}\n`); n++; }
    return n;
  }
  if (format === 'jsonl') {
    const ids = db.prepare('SELECT id FROM clusters ORDER BY id').pluck().iterate() as IterableIterator<number>;
    for (const id of ids) {
      const shown = showItem(db, `c${id}`);
      if (shown.kind !== 'cluster') continue;
      write(`${JSON.stringify({ ...shown.cluster, events: shown.events.map(evidence) })}\n`);
      n++;
    }
    return n;
  }
  write(`${CSV_EXPORT_COLUMNS.join(',')}\n`);
  const counts = db.prepare('SELECT id, num_mentions AS m, num_sources AS s, num_articles AS a FROM clusters').all() as { id: number; m: number; s: number; a: number }[];
  const byId = new Map(counts.map((c) => [c.id, c]));
  for (const e of queryEvents(db, { limit: Number.MAX_SAFE_INTEGER }).sort((x, y) => x.id - y.id)) {
    const c = e.cluster !== null ? byId.get(e.cluster) : undefined;
    const rec: Record<string, string | number | null> = { ...e, event: e.id, numMentions: c?.m ?? null, numSources: c?.s ?? null, numArticles: c?.a ?? null };
    write(`${CSV_EXPORT_COLUMNS.map((k) => csvField(rec[k] ?? null)).join(',')}\n`);
    n++;
  }
  return n;
}

/** The evidence fields of an event for the jsonl export. */
function evidence(e: EventRow): Record<string, unknown> {
  return {
    event: e.id, article: e.article, url: e.url, path: e.path, title: e.title, factuality: e.factuality,
    source: e.source, target: e.target, dayFrom: e.dayFrom, dayTo: e.dayTo, sentence: e.sentence,
    trigger: { start: e.triggerStart - e.sentenceStart, end: e.triggerEnd - e.sentenceStart, text: e.trigger }, rule: e.rule, confidence: e.confidence,
  };
}
