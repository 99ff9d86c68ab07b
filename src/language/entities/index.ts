/**
 * The entities stage: persons, organizations, countries, places and groups with roles and
 * within-document coreference, recognized by rules and gazetteers, with names the rules miss
 * proposed by the trained tagger of `language/ner` (rule candidates win on overlap).
 */
import type { Ctx } from '../../context.js';
import type { Doc, Entity, Mention, Token } from '../../doc.js';
import type { Stage } from '../../stage.js';
import { segment } from '../sentences.js';
import { lexicon } from './lexicon.js';
import { scanSentence, withNer, type NerProposal } from './scan.js';
import { leaderIndex, lookupLeader } from '../../actors/leaders/index.js';
import { hasNerModel, nerTagger, nerSpans, orgSupported } from '../ner/index.js';
import { Coref, type Ent, type SentInfo } from './coref.js';
import type { Cand, Sent } from './types.js';

/**
 * The index of the first paragraph containing offset `at` (0 when none does), as a scan finds it.
 * When `paras` are in text order and do not overlap, only the last paragraph starting at or before
 * `at` can contain it, so a binary search answers; otherwise the scan does.
 */
export function paragraphOf(paras: readonly { start: number; end: number }[], at: number, ordered = isOrdered(paras)): number {
  if (!ordered) return Math.max(0, paras.findIndex((p) => at >= p.start && at < p.end));
  let lo = 0, hi = paras.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (paras[mid]!.start <= at) lo = mid + 1; else hi = mid; }
  return lo > 0 && at < paras[lo - 1]!.end ? lo - 1 : 0;
}

/** True when every paragraph ends at or before the next one starts. */
function isOrdered(paras: readonly { start: number; end: number }[]): boolean {
  return paras.every((p, k) => p.start <= p.end && (k === 0 || paras[k - 1]!.end <= p.start));
}

/** Sentence views (tokens grouped by sentence, paragraph index) of a segmented text. */
function views(doc: Doc): { sents: Sent[]; info: SentInfo[] } {
  const byS: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) byS[t.sentence]?.push(t);
  const paras = doc.article.paragraphs;
  const ordered = isOrdered(paras);
  const sents: Sent[] = [];
  const info: SentInfo[] = [];
  doc.sentences.forEach((sp, k) => {
    const paragraph = paragraphOf(paras, sp.start, ordered);
    const toks = byS[k];
    sents.push({ index: k, paragraph, toks, text: doc.article.text });
    const verb = toks.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    info.push({ paragraph, subjectEnd: verb ? verb.start : sp.end });
  });
  return { sents, info };
}

/**
 * Named-entity tagger proposals per sentence (the tagger reads the whole document at once; loaded
 * once per context). ORG spans need `NER_ORG_SUPPORT`. Empty when the shipped weights are missing.
 */
function nerProposals(sents: Sent[], ctx: Ctx): NerProposal[][] {
  if (!sents.length || !hasNerModel()) return [];
  const tg = nerTagger(ctx);
  const words = sents.map((s) => s.toks.map((t) => t.text));
  const out: NerProposal[][] = sents.map(() => []);
  for (const sp of nerSpans(tg, words)) {
    if (sp.type === 'ORG' && !orgSupported(tg, words[sp.sentence].slice(sp.start, sp.end))) continue;
    out[sp.sentence].push(sp);
  }
  return out;
}

/**
 * Sorts mentions and drops a mention that overlaps an earlier kept one of the same entity. In start
 * order a non-empty mention overlaps a kept one exactly when it starts before the kept ends' maximum,
 * so this is O(n log n); empty mentions keep the pairwise test.
 */
export function cleanMentions(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let reach = -Infinity;
  for (const m of sorted) {
    const hit = m.end > m.start ? m.start < reach : out.some((o) => m.start < o.end && o.start < m.end);
    if (hit) continue;
    out.push(m);
    reach = Math.max(reach, m.end);
  }
  return out;
}

/** Turns coreference entities into output entities with ids `e1`, `e2`, ... in order of first mention. */
function finalize(ents: Ent[]): Entity[] {
  const memberOfMentioned = new Set(ents.flatMap((g) => (g.mentions.length ? g.members ?? [] : [])));
  const kept = ents.filter((e) => e.mentions.length > 0 || memberOfMentioned.has(e));
  kept.sort((a, b) => (a.mentions[0]?.start ?? a.order) - (b.mentions[0]?.start ?? b.order) || a.order - b.order);
  for (const e of kept) e.mentions = cleanMentions(e.mentions);
  kept.sort((a, b) => (a.mentions[0]?.start ?? a.order) - (b.mentions[0]?.start ?? b.order));
  const ids = new Map(kept.map((e, k) => [e, `e${k + 1}`]));
  return kept.map((e) => {
    const out: Entity = { id: ids.get(e)!, type: e.type, name: e.name, roles: e.roles, country: e.country, actor: null, mentions: e.mentions };
    if (e.members) out.members = e.members.map((m) => ids.get(m)!).filter(Boolean);
    if (e.geo) out.geo = e.geo;
    return out;
  });
}

/**
 * Recognizes the entities of a segmented Doc (`sentences` and `tokens` set; segments the text
 * itself when they are missing). Every mention's `text === article.text.slice(start, end)`.
 */
export function recognize(doc: Doc, ctx: Ctx): Entity[] {
  let d = doc;
  if (!d.tokens.length && d.article.text.trim()) d = { ...d, ...segment(ctx, d.article.text, d.article.paragraphs) };
  const lex = lexicon(ctx);
  const { sents, info } = views(d);
  const props = nerProposals(sents, ctx);
  const cands: Cand[] = sents.flatMap((s, k) => withNer(s, scanSentence(s, lex), props[k] ?? []));
  const name = (iso3: string): string => lex.countries.byIso3.get(iso3)?.name ?? iso3;
  const byName = (n: string) => { const c = lex.countries.byName.get(n); return c ? { iso3: c.iso3, name: c.name } : null; };
  const leaders = leaderIndex(ctx);
  const knownPerson = (n: string): boolean => lookupLeader(leaders, n, null) !== null;
  return finalize(new Coref(cands, info, name, byName, knownPerson).run(d.article.text));
}

/** Stage: writes `doc.entities` (with `actor: null`; the actors stage codes them). */
export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['article.text', 'sentences', 'tokens'],
  writes: ['entities'],
  run(doc: Doc, ctx: Ctx): Doc {
    return { ...doc, entities: recognize(doc, ctx) };
  },
  preload(ctx: Ctx): void {
    lexicon(ctx);
    leaderIndex(ctx);
    if (hasNerModel()) nerTagger(ctx);
  },
};
