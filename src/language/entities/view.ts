/**
 * Token-level look-ups over one sentence used by the scanners: capitalization, gazetteer phrase
 * matches, title matches and name runs.
 */
import type { Token } from '../../doc.js';
import { TITLE_BY_TEXT, PLURAL_TITLES, type TitleRule } from '../rules/titles.js';
import { ORG_HEAD_WORDS, ORG_CONNECTORS } from '../rules/orgs.js';
import { NON_NAME_WORDS, NAME_PARTICLES, ORG_START_WORDS, ALL_CAPS_WORD, ORG_RUN_MAX, GIVEN_NAME_PLACES, HONORIFICS } from '../rules/names.js';
import { FUZZY_MIN_LENGTH, fuzzyCountry } from './fuzzy.js';
import { normPhrase, firstWordIndex, type Lexicon } from './lexicon.js';
import type { LexEntry, Sent } from './types.js';

/** True when the token starts with an upper-case letter (ASCII answered without the regex). */
export function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}
/** Lower-cased token text with curly apostrophes straightened. */
export const low = (t: Token | undefined): string => (t ? normPhrase(t.text).toLowerCase() : '');
/** True when the two tokens touch (no whitespace between them). */
export const touches = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
/** True for the possessive token ("'s" or "’s"). */
export const isPoss = (t: Token | undefined): boolean => { const w = low(t); return w === "'s" || w === "'"; };

/** A gazetteer match: `n` tokens starting at the index, with its entries. */
export interface LexMatch { n: number; entries: LexEntry[] }

/** A title match: the rule, its token count and whether the form is plural. */
export interface TitleMatch { rule: TitleRule; n: number; plural: boolean }

/**
 * Per-sentence memo of `lexAt` and `titleAt` results by token index (`undefined`: not looked up
 * yet). The scanners ask the same index many times (role parsing, name runs); both answers depend
 * only on the sentence and the lexicon, so the memo is dropped when another lexicon asks.
 */
export interface ViewMemo {
  lex: Lexicon | null;
  lexAt: (LexMatch | null | undefined)[];
  titleAt: (TitleMatch | null | undefined)[];
  /** Index of the last token a title starts at (-1: none), once asked. */
  lastTitle?: number;
}

/** The memo of `s` for `lex` (created on first use, replaced when the lexicon differs). */
function memoOf(s: Sent, lex: Lexicon | null): ViewMemo {
  if (!s.memo) s.memo = { lex, lexAt: [], titleAt: [] };
  else if (lex && s.memo.lex !== lex) s.memo = { lex, lexAt: [], titleAt: s.memo.titleAt, lastTitle: s.memo.lastTitle };
  return s.memo;
}

/** Title phrase keys (lower case) by first word, for `titleAt` (built once from the frozen title table). */
const TITLE_FIRST_WORDS: ReadonlyMap<string, number> = firstWordIndex(TITLE_BY_TEXT.keys());

/**
 * The longest phrase of at most `max` tokens starting at token `i` whose normalized text (see
 * `normPhrase`; lower-cased when `lower`) `get` knows, as `[n, value]`, or null. Same answer as
 * trying every length from `max` down to 1, but a length whose text runs past the first word (the
 * text up to the first whitespace) is tried only when some key starts with that word, and no
 * longer than that word's longest key (`first`, see `firstWordIndex`).
 */
function longestPhrase<V>(s: Sent, i: number, max: number, first: ReadonlyMap<string, number>, get: (key: string, n: number) => V | undefined, lower: boolean): [number, V] | null {
  const T = s.toks;
  let run = 1; // tokens of the first word: no whitespace between them
  while (run < max && (T[i + run].start === T[i + run - 1].end || !/\s/.test(s.text.slice(T[i + run - 1].end, T[i + run].start)))) run++;
  const word = phraseKey(s, i, run, lower);
  let top = run;
  // The first word ends at the token end only when whitespace follows at once (a gap can hold
  // characters no token kept) and no token has whitespace inside; otherwise try every length.
  if (word.includes(' ') || (run < max && !isSpaceAt(s.text, T[i + run - 1].end))) top = max;
  else if (max > run) {
    const limit = first.get(word) ?? -1;
    while (top < max && phraseKey(s, i, top + 1, lower).length <= limit) top++;
  }
  for (let n = top; n >= 1; n--) {
    const v = get(n === run ? word : phraseKey(s, i, n, lower), n);
    if (v !== undefined) return [n, v];
  }
  return null;
}

/** True when the character at `k` is whitespace. */
const isSpaceAt = (text: string, k: number): boolean => /\s/.test(text[k] ?? '');

/** Normalized text of tokens `[i, i + n)` (see `normPhrase`), lower-cased when `lower`. */
function phraseKey(s: Sent, i: number, n: number, lower: boolean): string {
  const k = normPhrase(s.text.slice(s.toks[i].start, s.toks[i + n - 1].end));
  return lower ? k.toLowerCase() : k;
}

