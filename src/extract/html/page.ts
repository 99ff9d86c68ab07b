/**
 * One walk over the parsed page that indexes what the metadata readers need: `<meta>`s, JSON-LD
 * scripts, the canonical link, `<title>`, the first `<h1>`, `<time>` elements with their
 * containers, `itemprop` elements, `rel=author` links and class/id-bearing elements. Replaces
 * per-field CSS queries with a single pass.
 */
import { classTokens, descendants, findFirst, isTag, type Document, type Element } from './dom.js';

/** A `<time>` element and the landmark containers it sits in. */
export interface TimeEl { el: Element; inArticle: boolean; inHeader: boolean; inMain: boolean; pubdate: boolean }

/** The page index. `body` is the `<body>` element, or the document root when there is none. */
export interface PageIndex {
  doc: Document;
  html: Element | null;
  body: Element | Document;
  metas: Element[];
  ldScripts: string[];
  canonical: string | null;
  title: Element | null;
  h1: Element | null;
  times: TimeEl[];
  /** Elements by each whitespace-separated `itemprop` token, in page order. */
  itemprops: Map<string, Element[]>;
  relAuthors: Element[];
  /** Elements that carry a class or id, in page order. */
  classed: Element[];
}

const within = (el: Element, tag: string): boolean => {
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && p.name === tag) return true;
  return false;
};

/** Indexes `doc` in one walk. */
export function indexPage(doc: Document): PageIndex {
  const idx: PageIndex = {
    doc, html: null, body: doc, metas: [], ldScripts: [], canonical: null, title: null, h1: null,
    times: [], itemprops: new Map(), relAuthors: [], classed: [],
  };
  idx.html = findFirst(doc, (e) => e.name === 'html');
  idx.body = findFirst(doc, (e) => e.name === 'body') ?? doc;
  for (const el of descendants(doc)) {
    const a = el.attribs;
    // Fills the class-token memo of every element: later passes read it, and all elements keep one shape.
    classTokens(el);
    switch (el.name) {
      case 'meta': idx.metas.push(el); break;
      case 'script':
        if ((a.type ?? '').trim().toLowerCase() === 'application/ld+json') idx.ldScripts.push(el.children.map((c) => ('data' in c ? String(c.data) : '')).join(''));
        break;
      case 'link':
        if (!idx.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) idx.canonical = a.href;
        break;
      case 'title': idx.title ??= el; break;
      case 'h1': idx.h1 ??= el; break;
      case 'time':
        if (a.datetime !== undefined) idx.times.push({ el, inArticle: within(el, 'article'), inHeader: within(el, 'header'), inMain: within(el, 'main'), pubdate: a.pubdate !== undefined });
        break;
      case 'a':
        if (/(?:^|\s)author(?:\s|$)/i.test(a.rel ?? '')) idx.relAuthors.push(el);
        break;
      default: break;
    }
    if (a.itemprop) for (const p of a.itemprop.trim().split(/\s+/)) { const l = idx.itemprops.get(p) ?? []; l.push(el); idx.itemprops.set(p, l); }
    if (a.class || a.id) idx.classed.push(el);
  }
  return idx;
}
