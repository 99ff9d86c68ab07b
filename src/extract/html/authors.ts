/**
 * Author names from byline strings: "By JANE DOE, John Roe and Ann Poe | Staff" ->
 * ["Jane Doe", "John Roe", "Ann Poe"]. Vocabularies in `rules/authors.ts`.
 */
import { BYLINE_NON_PERSON } from '../rules/index.js';
import { BYLINE_PREFIX, CALL_TO_ACTION, TRAILING_DATE, FUNCTION_WORDS, MAX_LOWERCASE_NAME_TOKENS, MAX_NAME_TOKENS, NAME_PARTICLES, NAME_SEPARATOR, NAME_TOKEN, NON_NAME_WORDS } from './rules/authors.js';

const EMAIL = /\S+@\S+\.\S+/g;
const HANDLE = /(^|\s)@\w+/g;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const PARENS = /\([^)]*\)|\[[^\]]*\]/g;

/** True for a token that names a role, desk, agency or call to action (each hyphen piece checked). */
function isNonNameWord(token: string): boolean {
  const t = token.toLowerCase().replace(/[.'’]/g, '');
  return NON_NAME_WORDS.has(t) || BYLINE_NON_PERSON.has(t) || t.split('-').some((p) => NON_NAME_WORDS.has(p));
}

/** Title-cases one token, keeping apostrophe and hyphen parts ("O'BRIEN" -> "O'Brien"). */
function titleToken(tok: string, first: boolean): string {
  const low = tok.toLowerCase();
  if (!first && NAME_PARTICLES.has(low)) return low;
  return low.replace(/(^|['’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Proper case for a name written all upper or all lower case; mixed case is kept as written. */
export function properCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const mixed = letters !== letters.toUpperCase() && letters !== letters.toLowerCase();
  if (mixed) return name;
  return name.split(' ').map((t, i) => titleToken(t, i === 0)).join(' ');
}

/** The name in one byline part, or null when the part is a role, desk, date or call to action. */
export function cleanName(part: string): string | null {
  const s = part.replace(PARENS, ' ').replace(/[“”"«»]/g, '').replace(/\s+/g, ' ').trim().replace(/^[-–—:]+|[-–—:.]+$/g, '').trim();
  if (!s || /\d/.test(s)) return null;
  const tokens = s.split(' ');
  if (tokens.length < 1 || tokens.length > MAX_NAME_TOKENS) return null;
  if (tokens.some(isNonNameWord) || /\.(?:com|org|net|co|uk|in|io|news)\b/i.test(s)) return null;
  // A single all-lower-case token is a login handle ("jdoe", "webadmin"), not a name.
  if (tokens.length === 1 && s === s.toLowerCase()) return null;
  if (!tokens.every((t) => NAME_TOKEN.test(t))) return null;
  const lower = tokens.filter((t) => !/^\p{Lu}/u.test(t));
  if (lower.length === tokens.length) {
    if (tokens.length > MAX_LOWERCASE_NAME_TOKENS || tokens.some((t) => FUNCTION_WORDS.has(t))) return null;
  } else if (lower.some((t) => !NAME_PARTICLES.has(t.toLowerCase()))) return null;
  const name = properCase(s);
  // A name starts with a capital letter once cased; a single short token is an initial or noise.
  if (!/^\p{Lu}/u.test(name)) return null;
  if (tokens.length === 1 && name.length < 3) return null;
  return name;
}

/**
 * Splits a byline into person names.
 *
 * Drops the lead-in ("By", "Written by"), emails, @handles, URLs, parenthesized notes, role
 * suffixes ("Staff Writer") and calls to action ("Email the author"); splits on commas, "and",
 * "&", "|", ";" and "/"; proper-cases names written in all caps or all lower case; removes
 * duplicates (case-insensitive). Returns `[]` when no part looks like a name.
 */
export function splitByline(byline: string): string[] {
  let s = byline.replace(CALL_TO_ACTION, ' ').replace(TRAILING_DATE, ' ').replace(EMAIL, ' ').replace(URL_RE, ' ').replace(HANDLE, '$1 ').replace(/\s+/g, ' ').trim();
  // The lead-in may follow a label such as "Story by" or sit after a line break.
  s = s.replace(BYLINE_PREFIX, '');
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of s.split(NAME_SEPARATOR)) {
    const name = cleanName(raw.replace(BYLINE_PREFIX, ''));
    if (!name) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Merges author lists, keeping the first spelling of each name (case-insensitive). */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => { const k = n.toLowerCase(); if (seen.has(k)) return false; seen.add(k); return true; });
}
