/**
 * Small DOM helpers over htmlparser2/domhandler nodes: parsing, collapsed text, class/id tokens,
 * link density, iterative walks (no recursion: 100,000 nested levels cannot overflow the stack)
 * and detaching nodes. No CSS-selector engine: callers walk the tree.
 */
import { parseDocument as parseHtml } from 'htmlparser2';
import { isTag, isText, type AnyNode, type ChildNode, type Document, type Element, type ParentNode } from 'domhandler';
import { IGNORED_TOKEN, NON_TEXT_TAGS } from './rules/containers.js';
import { isSpace } from '../rules/types.js';

export type { AnyNode, ChildNode, Document, Element, ParentNode };
export { isTag, isText };

/** Parses an HTML string into a domhandler Document (entities decoded, tag and attribute names lower case). */
export function parseDocument(raw: string): Document {
  return parseHtml(raw, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** Collapses runs of whitespace (incl. NBSP and zero-width space) to one space and trims. */
export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** Lower-case tag name ('' for non-elements). */
export const tagOf = (n: AnyNode | null | undefined): string => (n && isTag(n) ? n.name : '');

/** An attribute value, or null when absent. */
export const attr = (el: Element, name: string): string | null => el.attribs[name] ?? null;

/** Inline styles that hide an element from every reader. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * True when the element is hidden by markup (`hidden`, `aria-hidden="true"`, an inline
 * `display:none` / `visibility:hidden` style): hidden microdata copies and collapsed widgets
 * are never body text (rule `hidden-markup`).
 */
export const isHidden = (el: Element): boolean => el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true'
  || (el.attribs.style !== undefined && HIDDEN_STYLE.test(el.attribs.style));

/** The element children of a node. */
export function elementChildren(n: ParentNode): Element[] {
  const out: Element[] = [];
  for (const c of n.children) if (isTag(c)) out.push(c);
  return out;
}

/**
 * Raw text under `node` (no collapsing), skipping script, style, template and the other
 * non-text tags of `NON_TEXT_TAGS`. Iterative.
 */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && node.type !== 'root') return '';
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) { parts.push(n.data); continue; }
    if (isTag(n) && n !== node && NON_TEXT_TAGS.has(n.name)) continue;
    const kids = (n as ParentNode).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('');
}

/** The node's text, whitespace collapsed. */
export function textOf(node: AnyNode | null | undefined): string {
  return node ? collapse(rawText(node)) : '';
}

/**
 * Elements under `root` (excluding `root`) in document order. `enter` may return false to skip
 * an element's subtree (the element itself is still listed when `keep` says so).
 */
export function descendants(root: ParentNode, keep: (el: Element) => boolean = () => true, enter: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (keep(n)) out.push(n);
    if (!enter(n)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** The first element under `root` (document order) that `pred` accepts, or null. */
export function findFirst(root: ParentNode, pred: (el: Element) => boolean): Element | null {
  const stack: ChildNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (pred(n)) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return null;
}

/** The nearest ancestor of `el` (excluding `el`) whose tag is in `tags`, or null. */
export function ancestorTagged(el: AnyNode, tags: ReadonlySet<string>): Element | null {
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && tags.has(p.name)) return p;
  return null;
}

/** True when `node` is still attached under `root` (walks up the parents). */
export function isAttached(node: AnyNode, root: AnyNode): boolean {
  for (let p: AnyNode | null = node; p; p = p.parent) if (p === root) return true;
  return false;
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  return isAttached(inner, outer);
}

/** Detaches `node` from its parent (keeps sibling links consistent). */
export function removeNode(node: ChildNode): void {
  const parent = node.parent;
  if (parent) {
    const i = parent.children.indexOf(node);
    if (i >= 0) parent.children.splice(i, 1);
  }
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Removes all children of `el`. */
export function emptyNode(el: Element): void {
  for (const c of el.children) { c.parent = null; c.prev = null; c.next = null; }
  el.children = [];
}

/** Appends `child` (detached first) as the last child of `el`. */
export function appendChild(el: Element, child: ChildNode): void {
  removeNode(child);
  const last = el.children[el.children.length - 1] ?? null;
  if (last) last.next = child;
  child.prev = last;
  child.parent = el;
  el.children.push(child);
}

/**
 * Class and id tokens of an element, lower-cased, camelCase split with `-`
 * ("shareButtons" -> "share-buttons"), CMS taxonomy tokens (`tag-*`, `category-*`) dropped.
 */
export function classTokens(el: Element): readonly string[] {
  // Memoized on the node itself (per parsed document, never module state): many passes read the
  // tokens. `indexPage` fills the memo of every element in its walk, so all elements share one
  // hidden class and the memo read stays a fast property load.
  const node = el as Element & { [TOKENS]?: readonly string[] };
  const memo = node[TOKENS];
  if (memo !== undefined) return memo;
  const c = el.attribs.class;
  const id = el.attribs.id;
  let out: readonly string[] = NO_TOKENS;
  if (c || id) {
    const list: string[] = [];
    if (c) addTokens(c, list);
    if (id) addTokens(id, list);
    out = list;
  }
  node[TOKENS] = out;
  return out;
}
const NO_TOKENS: readonly string[] = Object.freeze([]);
const TOKENS = Symbol('classTokens');

/** Appends the tokens of one whitespace-separated attribute value (see `classTokens`). One scan, no regex per token. */
function addTokens(value: string, out: string[]): void {
  const n = value.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(value.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let plain = true;
    for (; i < n; i++) {
      const ch = value.charCodeAt(i);
      if (isSpace(ch)) break;
      if ((ch >= 65 && ch <= 90) || ch > 127) plain = false;
    }
    let t = value.slice(start, i);
    // Only a token with an upper-case or non-ASCII letter can change when camelCase is split and lowered.
    if (!plain) t = t.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    if (!t.includes('-') || !IGNORED_TOKEN.test(t)) out.push(t);
  }
}

/** True when some class/id token of the element (see `classTokens`) matches `re`. */
export function hasToken(el: Element, re: RegExp): boolean {
  const c = el.attribs.class;
  if (!c && !el.attribs.id) return false;
  for (const t of classTokens(el)) if (re.test(t)) return true;
  return false;
}

/** Collapsed text length inside `<a>` descendants of `root`. */
export function linkChars(root: ParentNode): number {
  let n = 0;
  for (const a of descendants(root, (e) => e.name === 'a', (e) => e.name !== 'a')) n += textOf(a).length;
  return n;
}

/**
 * Share of the element's text that sits inside links, 0..1 (0 for empty elements). `total` is
 * the length of `textOf(el)` when the caller already has it.
 */
export function linkDensity(el: Element, total: number = textOf(el).length): number {
  if (!total) return 0;
  return Math.min(1, linkChars(el) / total);
}

/** All `<meta>` contents keyed by lower-case `name`/`property`/`itemprop`/`http-equiv`, in page order. */
export function metaMap(metas: readonly Element[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of metas) {
    const content = collapse(m.attribs.content);
    if (!content) continue;
    for (const a of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = m.attribs[a]?.trim().toLowerCase();
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

/** The element depth of the tree under `root` (`root` alone is 1), counted up to `cap` (returns `cap + 1` once passed). Iterative. */
export function domDepth(root: Element, cap = Infinity): number {
  let max = 1;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max && (max = d) > cap) return cap + 1;
    for (const c of el.children) if (isTag(c)) stack.push([c, d + 1]);
  }
  return max;
}
