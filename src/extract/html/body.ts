/**
 * Content extraction over the cleaned page (boilerplate containers and figures already taken
 * out): paragraphs are scored by length, commas and link density; each paragraph's score flows
 * to its ancestors with decaying weight; the best-scoring container (discounted by its link
 * density, weighed by its tag and class/id vocabulary) is the body, joined by sibling parts
 * that carry enough paragraph mass; link clusters inside it are dropped paragraph by paragraph.
 * Thresholds in `rules/content.ts`, vocabularies in `rules/containers.ts`.
 */
import type { RemovedBlock } from '../../doc.js';
import { classTokens, elementChildren, isTag, type Element, type ParentNode } from './dom.js';
import { toBlocks, type Block } from './paragraphs.js';
import { CLEANABLE_TAGS, CONTENT, PARAGRAPH_TAGS, SCORED_TAGS } from './rules/content.js';
import { CONTENT_HINTS, TAG_PRIOR } from './rules/containers.js';

/** Which path produced the body: `scored` (a chosen container), `fallback` (page `<p>`s) or `none`. */
export type BodySource = 'scored' | 'fallback' | 'none';

/** The extracted body: its blocks, the chosen container elements, provenance and dropped clusters. */
export interface Body { blocks: Block[]; content: Element[]; source: BodySource; dropped: RemovedBlock[] }

/** Text and link characters of the blocks under one element. */
interface Agg { text: number; link: number; commas: number; blocks: number }

const COMMAS = /[,，、،]/g;
const HEADING = /^h[1-6]$/;

/** Score of one paragraph: 1 + commas + length points, discounted by its link density; 0 below the minimum length. */
export function paragraphScore(b: Block): number {
  const len = b.text.length;
  if (len < CONTENT.minScoredChars.value || !SCORED_TAGS.has(b.tag)) return 0;
  const commas = b.text.match(COMMAS)?.length ?? 0;
  const s = 1 + commas + Math.min(Math.floor(len / CONTENT.charsPerPoint.value), CONTENT.maxLengthPoints.value);
  return s * (1 - b.linkChars / len);
}

/** Sum of the content-hint weights of the element's class/id tokens. */
export function classWeight(el: Element): number {
  if (!el.attribs.class && !el.attribs.id) return 0;
  const toks = classTokens(el);
  let w = 0;
  for (const h of CONTENT_HINTS) if (toks.some((tk) => h.pattern.test(tk))) w += h.weight;
  return w;
}

/** Element ancestors of `el`, nearest first, up to `max` levels (all when `max` is Infinity). */
function ancestors(el: Element, max = Infinity): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && out.length < max; p = p.parent) if (isTag(p)) out.push(p);
  return out;
}

/** Per-element aggregates of all blocks below it. */
function aggregate(blocks: readonly Block[]): Map<Element, Agg> {
  const agg = new Map<Element, Agg>();
  for (const b of blocks) {
    const commas = b.text.match(COMMAS)?.length ?? 0;
    for (let p: ParentNode | null = b.el ?? null; p; p = p.parent) {
      if (!isTag(p)) continue;
      let a = agg.get(p);
      if (!a) { a = { text: 0, link: 0, commas: 0, blocks: 0 }; agg.set(p, a); }
      a.text += b.text.length; a.link += b.linkChars; a.commas += commas; a.blocks++;
    }
  }
  return agg;
}

const density = (a: Agg | undefined): number => (a && a.text ? a.link / a.text : 0);

/** Candidate scores: paragraph scores flowed to ancestors (parent full, grandparent half, then a third per level), discounted by link density. */
function scoreCandidates(blocks: readonly Block[], agg: Map<Element, Agg>): Map<Element, number> {
  const raw = new Map<Element, number>();
  for (const b of blocks) {
    const s = paragraphScore(b);
    if (!s || !b.el) continue;
    // Text written straight into a container (a div with inline text runs) is a paragraph of that container.
    const chain = PARAGRAPH_TAGS.has(b.el.name) ? ancestors(b.el, CONTENT.ancestorLevels.value) : [b.el, ...ancestors(b.el, CONTENT.ancestorLevels.value - 1)];
    chain.forEach((anc, level) => {
      const prior = raw.get(anc) ?? ((TAG_PRIOR[anc.name] ?? 0) + classWeight(anc));
      raw.set(anc, prior + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    });
  }
  const out = new Map<Element, number>();
  for (const [el, s] of raw) if (el.name !== 'html') out.set(el, s * (1 - density(agg.get(el))));
  return out;
}

/** The best candidate: highest score, or null when nothing scored above zero. */
function bestCandidate(scores: Map<Element, number>): [Element, number] | null {
  let top: Element | null = null;
  let best = -Infinity;
  for (const [el, s] of scores) if (s > best) { best = s; top = el; }
  return top && best > 0 ? [top, best] : null;
}

/**
 * The top container: the best candidate, promoted to the nearest ancestor that also holds a
 * near-top candidate (within `altLevels` levels: a body split in chunks), or that holds
 * `altMin` of them at any height; then past single-child wrappers.
 */
function chooseTop(scores: Map<Element, number>): Element | null {
  const found = bestCandidate(scores);
  if (!found) return null;
  let [top] = found;
  const best = found[1];
  const disjoint = (el: Element): boolean => el !== top && !isInside(top, el) && !isInside(el, top);
  // A near-top chunk must repeat the top's markup (same tag and class): layout grids cut a story into like pieces.
  const alike = (el: Element): boolean => el.name === top.name && (el.attribs.class ?? '') === (top.attribs.class ?? '');
  const near = [...scores].filter(([el, s]) => s >= best * CONTENT.altNearShare.value && disjoint(el) && alike(el)).map(([el]) => el);
  const alts = [...scores].filter(([el, s]) => s >= best * CONTENT.altShare.value && disjoint(el)).map(([el]) => el);
  if (near.length) {
    const ups = ancestors(top);
    for (let level = 0; level < ups.length && ups[level].name !== 'body'; level++) {
      const nearHeld = level < CONTENT.altLevels.value && near.some((a) => isInside(a, ups[level]));
      if (nearHeld || alts.filter((a) => isInside(a, ups[level])).length >= CONTENT.altMin.value) { top = ups[level]; break; }
    }
  }
  while (top.parent && isTag(top.parent) && top.parent.name !== 'body' && elementChildren(top.parent).length === 1) top = top.parent;
  return top;
}

/** For each element, the best candidate score inside its subtree (itself included). */
function subtreeBest(scores: Map<Element, number>): Map<Element, number> {
  const out = new Map<Element, number>();
  for (const [el, s] of scores) {
    for (let p: ParentNode | null = el; p; p = p.parent) {
      if (!isTag(p)) continue;
      if ((out.get(p) ?? -Infinity) >= s) break;
      out.set(p, s);
    }
  }
  return out;
}

function isInside(el: Element, anc: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === anc) return true;
  return false;
}

