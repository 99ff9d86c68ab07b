/**
 * Argument finding: the source and target mentions of a matched rule, by word order alone.
 *
 * Source (kind `verb`): the nearest actor mention before the trigger in the same clause, skipping
 * mentions in a relative clause (", who ...,"), mentions already used as a target in the clause,
 * and mentions right after a preposition ("envoy for North Korea") unless nothing else is there;
 * coordinated subjects ("A and B agreed") give several sources.
 * Source (kinds `noun`, `passive`): an actor modifier just before the trigger ("Putin's visit",
 * "the Putin-Kim summit", "Security Council sanctions"), else a "by X" phrase after it.
 * Target: the `@T` slot; else a direct object (`OBJ`) right after the trigger (or right after its
 * first word: "met Xi on the sidelines", "rejected the Russian offer"); else the noun
 * phrase after the first of the rule's prepositions found within 8 tokens after the trigger (or
 * the actor after "including" when that phrase is a common noun: "with partners, including Russia").
 * Source of the method: CAMEO 1.1b3 §1 (source is the grammatical subject, target the object).
 */
import type { ActorSpan } from './actors.js';
import type { RuleMatch } from './match.js';
import type { Tok } from './tokens.js';
import { isClauseBreak } from './tokens.js';
import { coordGap, npAt, npStart, tokensIn, usable } from './np.js';
import { NP_FILLERS, PARENTHETICAL_OPENERS, PREPOSITIONS } from './rules/lexicon.js';

/** What the argument finder sees of one sentence. */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  toks: readonly Tok[];
  spans: readonly ActorSpan[];
}

/** How an argument was found (feeds the confidence). */
export type ArgHow = 'subject' | 'subject-after-preposition' | 'modifier' | 'by' | 'slot' | 'object' | 'preposition' | 'none';

/** Sources and targets of one match. `pair` marks "between A and B" (a reciprocal pair of targets). */
export interface Arguments {
  sources: ActorSpan[];
  sourceHow: ArgHow;
  targets: ActorSpan[];
  targetHow: ArgHow;
  /** End of the subject noun phrase (start of the factuality window), or null. */
  subjectEnd: number | null;
}

const OBJ_WORDS = 2;
const PREP_WINDOW = 8;
const PREP_NP_WORDS = 5;

/** Offset where the clause holding `pos` starts (after the last `;`, `:` or dash). */
export function clauseStart(v: SentenceView, pos: number): number {
  let s = v.start;
  for (const t of v.toks) if (t.end <= pos && isClauseBreak(t) && t.text !== '.') s = t.end;
  return s;
}

/** Offset where the clause holding `pos` ends. */
export function clauseEnd(v: SentenceView, pos: number): number {
  for (const t of v.toks) if (t.start >= pos && isClauseBreak(t) && t.text !== '.') return t.start;
  return v.end;
}

/** Ranges of relative clauses opened by ", who/which/..." and closed by a comma before `limit`. */
function parentheticals(v: SentenceView, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const toks = v.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i]!.text !== ',' || !PARENTHETICAL_OPENERS.has(toks[i + 1]!.lower)) continue;
    const close = toks.findIndex((t, j) => j > i + 1 && t.text === ',');
    if (close > 0 && toks[close]!.end <= limit) out.push([toks[i]!.start, toks[close]!.end]);
  }
  return out;
}

function prevWord(v: SentenceView, pos: number): Tok | undefined {
  let best: Tok | undefined;
  for (const t of v.toks) if (t.end <= pos) best = t;
  return best;
}

function afterPreposition(v: SentenceView, pos: number): boolean {
  const t = prevWord(v, pos);
  return !!t && PREPOSITIONS.has(t.lower);
}

/** Coordinated heads before `head` ("A and B", "A, B and C"), in text order, `head` last. */
function coordinatedBefore(v: SentenceView, cands: readonly ActorSpan[], head: ActorSpan): ActorSpan[] {
  const out = [head];
  let start = npStart(v.spans as ActorSpan[], v.toks, head);
  for (let i = cands.indexOf(head) - 1; i >= 0; i--) {
    const prev = cands[i]!;
    if (prev.end > start) continue;
    const how = coordGap(v.text, prev.end, start);
    if (!how || (how === 'comma' && out.length === 1)) break;
    out.unshift(prev);
    start = npStart(v.spans as ActorSpan[], v.toks, prev);
  }
  return out;
}

/** The subject of a verb trigger at `m` (see the module comment). */
export function findSubject(v: SentenceView, m: RuleMatch, usedTargets: ReadonlySet<ActorSpan>, exclude: readonly ActorSpan[]): { spans: ActorSpan[]; how: ArgHow } {
  const cs = clauseStart(v, m.start);
  const paren = parentheticals(v, m.start);
  const cands = usable(v.spans, false).filter((s) => s.start >= cs && s.end <= m.start && !usedTargets.has(s) && !exclude.includes(s)
    && !paren.some(([a, b]) => s.start >= a && s.end <= b));
  for (let i = cands.length - 1; i >= 0; i--) {
    const s = cands[i]!;
    if (afterPreposition(v, s.start)) continue;
    return { spans: coordinatedBefore(v, cands, s), how: 'subject' };
  }
  const last = cands[cands.length - 1];
  return last ? { spans: [last], how: 'subject-after-preposition' } : { spans: [], how: 'none' };
}

