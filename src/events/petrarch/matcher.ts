/**
 * Actor spans from PETRARCH actor and agent dictionaries: longest match of dictionary phrases over
 * the sentence's tokens (case-insensitive; a possessive `'s` is its own token, so "Gondor's"
 * matches GONDOR), then noun-phrase grouping of adjacent actor and agent matches into one coded
 * actor: country actor + agent codes ("Gondor's main opposition group" -> GON + MOP), agents joined
 * by "and" giving one code each ("Danish media and government" -> DNKMED, DNKGOV), an agent
 * before "of"/"in" + actor ("activists in Gondor"), and an agent alone giving `---` + its code
 * (PETRARCH practice for actors with no country). Rules of the grouping: `GROUPING` below.
 */
import type { Entity } from '../../doc.js';
import type { ActorSpan } from '../actors.js';
import { tokenize, type Tok } from '../tokens.js';
import { codesAt, type ActorEntry } from './actors-dict.js';
import type { AgentEntry } from './agents-dict.js';

interface Trie<T> { next: Map<string, Trie<T>>; items: T[] }
const node = <T>(): Trie<T> => ({ next: new Map(), items: [] });

/** A prefix tree of phrases (word lists) to entries. */
export function buildTrie<T>(entries: ReadonlyArray<{ words: readonly string[]; item: T }>): Trie<T> {
  const root = node<T>();
  for (const { words, item } of entries) {
    let n = root;
    for (const w of words) { let c = n.next.get(w); if (!c) n.next.set(w, c = node<T>()); n = c; }
    n.items.push(item);
  }
  return root;
}

/** The longest phrase of `trie` starting at token `i`: its last token index and entries, or null. */
function longest<T>(trie: Trie<T>, toks: readonly Tok[], i: number): { last: number; items: T[] } | null {
  let n: Trie<T> | undefined = trie;
  let best: { last: number; items: T[] } | null = null;
  for (let j = i; j < toks.length && n; j++) {
    n = n.next.get(toks[j]!.lower);
    if (n?.items.length) best = { last: j, items: n.items };
  }
  return best;
}

interface Hit { first: number; last: number; actor: ActorEntry | null; agent: AgentEntry | null }

/**
 * Grouping rules (data): words allowed between an actor and a following agent without a possessive
 * ("Arnor former officials", "the Gondor senior official"), and between an agent and a following actor.
 */
export const GROUPING = Object.freeze({
  /** Modifiers that may stand between a country actor and its agent (no possessive): at most one. */
  modifiers: new Set(['former', 'senior', 'top', 'new', 'chief', 'deputy', 'first', 'main', 'acting', 'interim', 'local', 'state', 'national', 'federal', 'regional', 'military', 'security', 'foreign']),
  /** After a possessive ("Gondor's ..."), up to this many words may precede the agent. */
  possessiveWords: 3,
  /** Agent + one of these + actor: the agent belongs to that actor ("activists in Gondor"). */
  agentOf: new Set(['of', 'in', 'from']),
});

function gapWords(toks: readonly Tok[], a: number, b: number): { ok: boolean; possessive: boolean; words: string[] } {
  const words: string[] = [];
  let possessive = false;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (i === a && (t.lower === "'s" || t.lower === "'")) { possessive = true; continue; }
    if (t.punct) return { ok: false, possessive, words };
    words.push(t.lower);
  }
  return { ok: true, possessive, words };
}

/** Whether hit `b` joins the group whose last hit is `a` (`hasActor`: the group already has an actor). */
function joins(toks: readonly Tok[], a: Hit, b: Hit, hasActor: boolean): 'and' | 'yes' | 'no' {
  const g = gapWords(toks, a.last + 1, b.first);
  if (!g.ok) return 'no';
  const w = g.words.filter((x) => x !== 'the');
  if (a.actor && b.agent) {
    if (g.possessive) return w.length <= GROUPING.possessiveWords && !w.includes('and') ? 'yes' : 'no';
    return w.length === 0 || (w.length === 1 && GROUPING.modifiers.has(w[0]!)) ? 'yes' : 'no';
  }
  if (a.agent && b.actor) {
    if (g.words.length === 0 && !g.possessive) return 'yes';
    return !hasActor && w.length === 1 && GROUPING.agentOf.has(w[0]!) ? 'yes' : 'no';
  }
  if (a.agent && b.agent) {
    if (g.possessive) return 'no';
    if (w.length === 0) return 'yes';
    return w.length === 1 && w[0] === 'and' ? 'and' : 'no';
  }
  return g.possessive && w.length === 0 ? 'yes' : 'no';
}

