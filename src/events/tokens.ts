/**
 * A small tokenizer for event patterns: words (hyphenated compounds kept whole), possessive `'s`
 * split off, every other non-space character its own token. Offsets index `article.text`.
 * Does not depend on the POS tagger, so events work when `doc.tokens` is empty.
 */

/** A token of one sentence. `lower` is the lower-cased text with curly apostrophes folded. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** True for punctuation (a token with no letter or digit). */
  punct: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*\.?(?<=\p{L}\.\p{L}\.|[\p{L}\p{N}])|n['’]t\b|['’]s\b|\S/gu;

/** Tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const s = start + (m.index ?? 0);
    const t = m[0];
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase().replace(/’/g, "'"), punct: !/[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

/** True for tokens that end a clause for gaps and argument search (`;`, `:`, dashes, sentence end). */
export function isClauseBreak(t: Tok): boolean {
  return t.punct && /^[;:—–.!?]$/.test(t.text);
}
