/**
 * Read queries over the store: events by filter, event counts by actor, one event or cluster with
 * its evidence, and the store's counts.
 */
import type Database from 'better-sqlite3';
import { StoreError } from './errors.js';

/** Filters of `dateline events`. Codes match as prefixes (`RUS` matches `RUSGOV`; `03` matches `036`). */
export interface EventFilter {
  /** Source or target actor code prefix. */
  actor?: string;
  source?: string;
  target?: string;
  /** CAMEO code prefix. */
  code?: string;
  factuality?: string;
  /** `YYYY-MM-DD`: events whose day range ends on or after it. */
  since?: string;
  /** `YYYY-MM-DD`: events whose day range starts on or before it. */
  until?: string;
  /** Words the evidence sentence contains (FTS5, all words, any order). */
  text?: string;
  /** Most rows returned (default 100). */
  limit?: number;
}

/** One event row as the queries return it. */
export interface EventRow {
  id: number; cluster: number | null; article: number; code: string; label: string; quadClass: number; goldstein: number;
  source: string | null; sourceText: string | null; target: string | null; targetText: string | null;
  factuality: string; dayFrom: string | null; dayTo: string | null; place: string | null;
  sentence: string; triggerStart: number; triggerEnd: number; sentenceStart: number;
  trigger: string; rule: string; confidence: number; url: string | null; path: string | null; title: string | null;
}

const EVENT_COLUMNS = `e.id AS id, e.cluster_id AS cluster, e.article_id AS article, e.code, e.label, e.quad_class AS quadClass, e.goldstein,
  e.source_code AS source, e.source_text AS sourceText, e.target_code AS target, e.target_text AS targetText, e.factuality,
  e.day_from AS dayFrom, e.day_to AS dayTo, e.place_text AS place, e.sentence_text AS sentence, e.trigger_start AS triggerStart,
  e.trigger_end AS triggerEnd, e.sentence_start AS sentenceStart, e.trigger_text AS trigger, e.rule, e.confidence,
  a.url AS url, (SELECT s.path FROM sources s WHERE s.article_id = a.id ORDER BY s.id LIMIT 1) AS path, a.title AS title`;

/** Escapes `%`, `_` and `\` for a LIKE prefix pattern (used with `ESCAPE '\'`). */
function likePrefix(s: string): string {
  return `${s.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The FTS5 query for free text: each word as a quoted term, all required. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/** Events matching `f`, newest day first then id. */
export function queryEvents(db: Database.Database, f: EventFilter): EventRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.actor) { where.push("(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')"); args.push(likePrefix(f.actor), likePrefix(f.actor)); }
  if (f.source) { where.push("e.source_code LIKE ? ESCAPE '\\'"); args.push(likePrefix(f.source)); }
  if (f.target) { where.push("e.target_code LIKE ? ESCAPE '\\'"); args.push(likePrefix(f.target)); }
  if (f.code) { where.push("e.code LIKE ? ESCAPE '\\'"); args.push(likePrefix(f.code)); }
  if (f.factuality) { where.push('e.factuality = ?'); args.push(f.factuality); }
  if (f.since) { where.push('e.day_to >= ?'); args.push(f.since); }
  if (f.until) { where.push('e.day_from <= ?'); args.push(f.until); }
  if (f.text !== undefined) {
    const q = ftsQuery(f.text);
    if (!q) return [];
    where.push('e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)'); args.push(q);
  }
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.day_from DESC, e.id LIMIT ?`;
  return db.prepare(sql).all(...args, f.limit ?? 100) as EventRow[];
}

/** Event counts of one actor code in one role. */
export interface ActorCount { code: string; role: 'source' | 'target'; events: number; clusters: number }

