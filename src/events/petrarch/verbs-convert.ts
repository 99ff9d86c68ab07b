/**
 * Converts a parsed PETRARCH verb dictionary (`verbs-dict.ts`) into dateline event rules
 * (pattern syntax in `../rules/types.ts`). Each pattern `- pre * post [CODE]` becomes one rule
 * per variant: pre-verb words, the block's verbs, post-verb words, in text order. A space between
 * pattern items allows a gap (`...4`), `_` requires adjacency; `{A B}` noun phrases and `(P X)`
 * prepositional phrases allow `...2` between their words; `&SYN` becomes the alternatives of its
 * members; `^` (skip) a gap; a post-verb `+` (target) the `@T` slot; a pre-verb `$` is dropped
 * (the source is the subject anyway). Not expressible, counted in `unconverted`: a target before
 * the verb, a source after it, `%` compound actors, reverse-only codes, transformations.
 * The reverse code of a paired code `A:B` becomes the rule's `reverseCode` (A = B: a symmetric
 * rule); `reverseDropped` counts reverse codes that could not be kept (none since `reverseCode`).
 */
import type { EventRule } from '../rules/types.js';
import { PREPOSITIONS } from '../rules/lexicon.js';
import { phraseWords } from './lines.js';
import type { PatternLine, VerbBlock, VerbDictionary, VerbEntry } from './verbs-dict.js';

/** Conversion counts, by reason for what could not be converted. */
export interface VerbStats {
  blocks: number; verbs: number; patterns: number; converted: number; rules: number;
  synsets: number; transformations: number; reverseDropped: number;
  unconverted: Record<string, number>;
}

/** Where a target may be found for rules without `@T` (CAMEO 1.1b3 §1: the object, else a prepositional object). */
const TARGETS: readonly string[] = Object.freeze(['OBJ', 'with', 'to', 'against', 'on', 'for', 'at', 'in', 'into', 'from', 'toward', 'towards', 'of', 'over', 'upon', 'about']);
const GAP = '...4';
const INNER_GAP = '...2';
const SKIP_GAP = '...3';
const MAX_VARIANTS = 48;

type Item =
  | { k: 'word'; text: string } | { k: 'syn'; name: string } | { k: 'verb' }
  | { k: 'mark'; m: '+' | '$' | '%' | '^' } | { k: 'group'; pp: boolean; seq: Seq };
type Seq = Array<{ item: Item; adj: boolean }>;

class Unconvertible extends Error { constructor(readonly why: string) { super(why); } }

/** Scans a pattern body into items and connectors (`_` adjacency, blank gap). */
function scan(s: string, i: number, close: string | null): { seq: Seq; i: number } {
  const seq: Seq = [];
  let conn: 'adj' | 'gap' | null = null;
  while (i < s.length) {
    const c = s[i]!;
    if (c === close) return { seq, i: i + 1 };
    if (c === '}' || c === ')') throw new Unconvertible('unbalanced-brackets');
    if (/\s/.test(c)) { conn = conn ?? 'gap'; i++; continue; }
    if (c === '_') { conn = 'adj'; i++; continue; }
    const adj = seq.length > 0 && conn !== 'gap';
    conn = null;
    if (c === '{' || c === '(') {
      const sub = scan(s, i + 1, c === '{' ? '}' : ')');
      seq.push({ item: { k: 'group', pp: c === '(', seq: sub.seq }, adj });
      i = sub.i;
      continue;
    }
    let j = i;
    while (j < s.length && !/[\s_{}()]/.test(s[j]!)) j++;
    const tok = s.slice(i, j);
    i = j;
    if (tok === '*') seq.push({ item: { k: 'verb' }, adj });
    else if (tok === '+' || tok === '$' || tok === '%' || tok === '^') seq.push({ item: { k: 'mark', m: tok }, adj });
    else if (tok.startsWith('&')) seq.push({ item: { k: 'syn', name: tok.slice(1).replace(/_+$/, '').toUpperCase() }, adj });
    else seq.push({ item: { k: 'word', text: tok }, adj });
  }
  if (close) throw new Unconvertible('unbalanced-brackets');
  return { seq, i };
}

/** Function words that never take a plural form in a converted pattern. */
const NO_PLURAL: ReadonlySet<string> = new Set(['not', 'never', 'neither', 'nor', 'and', 'or', 'the', 'a', 'an', 'to', 'will', 'would', 'should', 'may', 'might', 'can', 'could', 'has', 'have', 'had', 'was', 'were', 'been', 'is', 'are', 'down', 'off', 'out', 'up', 'away', 'back', 'again', 'now']);

