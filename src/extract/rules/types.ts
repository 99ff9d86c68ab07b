/**
 * Shared shapes of the boilerplate vocabularies. Every rule has a stable `id` (named in
 * `article.removed[].reason`) and a one-line `reason` saying why the pattern marks page residue.
 */
import type { RemovedKind } from '../../doc.js';

/**
 * A whole-line rule: `pattern` is tested against one trimmed, whitespace-collapsed line and the
 * line must also be at most `maxWords` words long (a body sentence that merely contains a
 * residue word is longer or does not match the anchored pattern).
 */
export interface LineRule {
  readonly id: string;
  readonly kind: RemovedKind;
  readonly reason: string;
  /** Anchored pattern (no `g` flag: tested with `RegExp.test`, which must stay stateless). */
  readonly pattern: RegExp;
  readonly maxWords: number;
}

/** A numeric threshold with its id and the reason for its value. */
export interface Threshold {
  readonly id: string;
  readonly value: number;
  readonly reason: string;
}

/**
 * True for the characters JavaScript's `\s` (and `String.prototype.trim`) treats as white
 * space: ECMAScript WhiteSpace and LineTerminator (tab, LF, VT, FF, CR, space, NBSP, U+1680,
 * U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF).
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Kana and CJK ideographs (U+3040..U+30FF, U+3400..U+9FFF, U+F900..U+FAFF). */
const isCjk = (c: number): boolean => c >= 0x3040 && (c <= 0x30ff || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff));

/**
 * Counts whitespace-separated words of a line (the runs between `\s` characters). Chinese and
 * Japanese are written without spaces: about two characters make a word, so half the kana and
 * ideographs are added. One pass over the UTF-16 units, no allocation (this runs for every
 * line and rule).
 */
export function wordCount(line: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) { inWord = false; continue; }
    if (!inWord) { words++; inWord = true; }
    if (isCjk(c)) cjk++;
  }
  return words === 0 ? 0 : words + Math.floor(cjk / 2);
}

/** Freezes a rule table and its rules. */
export function freezeRules<T extends object>(rules: T[]): readonly Readonly<T>[] {
  return Object.freeze(rules.map((r) => Object.freeze(r)));
}
