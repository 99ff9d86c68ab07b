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

/** Counts whitespace-separated words of a line. */
export function wordCount(line: string): number {
  const t = line.trim();
  if (!t) return 0;
  // Chinese and Japanese are written without spaces: about two characters make a word.
  const cjk = (t.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu) ?? []).length;
  return t.split(/\s+/).length + Math.floor(cjk / 2);
}

/** Freezes a rule table and its rules. */
export function freezeRules<T extends object>(rules: T[]): readonly Readonly<T>[] {
  return Object.freeze(rules.map((r) => Object.freeze(r)));
}
