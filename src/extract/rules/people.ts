/**
 * Byline and author-bio matching: who wrote the article. Pure functions of one line/paragraph.
 */
import { BIO_LIMITS, BIO_OPENING, BYLINE, BYLINE_LIMITS, BYLINE_NON_PERSON, BYLINE_TAIL, NAME_PARTICLES } from './bio.js';
import { wordCount } from './types.js';

/** Upper-cases the first letter of each part of an all-caps word: "SMITH-JONES" -> "Smith-Jones", "O'BRIEN" -> "O'Brien". */
function properWord(w: string): string {
  if (!/\p{Lu}{2}/u.test(w) || /\p{Ll}/u.test(w)) return w;
  return w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Proper-cases a name written in capitals ("JANE DOE" -> "Jane Doe"); mixed-case names are kept. */
export function properCaseName(name: string): string {
  return name.trim().split(/\s+/).map((w) => (NAME_PARTICLES.includes(w.toLowerCase()) ? w.toLowerCase() : properWord(w))).join(' ');
}

/** True when `part` is a person name: 2–5 words, each capitalized (or a particle / initial). */
function isPersonName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (words.every((w) => BYLINE_NON_PERSON.has(w.toLowerCase()))) return false;
  return words.every((w) => NAME_PARTICLES.includes(w.toLowerCase()) || /^\p{Lu}(?:[\p{L}'’-]*|\.)$/u.test(w));
}

/** True when every word of `part` names an agency, desk or position ("Reuters", "Staff Writer"). */
function isNonPerson(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/).filter((w) => w !== 'the' && w !== 'of');
  return words.length > 0 && words.every((w) => BYLINE_NON_PERSON.has(w.replace(/[.,]$/, '')));
}

/**
 * Byline: "By Jane Doe", "BY JANE DOE AND JOHN ROE, Reuters", "By Jane Doe | Staff Writer".
 * Returns the person names (proper case, deduplicated), or null when the line is not a byline
 * ("By the end of the day, ..." has no person name). Rule id `byline.by`.
 */
export function matchByline(line: string): string[] | null {
  if (wordCount(line) > BYLINE_LIMITS.maxWords.value) return null;
  const m = BYLINE.exec(line);
  if (!m) return null;
  const names = m[1].replace(BYLINE_TAIL, '').replace(/[.]$/, (d) => (/\s\p{Lu}\.$/u.test(m[1]) ? d : ''));
  const parts = names.split(/\s*,\s*|\s*;\s*|\s+(?:and|AND|&)\s+/).map((p) => p.trim()).filter(Boolean);
  const authors: string[] = [];
  for (const part of parts) {
    const proper = properCaseName(part);
    if (isNonPerson(part)) continue;
    if (!isPersonName(proper)) return null;
    if (!authors.includes(proper)) authors.push(proper);
  }
  return authors.length ? authors : null;
}

/**
 * Author bio opening: a paragraph starting with a person name followed by "is a/an ... journalist"
 * (or another trade) or a bio verb ("has written for", "covers"). Returns the name (null for "The
 * author is ..."), or undefined when the paragraph is not a bio. Rule id `bio.opening`.
 */
export function matchBio(paragraph: string): { name: string | null } | undefined {
  if (wordCount(paragraph) > BIO_LIMITS.maxWords.value) return undefined;
  const m = BIO_OPENING.exec(paragraph);
  if (!m) return undefined;
  const raw = m[1].replace(/^About the author:?\s*/i, '');
  return { name: /^The (?:author|writer)$/.test(raw) ? null : properCaseName(raw) };
}