/** Event counts by actor code and role, most events first. */
export function actorCounts(db: Database.Database, limit = 100): ActorCount[] {
  return db.prepare(`SELECT code, role, count(*) AS events, count(DISTINCT cluster_id) AS clusters FROM (
      SELECT source_code AS code, 'source' AS role, cluster_id FROM events WHERE source_code IS NOT NULL
      UNION ALL SELECT target_code, 'target', cluster_id FROM events WHERE target_code IS NOT NULL)
    GROUP BY code, role ORDER BY events DESC, code, role LIMIT ?`).all(limit) as ActorCount[];
}

/** One failed input as `ingest` recorded it. */
export interface FailureRow { key: string; code: string; message: string; addedAt: string }

/** Failed inputs, newest first; `code` keeps those whose error code starts with it (E03, E038). */
export function failedInputs(db: Database.Database, limit = 100, code?: string): FailureRow[] {
  const where = code ? 'WHERE code LIKE ? ESCAPE \'\\\'' : '';
  const args = code ? [`${code.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : [];
  return db.prepare(`SELECT key, code, message, added_at AS addedAt FROM failures ${where} ORDER BY added_at DESC, key LIMIT ?`)
    .all(...args, limit) as FailureRow[];
}

/** A cluster row with its GDELT-like counts. */
export interface ClusterRow {
  id: number; source: string; target: string; code: string; dayFrom: string | null; dayTo: string | null;
  numMentions: number; numSources: number; numArticles: number; addedAt: string;
}

const CLUSTER_COLUMNS = `id, source_code AS source, target_code AS target, code, day_from AS dayFrom, day_to AS dayTo,
  num_mentions AS numMentions, num_sources AS numSources, num_articles AS numArticles, added_at AS addedAt`;

/** What `dateline show` displays: an event or a cluster, with its evidence events. */
export type Shown = { kind: 'event'; event: EventRow; cluster: ClusterRow | null } | { kind: 'cluster'; cluster: ClusterRow; events: EventRow[] };

/**
 * The event (`123` or `e123`) or cluster (`c45`) named by `id`.
 * @throws StoreError E027 when there is none, or the id has neither form.
 */
export function showItem(db: Database.Database, id: string): Shown {
  const m = /^([ec]?)(\d+)$/i.exec(id.trim());
  if (!m) throw new StoreError('E027', `${JSON.stringify(id)} is not an event id (123) or a cluster id (c45)`);
  const n = Number(m[2]);
  const cluster = (cid: number | null): ClusterRow | null =>
    cid === null ? null : (db.prepare(`SELECT ${CLUSTER_COLUMNS} FROM clusters WHERE id = ?`).get(cid) as ClusterRow | undefined) ?? null;
  if (m[1]!.toLowerCase() === 'c') {
    const c = cluster(n);
    if (!c) throw new StoreError('E027', `no cluster c${n}`);
    const events = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY e.id`).all(n) as EventRow[];
    return { kind: 'cluster', cluster: c, events };
  }
  const ev = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`).get(n) as EventRow | undefined;
  if (!ev) throw new StoreError('E027', `no event ${n}`);
  return { kind: 'event', event: ev, cluster: cluster(ev.cluster) };
}

/** Counts of the store. `sources` are distinct sites (an article without one counts alone). */
export interface StoreStats { schemaVersion: number; inputs: number; sources: number; articles: number; duplicates: number; events: number; clusters: number; failed: number }

/** The store's counts. */
export function storeStats(db: Database.Database): StoreStats {
  const one = (sql: string): number => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  return {
    schemaVersion: one('SELECT max(version) FROM migrations'),
    inputs: one('SELECT count(*) FROM sources'),
    sources: one("SELECT count(DISTINCT coalesce(site_key, 'article:' || id)) FROM articles"),
    articles: one('SELECT count(*) FROM articles'),
    duplicates: one('SELECT count(*) FROM sources WHERE duplicate = 1'),
    events: one('SELECT count(*) FROM events'),
    clusters: one('SELECT count(*) FROM clusters'),
    failed: one('SELECT count(*) FROM failures'),
  };
}
