/**
 * DOM -> plain-text paragraphs. Block elements (p, h2–h6, li, blockquote, pre, div with direct
 * text, ...) start a new paragraph; inline whitespace is collapsed; `<br>` breaks a paragraph.
 * Each paragraph keeps the features a later paragraph-level scorer needs.
 */
import { collapse, tagOf } from './dom.js';
import { NON_TEXT_TAGS } from './rules/containers.js';

/** One paragraph of body text with simple features for scoring. */
export interface Block {
  text: string;
  /** Tag of the block element that holds the text (`p`, `h2`, `li`, `div`, ...). */
  tag: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
}

/** Tags that start a new paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure', 'figcaption', 'hr', 'address', 'center', 'details', 'summary',
]);

interface Acc { blocks: Block[]; buf: string[]; linkChars: number; tag: string }

function flush(acc: Acc): void {
  const text = collapse(acc.buf.join(''));
  if (text) acc.blocks.push({ text, tag: acc.tag, linkChars: Math.min(acc.linkChars, text.length) });
  acc.buf = [];
  acc.linkChars = 0;
}

function walk(node: Node, acc: Acc, inLink: boolean): void {
  if (node.nodeType === 3) {
    const t = node.textContent ?? '';
    acc.buf.push(t);
    if (inLink) acc.linkChars += collapse(t).length;
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = tagOf(el);
  if (NON_TEXT_TAGS.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
  if (tag === 'br') { flush(acc); return; }
  const block = BLOCK_TAGS.has(tag);
  if (block) { flush(acc); acc.tag = tag; }
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c, acc, inLink || tag === 'a');
  if (block) { flush(acc); acc.tag = 'div'; }
}

/** The paragraphs of `root`, in document order. */
export function toBlocks(root: Node): Block[] {
  const acc: Acc = { blocks: [], buf: [], linkChars: 0, tag: 'div' };
  walk(root, acc, false);
  flush(acc);
  return acc.blocks;
}

/** Joins paragraph texts with a blank line; returns the text and each paragraph's span. */
export function joinParagraphs(texts: readonly string[]): { text: string; paragraphs: { start: number; end: number }[] } {
  const paragraphs: { start: number; end: number }[] = [];
  let text = '';
  for (const t of texts) {
    if (!t) continue;
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + t.length });
    text += t;
  }
  return { text, paragraphs };
}
