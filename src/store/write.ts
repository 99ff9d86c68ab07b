/**
 * Writing analyses into the store: one transaction per batch, idempotent by content.
 *
 * An article is stored once per distinct body (sha256 of `article.text`); a later input with the
 * same body is recorded in `sources` as a duplicate of it. A failed input is recorded in
 * `failures` with its code and message (replaced when retried; removed when a retry succeeds).
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Analysis, Event, Failure } from '../doc.js';
import { clusterWriter } from './cluster.js';
import type { IngestItem } from '../ingest/index.js';

/** What happened to each item of a batch. */
export interface BatchCounts { stored: number; duplicate: number; failed: number }

/** Writes batches into one database; statements are prepared once. */
export interface Writer {
  /** Writes `items` in one transaction (all or nothing). */
  writeBatch(items: readonly IngestItem[]): BatchCounts;
  /** True when `key` is already stored (as an article or a duplicate); failed keys are retried. */
  hasKey(key: string): boolean;
}

/** The day `YYYY-MM-DD` of an ISO date or timestamp, or null. */
export function dayOf(iso: string | null | undefined): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

/** The site an article counts for in NumSources: `article.site` or the URL's host, lower case, without `www.`. */
export function siteKey(a: Analysis): string | null {
  if (a.article.site) return a.article.site.trim().toLowerCase() || null;
  if (!a.source.url) return null;
  try { return new URL(a.source.url).hostname.toLowerCase().replace(/^www\./, ''); } catch { return null; }
}

/** An event's day range: its time range, else the publication day (both ends), else nulls. */
export function eventDays(e: Event, pubDay: string | null): { from: string | null; to: string | null } {
  const from = dayOf(e.time.from) ?? dayOf(e.time.to);
  const to = dayOf(e.time.to) ?? from;
  return from ? { from, to } : { from: pubDay, to: pubDay };
}

/** Builds the writer for `db`. */
export function makeWriter(db: Database.Database): Writer {
  const st = statements(db);
  const clusters = clusterWriter(db);

  function writeFailure(key: string, f: Failure, now: string): void {
    st.failure.run(key, f.source.path, f.source.url, f.source.id, f.error.code, f.error.message, now);
  }

  function writeAnalysis(key: string, a: Analysis, now: string): 'stored' | 'duplicate' {
    st.clearFailure.run(key);
    const sha = createHash('sha256').update(a.article.text).digest('hex');
    const existing = st.articleByHash.get(sha) as { id: number } | undefined;
    const src = a.source;
    if (existing) {
      st.source.run(key, existing.id, 1, src.path, src.url, src.id, src.mediaType, src.encoding, src.sha256, src.bytes, now);
      return 'duplicate';
    }
    const art = a.article;
    const pubDay = dayOf(art.published);
    const articleId = Number(st.article.run(sha, art.title, art.site, siteKey(a), src.url, art.published, pubDay, art.modified, art.language,
      JSON.stringify(art.authors), art.text, art.paragraphs[0]?.end ?? null, JSON.stringify(a), now).lastInsertRowid);
    st.source.run(key, articleId, 0, src.path, src.url, src.id, src.mediaType, src.encoding, src.sha256, src.bytes, now);
    a.sentences.forEach((s, i) => st.sentence.run(articleId, i, s.start, s.end));
    for (const e of a.entities) {
      st.entity.run(articleId, e.id, e.type, e.name, e.country, e.actor?.code ?? null, e.actor?.rule ?? null, JSON.stringify(e.roles));
      for (const m of e.mentions) st.mention.run(articleId, e.id, m.start, m.end, m.text, m.kind ?? null);
    }
    a.quotes.forEach((q, i) => st.quote.run(articleId, i, q.start, q.end, q.text, q.speaker?.entity ?? null, q.speaker?.text ?? null, q.via, q.rule ?? null));
    for (const t of a.times) {
      st.time.run(articleId, t.id, t.start, t.end, t.text, t.from, t.to, t.granularity, t.approximate ? 1 : 0, t.anchor, t.anchorRef, t.rule ?? null);
    }
    for (const e of a.events) writeEvent(articleId, art.text, art.paragraphs[0]?.end ?? null, pubDay, e, now);
    return 'stored';
  }

  function writeEvent(articleId: number, text: string, leadEnd: number | null, pubDay: string | null, e: Event, now: string): void {
    const days = eventDays(e, pubDay);
    const sentenceText = text.slice(e.sentence.start, e.sentence.end);
    const inLead = leadEnd !== null && e.sentence.start < leadEnd ? 1 : 0;
    const id = Number(st.event.run(articleId, e.id, e.code, e.root, e.label, e.plover, e.quadClass, e.goldstein,
      e.source.entity, e.source.code, e.source.text, e.target.entity, e.target.code, e.target.text, e.factuality,
      e.time.time, e.time.from, e.time.to, days.from, days.to, e.place.text, e.place.country, e.place.lat, e.place.lon,
      e.sentence.index, e.sentence.start, e.sentence.end, sentenceText, e.trigger.start, e.trigger.end, e.trigger.text,
      inLead, e.rule, e.confidence).lastInsertRowid);
    st.fts.run(id, sentenceText);
    clusters.assign({ eventId: id, sourceCode: e.source.code ?? '', targetCode: e.target.code ?? '', code: e.code, dayFrom: days.from, dayTo: days.to }, now);
  }

  const batch = db.transaction((items: readonly IngestItem[]): BatchCounts => {
    const counts: BatchCounts = { stored: 0, duplicate: 0, failed: 0 };
    const now = new Date().toISOString();
    for (const it of items) {
      if ('error' in it.result) { writeFailure(it.key, it.result, now); counts.failed++; continue; }
      if (st.hasSource.get(it.key)) { counts.duplicate++; continue; }
      counts[writeAnalysis(it.key, it.result, now)]++;
    }
    return counts;
  });

  return {
    writeBatch: (items) => batch(items),
    hasKey: (key) => st.hasSource.get(key) !== undefined,
  };
}

