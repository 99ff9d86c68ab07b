/**
 * The tag set of the tagger: BILOU (Begin, Inside, Last, Outside, Unit) over the CoNLL-2003 types
 * PER, ORG, LOC, MISC — Ratinov & Roth 2009 (CoNLL, "Design challenges and misconceptions in named
 * entity recognition") found BILOU better than BIO. Tags are small integers: 0 = O, then
 * `1 + 4 * type + position` with position B=0, I=1, L=2, U=3.
 */

/** Entity types in tag order. */
export const TYPES = Object.freeze(['PER', 'ORG', 'LOC', 'MISC'] as const);
export type NerType = (typeof TYPES)[number];

/** Number of tags (O + 4 positions x 4 types = 17). */
export const NTAGS = 1 + 4 * TYPES.length;

export const B = 0, I = 1, L = 2, U = 3;
/** Type index of tag `t` (-1 for O). */
export const typeOf = (t: number): number => (t === 0 ? -1 : (t - 1) >> 2);
/** Position of tag `t` (B/I/L/U; -1 for O). */
export const posOf = (t: number): number => (t === 0 ? -1 : (t - 1) & 3);
/** The tag of type index `ty` at position `p`. */
export const tagOf = (ty: number, p: number): number => 1 + 4 * ty + p;

/**
 * `ALLOWED[prev * NTAGS + cur]` is 1 when `cur` may follow `prev` in BILOU: after O, L or U comes
 * O, B or U; after B or I of a type comes I or L of the same type. Sentence start counts as O.
 * Constant table (typed arrays cannot be frozen; never written after construction).
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(NTAGS * NTAGS);
  for (let p = 0; p < NTAGS; p++) {
    for (let c = 0; c < NTAGS; c++) {
      const open = p !== 0 && (posOf(p) === B || posOf(p) === I);
      const ok = open ? typeOf(c) === typeOf(p) && (posOf(c) === I || posOf(c) === L) : c === 0 || posOf(c) === B || posOf(c) === U;
      a[p * NTAGS + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** BILOU tags of one sentence from IOB1/IOB2 strings ("B-PER", "I-LOC", "O"). Unknown types are O. */
export function fromIob(tags: readonly string[]): number[] {
  const ty = tags.map((s) => (s.length > 2 ? TYPES.indexOf(s.slice(2) as NerType) : -1));
  const begins = tags.map((s, i) => ty[i] >= 0 && (s[0] === 'B' || ty[i - 1] !== ty[i] || i === 0));
  return ty.map((t, i) => {
    if (t < 0) return 0;
    const last = i + 1 >= ty.length || ty[i + 1] !== t || begins[i + 1];
    const p = begins[i] ? (last ? U : B) : last ? L : I;
    return tagOf(t, p);
  });
}

/** IOB2 strings of BILOU tags. */
export function toIob(tags: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) { out.push('O'); continue; }
    const p = posOf(t);
    out.push(`${p === B || p === U ? 'B' : 'I'}-${TYPES[typeOf(t)]}`);
  }
  return out;
}

/** Entity spans `[start, end)` (token indices) with their type, from BILOU tags. */
export function spansOf(tags: ArrayLike<number>): { start: number; end: number; type: NerType }[] {
  const out: { start: number; end: number; type: NerType }[] = [];
  let s = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i], p = posOf(t);
    if (t === 0) { s = -1; continue; }
    if (p === B || p === U || s < 0 || typeOf(tags[i - 1]) !== typeOf(t)) s = i;
    if (p === L || p === U || i + 1 === tags.length || typeOf(tags[i + 1]) !== typeOf(t) || posOf(tags[i + 1]) === B || posOf(tags[i + 1]) === U) {
      out.push({ start: s, end: i + 1, type: TYPES[typeOf(t)] });
      s = -1;
    }
  }
  return out;
}
