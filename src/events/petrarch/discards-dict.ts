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
 * Parses a discard list into one discard rule (`petrarch-discards:<file>`): an alternation of its
 * phrases, so a sentence is tested once per file. Errors: E047 for a line holding `[` (a code, not
 * a phrase). Empty phrases are skipped and counted.
 */
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
  const rules = parts.length ? [{ id: `petrarch-discards:${base}`, reason: `a phrase of the discard list ${base} (${parts.length} phrases)`, pattern: `(?:${parts.join('|')})` }] : [];
  return { rules, stats };
}