function statements(db: Database.Database) {
  return {
    hasSource: db.prepare('SELECT 1 FROM sources WHERE key = ?').pluck(),
    failure: db.prepare('INSERT OR REPLACE INTO failures (key, path, url, record_id, code, message, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    clearFailure: db.prepare('DELETE FROM failures WHERE key = ?'),
    articleByHash: db.prepare('SELECT id FROM articles WHERE body_sha256 = ?'),
    source: db.prepare(`INSERT OR IGNORE INTO sources (key, article_id, duplicate, path, url, record_id, media_type, encoding, sha256, bytes, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    article: db.prepare(`INSERT INTO articles (body_sha256, title, site, site_key, url, published, pub_day, modified, language, authors, text, lead_end, analysis, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    sentence: db.prepare('INSERT INTO sentences (article_id, idx, start, "end") VALUES (?, ?, ?, ?)'),
    entity: db.prepare('INSERT OR IGNORE INTO entities (article_id, entity, type, name, country, actor_code, actor_rule, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    mention: db.prepare('INSERT INTO mentions (article_id, entity, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, ?)'),
    quote: db.prepare('INSERT INTO quotes (article_id, idx, start, "end", text, speaker_entity, speaker_text, via, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    time: db.prepare(`INSERT OR IGNORE INTO times (article_id, time, start, "end", text, from_day, to_day, granularity, approximate, anchor, anchor_ref, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    event: db.prepare(`INSERT INTO events (article_id, event, code, root, label, plover, quad_class, goldstein,
      source_entity, source_code, source_text, target_entity, target_code, target_text, factuality,
      time_ref, time_from, time_to, day_from, day_to, place_text, place_country, place_lat, place_lon,
      sentence_index, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, trigger_text, in_lead, rule, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    fts: db.prepare('INSERT INTO events_fts (rowid, sentence_text) VALUES (?, ?)'),
  };
}