/** Actor modifiers right before `pos` ("Putin's", "the Putin-Kim", "U.S.-China"). */
export function findModifiers(v: SentenceView, pos: number): ActorSpan[] {
  const cands = usable(v.spans, false).filter((s) => s.end <= pos);
  const last = cands[cands.length - 1];
  if (!last) return [];
  const gap = tokensIn(v.toks, last.end, pos);
  if (gap.length > 3 || !gap.every((t) => NP_FILLERS.has(t.lower) || /^\p{Lu}/u.test(t.text))) return [];
  const out = [last];
  for (let i = cands.length - 2; i >= 0; i--) {
    const s = cands[i]!;
    const between = v.text.slice(s.end, out[0]!.start);
    if (!/^\s*[-–/]\s*$/.test(between) && coordGap(v.text, s.end, out[0]!.start) !== 'and') break;
    out.unshift(s);
  }
  return out;
}

/** A "by X" agent after the trigger, within the clause. */
export function findAgent(v: SentenceView, m: RuleMatch, limit: number): ActorSpan[] {
  const by = v.toks.find((t) => t.start >= m.end && t.end <= limit && t.lower === 'by');
  return by ? npAt(v.text, usable(v.spans, false), v.toks, by.end, PREP_NP_WORDS, limit) : [];
}

/** After a common-noun phrase ("interested parties, including Russia"), the offset after "including" / "such as", or null. */
function includedIn(v: SentenceView, pos: number, limit: number): number | null {
  const m = /^[\p{L}\s-]{0,40}?,?\s+(?:including|such as|notably|especially)\s+/u.exec(v.text.slice(pos, limit));
  return m ? pos + m[0].length : null;
}

/** The target of match `m` (see the module comment). `places`: a PLACE may be the target (travel rules). */
export function findTarget(v: SentenceView, m: RuleMatch, places: boolean): { spans: ActorSpan[]; how: ArgHow } {
  const spans = usable(v.spans, places);
  const limit = clauseEnd(v, m.end);
  if (m.slot) {
    const inSlot = spans.filter((s) => s.start >= m.slot!.start && s.end <= m.slot!.end);
    const heads = inSlot.length ? npAt(v.text, inSlot, v.toks, m.slot.start, 3, m.slot.end) : [];
    return { spans: heads, how: heads.length ? 'slot' : 'none' };
  }
  const targets = m.rule.target ?? [];
  if (targets.includes('OBJ')) {
    const firstEnd = v.toks[m.first]!.end;
    const obj = npAt(v.text, spans, v.toks, m.end, OBJ_WORDS, limit);
    const inner = obj.length || firstEnd === m.end ? [] : npAt(v.text, spans, v.toks, firstEnd, OBJ_WORDS, limit);
    if (obj.length || inner.length) return { spans: obj.length ? obj : inner, how: 'object' };
  }
  const preps = new Set(targets.filter((t) => t !== 'OBJ'));
  const window = v.toks.filter((t) => t.start >= v.toks[m.last]!.start && t.end <= limit).slice(0, PREP_WINDOW + 1);
  for (const t of window) {
    if (t.punct && t.text !== ',' && t.text !== '-') break;
    if (!preps.has(t.lower)) continue;
    const np = npAt(v.text, spans, v.toks, t.end, PREP_NP_WORDS, limit);
    if (np.length) return { spans: np, how: 'preposition' };
    const incl = includedIn(v, t.end, limit);
    if (incl) {
      const np2 = npAt(v.text, spans, v.toks, incl, 1, limit);
      if (np2.length) return { spans: np2, how: 'preposition' };
    }
  }
  return { spans: [], how: 'none' };
}

/** Finds the arguments of `m`. `usedTargets`: mentions already taken as targets in this sentence. */
export function findArguments(v: SentenceView, m: RuleMatch, usedTargets: ReadonlySet<ActorSpan>): Arguments {
  const target = findTarget(v, m, m.rule.travel === true);
  if (m.rule.kind === 'verb') {
    const subj = findSubject(v, m, usedTargets, target.spans);
    const subjectEnd = subj.spans.length ? subj.spans[subj.spans.length - 1]!.end : null;
    return { sources: subj.spans, sourceHow: subj.how, targets: target.spans, targetHow: target.how, subjectEnd };
  }
  const mods = findModifiers(v, m.start).filter((s) => !target.spans.includes(s));
  if (mods.length) return { sources: mods, sourceHow: 'modifier', targets: target.spans, targetHow: target.how, subjectEnd: mods[mods.length - 1]!.end };
  const agent = findAgent(v, m, clauseEnd(v, m.end)).filter((s) => !target.spans.includes(s));
  return { sources: agent, sourceHow: agent.length ? 'by' : 'none', targets: target.spans, targetHow: target.how, subjectEnd: null };
}