/** One dateline pattern token for a word, with its plural when `plural` (nouns after the verb). */
function lit(w: string, plural: boolean): string {
  if (/^[~%@.]|[|?]/.test(w)) throw new Unconvertible('unsupported-token');
  return plural && /^[a-z]{3,}$/.test(w) && !NO_PLURAL.has(w) && !PREPOSITIONS.has(w) ? `%${w}` : w;
}

/** Alternatives (element arrays) of a phrase of words; plural on its last word. */
function phraseAlts(text: string, plural: boolean): string[][] {
  if (text.includes('/')) return [[text.split('/').map((p) => lit(p.toLowerCase(), false)).join('|')]];
  const words = phraseWords(text);
  if (!words.length) throw new Unconvertible('empty-word');
  return [words.map((w, i) => lit(w, plural && i === words.length - 1))];
}

interface Ctx { synsets: VerbDictionary['synsets']; verbAlts: string[][]; post: boolean; seen: Set<string> }

function synAlts(name: string, cx: Ctx): string[][] {
  const syn = cx.synsets.get(name);
  if (!syn) throw new Unconvertible('undefined-synset');
  if (cx.seen.has(name)) throw new Unconvertible('recursive-synset');
  const seen = new Set(cx.seen).add(name);
  const singles: string[] = [];
  const multi: string[][] = [];
  for (const raw of syn.members) {
    const m = raw.trim();
    const alts = m.startsWith('&') ? synAlts(m.slice(1).replace(/_+$/, '').toUpperCase(), { ...cx, seen })
      : phraseAlts(m.replace(/[()]/g, ' ').replace(/_+$/, '').trim(), syn.plurals && !m.endsWith('_'));
    for (const a of alts) (a.length === 1 ? singles.push(a[0]!) : multi.push(a));
  }
  return [...(singles.length ? [[singles.join('|')]] : []), ...multi];
}

function itemAlts(it: Item, cx: Ctx): string[][] {
  switch (it.k) {
    case 'word': return phraseAlts(it.text, cx.post);
    case 'syn': return synAlts(it.name, cx);
    case 'verb': return cx.verbAlts;
    case 'group': return seqAlts(it.seq, cx, INNER_GAP);
    case 'mark':
      if (it.m === '^') return [[SKIP_GAP]];
      if (it.m === '%') throw new Unconvertible('compound-actor');
      if (it.m === '+') { if (!cx.post) throw new Unconvertible('target-before-verb'); return [['@T']]; }
      if (cx.post) throw new Unconvertible('source-after-verb');
      return [[]];
  }
}

/** The cartesian product of the items' alternatives, joined by their connectors. */
function seqAlts(seq: Seq, cx: Ctx, gap: string): string[][] {
  let out: string[][] = [[]];
  let post = cx.post;
  for (const { item, adj } of seq) {
    const alts = itemAlts(item, { ...cx, post });
    if (item.k === 'verb') post = true;
    const next: string[][] = [];
    for (const a of out) for (const b of alts) next.push(a.length && b.length && !adj ? [...a, gap, ...b] : [...a, ...b]);
    if (next.length > MAX_VARIANTS) throw new Unconvertible('too-many-variants');
    out = next;
  }
  return out;
}

/** The verbs of a block as pattern alternatives: one element for all one-word verbs, one array per multi-word verb. */
function blockVerbAlts(verbs: readonly VerbEntry[]): string[][] {
  const singles: string[] = [];
  const multi: string[][] = [];
  for (const v of verbs) {
    const { words, verbAt } = v.form;
    const forms = v.forms.filter((f) => f.words.length === words.length && f.verbAt === verbAt).map((f) => f.words[verbAt]!.toLowerCase());
    const el = [`~${words[verbAt]!.toLowerCase()}`, ...forms.map((f) => lit(f, false))].join('|');
    if (/[|?]/.test(words[verbAt]!) || /^[~%@.]/.test(words[verbAt]!)) continue;
    if (words.length === 1) singles.push(el);
    else multi.push(words.map((w, i) => (i === verbAt ? el : lit(w.toLowerCase(), false))));
  }
  return [...(singles.length ? [[singles.join('|')]] : []), ...multi];
}

