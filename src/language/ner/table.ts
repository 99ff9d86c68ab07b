/**
 * Read-only look-up tables over typed arrays: `n` uint32 keys in ascending order and one or two
 * uint16 value arrays, found by binary search. The shipped model files (`clusters.bin`,
 * `priors.bin`, `gazetteer.bin`) are such tables, and loading one makes views over the file's
 * buffer instead of building a `Map` (a `Map` of 400,000 numbers costs some 20 MB of heap and
 * 100 ms to build; the views cost the file's size and nothing to build).
 */
import { readFileSync } from 'node:fs';

/** What the tagger asks of a table (a `Map<number, number>` also fits, as tests and training use). */
export interface Lookup { get(key: number): number | undefined; readonly size: number }

/** Keys ascending with values `lo` (and `hi`, giving `lo + hi * 65536`). */
export class SortedTable implements Lookup {
  constructor(readonly keys: Uint32Array, readonly lo: Uint16Array, readonly hi?: Uint16Array) {}
  get size(): number { return this.keys.length; }
  /** The value of `key`, or undefined when absent. */
  get(key: number): number | undefined {
    const k = this.keys;
    let a = 0, b = k.length - 1;
    while (a <= b) {
      const m = (a + b) >>> 1, x = k[m];
      if (x < key) a = m + 1;
      else if (x > key) b = m - 1;
      else return this.hi ? this.lo[m] + this.hi[m] * 65536 : this.lo[m];
    }
    return undefined;
  }
}

/**
 * Reads a table file of `n` uint32 keys then `values` (1 or 2) arrays of `n` uint16 as views over
 * the file's buffer (copied once only when the buffer is not 4-byte aligned). Returns an empty
 * table when the file is absent; throws when its size does not fit the layout.
 */
export function readTable(file: URL | string, values: 1 | 2): SortedTable {
  let raw: Buffer;
  try { raw = readFileSync(file); } catch { return new SortedTable(new Uint32Array(0), new Uint16Array(0)); }
  const per = 4 + 2 * values;
  if (raw.length % per) throw new Error(`${String(file)}: size ${raw.length} is not a multiple of ${per}`);
  const n = raw.length / per;
  const aligned = raw.byteOffset % 4 === 0;
  const buf = aligned ? raw.buffer : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  const o = aligned ? raw.byteOffset : 0;
  const keys = new Uint32Array(buf, o, n);
  const lo = new Uint16Array(buf, o + 4 * n, n);
  return new SortedTable(keys, lo, values === 2 ? new Uint16Array(buf, o + 6 * n, n) : undefined);
}

/**
 * Serializes `key -> value` pairs (values < 2^16, or `lo + hi * 65536` with `values` 2) as a table
 * file; the first value wins when two entries share a key.
 */
export function packTable(entries: Iterable<readonly [number, number]>, values: 1 | 2): Buffer {
  const all = [...entries].map(([k, v], i) => [k >>> 0, v, i] as const).sort((x, y) => x[0] - y[0] || x[2] - y[2]);
  const keys: number[] = [], vals: number[] = [];
  for (const [k, v] of all) if (!keys.length || keys[keys.length - 1] !== k) { keys.push(k); vals.push(v); }
  const parts = [Buffer.from(Uint32Array.from(keys).buffer), Buffer.from(Uint16Array.from(vals, (v) => v & 0xffff).buffer)];
  if (values === 2) parts.push(Buffer.from(Uint16Array.from(vals, (v) => Math.floor(v / 65536)).buffer));
  return Buffer.concat(parts);
}