/** True when a capitalized word (not a sentence-initial "The"/"A") stands right before or after token `i`: part of a name. */
function inCapitalRun(s: Sent, i: number): boolean {
  const prev = s.toks[i - 1], next = s.toks[i + 1];
  const prevName = !!prev && isCap(prev) && !(i === 1 && /^(?:The|A|An)$/.test(prev.text));
  return prevName || (!!next && isCap(next) && /\p{L}/u.test(next.text));
}

/** Longest gazetteer phrase starting at token `i` (capitalized starts only), or null. */
export function lexAt(s: Sent, lex: Lexicon, i: number): LexMatch | null {
  if (!isCap(s.toks[i])) return null;
  const memo = memoOf(s, lex);
  const seen = memo.lexAt[i];
  if (seen !== undefined) return seen;
  const max = Math.min(lex.maxWords + 3, s.toks.length - i);
  const hit = longestPhrase(s, i, max, lex.firstWords, (k) => lex.phrases.get(k), false);
  if (hit) return (memo.lexAt[i] = { n: hit[0], entries: hit[1] });
  // Rule `country-misspelled` (fuzzy.ts): "Afganistan", "Ethopia".
  const fz = s.toks[i].text.length >= FUZZY_MIN_LENGTH && !inCapitalRun(s, i) ? fuzzyCountry(lex.fuzzy, s.toks[i].text) : null;
  return (memo.lexAt[i] = fz ? { n: 1, entries: fz } : null);
}

/** The first entry of a type in a match. */
export function entryOf<T extends LexEntry['type']>(m: LexMatch | null, type: T): Extract<LexEntry, { type: T }> | null {
  return (m?.entries.find((e) => e.type === type) as Extract<LexEntry, { type: T }> | undefined) ?? null;
}

/** A title rule by phrase key; for one word, a plural form ("officials") gives the singular's rule. */
function titleByKey(key: string, n: number): TitleMatch | undefined {
  const rule = TITLE_BY_TEXT.get(key);
  if (rule) return { rule, n, plural: PLURAL_TITLES.has(key) };
  if (n === 1 && PLURAL_TITLES.has(key)) {
    const sing = TITLE_BY_TEXT.get(key.replace(/s$/, '')) ?? TITLE_BY_TEXT.get(key);
    if (sing) return { rule: sing, n, plural: true };
  }
  return undefined;
}

/** Longest title starting at token `i` ("special representative", "Secretary-General"), or null. */
export function titleAt(s: Sent, i: number): TitleMatch | null {
  if (i >= s.toks.length) return null;
  const memo = memoOf(s, null);
  const seen = memo.titleAt[i];
  if (seen !== undefined) return seen;
  const max = Math.min(6, s.toks.length - i);
  const hit = longestPhrase(s, i, max, TITLE_FIRST_WORDS, titleByKey, true);
  return (memo.titleAt[i] = hit ? hit[1] : null);
}

/**
 * True when a title starts at token `i` or after it. A role phrase ends in a title at or after its
 * first token, so with none ahead no role phrase can start at `i` (the scanners skip the parse).
 */
export function titleAhead(s: Sent, i: number): boolean {
  const memo = memoOf(s, null);
  if (memo.lastTitle === undefined) {
    let k = s.toks.length - 1;
    while (k >= 0 && !titleAt(s, k)) k--;
    memo.lastTitle = k;
  }
  return i <= memo.lastTitle;
}

/**
 * Rule `given-name-country`: a country name that is also a given name (`GIVEN_NAME_PLACES`)
 * begins a person's name before a capitalized word that is no gazetteer phrase or title ("Chad
 * Johnson"), or follows an honorific ("Mr. Jordan").
 */
export function givenNameCountry(s: Sent, lex: Lexicon, i: number): boolean {
  const t = s.toks[i], next = s.toks[i + 1], prev = s.toks[i - 1];
  if (!t || !GIVEN_NAME_PLACES.words.has(t.text)) return false;
  if (prev && HONORIFICS.words.has(prev.text)) return true;
  if (!next || !isCap(next) || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || next.start !== t.end + 1) return false;
  const m = lexAt(s, lex, i + 1);
  return !m && !NON_NAME_WORDS.words.has(next.text) && !ORG_HEAD_WORDS[next.text] && !TITLE_BY_TEXT.has(next.text.toLowerCase());
}

/** True when the token cannot be part of a person's name. */
function notNameWord(s: Sent, lex: Lexicon, i: number): boolean {
  const t = s.toks[i];
  if (givenNameCountry(s, lex, i)) return false;
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
    // A particle joined by a hyphen ("Omar al-Bashir", "Abdel Fattah el-Sisi"): rule name-particles.
    if (words > 0 && NAME_PARTICLES.words.has(t.text) && T[j + 1]?.text === '-' && touches(t, T[j + 1]) && touches(T[j + 1], T[j + 2])
      && isCap(T[j + 2]) && !notNameWord(s, lex, j + 2)) { j += 2; continue; }
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
  const stop = Math.min(T.length, i + ORG_RUN_MAX.tokens);
  while (j < stop) {
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
