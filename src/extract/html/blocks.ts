/**
 * Paragraph-level filtering of the extracted body: each block is kept or removed by a rule
 * (`BLOCK_RULES`), and a removal names its kind and rule id. This is the hook for a later
 * paragraph scorer: rules see the block, its neighbours' position and the page metadata.
 */
import type { RemovedBlock, RemovedKind } from '../../doc.js';
import { splitByline } from './authors.js';
import { normalizeDate } from '../dates.js';
import type { Block } from './paragraphs.js';
import { STANDALONE_CREDIT } from './rules/figures.js';
import { RELATED_HEADING } from './rules/containers.js';
import { matchBio, matchByline, matchDateline, matchLine } from '../rules/index.js';

/** What a block rule sees. */
export interface BlockContext { block: Block; index: number; count: number; title: string | null; authors: readonly string[] }

/** One paragraph rule: returns true when the block is not body text. */
export interface BlockRule { readonly id: string; readonly kind: RemovedKind; readonly reason: string; test(c: BlockContext): boolean }

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Blocks this close to the top or bottom may be title/byline/date residue. */
const EDGE = 3;
const nearTop = (c: BlockContext): boolean => c.index < EDGE;

/** Paragraph rules, in order; the first that fires removes the block. */
export const BLOCK_RULES: readonly BlockRule[] = Object.freeze([
  {
    id: 'block-title', kind: 'title', reason: 'the headline repeated at the top of the body',
    test: (c) => nearTop(c) && !!c.title && key(c.block.text) === key(c.title),
  },
  {
    id: 'block-byline', kind: 'byline', reason: 'a short "By ..." line naming the authors near the top',
    test: (c) => nearTop(c) && c.block.text.length <= 120 && /^\s*by\s/i.test(c.block.text)
      && splitByline(c.block.text).length > 0,
  },
  {
    id: 'block-date', kind: 'boilerplate', reason: 'a lone date/time line ("Updated April 16, 2019 10:02 AM")',
    test: (c) => nearTop(c) && c.block.text.length <= 60 && normalizeDate(c.block.text) !== null
      && !/[.!?]["”]?$/.test(c.block.text),
  },
  {
    id: 'block-credit', kind: 'credit', reason: 'a stray photo credit line ("Photo: X", "X/Getty Images")',
    test: (c) => c.block.text.length <= 100 && STANDALONE_CREDIT.test(c.block.text),
  },
] satisfies BlockRule[]);

/** A block's removal: kind and rule id. */
export interface BlockMatch { kind: RemovedKind; rule: string }

/** Blocks this close to the end may be an author bio. */
const BIO_TAIL = 4;

/**
 * The shared text vocabularies (`extract/rules`: share, ads, newsletter, comments, consent,
 * copyright, related, credit, navigation; bylines and datelines near the top; author bios near
 * the end) applied to one block. Returns null for body text.
 */
export function vocabularyMatch(c: BlockContext): BlockMatch | null {
  const t = c.block.text;
  const m = matchLine(t);
  if (m) return { kind: m.kind, rule: m.rule };
  if (nearTop(c) && matchByline(t)) return { kind: 'byline', rule: 'byline.by' };
  const dateline = nearTop(c) ? matchDateline(t) : null;
  if (dateline) return { kind: 'dateline', rule: dateline.rule };
  if (c.index >= c.count - BIO_TAIL && matchBio(t)) return { kind: 'author-bio', rule: 'bio.opening' };
  return null;
}

/** Kept paragraph texts and the author bio found among the blocks (if any). */
export interface FilteredBlocks { texts: string[]; authorBio: string | null }

/**
 * Splits blocks into kept paragraph texts and removed blocks (appended to `removed`): link runs
 * first, then `BLOCK_RULES`, then the shared text vocabularies. `title` and `authors` come from
 * the metadata.
 */
export function filterBlocks(blocks: readonly Block[], title: string | null, authors: readonly string[], removed: RemovedBlock[]): FilteredBlocks {
  const out: FilteredBlocks = { texts: [], authorBio: null };
  const runs = linkRuns(blocks);
  const lists = relatedLists(blocks);
  blocks.forEach((block, index) => {
    const c: BlockContext = { block, index, count: blocks.length, title, authors };
    const own = lists.has(index) ? RELATED_LIST : runs.has(index) ? LINK_RUN : BLOCK_RULES.find((r) => r.test(c));
    const match: BlockMatch | null = own ? { kind: own.kind, rule: own.id } : vocabularyMatch(c);
    if (!match) { out.texts.push(block.text); return; }
    if (match.kind === 'author-bio' && !out.authorBio) out.authorBio = block.text;
    removed.push({ kind: match.kind, text: block.text.slice(0, 500), reason: match.rule });
  });
  return out;
}

/** Link-run thresholds: a block is a link item when links hold this share of its text. */
export const LINK_RUN = Object.freeze({
  id: 'block-link-run', kind: 'related' as RemovedKind,
  reason: 'two or more consecutive short link-only list items/headings (story lists, "More from" rails), with their heading; <p> links are body (affiliate lines, sources)',
  minLinkShare: 0.7, maxItemChars: 200, minRun: 2, maxHeadingChars: 80,
});

const isLinkItem = (b: Block): boolean => b.text.length <= LINK_RUN.maxItemChars && b.linkChars / b.text.length >= LINK_RUN.minLinkShare;
const isHeading = (b: Block): boolean => /^h[2-6]$/.test(b.tag) && b.text.length <= LINK_RUN.maxHeadingChars;

/**
 * Indexes of blocks in runs of `minRun`+ consecutive link items, plus a short heading just
 * before a run; and a link-item tail (the last blocks, all link items, after the prose).
 */
export function linkRuns(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < blocks.length) {
    if (!isLinkItem(blocks[i])) { i++; continue; }
    let j = i;
    while (j < blocks.length && isLinkItem(blocks[j])) j++;
    const atEnd = j === blocks.length && i > 0;
    const headed = i > 0 && isHeading(blocks[i - 1]);
    const listy = blocks.slice(i, j).every((b) => b.tag !== 'p');
    // Runs of <p> links are body (affiliate lines, source lists) unless a heading or the end frames them.
    if ((j - i >= LINK_RUN.minRun && (listy || headed || atEnd)) || (atEnd && listy)) {
      for (let k = i; k < j; k++) out.add(k);
      if (i > 0 && isHeading(blocks[i - 1])) out.add(i - 1);
    }
    i = j;
  }
  return out;
}

const RELATED_LIST = Object.freeze({ id: RELATED_HEADING.id, kind: 'related' as RemovedKind, reason: RELATED_HEADING.reason });

/**
 * Indexes of a story-list heading (`RELATED_HEADING`: short, no final stop) and the linked list
 * items right after it (rule `block-related-list`).
 */
export function relatedLists(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const h = blocks[i].text;
    if (h.length > RELATED_HEADING.maxChars || /[.!?]["”]?$/.test(h) || !RELATED_HEADING.pattern.test(h)) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j].tag === 'li' && blocks[j].linkChars > 0) j++;
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) out.add(k);
    i = j - 1;
  }
  return out;
}
