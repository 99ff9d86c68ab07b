/**
 * Compiles rule patterns (syntax in `rules/types.ts`) and finds their matches in a sentence.
 * Overlapping matches are resolved longest-first, so "hold talks with" beats the bare noun "talks".
 */
import type { EventRule } from './rules/types.js';
import type { Tok } from './tokens.js';
import { isClauseBreak } from './tokens.js';
import { nounForms, verbForms } from './inflect.js';
import { PREPOSITIONS } from './rules/lexicon.js';

/** One compiled pattern element. */
export type PatternEl =
  | { t: 'lit'; alts: ReadonlySet<string>; opt: boolean }
  | { t: 'gap'; max: number }
  | { t: 'slot' };

/**
 * A rule with its compiled pattern. `required`: the alternatives of each required word after the
 * first (a sentence lacking all of one element's forms cannot match; see `findMatches`).
 */
export interface CompiledRule { rule: EventRule; els: readonly PatternEl[]; order: number; required: ReadonlyArray<ReadonlySet<string>> }

/** A rule matched in a sentence. `start`/`end` is the trigger span; `slot` the `@T` span, if any. */
export interface RuleMatch {
  rule: EventRule;
  order: number;
  first: number;
  last: number;
  start: number;
  end: number;
  slot: { start: number; end: number } | null;
}

const DEFAULT_GAP = 4;
const SLOT_MAX = 8;

/** Expands one alternative word (`~verb`, `%noun`, literal). */
function expandWord(w: string): string[] {
  if (w.startsWith('~')) return verbForms(w.slice(1));
  if (w.startsWith('%')) return nounForms(w.slice(1));
  return [w.toLowerCase().replace(/’/g, "'")];
}

/** The word forms of one pattern element's alternatives (`meet|~hold|%summit`). */
const altSet = (body: string): ReadonlySet<string> => new Set(body.split('|').flatMap(expandWord));

/**
 * Compiles a pattern string. Errors: throws `Error` on an empty pattern or one that starts with a
 * gap or slot (a trigger must start with a word).
 */
export function compilePattern(pattern: string, altsOf: (body: string) => ReadonlySet<string> = altSet): PatternEl[] {
  const els: PatternEl[] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    if (raw === '@T') { els.push({ t: 'slot' }); continue; }
    const gap = /^\.\.\.(\d+)?$/.exec(raw);
    if (gap) { els.push({ t: 'gap', max: gap[1] ? Number(gap[1]) : DEFAULT_GAP }); continue; }
    const opt = raw.endsWith('?') && raw.length > 1;
    const body = opt ? raw.slice(0, -1) : raw;
    els.push({ t: 'lit', alts: altsOf(body), opt });
  }
  if (els.length === 0 || els[0]!.t !== 'lit') throw new Error(`pattern must start with a word: "${pattern}"`);
  return els;
}

/** Compiles every rule (in table order; the order breaks ties between equally long matches). */
export function compileRules(rules: readonly EventRule[]): CompiledRule[] {
  // Equal alternative sets are shared, so a sentence tests each distinct set once (see `candidates`);
  // an element text seen before (most are: "~meet", "with") reuses its set without expanding it again.
  const interned = new Map<string, ReadonlySet<string>>();
  const byBody = new Map<string, ReadonlySet<string>>();
  const altsOf = (body: string): ReadonlySet<string> => {
    let got = byBody.get(body);
    if (got) return got;
    const alts = altSet(body);
    const key = [...alts].sort().join('|');
    got = interned.get(key);
    if (!got) interned.set(key, got = alts);
    byBody.set(body, got);
    return got;
  };
  return rules.map((rule, order) => {
    const els = compilePattern(rule.pattern, altsOf);
    const required = els.slice(1).flatMap((e) => (e.t === 'lit' && !e.opt ? [e.alts] : []));
    return { rule, els, order, required };
  });
}

interface State { first: number; last: number; slot: { start: number; end: number } | null }

/** Whether a slot over tokens `[a, b]` is acceptable (holds an actor mention). */
export type SlotCheck = (start: number, end: number) => boolean;

function step(els: readonly PatternEl[], k: number, toks: readonly Tok[], i: number, st: State, slotOk: SlotCheck): State | null {
  if (k === els.length) return st;
  const el = els[k]!;
  if (el.t === 'lit') {
    const tok = toks[i];
    if (tok && el.alts.has(tok.lower)) {
      const r = step(els, k + 1, toks, i + 1, { ...st, first: st.first < 0 ? i : st.first, last: i }, slotOk);
      if (r) return r;
    }
    return el.opt ? step(els, k + 1, toks, i, st, slotOk) : null;
  }
  if (el.t === 'gap') {
    for (let n = 0; n <= el.max && i + n <= toks.length; n++) {
      if (n > 0 && isClauseBreak(toks[i + n - 1]!)) break;
      const r = step(els, k + 1, toks, i + n, st, slotOk);
      if (r) return r;
    }
    return null;
  }
  if (!toks[i] || PREPOSITIONS.has(toks[i]!.lower)) return null;
  for (let n = 1; n <= SLOT_MAX && i + n <= toks.length; n++) {
    const last = toks[i + n - 1]!;
    if (last.punct && !/^[-'.]$/.test(last.text)) break;
    if (!slotOk(toks[i]!.start, last.end)) continue;
    const r = step(els, k + 1, toks, i + n, { ...st, slot: { start: toks[i]!.start, end: last.end } }, slotOk);
    if (r) return r;
  }
  return null;
}

/**
 * Rules by the words they can start at and by their rarest required word. A rule whose first element
 * is a required word can match only at a token with one of its forms (`byFirst`: lower-cased form ->
 * rule indices, ascending), and only in a sentence holding one of the forms of its key element: the
 * required element with the fewest common words (`byKey`). A rule starting with an optional word is
 * tried everywhere (`always`). Built once per rule table.
 */
export interface RuleIndex { byFirst: ReadonlyMap<string, readonly number[]>; byKey: ReadonlyMap<string, readonly number[]>; always: readonly number[] }

/** Very frequent English words: a poor key for finding the rules a sentence may match. */
const COMMON: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
  'has', 'have', 'had', 'said', 'says', 'say', 'that', 'it', 'its', 'for', 'with', 'by', 'at', 'as', 'from', 'their', 'his', 'her',
  'not', 'no', 'this', 'which', 'who', 'they', 'he', 'she', 'we', 'can', 'could', 'may', 'should', 'must', 'do', 'did', 'does',
  'after', 'over', 'against', 'into', 'up', 'out', 'about', 'all', 'more', 'new', 'also', 'than', 'other', 'some', 'any',
]);

