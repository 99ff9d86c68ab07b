/**
 * Boilerplate containers: walks the DOM, matches elements against the container vocabularies
 * (`rules/containers.ts`), records each matched block in `removed` (kind + rule id, text capped
 * at `MAX_REMOVED_CHARS`) and detaches it so the body extractor never sees it.
 */
import type { RelatedLink, RemovedBlock } from '../../doc.js';
import { absUrl, ancestorTagged, classTokens, descendants, elementChildren, findFirst, isTag, linkDensity, removeNode, textOf, type Element, type ParentNode } from './dom.js';
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

/** Tags and roles some container rule matches outright (derived from `CONTAINER_RULES`). */
const RULE_TAGS: ReadonlySet<string> = new Set(CONTAINER_RULES.flatMap((r) => r.tags ?? []));
const RULE_ROLES: ReadonlySet<string> = new Set(CONTAINER_RULES.flatMap((r) => r.roles ?? []));
if (CONTAINER_RULES.length > 31) throw new Error('container rule masks hold at most 31 rules');
/**
 * The union of all token patterns (they carry no flags): a token it rejects matches no rule, which
 * is most tokens, so one test replaces one per rule.
 */
const ANY_TOKEN: RegExp | null = CONTAINER_RULES.every((r) => !r.token || r.token.flags === '')
  ? new RegExp(CONTAINER_RULES.flatMap((r) => (r.token ? [`(?:${r.token.source})`] : [])).join('|'))
  : null;

/** Bit i is set when the token pattern of `CONTAINER_RULES[i]` matches `token`. */
function tokenMask(token: string): number {
  let mask = 0;
  if (!ANY_TOKEN || ANY_TOKEN.test(token)) {
    for (let i = 0; i < CONTAINER_RULES.length; i++) if (CONTAINER_RULES[i].token?.test(token)) mask |= 1 << i;
  }
  return mask;
}

/** The rule matching `el`, or null: the first rule in table order whose tag, role or token pattern fits. */
export function matchContainer(el: Element): ContainerRule | null {
  const tag = el.name;
  if (PROTECTED_TAGS.has(tag)) return null;
  const role = el.attribs.role?.toLowerCase() ?? '';
  let mask = 0;
  for (const t of classTokens(el)) mask |= tokenMask(t);
  if (mask === 0 && !RULE_TAGS.has(tag) && !(role && RULE_ROLES.has(role))) return null;
  for (let i = 0; i < CONTAINER_RULES.length; i++) {
    const r = CONTAINER_RULES[i];
    if (r.tags?.includes(tag) || (role && r.roles?.includes(role))) return r;
    if (mask & (1 << i)) return r;
  }
  return null;
}

/**
 * Text length of the element's `<p>` descendants (the paragraph text a removal would lose).
 * `lengths` holds each `<p>`'s length, measured once per pass (filled when missing).
 */
function paragraphChars(el: ParentNode, lengths: Map<Element, number>): number {
  let n = 0;
  for (const p of descendants(el, isP, notP)) n += pLength(p, lengths);
  return n;
}

function pLength(p: Element, lengths: Map<Element, number>): number {
  let len = lengths.get(p);
  if (len === undefined) { len = textOf(p).length; lengths.set(p, len); }
  return len;
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
  // The walk is pre-order and never enters a removed subtree, so an element's subtree is still
  // untouched when it is visited: paragraph lengths measured once stay valid for the whole pass.
  const lengths = new Map<Element, number>();
  const total = Math.max(1, paragraphChars(root, lengths));
  const stack: Element[] = elementChildren(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    const rule = matchContainer(el);
    const text = rule ? accept(el, rule, total, lengths) : null;
    if (rule && text !== null) { record(el, rule, res, base, text); removeNode(el); continue; }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) { const k = kids[i]; if (isTag(k)) stack.push(k); }
  }
  res.related = dedupeLinks(res.related).slice(0, MAX_RELATED);
  return res;
}

/** The element's text when the matched `rule` may remove it, or null when a guard keeps it. */
function accept(el: Element, rule: ContainerRule, total: number, lengths: Map<Element, number>): string | null {
  // Inline markup inside a paragraph ("<p><span class=dateline>PARIS —</span> ...") is body text.
  if (!rule.inline && ancestorTagged(el, P_TAGS)) return null;
  const text = textOf(el);
  if (text.length > rule.maxChars) return null;
  if (rule.noProse && holdsProse(el, lengths)) return null;
  if (rule.confirm?.test(text)) return text;
  if (paragraphChars(el, lengths) / total > MAX_SHARE_OF_BODY && linkDensity(el, text.length) < 0.5) return null;
  return text;
}

/** Shortest paragraph (characters) that counts as prose for the `noProse` guard. */
export const PROSE_CHARS = 60;

function holdsProse(el: Element, lengths: Map<Element, number>): boolean {
  if (findFirst(el, (e) => e.name === 'blockquote')) return true;
  return descendants(el, isP, notP).some((p) => pLength(p, lengths) >= PROSE_CHARS);
}

function record(el: Element, rule: ContainerRule, res: BoilerplateResult, base: string | null, text: string): void {
  if (rule.kind === 'paywall') res.paywall = true;
  if (rule.kind === 'author-bio' && !res.authorBio && text.length >= 40) res.authorBio = text.slice(0, 1000);
  if (rule.kind === 'related' && el.name !== 'nav') res.related.push(...relatedLinks(el, 'related', base));
  if (text) res.removed.push({ kind: rule.kind, text: text.slice(0, MAX_REMOVED_CHARS), reason: rule.id });
}

function dedupeLinks(links: RelatedLink[]): RelatedLink[] {
  const seen = new Set<string>();
  return links.filter((l) => { const k = l.url ?? l.title; if (seen.has(k)) return false; seen.add(k); return true; });
}
