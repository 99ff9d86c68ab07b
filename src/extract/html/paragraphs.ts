/**
 * DOM -> plain-text paragraphs. Block elements (p, h2–h6, li, blockquote, pre, div with direct
 * text, ...) start a new paragraph; inline whitespace is collapsed; `<br>` breaks a paragraph.
 * Each paragraph keeps its block element and the features the paragraph scorer needs.
 * Iterative: deep nesting cannot overflow the call stack.
 */
import { collapse, isHidden, isTag, isText, type AnyNode, type Element, type ParentNode } from './dom.js';
import { NON_TEXT_TAGS } from './rules/containers.js';

/** One paragraph of body text with simple features for scoring. */
export interface Block {
  text: string;
  /** Tag of the block element that holds the text (`p`, `h2`, `li`, `div`, ...). */
  tag: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** The block element holding the text (null for text directly under the walked root). */
  el?: Element | null;
}

/** Tags that start a new paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure', 'figcaption', 'hr', 'address', 'center', 'details', 'summary',
  'body', 'html', 'nav', 'form', 'fieldset',
]);

interface Acc { blocks: Block[]; buf: string[]; linkChars: number; open: Element[] }

function flush(acc: Acc): void {
  const text = collapse(acc.buf.join(''));
  if (text) {
    const el = acc.open[acc.open.length - 1] ?? null;
    acc.blocks.push({ text, tag: el ? el.name : 'div', linkChars: Math.min(acc.linkChars, text.length), el });
  }
  acc.buf = [];
  acc.linkChars = 0;
}

/** Markers pushed after an element's children: the close of a block element or of a link. */
const CLOSE_BLOCK = 1;
const CLOSE_LINK = 2;

/** The paragraphs of `root`, in document order. */
export function toBlocks(root: ParentNode): Block[] {
  const acc: Acc = { blocks: [], buf: [], linkChars: 0, open: [] };
  let inLink = 0;
  // Pending steps: a node to visit, or a close marker (number) for the element below it on the stack.
  const stack: (AnyNode | number)[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length) {
    const step = stack.pop()!;
    if (step === CLOSE_BLOCK) { flush(acc); acc.open.pop(); continue; }
    if (step === CLOSE_LINK) { inLink--; continue; }
    const node = step as AnyNode;
    if (isText(node)) {
      acc.buf.push(node.data);
      if (inLink) acc.linkChars += collapse(node.data).length;
      continue;
    }
    if (!isTag(node)) continue;
    const tag = node.name;
    if (NON_TEXT_TAGS.has(tag) || isHidden(node)) continue;
    if (tag === 'br') { acc.buf.push(' '); flush(acc); continue; }
    if (BLOCK_TAGS.has(tag)) { flush(acc); acc.open.push(node); stack.push(CLOSE_BLOCK); }
    if (tag === 'a') { inLink++; stack.push(CLOSE_LINK); }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
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