/** Trims leading and trailing gaps (a pattern starts and ends with a word or slot). */
function trimGaps(els: string[]): string[] {
  let a = 0, b = els.length;
  while (a < b && els[a]!.startsWith('...')) a++;
  while (b > a && els[b - 1]!.startsWith('...')) b--;
  return els.slice(a, b);
}

/** Splits a code field `A`, `A:B`, `:B` into the primary and reverse code. */
export function splitCode(field: string): { code: string; reverse: string | null } {
  const [a, b] = field.split(':');
  return { code: (a ?? '').trim(), reverse: b === undefined ? null : b.trim() };
}

function makeRule(id: string, code: string, reverse: string | null, pattern: string, base: string, line: number, why: string): EventRule {
  return Object.freeze({
    id, code, section: `PETRARCH verb dictionary ${base}:${line}`, reason: why, kind: 'verb' as const, pattern,
    needs: 'both' as const, ...(pattern.includes('@T') ? {} : { target: TARGETS }), ...(reverse === code ? { symmetric: true } : {}),
    ...(reverse && reverse !== code ? { reverseCode: reverse } : {}),
  });
}

function patternRules(p: PatternLine, block: VerbBlock, cx: Ctx, base: string, stats: VerbStats): EventRule[] {
  const { code, reverse } = splitCode(p.code);
  if (!code) throw new Unconvertible('reverse-only-code');
  const { seq } = scan(p.body, 0, null);
  if (seq.filter((s) => s.item.k === 'verb').length !== 1) throw new Unconvertible('no-verb-marker');
  const variants = seqAlts(seq, { ...cx, post: false }, GAP).map(trimGaps).filter((v) => v.length && !v[0]!.startsWith('@'));
  if (!variants.length) throw new Unconvertible('empty-pattern');
  return variants.map((v, k) => makeRule(`pv:${base}:${p.line}${variants.length > 1 ? `:${k + 1}` : ''}`, code, reverse, v.join(' '), base, p.line, `${block.name}: "${p.body}" [${p.code}]`));
}

function bareRules(block: VerbBlock, base: string, stats: VerbStats): EventRule[] {
  const byCode = new Map<string, VerbEntry[]>();
  for (const v of block.verbs) {
    const field = v.code ?? block.code;
    const { code } = splitCode(field);
    if (!code || code === '---') continue;
    const l = byCode.get(field);
    if (l) l.push(v); else byCode.set(field, [v]);
  }
  const out: EventRule[] = [];
  for (const [field, verbs] of byCode) {
    const { code, reverse } = splitCode(field);
    blockVerbAlts(verbs).forEach((els, k) => out.push(makeRule(`pv:${base}:${verbs[0]!.line}:v${k + 1}`, code, reverse, els.join(' '), base, block.line, `${block.name}: the verb alone [${field}]`)));
  }
  return out;
}

/** Converts a verb dictionary to event rules (patterns first, then the isolated verbs) with counts. */
export function verbRules(dict: VerbDictionary): { rules: EventRule[]; stats: VerbStats } {
  const base = dict.file.split(/[\\/]/).pop() ?? dict.file;
  const stats: VerbStats = { blocks: dict.blocks.length, verbs: 0, patterns: 0, converted: 0, rules: 0, synsets: dict.synsets.size, transformations: dict.transformations, reverseDropped: 0, unconverted: {} };
  const patterns: EventRule[] = [];
  const bare: EventRule[] = [];
  const miss = (why: string): void => { stats.unconverted[why] = (stats.unconverted[why] ?? 0) + 1; };
  if (dict.transformations) stats.unconverted.transformation = dict.transformations;
  for (const block of dict.blocks) {
    stats.verbs += block.verbs.length;
    const verbAlts = blockVerbAlts(block.verbs);
    for (const p of block.patterns) {
      stats.patterns++;
      if (!verbAlts.length) { miss('block-without-verbs'); continue; }
      try { for (const r of patternRules(p, block, { synsets: dict.synsets, verbAlts, post: false, seen: new Set() }, base, stats)) patterns.push(r); stats.converted++; }
      catch (e) { if (e instanceof Unconvertible) miss(e.why); else throw e; }
    }
    for (const r of bareRules(block, base, stats)) bare.push(r);
  }
  const rules = [...patterns, ...bare];
  stats.rules = rules.length;
  return { rules, stats };
}
