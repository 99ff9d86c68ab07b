/**
 * Shape tests of one line: does it end like a sentence, read like prose, look like a headline.
 * Thresholds come from `TEXT_LIMITS` (rules/text.ts).
 */
import { TEXT_LIMITS } from './text.js';
import { ENGLISH_STOPWORDS } from './language.js';
import { wordCount } from './types.js';

/** Closing quotes and brackets that may follow the final punctuation of a sentence. */
const CLOSERS = `"'”’»)\\]`;
const TERMINAL = new RegExp(`[.!?…。！？][${CLOSERS}」』]*$|[${CLOSERS}]$`);

/** True when the line ends like a sentence: `.`, `!`, `?`, `…`, maybe followed by a closing quote or bracket. */
export function endsLikeSentence(line: string): boolean {
  return TERMINAL.test(line.trim());
}

/** True when the line ends with a period (not `?`/`!`), which headlines avoid. */
export function endsWithPeriod(line: string): boolean {
  return /\.[”’"')\]]*$/.test(line.trim()) && !/(?:^|\s)\p{Lu}\.$/u.test(line.trim());
}

/**
 * True when the line reads as body prose: at least `text.prose-min-words` words ending like a
 * sentence, or at least `text.prose-long-words` words whatever the ending.
 */
export function isProse(line: string): boolean {
  const n = wordCount(line);
  if (n >= TEXT_LIMITS.proseLongWords.value) return true;
  return n >= TEXT_LIMITS.proseMinWords.value && endsLikeSentence(line);
}

/** True when the first letter-or-digit character is upper case or a digit (a quote may come first). */
export function startsUpper(line: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(line);
  return !!m && !/\p{Ll}/u.test(m[0]);
}

/**
 * True when the line looks like a headline: 1..`text.related-title-max-words` words, starts upper
 * case, no final period.
 */
export function looksLikeHeadline(line: string, maxWords = TEXT_LIMITS.headlineTitleMaxWords.value): boolean {
  const n = wordCount(line);
  return n >= 1 && n <= maxWords && startsUpper(line) && !endsWithPeriod(line);
}

/**
 * True when the line is in title case: of its words of four letters or more that are not
 * stopwords, at least `text.title-case-ratio` start upper case (and at least two words in all).
 */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (words.length < 2) return false;
  const content = words.filter((w) => w.length >= 4 && !ENGLISH_STOPWORDS.has(w.toLowerCase()));
  if (content.length === 0) return words.every((w) => !/^\p{Ll}/u.test(w));
  const upper = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return upper / content.length >= TEXT_LIMITS.titleCaseRatio.value;
}
