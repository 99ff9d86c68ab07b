/**
 * Parser of PETRARCH/TABARI actor dictionaries: a primary phrase with an optional `[CODE]`,
 * synonyms on `+` lines, and date restrictions on indented `[CODE <date]`, `[CODE >date]`,
 * `[CODE date-date]` or `[CODE]` lines. `CODE` may name several actors (`A/B/C`); `---` is the
 * null code (not an actor). Dates are YYMMDD or YYYYMMDD, bounds inclusive.
 * Source: UPSTREAM_dictionaries_format.rst, "Actor Dictionary"; TABARI manual ch. 5.
 */
import { dictDate, dictLines, newStats, phraseWords, skip, type ParseStats } from './lines.js';
import { fail } from './errors.js';

/** One coded restriction: actor codes (empty: the null code) valid from `from` to `to` (inclusive; null: open). */
export interface DatedCode { codes: readonly string[]; from: string | null; to: string | null; dated: boolean }

/** One actor record: its phrases (word lists, lower case) and its codes. */
export interface ActorEntry {
  phrases: string[][];
  /** The primary phrase's `[CODE]`: used when no restriction applies. Null when absent. */
  primary: DatedCode | null;
  restrictions: DatedCode[];
  /** `file:line` of the primary phrase. */
  where: string;
}

const CODE_RE = /\[([^\]}]*)[\]}]/;

/** Splits a code field (`RUSGOV`, `FRO/BIL/SAM`, `---`) into actor codes. */
function codeList(s: string): string[] {
  return s === '---' ? [] : s.split('/').filter(Boolean).map((c) => c.toUpperCase());
}

/** Parses the inside of `[...]`: `CODE`, `CODE <date`, `CODE >date`, `CODE date-date`. Null when malformed. */
export function parseRestriction(inner: string): DatedCode | null {
  const m = /^\s*(\S+?)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/.exec(inner);
  if (!m || /^[<>]|^\d{6,8}(?:-|$)/.test(m[1]!)) return null;
  const codes = codeList(m[1]!);
  if (m[2]) {
    const d = dictDate(m[3]!);
    if (!d) return null;
    return m[2] === '<' ? { codes, from: null, to: d, dated: true } : { codes, from: d, to: null, dated: true };
  }
  if (m[4]) {
    const a = dictDate(m[4]!), b = dictDate(m[5]!);
    if (!a || !b) return null;
    return { codes, from: a, to: b, dated: true };
  }
  return { codes, from: null, to: null, dated: false };
}

/** True when `inner` is a code with a date restriction whose date is not a valid 6- or 8-digit date. */
function badDate(inner: string): boolean {
  return /^\s*[^\s<>]+\s+[<>]?\s*\d[\d\s-]*$/.test(inner);
}

/** The actor codes of `e` at `date` (`YYYY-MM-DD`, or null: the undated default). Empty: no actor. */
export function codesAt(e: ActorEntry, date: string | null): readonly string[] {
  if (date) {
    for (const r of e.restrictions) {
      if (r.dated && (r.from === null || r.from <= date) && (r.to === null || date <= r.to)) return r.codes;
    }
  }
  const undated = e.restrictions.find((r) => !r.dated);
  if (undated) return undated.codes;
  if (e.primary) return e.primary.codes;
  // No date and only dated restrictions: the open-ended latest one, else the last listed.
  if (!date && e.restrictions.length) return (e.restrictions.find((r) => r.to === null) ?? e.restrictions[e.restrictions.length - 1]!).codes;
  return [];
}

/** Splits `PHRASE [CODE ...] ; comment` into phrase and code field (null when there is none). */
function splitLine(text: string, file: string, no: number): { phrase: string; code: string | null } {
  const open = text.indexOf('[');
  if (open < 0) return { phrase: text.replace(/;.*$/, '').trim(), code: null };
  const m = CODE_RE.exec(text.slice(open));
  if (!m) fail('E041', file, no, text);
  return { phrase: text.slice(0, open).trim(), code: m[1]! };
}

/**
 * Parses an actor dictionary. `file` names it in errors. Errors: E041 for a malformed line (an
 * unclosed `[`), E042 for a malformed code or date restriction, E048 for a synonym or restriction
 * before any phrase. Lines holding no phrase and no code are skipped and counted.
 */
export function parseActors(text: string, file: string): { entries: ActorEntry[]; stats: ParseStats } {
  const stats = newStats();
  const entries: ActorEntry[] = [];
  let cur: ActorEntry | null = null;
  for (const { no, text: line, indented } of dictLines(text)) {
    stats.lines++;
    const t = line.trim();
    if (indented && t.startsWith('[')) {
      if (!cur) fail('E048', file, no, line);
      const m = CODE_RE.exec(t);
      if (!m) fail('E041', file, no, line);
      const r = parseRestriction(m[1]!);
      if (r) cur.restrictions.push(r);
      else if (badDate(m[1]!)) skip(stats, no); // a typo'd date in a real dictionary: the restriction is dropped, counted
      else fail('E042', file, no, line);
      continue;
    }
    const synonym = t.startsWith('+');
    const { phrase, code } = splitLine(synonym ? t.slice(1) : t, file, no);
    const words = phraseWords(phrase);
    if (!words.length) { skip(stats, no); continue; }
    const parsed = code === null ? null : parseRestriction(code);
    if (code !== null && !parsed) fail('E042', file, no, line);
    if (synonym) {
      if (!cur) fail('E048', file, no, line);
      cur.phrases.push(words);
      if (parsed && !cur.primary) cur.primary = parsed;
      continue;
    }
    if (cur && !cur.primary && !cur.restrictions.length) {
      // A phrase with no code yet, followed by another phrase: both share the codes that follow
      // (CountryInfo-generated files list a person's spellings as consecutive phrases).
      cur.phrases.push(words);
      if (parsed) (parsed.dated ? cur.restrictions.push(parsed) : (cur.primary = parsed));
      continue;
    }
    cur = { phrases: [words], primary: null, restrictions: [], where: `${file}:${no}` };
    if (parsed) (parsed.dated ? cur.restrictions.push(parsed) : (cur.primary = parsed));
    entries.push(cur);
    stats.entries++;
  }
  return { entries, stats };
}