/** Whether `code` already carries sector `s` (USAGOV has GOV; HGWGOVMED has GOVMED). */
function hasSector(code: string, s: string): boolean {
  if (code.endsWith(s)) return true;
  for (let i = 3; i + 3 <= code.length; i += 3) if (code.slice(i, i + 3) === s) return true;
  return false;
}

/** Adds agent codes to an actor code (`---` when none): `~X` after, `X~` before. */
export function compose(base: string | null, agents: readonly AgentEntry[]): string {
  let code = base ?? '---';
  for (const a of agents) {
    if (a.prefix) code = base === null && code === '---' ? a.code : a.code + code;
    else if (!hasSector(code, a.code)) code += a.code;
  }
  return code;
}

/** The codes of one group: each actor code x each "and"-alternative of its agents. */
function groupCodes(hits: readonly Hit[], links: readonly string[], date: string | null): string[] {
  const actor = hits.find((h) => h.actor)?.actor ?? null;
  const bases: Array<string | null> = actor ? [...codesAt(actor, date)] : [null];
  if (actor && bases.length === 0) return [];
  const segs: AgentEntry[][] = [[]];
  hits.forEach((h, i) => {
    if (i > 0 && links[i - 1] === 'and' && segs[segs.length - 1]!.length) segs.push([]);
    if (h.agent) segs[segs.length - 1]!.push(h.agent);
  });
  const first = segs[0]!;
  const shared = segs.length > 1 ? first.slice(0, -1) : [];
  const alts = segs.length > 1 ? [first.slice(-1), ...segs.slice(1)] : [first];
  const out = new Set<string>();
  for (const b of bases) for (const alt of alts) out.add(compose(b, [...shared, ...alt]));
  return [...out];
}

function entityFor(id: string, text: string, start: number, end: number, codes: readonly string[], agents: boolean): Entity {
  const code = codes[0]!;
  const country = /^[A-Z]{3}$/.test(code.slice(0, 3)) ? code.slice(0, 3) : null;
  return {
    id, type: !agents && codes.every((c) => /^[A-Z]{3}$/.test(c)) ? 'COUNTRY' : 'ORG', name: text, roles: [], country,
    actor: { code, country, sectors: code.length > 3 ? code.slice(3).match(/.{1,3}/g) ?? [] : [], rule: 'petrarch-actor' },
    mentions: [{ start, end, text }],
  };
}

/** Dictionary tries of one run. */
export interface ActorTries { actors: Trie<ActorEntry>; agents: Trie<AgentEntry> }

/** Builds the tries of actor and agent entries. */
export function actorTries(actors: readonly ActorEntry[], agents: readonly AgentEntry[]): ActorTries {
  return {
    actors: buildTrie(actors.flatMap((e) => e.phrases.map((words) => ({ words, item: e })))),
    agents: buildTrie(agents.map((a) => ({ words: a.words, item: a }))),
  };
}

/** The dictionary hits of a sentence, left to right, longest first (an actor wins a tie with an agent). */
function hits(t: ActorTries, toks: readonly Tok[]): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < toks.length;) {
    const a = longest(t.actors, toks, i);
    const g = longest(t.agents, toks, i);
    if (a && (!g || a.last >= g.last)) { out.push({ first: i, last: a.last, actor: a.items[0]!, agent: null }); i = a.last + 1; }
    else if (g) { out.push({ first: i, last: g.last, actor: null, agent: g.items[0]! }); i = g.last + 1; }
    else i++;
  }
  return out;
}

/** Actor spans of `text[start, end)` (see the module comment), sorted by start, not nested. */
export function dictionaryActorSpans(t: ActorTries, text: string, start: number, end: number, date: string | null): ActorSpan[] {
  const toks = tokenize(text, start, end);
  const hs = hits(t, toks);
  const out: ActorSpan[] = [];
  for (let i = 0; i < hs.length;) {
    const group = [hs[i]!];
    const links: string[] = [];
    let hasActor = !!hs[i]!.actor;
    for (let j = i + 1; j < hs.length; j++) {
      const how = joins(toks, group[group.length - 1]!, hs[j]!, hasActor);
      if (how === 'no' || (hs[j]!.actor && hasActor && how !== 'yes')) break;
      group.push(hs[j]!); links.push(how); hasActor ||= !!hs[j]!.actor;
    }
    i += group.length;
    const codes = groupCodes(group, links, date);
    if (!codes.length) continue;
    const s = toks[group[0]!.first]!.start, e = toks[group[group.length - 1]!.last]!.end;
    const span = text.slice(s, e);
    const entity = entityFor(`d${s}`, span, s, e, codes, group.some((h) => h.agent));
    out.push({ start: s, end: e, text: span, entity, actors: codes.map((code) => ({ entity: null, code, text: span })), place: false });
  }
  return out;
}
