/**
 * Whole-line residue matching over the vocabularies of this folder. Pure functions of one
 * trimmed, whitespace-collapsed line; context (position in the page, neighbours) is decided by
 * the caller (`extract/text`). The HTML extractor may use them on block texts too.
 */
import type { RemovedKind } from '../../doc.js';
import { AD_RULES } from './ads.js';
import { SHARE_FILLER, SHARE_LIMITS, SHARE_RULES, SHARE_WEAK, SHARE_WORDS } from './share.js';
import { NAV_ARROWS, NAV_KEYWORDS, NAV_NOUNS, RELATED_PREFIXES, TAG_RULES } from './navigation.js';
import { CREDIT_AGENCY, CREDIT_AGENCY_CUE, CREDIT_BRACKETED, CREDIT_LABEL, CREDIT_LIMITS } from './credit.js';
import {
  CHROME_RULES, COMMENT_RULES, CONSENT_RULES, COPYRIGHT_RULES, DATELINE_RULES, NEWSLETTER_RULES,
  PAYWALL_RULES, TRUNCATING_RULES,
} from './boilerplate.js';
import { looksLikeHeadline } from './shape.js';
import { wordCount, type LineRule } from './types.js';

/** What a residue line is, the rule that said so, and what it carries. */
export interface LineMatch {
  kind: RemovedKind;
  /** Rule id, recorded as `removed[].reason`. */
  rule: string;
  /** For navigation/related lines: the linked headline (`null`: a header; titles follow on the next lines). */
  related?: { title: string | null; rel: 'previous' | 'next' | 'related' };
  /** For credit lines: the credit, and the caption written on the same line (if any). */
  credit?: string;
  caption?: string | null;
  /** For paywall teasers: the body is cut short. */
  truncates?: boolean;
}

/** Pattern tables tried in order after the structured matchers. */
export const LINE_RULE_TABLES: readonly (readonly LineRule[])[] = Object.freeze([
  AD_RULES, PAYWALL_RULES, CONSENT_RULES, NEWSLETTER_RULES, COMMENT_RULES, COPYRIGHT_RULES, SHARE_RULES,
  TAG_RULES, CHROME_RULES,
]);

/**
 * Tests one line against a rule table; the first rule whose pattern and word limit fit wins.
 * `words` is the line's `wordCount` when the caller already has it (one count serves every table).
 */
export function matchRules(line: string, rules: readonly LineRule[], words: number = wordCount(line)): LineRule | null {
  for (const r of rules) if (words <= r.maxWords && r.pattern.test(line)) return r;
  return null;
}

/**
 * A line made only of share-button words and filler ("SHARE", "Share on Facebook", "Tweet Email
 * Print"), with at least one strong share word. Rule `share.buttons`.
 */
export function matchShareWords(line: string): LineMatch | null {
  // Words are the runs of letters, digits and hyphens; the scan stops at the first word outside
  // the vocabulary (most lines are body text and fail on their first word).
  const lower = line.toLowerCase();
  const word = new RegExp(SHARE_WORD_RUN.source, SHARE_WORD_RUN.flags);
  let count = 0;
  let strong = false;
  for (let m = word.exec(lower); m; m = word.exec(lower)) {
    const w = m[0];
    if (++count > SHARE_LIMITS.maxWords.value) return null;
    if (SHARE_WORDS.has(w)) { if (!SHARE_WEAK.has(w)) strong = true; } else if (!SHARE_FILLER.has(w) && !/^\d+$/.test(w)) return null;
  }
  return count > 0 && strong ? { kind: 'share', rule: 'share.buttons' } : null;
}

/** One word of a share-button line: a run of letters, digits and hyphens (template; each call copies it, the `g` state stays local). */
const SHARE_WORD_RUN = /[\p{L}\p{N}-]+/gu;

const NAV_HEAD = new RegExp(`^([${NAV_ARROWS}]\\s*)?(${Object.keys(NAV_KEYWORDS).join('|')})`, 'i');
const NAV_NOUN = new RegExp(`^\\s*(?:${[...NAV_NOUNS].sort((a, b) => b.length - a.length).join('|')})`, 'i');
const NAV_SEP = new RegExp(`^\\s*[:|${NAV_ARROWS}–—-]+\\s*`);
const NAV_TRAIL = new RegExp(`\\s*[${NAV_ARROWS}]+\\s*$`);

/** The noun after a navigation keyword ("article" in "Previous articleTitle"), unless a lower-case letter continues the word. */
function nounAfterKeyword(rest: string): string | null {
  const m = NAV_NOUN.exec(rest);
  if (!m || /^\p{Ll}/u.test(rest.slice(m[0].length))) return null;
  return m[0];
}

