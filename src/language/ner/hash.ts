/**
 * 32-bit hashing for hashed features: FNV-1a over UTF-16 code units for strings, and a
 * MurmurHash3 finalizer (`fmix32`) to combine a template id with value hashes. Feature keys are
 * never 0 (0 marks an empty slot in the model's table).
 */

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units (offset basis 2166136261, prime 16777619).
 * With `h`, continues a hash: `fnv(b, fnv(a)) === fnv(a + b)` (phrases hash word by word).
 */
export function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finalizer: a bijective avalanche mix. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The key of feature template `t` (a small integer) over values `a` and `b`; never 0. */
export function feat(t: number, a: number, b = 0): number {
  const h = fmix32(fmix32(Math.imul(t + 1, 0x9e3779b1) ^ a) + Math.imul(b, 0x27d4eb2f));
  return h === 0 ? 1 : h;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