/** The key element of a compiled pattern: its required word element with the fewest common forms, then the fewest forms. */
function keyElement(els: readonly PatternEl[]): ReadonlySet<string> | null {
  let best: ReadonlySet<string> | null = null;
  let bestCost = Infinity;
  for (const e of els) {
    if (e.t !== 'lit' || e.opt) continue;
    let cost = e.alts.size;
    for (const w of e.alts) if (COMMON.has(w)) cost += 1000;
    if (cost < bestCost) { best = e.alts; bestCost = cost; }
  }
  return best;
}

/** Indexes `rules` (see `RuleIndex`); indices are positions in `rules`. */
export function indexRules(rules: readonly CompiledRule[]): RuleIndex {
  const byFirst = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  const add = (m: Map<string, number[]>, w: string, r: number): void => { const l = m.get(w); if (l) l.push(r); else m.set(w, [r]); };
  rules.forEach((cr, r) => {
    const el = cr.els[0]!;
    if (el.t !== 'lit' || el.opt) { always.push(r); return; }
    for (const w of el.alts) add(byFirst, w, r);
    for (const w of keyElement(cr.els) ?? el.alts) add(byKey, w, r);
  });
  return { byFirst, byKey, always };
}

/** Start positions to try per rule index, ascending by rule: from the index, or every rule at every token. */
function candidates(rules: readonly CompiledRule[], toks: readonly Tok[], index: RuleIndex | undefined): Map<number, number[] | null> {
  const out = new Map<number, number[] | null>(); // null: every position
  if (!index) { rules.forEach((_, r) => out.set(r, null)); return out; }
  const at = new Map<string, number[]>();
  toks.forEach((t, i) => { const l = at.get(t.lower); if (l) l.push(i); else at.set(t.lower, [i]); });
  const keyed = new Set<number>();
  for (const w of at.keys()) for (const r of index.byKey.get(w) ?? []) keyed.add(r);
  // Every required word must be present (a cheap test before any position is computed).
  const seen = new Map<ReadonlySet<string>, boolean>();
  const has = (alts: ReadonlySet<string>): boolean => {
    let v = seen.get(alts);
    if (v !== undefined) return v;
    v = false;
    if (alts.size <= at.size) { for (const w of alts) if (at.has(w)) { v = true; break; } }
    else for (const w of at.keys()) if (alts.has(w)) { v = true; break; }
    seen.set(alts, v);
    return v;
  };
  for (const r of [...keyed, ...index.always].sort((a, b) => a - b)) {
    const cr = rules[r]!;
    if (!cr.required.every(has)) continue;
    const el = cr.els[0]!;
    if (el.t !== 'lit' || el.opt) { out.set(r, null); continue; }
    const pos: number[] = [];
    if (el.alts.size <= at.size) { for (const w of el.alts) { const l = at.get(w); if (l) pos.push(...l); } }
    else for (const [w, l] of at) if (el.alts.has(w)) pos.push(...l);
    if (pos.length) out.set(r, pos.sort((a, b) => a - b));
  }
  return out;
}

/**
 * All matches of `rules` in `toks` that `accept` keeps, overlaps then resolved: the longest
 * trigger wins, then table order. `index` (from `indexRules(rules)`) skips the start positions
 * where a rule cannot match; the result is the same with or without it.
 */
export function findMatches(rules: readonly CompiledRule[], toks: readonly Tok[], slotOk: SlotCheck, accept: (m: RuleMatch) => boolean = () => true, index?: RuleIndex): RuleMatch[] {
  const all: RuleMatch[] = [];
  for (const [r, positions] of candidates(rules, toks, index)) {
    const cr = rules[r]!;
    let after = -1; // a match's tokens are not tried again as starts of the same rule
    const n = positions ? positions.length : toks.length;
    for (let k = 0; k < n; k++) {
      const i = positions ? positions[k]! : k;
      if (i <= after) continue;
      const st = step(cr.els, 0, toks, i, { first: -1, last: -1, slot: null }, slotOk);
      if (!st || st.first < 0) continue;
      const m: RuleMatch = { rule: cr.rule, order: cr.order, first: st.first, last: st.last, start: toks[st.first]!.start, end: toks[st.last]!.end, slot: st.slot };
      if (!accept(m)) continue;
      all.push(m);
      after = st.last;
    }
  }
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.order - b.order);
  // Tokens do not overlap, so two matches overlap exactly when their token ranges share a token.
  const taken = new Uint8Array(toks.length);
  const kept: RuleMatch[] = [];
  for (const m of all) {
    if (taken.subarray(m.first, m.last + 1).includes(1)) continue;
    taken.fill(1, m.first, m.last + 1);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
