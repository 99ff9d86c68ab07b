/**
 * Boilerplate containers: walks the DOM, matches elements against the container vocabularies
 * (`rules/containers.ts`), records each matched block in `removed` (kind + rule id, text capped
 * at `MAX_REMOVED_CHARS`) and detaches it so the body extractor never sees it.
 */
import type { RelatedLink, RemovedBlock } from '../../doc.js';
import { absUrl, ancestorTagged, classTokens, descendants, elementChildren, isTag, linkDensity, removeNode, textOf, type Element, type ParentNode } from './dom.js';
import { CONTAINER_RULES, PROTECTED_TAGS, type ContainerRule } from './rules/containers.js';

/** Longest text kept for one removed block (characters); the block itself can be longer. */
export const MAX_REMOVED_CHARS = 500;
/** Most related links kept per page; more are menus or link farms. */
export const MAX_RELATED = 6;
/** Shortest anchor text taken as a related headline (characters); menu items are shorter. */
export const MIN_HEADLINE_CHARS = 20;
/**
 * A matched container holding more than this share of the page's paragraph text is the article
 * itself with a misleading class (e.g. `<div class="content has-share-tools">`), not boilerplate.
 */
export const MAX_SHARE_OF_BODY = 0.35;

/** What the boilerplate pass found. */
export interface BoilerplateResult {
  removed: RemovedBlock[];
  related: RelatedLink[];
  authorBio: string | null;
  /** A paywall container was present (the visible text is likely cut). */
  paywall: boolean;
}

/** The rule matching `el`, or null. */
export function matchContainer(el: Element): ContainerRule | null {
  const tag = el.name;
  if (PROTECTED_TAGS.has(tag)) return null;
  const role = el.attribs.role?.toLowerCase() ?? '';
  const tokens = classTokens(el);
  for (const r of CONTAINER_RULES) {
    if (r.tags?.includes(tag) || (role && r.roles?.includes(role))) return r;
    if (r.token && tokens.some((t) => r.token!.test(t))) return r;
  }
  return null;
}

/** Text length of the element's `<p>` descendants (the paragraph text a removal would lose). */
function paragraphChars(el: ParentNode): number {
  let n = 0;
  for (const p of descendants(el, isP, notP)) n += textOf(p).length;
  return n;
}
const isP = (e: Element): boolean => e.name === 'p';
const notP = (e: Element): boolean => e.name !== 'p';
const P_TAGS: ReadonlySet<string> = new Set(['p']);

/** Headline links of a related block, as related links. */
function relatedLinks(el: Element, rel: RelatedLink['rel'], base: string | null): RelatedLink[] {
  const out: RelatedLink[] = [];
  for (const a of descendants(el, (e) => e.name === 'a' && e.attribs.href !== undefined)) {
    const title = textOf(a).replace(/^(?:previous|next)\s*(?:post|article|story)?\s*:?\s*/i, '');
    if (title.length < MIN_HEADLINE_CHARS || out.some((l) => l.title === title)) continue;
    out.push({ title, url: absUrl(a.attribs.href, base), rel: relOf(a, rel) });
  }
  return out;
}

function relOf(a: Element, fallback: RelatedLink['rel']): RelatedLink['rel'] {
  const parent = a.parent && isTag(a.parent) ? a.parent : null;
  const hint = `${a.attribs.rel ?? ''} ${classTokens(a).join(' ')} ${parent ? classTokens(parent).join(' ') : ''}`;
  if (/\bprev/.test(hint)) return 'previous';
  if (/\bnext\b|nav-next|next-/.test(hint)) return 'next';
  return fallback;
}

/** `<a rel=prev|next>` links in the page body. */
function relLinks(root: ParentNode, base: string | null): RelatedLink[] {
  return descendants(root, (e) => e.name === 'a' && /(?:^|\s)(?:prev|next)(?:\s|$)/.test(e.attribs.rel ?? ''))
    .map((a) => ({ title: textOf(a), url: absUrl(a.attribs.href, base), rel: relOf(a, 'next') }))
    .filter((l) => l.title.length >= MIN_HEADLINE_CHARS);
}

/**
 * Removes boilerplate containers under `root` (mutates the DOM) and reports them.
 * `base` resolves related-link URLs. Never removes `root`, protected tags, or a container that
 * holds more than `MAX_SHARE_OF_BODY` of the page's paragraph text or more than the rule's `maxChars`.
 */
export function stripBoilerplate(root: ParentNode, base: string | null): BoilerplateResult {
  const res: BoilerplateResult = { removed: [], related: relLinks(root, base), authorBio: null, paywall: false };
  const total = Math.max(1, paragraphChars(root));
  const stack: Element[] = elementChildren(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    const rule = matchContainer(el);
    if (rule && accept(el, rule, total)) { record(el, rule, res, base); removeNode(el); continue; }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) { const k = kids[i]; if (isTag(k)) stack.push(k); }
  }
  res.related = dedupeLinks(res.related).slice(0, MAX_RELATED);
  return res;
}

function accept(el: Element, rule: ContainerRule, total: number): boolean {
  // Inline markup inside a paragraph ("<p><span class=dateline>PARIS —</span> ...") is body text.
  if (!rule.inline && ancestorTagged(el, P_TAGS)) return false;
  const text = textOf(el);
  if (text.length > rule.maxChars) return false;
  if (rule.noProse && holdsProse(el)) return false;
  if (rule.confirm?.test(text)) return true;
  if (paragraphChars(el) / total > MAX_SHARE_OF_BODY && linkDensity(el) < 0.5) return false;
  return true;
}

/** Shortest paragraph (characters) that counts as prose for the `noProse` guard. */
export const PROSE_CHARS = 60;

function holdsProse(el: Element): boolean {
  if (descendants(el, (e) => e.name === 'blockquote').length) return true;
  return descendants(el, isP, notP).some((p) => textOf(p).length >= PROSE_CHARS);
}

function record(el: Element, rule: ContainerRule, res: BoilerplateResult, base: string | null): void {
  const text = textOf(el);
  if (rule.kind === 'paywall') res.paywall = true;
  if (rule.kind === 'author-bio' && !res.authorBio && text.length >= 40) res.authorBio = text.slice(0, 1000);
  if (rule.kind === 'related' && el.name !== 'nav') res.related.push(...relatedLinks(el, 'related', base));
  if (text) res.removed.push({ kind: rule.kind, text: text.slice(0, MAX_REMOVED_CHARS), reason: rule.id });
}

function dedupeLinks(links: RelatedLink[]): RelatedLink[] {
  const seen = new Set<string>();
  return links.filter((l) => { const k = l.url ?? l.title; if (seen.has(k)) return false; seen.add(k); return true; });
}
