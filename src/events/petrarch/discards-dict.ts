/**
 * Parser of PETRARCH discard lists: one phrase a line; a sentence containing it (case-insensitive,
 * at a word start) is not coded. A leading `+` marks a story-level discard (here: the sentence,
 * since dateline codes sentences; counted in `stats.storyLevel`). A trailing `_` requires a word
 * end after the phrase; otherwise the phrase is a stem.
 * Source: UPSTREAM_dictionaries_format.rst, "Discard List".
 */
import type { DiscardRule } from '../rules/types.js';
import { dictLines, newStats, type ParseStats } from './lines.js';
import { fail } from './errors.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Word characters for the boundaries (the coder compiles discard patterns with flag `i` only, so no `\p{..}`). */
const WORD = '[A-Za-z0-9\\u00C0-\\u024F]';

/** The regular-expression source of one discard phrase (`_` joins words; a trailing `_` needs a word end). */
export function discardPattern(phrase: string): string | null {
  const whole = phrase.endsWith('_');
  const words = phrase.replace(/_+$/, '').split(/[\s_]+/).filter(Boolean).map(escape);
  if (!words.length) return null;
  return `(?<!${WORD})${words.join('[\\s_-]+')}${whole ? `(?!${WORD})` : ''}`;
}

/**
 * Parses a discard list into discard rules (`petrarch-discards:<file>[:<n>]`): alternations of up to
 * 500 of its phrases each, so a sentence is tested once per chunk, each checked to compile. Errors: E047 for a line holding `[` (a code, not
 * a phrase). Empty phrases are skipped and counted.
 */
/** Phrases per compiled alternation: large lists are split so no regular expression grows too large for the engine. */
const DISCARD_CHUNK = 500;

export function parseDiscards(text: string, file: string): { rules: DiscardRule[]; stats: ParseStats & { storyLevel: number } } {
  const stats = { ...newStats(), storyLevel: 0 };
  const parts: string[] = [];
  const base = file.split(/[\\/]/).pop() ?? file;
  for (const { no, text: line } of dictLines(text)) {
    stats.lines++;
    let t = line.trim();
    if (t.includes('[')) fail('E047', file, no, line);
    if (t.startsWith('+')) { stats.storyLevel++; t = t.slice(1).trim(); }
    const p = discardPattern(t);
    if (!p) { stats.skipped++; continue; }
    parts.push(p);
    stats.entries++;
  }
  const rules: DiscardRule[] = [];
  for (let k = 0; k < parts.length; k += DISCARD_CHUNK) {
    const chunk = parts.slice(k, k + DISCARD_CHUNK);
    const rule = { id: `petrarch-discards:${base}${parts.length > DISCARD_CHUNK ? `:${k / DISCARD_CHUNK + 1}` : ''}`, reason: `a phrase of the discard list ${base} (${chunk.length} phrases)`, pattern: `(?:${chunk.join('|')})` };
    try { new RegExp(rule.pattern, 'i'); } catch (err) { fail('E047', file, 0, `phrases ${k + 1}-${k + chunk.length} cannot be compiled: ${(err as Error).message.slice(0, 60)}`); }
    rules.push(rule);
  }
  return { rules, stats };
}
