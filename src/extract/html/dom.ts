/**
 * Small DOM helpers over linkedom: collapsed text, class/id tokens, link density, meta lookup.
 */
import { parseHTML } from 'linkedom';
import { IGNORED_TOKEN } from './rules/containers.js';

/** Parses an HTML string into a linkedom Document. */
export function parseDocument(raw: string): Document {
  // linkedom needs a root element to build a full document; bare fragments get one.
  const html = /<html[\s>]/i.test(raw) ? raw : `<!doctype html><html><head></head><body>${raw}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** Collapses runs of whitespace (incl. NBSP) to one space and trims. */
export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** The element's text, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return el ? collapse(el.textContent) : '';
}

/** Lower-case tag name. */
export const tagOf = (el: Element): string => (el.tagName || '').toLowerCase();

/**
 * Class and id tokens of an element, lower-cased, camelCase split with `-`
 * ("shareButtons" -> "share-buttons"), CMS taxonomy tokens (`tag-*`, `category-*`) dropped.
 */
export function classTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw.split(/\s+/).filter(Boolean)
    .map((t) => t.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())
    .filter((t) => !IGNORED_TOKEN.test(t));
}

/** Share of the element's text that sits inside links, 0..1 (0 for empty elements). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}

/** True when `el` or one of its ancestors has tag name in `tags`. */
export function hasAncestor(el: Element, tags: ReadonlySet<string>): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (tags.has(tagOf(p))) return true;
  return false;
}

/** All `<meta>` contents keyed by lower-case `name`/`property`/`itemprop`/`http-equiv`, in page order. */
export function metaMap(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = collapse(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key) ?? [];
      list.push(content);
      map.set(key, list);
    }
  }
  return map;
}

/** First value among `keys` in a meta map, in key order. */
export function firstMeta(meta: Map<string, string[]>, keys: readonly string[]): string | null {
  for (const k of keys) { const v = meta.get(k)?.[0]; if (v) return v; }
  return null;
}

/** Absolute URL of `href` against `base`, or the raw value when it cannot be resolved. */
export function absUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href || !href.trim()) return null;
  try { return new URL(href.trim(), base ?? undefined).href; } catch { return href.trim(); }
}
