/**
 * The log of mentions coreference has resolved so far, with the indexes its lookups need, so that
 * each lookup costs about O(log n + the few entries it can match) instead of a scan of every
 * earlier mention or entity (the scans made dense pages quadratic: a page of N sentences that each
 * say "the governor" compared every title-only mention with every earlier mention).
 */
import type { Ent } from './coref.js';
import type { Mention } from '../../doc.js';
import { TITLE_BY_TEXT, titleKey } from '../rules/titles.js';

/** One resolved mention: its entity, offsets, sentence index and mention kind. */
export interface Seen { ent: Ent; start: number; end: number; sentence: number; kind: Mention['kind'] }

/** Persons indexed by the office keys and title families of their roles (see rules/titles.ts). */
export class RoleIndex {
  readonly byKey = new Map<string, Set<Ent>>();
  readonly byFamily = new Map<string | undefined, Set<Ent>>();

  /** Adds a PERSON by every role it holds; other types and role-less persons are ignored. */
  add(e: Ent): void {
    if (e.type !== 'PERSON') return;
    for (const r of e.roles) {
      const k = titleKey(r.title);
      const f = TITLE_BY_TEXT.get(r.title)?.family;
      let a = this.byKey.get(k); if (!a) this.byKey.set(k, a = new Set()); a.add(e);
      let b = this.byFamily.get(f); if (!b) this.byFamily.set(f, b = new Set()); b.add(e);
    }
  }

  /**
   * Up to two distinct persons with a role of office `key` (or, when `family` is given, of that
   * title family) that satisfy `keep`: enough to tell none, one and several apart.
   */
  firstTwo(key: string, family: string | undefined | null, keep: (e: Ent) => boolean): Ent[] {
    const out: Ent[] = [];
    const scan = (set: Set<Ent> | undefined): boolean => {
      for (const e of set ?? []) if (!out.includes(e) && keep(e) && out.push(e) >= 2) return true;
      return false;
    };
    if (scan(this.byKey.get(key))) return out;
    if (family !== null) scan(this.byFamily.get(family));
    return out;
  }
}

/** Sorted offsets of one character in a text, for counting it in a range by binary search. */
function positions(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

/** The number of entries of sorted `xs` that are `< v`. */
function countBelow(xs: readonly number[], v: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (xs[mid]! < v) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Counts quote marks before an offset within its paragraph (a paragraph ends at a newline) in
 * O(log n): offsets of newlines and of the three marks are collected once per text.
 */
export class QuoteMarks {
  private nl: number[]; private open: number[]; private close: number[]; private straight: number[];
  constructor(text: string) {
    this.nl = positions(text, '\n'); this.open = positions(text, '\u201C');
    this.close = positions(text, '\u201D'); this.straight = positions(text, '"');
  }

  /** Counts of opening curly, closing curly and straight quote marks in `[paragraph start, at)`. */
  before(at: number): { open: number; close: number; straight: number } {
    // The paragraph starts after the last newline at or before `at` (as lastIndexOf('\n', at) finds).
    const k = countBelow(this.nl, at + 1);
    const from = k > 0 ? this.nl[k - 1]! + 1 : 0;
    const n = (xs: number[]): number => Math.max(0, countBelow(xs, at) - countBelow(xs, from));
    return { open: n(this.open), close: n(this.close), straight: n(this.straight) };
  }
}

/** The resolved mentions in processing order, with per-sentence, per-entity and per-kind indexes. */
export class SeenLog {
  readonly all: Seen[] = [];
  /** Entries of each sentence, in processing order. */
  readonly bySentence = new Map<number, Seen[]>();
  /** Positions in `all` of each entity's entries. */
  private byEnt = new Map<Ent, number[]>();
  /** Smallest start among each entity's entries. */
  readonly firstStart = new Map<Ent, number>();
  /** Named (not descriptive) persons seen, by role. */
  readonly namedRoles = new RoleIndex();
  /** Descriptive persons seen ("the governor"), by role. */
  readonly descRoles = new RoleIndex();
  /** Entries of GROUP entities with two members. */
  readonly pairs: Seen[] = [];
  /** Entries of named persons. */
  readonly named: Seen[] = [];
  /** Each COUNTRY entity seen, with the start of its last entry; Map order is order of last entry. */
  readonly countries = new Map<Ent, number>();
  /** True while entries arrive with non-decreasing sentence indexes (lets backward scans stop early). */
  monotone = true;

  /** Appends an entry and updates the indexes. */
  push(s: Seen): void {
    const last = this.all[this.all.length - 1];
    if (last && s.sentence < last.sentence) this.monotone = false;
    const e = s.ent;
    let list = this.byEnt.get(e);
    if (!list) {
      this.byEnt.set(e, list = []);
      (e.desc ? this.descRoles : this.namedRoles).add(e);
    }
    list.push(this.all.length);
    this.all.push(s);
    let sent = this.bySentence.get(s.sentence); if (!sent) this.bySentence.set(s.sentence, sent = []); sent.push(s);
    this.firstStart.set(e, Math.min(this.firstStart.get(e) ?? Infinity, s.start));
    if (e.type === 'GROUP' && e.members?.length === 2) this.pairs.push(s);
    if (e.type === 'PERSON' && !e.desc) this.named.push(s);
    if (e.type === 'COUNTRY') { this.countries.delete(e); this.countries.set(e, s.start); }
  }

  /** True when entity `e` has an entry starting before `at`. */
  seenBefore(e: Ent, at: number): boolean {
    return (this.firstStart.get(e) ?? Infinity) < at;
  }

  /** The entity of `group` whose entry is the last (in processing order) to start before `at`, or null. */
  lastOf(group: readonly Ent[], at: number): Ent | null {
    let best = -1;
    for (const e of group) {
      const list = this.byEnt.get(e) ?? [];
      for (let k = list.length - 1; k >= 0 && list[k]! > best; k--) if (this.all[list[k]!]!.start < at) { best = list[k]!; break; }
    }
    return best >= 0 ? this.all[best]!.ent : null;
  }

  /** The last entry of `list` (an index of this log, in processing order) that starts before `at`. */
  static lastBefore(list: readonly Seen[], at: number): Seen | undefined {
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.start < at) return list[k];
    return undefined;
  }
}
