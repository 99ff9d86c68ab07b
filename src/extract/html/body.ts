/**
 * Body extraction: Mozilla Readability picks the content element; when it fails or yields
 * nothing, the page's `<p>` texts are the fallback. Returns paragraph blocks for scoring.
 */
import { Readability } from '@mozilla/readability';
import { linkDensity, textOf } from './dom.js';
import { toBlocks, type Block } from './paragraphs.js';

/** Which extractor produced the body: `readability`, `fallback` (page `<p>`s) or `none`. */
export type BodySource = 'readability' | 'fallback' | 'none';

/** The extracted body: its blocks, the content element (when Readability ran) and provenance. */
export interface Body { blocks: Block[]; content: Element | null; source: BodySource }

/**
 * Readability's `charThreshold` (characters an article must reach before it stops retrying with
 * looser settings). 500 is the library default; kept explicit so benchmarks can vary it.
 */
export const READABILITY_CHAR_THRESHOLD = 500;
/** Shortest `<p>` kept by the fallback (characters), and the highest link density it accepts. */
export const FALLBACK_MIN_CHARS = 40;
export const FALLBACK_MAX_LINK_DENSITY = 0.5;

/**
 * Rule `readability-max-depth`: a page whose elements nest deeper than `value` levels skips
 * Readability and takes the `<p>` fallback (`provenance.body = 'fallback'`, warned as W003).
 * Reason: Readability's cleaning pass re-measures every ancestor's text for each node, super-linear
 * in nesting depth (measured: 1,000 nested divs 16 s, 2,000 over 100 s); real news pages nest a
 * few dozen levels, far below 400.
 */
export const READABILITY_MAX_DEPTH: Readonly<{ id: string; reason: string; value: number }> = Object.freeze({
  id: 'readability-max-depth',
  reason: 'Readability is super-linear in DOM depth; real news pages nest far less deeply',
  value: 400,
});

/**
 * The element depth of the tree under `root` (`root` alone is 1), counted up to `cap` (the walk
 * stops as soon as `cap` is exceeded and returns `cap + 1`). Iterative, no recursion and no
 * stack: it follows first-child, next-sibling and parent links, so it visits each element at
 * most twice and 100,000 levels cannot overflow the call stack.
 */
export function domDepth(root: Element, cap = Infinity): number {
  let el: Element | null = root;
  let depth = 1;
  let max = 1;
  while (el) {
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > max && (max = depth) > cap) return cap + 1;
      continue;
    }
    let next: Element | null = null;
    while (el && el !== root && !(next = el.nextElementSibling)) { el = el.parentElement; depth--; }
    if (!el || el === root || !next) break;
    el = next;
  }
  return max;
}

/** A block that is not only link text (a content made only of links is a menu, not a body). */
const isProse = (b: Block): boolean => b.linkChars / b.text.length < FALLBACK_MAX_LINK_DENSITY;

/** Runs Readability on `doc` (mutates it). Returns the content element, or null. */
export function runReadability(doc: Document): Element | null {
  try {
    const r = new Readability<Element>(doc, {
      charThreshold: READABILITY_CHAR_THRESHOLD, keepClasses: true, serializer: (n) => n as Element,
    }).parse();
    const el = r?.content ?? null;
    return el && textOf(el) ? el : null;
  } catch {
    return null;
  }
}

/** The page's substantial `<p>` texts, as blocks (the fallback when Readability yields nothing). */
export function fallbackBlocks(doc: Document): Block[] {
  const out: Block[] = [];
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = textOf(p);
    if (text.length < FALLBACK_MIN_CHARS || linkDensity(p) > FALLBACK_MAX_LINK_DENSITY) continue;
    out.push({ text, tag: 'p', linkChars: 0 });
  }
  return out;
}

/**
 * The body of `doc`. `fallbackDoc` is an unmutated parse for the `<p>` fallback (Readability
 * empties the document it works on when it fails). `reader` picks the content element
 * (Readability by default; tests pass a failing one). A page nested deeper than
 * {@link READABILITY_MAX_DEPTH} never reaches `reader` (rule `readability-max-depth`); its
 * fallback reads `doc` itself (unmutated by Readability), saving a second parse.
 */
export function extractBody(doc: Document, fallbackDoc: () => Document, reader: (d: Document) => Element | null = runReadability): Body {
  const root = doc.documentElement;
  const tooDeep = root !== null && domDepth(root, READABILITY_MAX_DEPTH.value) > READABILITY_MAX_DEPTH.value;
  const content = tooDeep ? null : reader(doc);
  if (content) {
    const blocks = toBlocks(content);
    if (blocks.some(isProse)) return { blocks, content, source: 'readability' };
  }
  // Readability did not run on a too-deep page, so `doc` is still the prepared parse the fallback wants.
  const blocks = fallbackBlocks(tooDeep ? doc : fallbackDoc());
  return { blocks, content: null, source: blocks.length ? 'fallback' : 'none' };
}
