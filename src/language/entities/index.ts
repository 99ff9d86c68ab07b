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
import { hasNerModel, nerTagger, nerSpans, orgSupported } from '../ner/index.js';
import { Coref, type Ent, type SentInfo } from './coref.js';
import type { Cand, Sent } from './types.js';

/** Sentence views (tokens grouped by sentence, paragraph index) of a segmented text. */
function views(doc: Doc): { sents: Sent[]; info: SentInfo[] } {
  const byS: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) byS[t.sentence]?.push(t);
  const paras = doc.article.paragraphs;
  const sents: Sent[] = [];
  const info: SentInfo[] = [];
  doc.sentences.forEach((sp, k) => {
    const paragraph = Math.max(0, paras.findIndex((p) => sp.start >= p.start && sp.start < p.end));
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

/** Sorts mentions and drops a mention that overlaps an earlier one of the same entity. */
function cleanMentions(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) if (!out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  return out;
}

/** Turns coreference entities into output entities with ids `e1`, `e2`, ... in order of first mention. */
function finalize(ents: Ent[]): Entity[] {
  const kept = ents.filter((e) => e.mentions.length > 0 || ents.some((g) => g.mentions.length && g.members?.includes(e)));
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
  return finalize(new Coref(cands, info, name, byName).run(d.article.text));
}

/** Stage: writes `doc.entities` (with `actor: null`; the actors stage codes them). */
export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['article.text', 'sentences', 'tokens'],
  writes: ['entities'],
  run(doc: Doc, ctx: Ctx): Doc {
    return { ...doc, entities: recognize(doc, ctx) };
  },
};