/** The top container and the siblings that continue the body (score share, same class, or loose prose paragraphs). */
function bodyParts(top: Element, scores: Map<Element, number>, agg: Map<Element, Agg>): Element[] {
  const parent = top.parent;
  if (!parent || !isTag(parent) || top.name === 'body') return [top];
  const inside = subtreeBest(scores);
  const topScore = inside.get(top) ?? 0;
  const threshold = Math.max(CONTENT.siblingMinScore.value, topScore * CONTENT.siblingShare.value);
  const cls = top.attribs.class ?? '';
  return elementChildren(parent).filter((sib) => {
    if (sib === top) return true;
    const bonus = cls && sib.attribs.class === cls ? topScore * CONTENT.siblingShare.value : 0;
    if (classWeight(sib) < 0) return false;
    if ((inside.get(sib) ?? 0) + bonus >= threshold) return true;
    const a = agg.get(sib);
    if (sib.name !== 'p' || !a) return false;
    return a.text >= CONTENT.siblingProseChars.value && density(a) < CONTENT.siblingMaxLinkDensity.value;
  });
}

/** True when `el` (inside the body, not a body part) is a link cluster: a list, table or div mostly made of links. */
function isCluster(el: Element, agg: Map<Element, Agg>): boolean {
  if (!CLEANABLE_TAGS.has(el.name)) return false;
  const a = agg.get(el);
  if (!a || a.commas >= CONTENT.clusterMaxCommas.value) return false;
  if (a.blocks < 2 && el.name !== 'ul' && el.name !== 'ol' && el.name !== 'table') return false;
  const d = density(a);
  return d > CONTENT.clusterLinkDensity.value || (d > CONTENT.clusterLinkDensityFurniture.value && classWeight(el) < 0);
}

/** The page's sentence-length blocks that are not mostly links (the fallback when no container scores, e.g. a story written as list items). */
export function fallbackBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => b.text.length >= CONTENT.fallbackMinChars.value
    && b.linkChars / b.text.length <= CONTENT.fallbackMaxLinkDensity.value);
}

/**
 * The body under `root`. Blocks outside the chosen parts are left out; blocks inside a link
 * cluster are dropped and reported (`removed` kind `related`, rule `cluster-link-density`).
 */
export function extractBody(root: ParentNode): Body {
  const all = toBlocks(root);
  const agg = aggregate(all);
  const scores = scoreCandidates(all, agg);
  const top = chooseTop(scores);
  if (!top) {
    const blocks = fallbackBlocks(all);
    return { blocks, content: [], source: blocks.length ? 'fallback' : 'none', dropped: [] };
  }
  const parts = bodyParts(top, scores, agg);
  const partSet = new Set(parts);
  const verdict = new Map<Element, 'out' | 'in' | 'cluster'>();
  const place = (el: Element | null | undefined): 'out' | 'in' | 'cluster' => {
    const path: Element[] = [];
    let v: 'out' | 'in' | 'cluster' = 'out';
    for (let p: ParentNode | null = el ?? null; p; p = p.parent) {
      if (!isTag(p)) continue;
      const known = verdict.get(p);
      if (known) { v = known; break; }
      if (partSet.has(p)) { v = 'in'; break; }
      path.push(p);
    }
    // Walk back down from the known ancestor: inside the body, a cluster taints everything below it.
    for (let i = path.length - 1; i >= 0; i--) {
      if (v === 'in' && isCluster(path[i], agg)) v = 'cluster';
      verdict.set(path[i], v);
    }
    return v;
  };
  const verdicts = all.map((b) => place(b.el));
  // A short heading right before a dropped link cluster is the cluster's title ("More stories").
  for (let i = 0; i + 1 < all.length; i++) {
    if (verdicts[i] === 'in' && verdicts[i + 1] === 'cluster' && HEADING.test(all[i].tag) && all[i].text.length <= CONTENT.clusterHeadingChars.value) verdicts[i] = 'cluster';
  }
  const blocks: Block[] = [];
  const dropped: RemovedBlock[] = [];
  all.forEach((b, i) => {
    if (verdicts[i] === 'in') blocks.push(b);
    else if (verdicts[i] === 'cluster') dropped.push({ kind: 'related', text: b.text.slice(0, 500), reason: CONTENT.clusterLinkDensity.id });
  });
  return { blocks, content: parts, source: 'scored', dropped };
}

