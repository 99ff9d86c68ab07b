/**
 * Figures: image source, caption and credit, taken out of the DOM before body extraction so
 * captions and credits never end up in the body text. Vocabularies in `rules/figures.ts`.
 */
import type { Image, RemovedBlock } from '../../doc.js';
import { absUrl, appendChild, collapse, contains, descendants, emptyNode, findFirst, isAttached, removeNode, textOf, hasToken, type Element, type ParentNode } from './dom.js';
import { CAPTION_TOKEN, CREDIT_PATTERNS, CREDIT_TOKEN, FIGURE_TOKEN } from './rules/figures.js';

/** Longest caption element (characters) taken as a caption; longer text is body. */
export const MAX_CAPTION_CHARS = 600;
/** Attribute set on a figure's image so the body extractor's output can be matched back. */
export const FIGURE_MARK = 'data-dl-figure';

/** A figure found in the page, with the index used in `FIGURE_MARK`. */
export interface FoundFigure extends Image { index: number }

const isCredit = (el: Element): boolean => {
  const ip = el.attribs.itemprop;
  return (ip !== undefined && /copyrightHolder|creditText|copyrightNotice/i.test(ip)) || hasToken(el, CREDIT_TOKEN);
};
const isCaption = (el: Element): boolean => {
  const ip = el.attribs.itemprop;
  return el.name === 'figcaption' || (ip !== undefined && /caption/i.test(ip)) || hasToken(el, CAPTION_TOKEN);
};
const isImg = (e: Element): boolean => e.name === 'img';

/** Splits a credit written inside caption text. Returns the caption without it and the rule id. */
export function splitCaptionCredit(caption: string): { caption: string; credit: string | null; rule: string | null } {
  for (const p of CREDIT_PATTERNS) {
    const m = p.re.exec(caption);
    if (!m || m.index === undefined) continue;
    const credit = collapse(m[1]).replace(/^\(|\)$/g, '').replace(/^(?:photo|photograph|image|picture|pic|credit|illustration|video)s?(?:\s+credit)?\s*(?::|by)\s*/i, '').trim();
    const rest = collapse(caption.slice(0, caption.lastIndexOf(m[1]))).replace(/[\s(|–—-]+$/, '').trim();
    if (credit) return { caption: rest, credit, rule: p.id };
  }
  return { caption, credit: null, rule: null };
}

function imageSrc(img: Element | null, base: string | null): string | null {
  if (!img) return null;
  const a = img.attribs;
  const srcset = a.srcset ?? a['data-srcset'];
  const raw = a['data-src'] ?? a['data-original'] ?? a.src ?? srcset?.trim().split(/\s+/)[0];
  if (!raw || raw.startsWith('data:')) return null;
  return absUrl(raw, base);
}

/** Figure containers: `<figure>` and figure-like classed elements that hold an image. */
function figureElements(root: ParentNode): Element[] {
  const all = descendants(root);
  const figs: Element[] = all.filter((e) => e.name === 'figure');
  const isFig = new Set(figs);
  for (const el of all) {
    if (!el.attribs.class || isFig.has(el) || !hasToken(el, FIGURE_TOKEN)) continue;
    if (!findFirst(el, isImg)) continue;
    if (!figs.some((f) => contains(f, el) || contains(el, f))) { figs.push(el); isFig.add(el); }
  }
  return figs;
}

/**
 * Takes figures out of `root` (mutates the DOM): for each figure, the image source (absolute
 * against `base`), the caption text without the credit, and the credit (a credit element, or a
 * credit pattern at the end of the caption). Caption and credit elements are detached and
 * recorded in `removed` (`caption` / `credit`); images are marked with `FIGURE_MARK`. Stray
 * caption elements outside figures are taken too, with `src` null.
 */
export function takeFigures(root: ParentNode, base: string | null, removed: RemovedBlock[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const fig of figureElements(root)) {
    if (!isAttached(fig, root)) continue;
    const img = findFirst(fig, isImg);
    const credits = descendants(fig, (el) => isCredit(el) && textOf(el).length <= 200);
    let credit: string | null = null;
    for (const c of credits) {
      if (!isAttached(c, fig)) continue;
      credit ??= textOf(c).replace(/^(?:photo|image|credit)s?\s*:\s*/i, '') || null;
      removed.push({ kind: 'credit', text: textOf(c), reason: 'html-credit-element' });
      removeNode(c);
    }
    const capEl = findFirst(fig, isCaption);
    const found = capEl ? captionOf(capEl, removed) : looseCaption(fig, img, removed);
    if (!img && !found.caption) continue;
    const index = out.length;
    if (img) img.attribs[FIGURE_MARK] = String(index);
    out.push({ index, src: imageSrc(img, base), caption: found.caption, credit: credit ?? found.credit });
  }
  for (const el of descendants(root, isCaption)) {
    if (!isAttached(el, root) || textOf(el).length > MAX_CAPTION_CHARS) continue;
    const found = captionOf(el, removed);
    if (found.caption || found.credit) out.push({ index: out.length, src: null, ...found });
  }
  return out;
}

/** Caption and in-caption credit of a caption element; detaches it and records both. */
function captionOf(el: Element | null, removed: RemovedBlock[]): { caption: string | null; credit: string | null } {
  if (!el) return { caption: null, credit: null };
  const text = textOf(el);
  if (text.length > MAX_CAPTION_CHARS) return { caption: null, credit: null };
  removeNode(el);
  if (!text) return { caption: null, credit: null };
  const split = splitCaptionCredit(text);
  removed.push({ kind: 'caption', text: split.caption || text, reason: 'html-caption-element' });
  if (split.credit) removed.push({ kind: 'credit', text: split.credit, reason: split.rule ?? 'credit' });
  return { caption: split.caption || null, credit: split.credit };
}

/**
 * A figure without a caption element whose remaining text is short: that text is the caption
 * ("<div class=image><img><p>Caption</p></div>"). Empties the figure but keeps its image.
 */
function looseCaption(fig: Element, img: Element | null, removed: RemovedBlock[]): { caption: string | null; credit: string | null } {
  const text = textOf(fig);
  if (!text || text.length > MAX_CAPTION_CHARS) return { caption: null, credit: null };
  emptyNode(fig);
  if (img) appendChild(fig, img);
  const split = splitCaptionCredit(text);
  removed.push({ kind: 'caption', text: split.caption || text, reason: 'html-figure-text' });
  if (split.credit) removed.push({ kind: 'credit', text: split.credit, reason: split.rule ?? 'credit' });
  return { caption: split.caption || null, credit: split.credit };
}
