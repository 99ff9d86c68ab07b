/**
 * Token-level look-ups over one sentence used by the scanners: capitalization, gazetteer phrase
 * matches, title matches and name runs.
 */
import type { Token } from '../../doc.js';
import { TITLE_BY_TEXT, PLURAL_TITLES, type TitleRule } from '../rules/titles.js';
import { ORG_HEAD_WORDS, ORG_CONNECTORS } from '../rules/orgs.js';
import { NON_NAME_WORDS, NAME_PARTICLES, ORG_START_WORDS, ALL_CAPS_WORD } from '../rules/names.js';
import { normPhrase, type Lexicon } from './lexicon.js';
import type { LexEntry, Sent } from './types.js';

/** True when the token starts with an upper-case letter. */
export const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
/** Lower-cased token text with curly apostrophes straightened. */
export const low = (t: Token | undefined): string => (t ? normPhrase(t.text).toLowerCase() : '');
/** True when the two tokens touch (no whitespace between them). */
export const touches = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
/** True for the possessive token ("'s" or "’s"). */
export const isPoss = (t: Token | undefined): boolean => low(t) === "'s" || low(t) === "'";

/** A gazetteer match: `n` tokens starting at the index, with its entries. */
export interface LexMatch { n: number; entries: LexEntry[] }

/** Longest gazetteer phrase starting at token `i` (capitalized starts only), or null. */
export function lexAt(s: Sent, lex: Lexicon, i: number): LexMatch | null {
  if (!isCap(s.toks[i])) return null;
  const max = Math.min(lex.maxWords + 3, s.toks.length - i);
  for (let n = max; n >= 1; n--) {
    const key = normPhrase(s.text.slice(s.toks[i].start, s.toks[i + n - 1].end));
    const entries = lex.phrases.get(key);
    if (entries) return { n, entries };
  }
  return null;
}

/** The first entry of a type in a match. */
export function entryOf<T extends LexEntry['type']>(m: LexMatch | null, type: T): Extract<LexEntry, { type: T }> | null {
  return (m?.entries.find((e) => e.type === type) as Extract<LexEntry, { type: T }> | undefined) ?? null;
}

/** A title match: the rule, its token count and whether the form is plural. */
export interface TitleMatch { rule: TitleRule; n: number; plural: boolean }

/** Longest title starting at token `i` ("special representative", "Secretary-General"), or null. */
export function titleAt(s: Sent, i: number): TitleMatch | null {
  const max = Math.min(6, s.toks.length - i);
  for (let n = max; n >= 1; n--) {
    const key = normPhrase(s.text.slice(s.toks[i].start, s.toks[i + n - 1].end)).toLowerCase();
    const rule = TITLE_BY_TEXT.get(key);
    if (rule) return { rule, n, plural: PLURAL_TITLES.has(key) };
    if (n === 1 && PLURAL_TITLES.has(key)) {
      const sing = TITLE_BY_TEXT.get(key.replace(/s$/, '')) ?? TITLE_BY_TEXT.get(key);
      if (sing) return { rule: sing, n, plural: true };
    }
  }
  return null;
}

/** True when the token cannot be part of a person's name. */
function notNameWord(s: Sent, lex: Lexicon, i: number): boolean {
  const t = s.toks[i];
  if (NON_NAME_WORDS.words.has(t.text) || ORG_HEAD_WORDS[t.text] || TITLE_BY_TEXT.has(t.text.toLowerCase())) return true;
  if (ALL_CAPS_WORD.re.test(t.text) && t.text.length > 3 && !lexAt(s, lex, i)) return true;
  const m = lexAt(s, lex, i);
  return !!m && m.entries.every((e) => e.type !== 'PLACE');
}

/**
 * End (exclusive) of the person-name run starting at `i`: capitalized words, initials,
 * particles between capitalized words, and hyphenated parts ("Jae-in"). Returns `i` for none.
 * A hyphen between two single capitalized words ("Putin-Kim") ends the run (a name pair).
 */
export function nameRun(s: Sent, lex: Lexicon, i: number): number {
  const T = s.toks;
  let j = i;
  let words = 0;
  while (j < T.length && words < 5) {
    const t = T[j];
    if (isCap(t) && /\p{L}/u.test(t.text) && !notNameWord(s, lex, j)) { j++; words++; continue; }
    if (words > 0 && NAME_PARTICLES.words.has(t.text) && isCap(T[j + 1]) && !notNameWord(s, lex, j + 1)) { j++; continue; }
    if (words > 0 && t.text === '-' && touches(T[j - 1], t) && touches(t, T[j + 1]) && /^\p{L}/u.test(T[j + 1].text)) {
      if (/^\p{Ll}/u.test(T[j + 1].text) || words >= 2) { j += 2; continue; }
    }
    break;
  }
  return j;
}

/** Number of name words in `[a, b)` (hyphens and particles not counted). */
export const nameWords = (s: Sent, a: number, b: number): number =>
  s.toks.slice(a, b).filter((t) => isCap(t) && t.text !== '-').length;

/**
 * End (exclusive) of an organization name made of capitalized words and connectors that ends
 * in, or is headed by, an organization word ("Foreign Ministry", "Ministry of Foreign Affairs").
 * Returns `i` for none.
 */
export function orgRun(s: Sent, i: number): number {
  const T = s.toks;
  if (!isCap(T[i]) || (NON_NAME_WORDS.words.has(T[i].text) && !ORG_HEAD_WORDS[T[i].text] && !ORG_START_WORDS.words.has(T[i].text))) return i;
  let j = i;
  let lastHead = -1;
  let headOf = false;
  while (j < T.length) {
    const t = T[j];
    if (ALL_CAPS_WORD.re.test(t.text) && t.text.length > 3) break; // labels ("BREAKING NEWS") end a name (rule all-caps-not-name)
    if ((isCap(t) && !TITLE_BY_TEXT.has(t.text.toLowerCase())) || (j > i && t.text === '-' && touches(T[j - 1], t))) {
      if (ORG_HEAD_WORDS[t.text]) { lastHead = j; if (low(T[j + 1]) === 'of' || low(T[j + 1]) === 'for') headOf = true; }
      j++; continue;
    }
    if (j > i && ORG_CONNECTORS.has(t.text) && isCap(T[j + 1])) { j++; continue; }
    break;
  }
  if (lastHead < 0) return i;
  return headOf ? j : lastHead + 1;
}
