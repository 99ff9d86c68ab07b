/**
 * Event clusters: cross-article dedup, maintained at write time.
 *
 * Rule (`cluster-dyad-code-overlap`): two events belong to one cluster when they have the same
 * dyad (source actor code, target actor code; a missing code counts as the empty code), the same
 * CAMEO code, and day ranges that overlap. An event's day range is its `time.from..time.to`, or
 * the article's publication day when the event has no time. An event with neither stays alone.
 * When a new event overlaps several clusters, they are merged into the oldest (lowest id), so the
 * result does not depend on the order articles arrive in. Counts follow GDELT 2.0's event table:
 * NumMentions = evidence events, NumArticles = distinct articles, NumSources = distinct sites
 * (`articles.site_key`; an article without a site counts as its own source).
 */
import type Database from 'better-sqlite3';

/** The clustering key and day range of one stored event. */
export interface ClusterKey { eventId: number; sourceCode: string; targetCode: string; code: string; dayFrom: string | null; dayTo: string | null }

interface ClusterRow { id: number; day_from: string; day_to: string }

/** Prepared statements of the cluster writer, built once per database handle. */
export interface ClusterWriter { assign(k: ClusterKey, now: string): number }

/** Builds the cluster writer for `db` (statements prepared once). */
export function clusterWriter(db: Database.Database): ClusterWriter {
  const find = db.prepare('SELECT id, day_from, day_to FROM clusters WHERE source_code = ? AND target_code = ? AND code = ? AND day_from <= ? AND day_to >= ? ORDER BY id');
  const insert = db.prepare('INSERT INTO clusters (source_code, target_code, code, day_from, day_to, added_at) VALUES (?, ?, ?, ?, ?, ?)');
  const setRange = db.prepare('UPDATE clusters SET day_from = ?, day_to = ? WHERE id = ?');
  const moveEvents = db.prepare('UPDATE events SET cluster_id = ? WHERE cluster_id = ?');
  const drop = db.prepare('DELETE FROM clusters WHERE id = ?');
  const setEvent = db.prepare('UPDATE events SET cluster_id = ? WHERE id = ?');
  const counts = db.prepare(`SELECT count(*) AS m, count(DISTINCT e.article_id) AS a, count(DISTINCT coalesce(a.site_key, 'article:' || a.id)) AS s
    FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ?`);
  const setCounts = db.prepare('UPDATE clusters SET num_mentions = ?, num_sources = ?, num_articles = ? WHERE id = ?');

  function refresh(id: number): void {
    const c = counts.get(id) as { m: number; a: number; s: number };
    setCounts.run(c.m, c.s, c.a, id);
  }

  return {
    assign(k, now) {
      const hits = k.dayFrom && k.dayTo ? find.all(k.sourceCode, k.targetCode, k.code, k.dayTo, k.dayFrom) as ClusterRow[] : [];
      let id: number;
      if (hits.length === 0) {
        id = Number(insert.run(k.sourceCode, k.targetCode, k.code, k.dayFrom, k.dayTo, now).lastInsertRowid);
      } else {
        id = hits[0]!.id;
        let from = k.dayFrom!;
        let to = k.dayTo!;
        for (const h of hits) {
          if (h.day_from < from) from = h.day_from;
          if (h.day_to > to) to = h.day_to;
          if (h.id !== id) { moveEvents.run(id, h.id); drop.run(h.id); }
        }
        setRange.run(from, to, id);
      }
      setEvent.run(id, k.eventId);
      refresh(id);
      return id;
    },
  };
}
