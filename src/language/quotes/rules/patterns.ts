/**
 * Quote attribution patterns, as data. Each pattern is a template over a context window next to
 * the quote; placeholders are expanded by {@link compilePattern}:
 *
 * - `{SP}`   the speaker noun phrase before a verb (1–10 words, one comma-enclosed appositive allowed)
 * - `{SPI}`  the speaker noun phrase after an inverted verb or "according to" (up to clause end)
 * - `{VERB}` any speech verb of {@link SPEECH_VERBS}; `{IVERB}` one allowed in inverted order
 * - `{ADV}`  an optional adverb or auxiliary between speaker and verb
 * - `{TAIL}` the rest of the reporting clause (its object and adverbials), up to clause punctuation
 * - `{STAIL}` a short tail (at most 5 words: "told NHK on Friday"), for a sentence that is only an attribution
 * - `{B}`    a word boundary on the left
 *
 * Source: the reporting-clause positions of English news writing (final, initial, medial) as in
 * Quirk et al. §14.29–14.31 and AP attribution style.
 */
import { SPEECH_VERBS, VERB_ADVERBS } from './verbs.js';

/** Where the pattern looks: the words after the closing mark, before the opening mark, or the next sentence. */
export type PatternSide = 'after' | 'before' | 'next';

/** One attribution pattern. */
export interface AttributionPattern {
  id: string;
  reason: string;
  side: PatternSide;
  template: string;
}

/** The attribution patterns, tried in this order within each side. */
export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = Object.freeze([
  { id: 'post-name-verb', side: 'after', reason: '"…," Lavrov said / a State Department official told ABC News',
    template: String.raw`^[\s,\u2014\u2013-]*{SP}{ADV}\s+{VERB}\b{TAIL}` },
  { id: 'post-verb-name', side: 'after', reason: '"…," said Lavrov (inverted newswire order)',
    template: String.raw`^[\s,\u2014\u2013-]*{IVERB}\s+{SPI}` },
  { id: 'post-according-to', side: 'after', reason: '"…," according to Lavrov',
    template: String.raw`^[\s,\u2014\u2013-]*according\s+to\s+{SPI}` },
  { id: 'pre-name-verb', side: 'before', reason: 'Lavrov said: "…" / Lavrov told reporters, "…"',
    template: String.raw`{B}{SP}{ADV}\s+{VERB}\b{TAIL}\s*[:,]\s*$` },
  { id: 'pre-name-verb-that', side: 'before', reason: 'Lavrov said that "…" (a partial quote after "that")',
    template: String.raw`{B}{SP}{ADV}\s+{VERB}\b{TAIL}\s+that\s*$` },
  { id: 'pre-according-to', side: 'before', reason: 'According to Lavrov, "…"',
    template: String.raw`{B}[Aa]ccording\s+to\s+{SPI}\s*,\s*$` },
  { id: 'next-sentence', side: 'next', reason: '"…." Lavrov said. (the attribution is the whole next sentence)',
    template: String.raw`^\s*{SP}{ADV}\s+{VERB}\b{STAIL}\s*[.!]?\s*$` },
]);

/** An attribution pattern with its compiled expression (flags `du`: offsets of named groups). */
export interface CompiledPattern extends AttributionPattern {
  regex: RegExp;
}

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.\u2019'&-]*`;

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
}

/** The source of each placeholder. */
const PLACEHOLDERS: Readonly<Record<string, string>> = Object.freeze({
  '{SP}': String.raw`(?<speaker>${WORD}(?:\s+${WORD}){0,9}?(?:,\s+${WORD}(?:\s+${WORD}){0,9}?,)?)`,
  '{SPI}': String.raw`(?<speaker>${WORD}(?:\s+${WORD}){0,11})`,
  '{VERB}': `(?<verb>${alternation(SPEECH_VERBS.map((v) => v.form))})`,
  '{IVERB}': `(?<verb>${alternation(SPEECH_VERBS.filter((v) => v.invertible).map((v) => v.form))})`,
  '{ADV}': String.raw`(?:\s+(?:${alternation(VERB_ADVERBS)}|\p{Ll}+ly))?`,
  '{TAIL}': String.raw`(?<tail>[^,;:!?\u201C\u201D"\u2018]*)`,
  '{STAIL}': String.raw`(?<tail>(?:\s+[^\s,;:!?\u201C\u201D"\u2018]+){0,5})`,
  '{B}': String.raw`(?<![\p{L}\p{N}.\u2019'&-])`,
});

/**
 * Compiles a pattern template to a RegExp with flags `du` (no `g`: the expression keeps no state).
 * Throws on an unknown placeholder.
 */
export function compilePattern(p: AttributionPattern): CompiledPattern {
  const source = p.template.replace(/\{[A-Z]+\}/g, (ph) => {
    const s = PLACEHOLDERS[ph];
    if (s === undefined) throw new Error(`unknown placeholder ${ph} in attribution pattern ${p.id}`);
    return s;
  });
  return Object.freeze({ ...p, regex: new RegExp(source, 'du') });
}

/** All attribution patterns, compiled once (frozen; RegExps without `g` hold no state). */
export const COMPILED_PATTERNS: readonly CompiledPattern[] = Object.freeze(ATTRIBUTION_PATTERNS.map(compilePattern));

/**
 * Rule `before-window-cap`: the attribution before an opening mark is looked for only in the last
 * `value` characters of its window, cut at a word start. Reason: a `before` pattern ends at the
 * mark but may start anywhere, so matching it over a whole long sentence is quadratic (a 68 KB
 * sentence with a quote at its end took minutes); a reporting clause ("Lavrov told reporters in
 * Moscow on Tuesday:") with its speaker of at most 20 words stays far below 400 characters.
 */
export const BEFORE_WINDOW_CAP: Readonly<{ id: string; reason: string; value: number }> = Object.freeze({
  id: 'before-window-cap',
  reason: 'a reporting clause before a quote is short; matching a whole long sentence is quadratic',
  value: 400,
});
