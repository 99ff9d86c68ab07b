/**
 * Test helpers of the store: a small hand-built Analysis (own wording) with one event a sentence,
 * and an in-memory-like temp database.
 */
import { scratchDir } from '../scratch.js';
import { join } from 'node:path';
import type { Analysis, Event, Failure } from '../doc.js';
import { openStore, type Store } from './db.js';

/** What one test event says: `src code tgt` with an optional day range. */
export interface EventSpec { src: string | null; tgt: string | null; code: string; from?: string | null; to?: string | null; factuality?: Event['factuality']; place?: Event['place'] }

const NAMES: Record<string, string> = { RUS: 'Vladimir Putin', PRK: 'Kim Jong Un', USA: 'Joe Biden', CHN: 'Xi Jinping', FRA: 'Emmanuel Macron' };

/**
 * An Analysis whose body has one sentence per event: "<Source> agreed to meet <target> (n)." with
 * the trigger "meet". `body` salts the text so that two articles differ.
 */
export function testAnalysis(body: string, events: EventSpec[], meta: { published?: string | null; site?: string | null; url?: string | null; path?: string | null } = {}): Analysis {
  const sentences: { start: number; end: number }[] = [];
  const evs: Event[] = [];
  let text = '';
  const entities: Analysis['entities'] = [];
  events.forEach((s, i) => {
    const srcName = NAMES[s.src?.slice(0, 3) ?? ''] ?? 'An official';
    const tgtName = NAMES[s.tgt?.slice(0, 3) ?? ''] ?? 'a delegation';
    const sentence = `${srcName} agreed to meet ${tgtName} in talks about ${body} (${i + 1}).`;
    const start = text.length ? text.length + 1 : 0;
    text = text.length ? `${text} ${sentence}` : sentence;
    const end = start + sentence.length;
    sentences.push({ start, end });
    const trig = start + sentence.indexOf('meet');
    for (const [id, code, name] of [[`e${2 * i + 1}`, s.src, srcName], [`e${2 * i + 2}`, s.tgt, tgtName]] as const) {
      entities.push({ id, type: 'PERSON', name, roles: [], country: code?.slice(0, 3) ?? null,
        actor: code ? { code, country: code.slice(0, 3), sectors: [], rule: 'test' } : null,
        mentions: [{ start: start + sentence.indexOf(name), end: start + sentence.indexOf(name) + name.length, text: name }] });
    }
    evs.push({
      id: `v${i + 1}`, code: s.code, root: s.code.slice(0, 2), label: 'Test label', plover: null, quadClass: 1, goldstein: 4,
      source: { entity: `e${2 * i + 1}`, code: s.src, text: srcName }, target: { entity: `e${2 * i + 2}`, code: s.tgt, text: tgtName },
      factuality: s.factuality ?? 'asserted', time: { time: s.from ? 't1' : null, from: s.from ?? null, to: s.to ?? s.from ?? null },
      place: s.place ?? { text: null, country: null, lat: null, lon: null },
      sentence: { index: i, start, end }, trigger: { start: trig, end: trig + 4, text: 'meet' }, rule: 'test-meet', confidence: 0.8,
    });
  });
  const published = meta.published === undefined ? '2024-03-05' : meta.published;
  return {
    schema: 'dateline/1',
    source: { path: meta.path ?? null, url: meta.url ?? null, id: null, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: text.length },
    article: { title: `About ${body}`, authors: ['A. Reporter'], authorBio: null, published, modified: null, site: meta.site ?? null, language: 'en',
      text, paragraphs: [{ start: 0, end: sentences[0]?.end ?? 0 }], images: [], related: [], removed: [], provenance: {},
      flags: { paywalled: false, truncated: false, notArticle: false } },
    sentences, entities,
    quotes: [{ start: 0, end: 5, text: text.slice(0, 5), speaker: null, via: null }],
    times: [{ id: 't1', start: 0, end: 3, text: text.slice(0, 3), from: '2024-03-05', to: '2024-03-05', granularity: 'day', approximate: false, anchor: 'explicit', anchorRef: null }],
    events: evs, warnings: [],
  };
}

/** A Failure record for `path`. */
export function testFailure(path: string, code = 'E002'): Failure {
  return { schema: 'dateline/1', source: { path, url: null, id: null, mediaType: null, encoding: null, sha256: null, bytes: null }, error: { code, message: 'input is empty' } };
}

/** A fresh store in a temp directory (removed at process exit); returns it and the db path. */
export function tempStore(): Store {
  const dir = scratchDir('dateline-store-');
  return openStore(join(dir, 'test.db'));
}