/**
 * Previous/next navigation: "Previous articleSome Title", "Next article: Title", "Previous: Title",
 * "« Previous Post", "Next". Needs an arrow, a noun or a separator after the keyword (so "Next week,
 * the minister ..." is body), and a title that reads as a headline (so "Previous article in the
 * series ..." is body). Rule `nav.previous-next`.
 */
export function matchNavigation(line: string): LineMatch | null {
  const head = NAV_HEAD.exec(line);
  if (!head) return null;
  let rest = line.slice(head[0].length);
  const noun = nounAfterKeyword(rest);
  if (noun) rest = rest.slice(noun.length);
  else if (/^\p{L}/u.test(rest)) return null;
  const sep = NAV_SEP.exec(rest);
  if (sep) rest = rest.slice(sep[0].length);
  const title = rest.replace(NAV_TRAIL, '').trim();
  if (!head[1] && !noun && !sep && title) return null;
  if (title && !looksLikeHeadline(title)) return null;
  const rel = NAV_KEYWORDS[head[2].toLowerCase()];
  return { kind: 'navigation', rule: 'nav.previous-next', related: { title: title || null, rel } };
}

const RELATED_BY_LENGTH = [...RELATED_PREFIXES].sort((a, b) => b.length - a.length);
const RELATED_SEP = /^\s*[:|»›>→–—-]+\s*/;

/**
 * Related-story lines: "Related: Title", "Read more: Title", "Also read Title", or a bare header
 * ("Related Articles", "You may also like") whose titles follow. Rule `related.prefix`.
 */
export function matchRelated(line: string): LineMatch | null {
  const lower = line.toLowerCase();
  const prefix = RELATED_BY_LENGTH.find((p) => lower.startsWith(p) && !/^\p{L}/u.test(line.slice(p.length)));
  if (!prefix) return null;
  let rest = line.slice(prefix.length);
  const sep = RELATED_SEP.exec(rest);
  if (sep) rest = rest.slice(sep[0].length);
  const title = rest.trim().replace(/^[-–—•]\s*/, '');
  if (title) {
    if (sep ? wordCount(title) > CREDIT_LIMITS.agencyLineMaxWords.value : !looksLikeHeadline(title)) return null;
  }
  return { kind: 'related', rule: 'related.prefix', related: { title: title || null, rel: 'related' } };
}

/**
 * Photo credits: a labelled credit line ("Photo Credit: X"), a caption with a bracketed credit
 * ("... (Photo: X/Reuters)"), or a line ending in an agency signature ("... REUTERS/Name").
 * Rules `credit.label`, `credit.bracketed`, `credit.agency`. `n` is the line's `wordCount` when
 * the caller already has it.
 */
export function matchCredit(line: string, n: number = wordCount(line)): LineMatch | null {
  const label = n <= CREDIT_LIMITS.creditMaxWords.value ? CREDIT_LABEL.exec(line) : null;
  if (label) return { kind: 'credit', rule: 'credit.label', credit: label[1], caption: null };
  if (n > CREDIT_LIMITS.agencyLineMaxWords.value) return null;
  const br = CREDIT_BRACKETED.exec(line);
  if (br) return { kind: 'credit', rule: 'credit.bracketed', credit: br[2], caption: br[1] };
  const ag = CREDIT_AGENCY_CUE.test(line) ? CREDIT_AGENCY.exec(line) : null;
  if (!ag) return null;
  const caption = line.slice(0, ag.index).replace(/[\s|–—-]+$/, '').trim();
  return { kind: 'credit', rule: 'credit.agency', credit: ag[1].trim(), caption: caption || null };
}

/**
 * Classifies one line as residue, or returns null for a line that may be body. Position-dependent
 * kinds (byline, bio, title, caption, dateline) are not decided here; see `matchByline`, `matchBio`,
 * `matchDateline`.
 */
export function matchLine(line: string): LineMatch | null {
  const n = wordCount(line);
  const structured = matchNavigation(line) ?? matchRelated(line) ?? matchCredit(line, n) ?? matchShareWords(line);
  if (structured) return structured;
  for (const table of LINE_RULE_TABLES) {
    const r = matchRules(line, table, n);
    if (r) return { kind: r.kind, rule: r.id, ...(TRUNCATING_RULES.has(r.id) ? { truncates: true } : {}) };
  }
  return null;
}

/** A date stamp line ("Published April 16, 2019", "16 April 2019"); rule ids `dateline.*`. */
export function matchDateline(line: string): LineMatch | null {
  const r = matchRules(line, DATELINE_RULES);
  return r ? { kind: r.kind, rule: r.id } : null;
}
