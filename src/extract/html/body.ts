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
 * (Readability by default; tests pass a failing one).
 */
export function extractBody(doc: Document, fallbackDoc: () => Document, reader: (d: Document) => Element | null = runReadability): Body {
  const content = reader(doc);
  if (content) {
    const blocks = toBlocks(content);
    if (blocks.some(isProse)) return { blocks, content, source: 'readability' };
  }
  const blocks = fallbackBlocks(fallbackDoc());
  return { blocks, content: null, source: blocks.length ? 'fallback' : 'none' };
}
