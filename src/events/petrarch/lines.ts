/**
 * Line reading shared by the PETRARCH dictionary parsers: `#` comments removed, `<!-- ... -->`
 * blocks (possibly over several lines) and `<...>` markup lines skipped, blank lines skipped.
 * Source: UPSTREAM_dictionaries_format.rst, "General Rules for dictionaries".
 */
import { tokenize } from '../tokens.js';
import { DictionaryError } from './errors.js';

/** One content line: 1-based number, text with the comment removed (right-trimmed), and whether it was indented. */
export interface DictLine { no: number; text: string; indented: boolean }

/** Counts a parser keeps of lines it read but did not use (skipped as harmless). */
export interface ParseStats { lines: number; entries: number; skipped: number; skippedLines: number[] }

/** New, empty stats. */
export function newStats(): ParseStats { return { lines: 0, entries: 0, skipped: 0, skippedLines: [] }; }

/** Records a skipped line (its number is kept for the first 50). */
export function skip(stats: ParseStats, no: number): void {
  stats.skipped++;
  if (stats.skippedLines.length < 50) stats.skippedLines.push(no);
}

/** The content lines of a dictionary file's text. */
/** Longest dictionary line accepted, in characters. */
const MAX_LINE = 4096;

export function dictLines(text: string): DictLine[] {
  const out: DictLine[] = [];
  let inComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    // A line longer than any dictionary entry is not one (and would make the line patterns slow).
    if (raw.length > MAX_LINE) throw new DictionaryError('E040', `not a dictionary: a line longer than ${MAX_LINE} characters: line ${i + 1}`);
    let line = raw;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) return;
      inComment = false;
      line = line.slice(end + 3);
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('<')) {
      if (/^<!\s*--/.test(trimmed) && !trimmed.includes('-->')) inComment = true;
      return;
    }
    const hash = line.indexOf('#');
    const body = (hash >= 0 ? line.slice(0, hash) : line).replace(/\s+$/, '');
    if (!body.trim()) return;
    out.push({ no: i + 1, text: body, indented: /^\s/.test(body) });
  });
  return out;
}

/**
 * The words of a dictionary phrase (`_` and blanks join words), lower-cased and split exactly as
 * sentences are tokenized (`../tokens.ts`), so "GEORGE_W._BUSH" and "U.S." match their text.
 */
export function phraseWords(phrase: string): string[] {
  const text = phrase.replace(/_/g, ' ').trim();
  return tokenize(text, 0, text.length).map((t) => t.lower);
}

/** A 6- or 8-digit PETRARCH date (YYMMDD: years 00–30 are 20xx, others 19xx) as `YYYY-MM-DD`, or null. */
export function dictDate(s: string): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const y = m[1]!.length === 4 ? m[1]! : `${Number(m[1]) <= 30 ? '20' : '19'}${m[1]}`;
  if (Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return null;
  return `${y}-${m[2]}-${m[3]}`;
}
