/**
 * Test helper (used by `*.test.ts` only): builds a Doc by hand from text, entity specs and time
 * specs, locating every mention by string search. Not part of the pipeline.
 *
 * `buildDoc('Putin met Kim.', [[['Vladimir Putin', 'Putin'], 'PERSON', 'RUSGOV']])`.
 */
import { newCtx } from '../context.js';
import { newDoc, type Doc, type Entity, type EntityType, type TimeExpr } from '../doc.js';
import { codeEvents } from './coder.js';

/** Options of one entity spec. `members`: for a GROUP, the first names of its member specs. */
export interface EntityOpts { country?: string; members?: string[]; geo?: { lat: number; lon: number } }
/** `[names, type, actor code or null, options]`; the first name is the entity's name. */
export type EntitySpec = [string | string[], EntityType, string | null, EntityOpts?];
/** `[text, from, to]`: a time expression located by string search (first occurrence). */
export type TimeSpec = [string, string | null, string | null];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function locate(text: string, needle: string, taken: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const a = m.index ?? 0;
    const b = a + needle.length;
    if (taken.some(([x, y]) => a < y && x < b)) continue;
    out.push([a, b]);
  }
  return out;
}

/**
 * Sentence spans split after `.`, `!` or `?` (plus a closing quote) before a space and a capital
 * or opening quote, and at blank lines; a period after a lone capital ("U.S.") does not split.
 */
export function simpleSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const push = (a: number, b: number): void => {
    const seg = text.slice(a, b);
    const lead = seg.length - seg.trimStart().length;
    const trail = seg.length - seg.trimEnd().length;
    if (seg.trim()) out.push({ start: a + lead, end: b - trail });
  };
  let from = 0;
  const re = /[.!?][”"’)]?(?=\s+[“"‘(]?\p{Lu})|\n\n/gu;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('.') && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, at - 3), at))) continue;
    const end = m[0] === '\n\n' ? at : at + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

/** A Doc with `text`, simple sentences, the entities of `specs` and the times of `times`. */
export function buildDoc(text: string, specs: readonly EntitySpec[], times: readonly TimeSpec[] = [], published = '2024-03-13'): Doc {
  const doc = newDoc({ path: null, url: null, id: null, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: null }, text);
  doc.article.text = text;
  doc.article.published = published;
  doc.sentences = simpleSentences(text);
  const taken: Array<[number, number]> = [];
  const entities: Entity[] = specs.map(([names, type, code, opts], i) => ({
    id: `e${i + 1}`, type, name: Array.isArray(names) ? names[0]! : names, roles: [],
    country: opts?.country ?? (code && /^[A-Z]{3}/.test(code) && !code.startsWith('IGO') ? code.slice(0, 3) : null),
    actor: code ? { code, country: code.startsWith('IGO') ? null : code.slice(0, 3), sectors: code.length > 3 ? [code.slice(3)] : [], rule: 'test' } : null,
    mentions: [], geo: opts?.geo ? { ...opts.geo, source: 'test' } : null,
  }));
  const all = specs.flatMap(([names], i) => (Array.isArray(names) ? names : [names]).map((n) => ({ n, i })));
  all.sort((a, b) => b.n.length - a.n.length);
  for (const { n, i } of all) {
    for (const [a, b] of locate(text, n, taken)) {
      taken.push([a, b]);
      entities[i]!.mentions.push({ start: a, end: b, text: text.slice(a, b), kind: 'name' });
    }
  }
  specs.forEach(([, , , opts], i) => {
    if (opts?.members) entities[i]!.members = opts.members.map((m) => entities[specs.findIndex(([ns]) => (Array.isArray(ns) ? ns[0] : ns) === m)]!.id);
    entities[i]!.mentions.sort((a, b) => a.start - b.start);
  });
  doc.entities = entities;
  doc.times = times.map(([t, from, to], i): TimeExpr => {
    const a = text.indexOf(t);
    if (a < 0) throw new Error(`time "${t}" not in text`);
    return { id: `t${i + 1}`, start: a, end: a + t.length, text: t, from, to, granularity: 'unknown', approximate: false, anchor: 'published', anchorRef: null };
  });
  return doc;
}

/** A small cast for tests: leaders, countries, an IGO, a city and two groups (our own choice of names). */
export const CAST: readonly EntitySpec[] = [
  [['Vladimir Putin', 'Putin'], 'PERSON', 'RUSGOV'],
  [['Xi Jinping', 'Xi'], 'PERSON', 'CHNGOV'],
  [['Emmanuel Macron', 'Macron'], 'PERSON', 'FRAGOV'],
  [['Olaf Scholz', 'Scholz'], 'PERSON', 'DEUGOV'],
  [['Antony Blinken', 'Blinken'], 'PERSON', 'USAGOV'],
  [['China', 'Chinese', 'Beijing'], 'COUNTRY', 'CHN'],
  [['Russia', 'Russian'], 'COUNTRY', 'RUS'],
  [['Ukraine', 'Ukrainian'], 'COUNTRY', 'UKR'],
  [['Iran', 'Iranian'], 'COUNTRY', 'IRN'],
  [['Israel', 'Israeli'], 'COUNTRY', 'ISR'],
  [['Japan', 'Japanese'], 'COUNTRY', 'JPN'],
  [['France', 'French'], 'COUNTRY', 'FRA'],
  [['Qatar'], 'COUNTRY', 'QAT'],
  [['European Union', 'EU'], 'ORG', 'IGOEEC'],
  [['United Nations', 'UN'], 'ORG', 'IGOUNO'],
  [['Hamas'], 'GROUP', 'PSEINS'],
  ['Paris', 'PLACE', null, { country: 'FRA', geo: { lat: 48.8534, lon: 2.3488 } }],
  ['Kyiv', 'PLACE', null, { country: 'UKR' }],
  [['the two leaders', 'The two leaders', 'the pair'], 'GROUP', null, { members: ['Emmanuel Macron', 'Olaf Scholz'] }],
  [['protesters', 'Protesters'], 'PERSON', null],
];

/** `code source->target` strings of the events coded in `text` over the {@link CAST} entities. */
export function dyadsOf(text: string): string[] {
  return codeEvents(buildDoc(text, CAST), newCtx()).map((e) => `${e.code} ${e.source.code}->${e.target.code}`);
}
