/**
 * JSON-LD (schema.org) article metadata: the `<script type="application/ld+json">` blocks,
 * flattened through arrays and `@graph`, and the first node whose `@type` is an article type.
 * Source: schema.org `Article` and its subtypes; Google's "Article structured data" guide.
 */

/** What JSON-LD says about the article. Absent fields are null / empty. */
export interface JsonLdArticle {
  headline: string | null;
  /** Raw author strings (names of Person nodes, or plain strings); Organization authors excluded. */
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  language: string | null;
  /** `isAccessibleForFree` read as a boolean (true when absent). */
  free: boolean;
  image: string | null;
  /** The node's `@type` (first one when it is a list). */
  type: string | null;
}

/** `@type`s taken as an article (schema.org CreativeWork subtypes used by news sites). */
export const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|ReportageNewsArticle|OpinionNewsArticle|AnalysisNewsArticle|Review|Blog|WebPage|CreativeWork)$/;
/** `@type`s that mark a listing page, not an article. */
export const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage|SiteNavigationElement)$/;

type Node = Record<string, unknown>;

const isObj = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string value: a plain string or number, a JSON-LD value object `{"@value": ...}`, or the first of a list. */
const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() ? decodeEntities(v.trim()) : null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) { for (const x of v) { const s = str(x); if (s) return s; } return null; }
  if (isObj(v) && '@value' in v) return str(v['@value']);
  return null;
};

const NAMED: Readonly<Record<string, string>> = Object.freeze({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
});

/** Decodes HTML character references that CMSs leave inside JSON-LD strings ("A &amp; B", "&#8217;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}
const typesOf = (n: Node): string[] => [n['@type']].flat().filter((t): t is string => typeof t === 'string');

/** Parses one script's text; tolerates trailing commas, HTML comments and control characters. */
export function parseJsonLd(text: string): unknown {
  const t = text.replace(/^\s*<!--|-->\s*$/g, '').trim();
  try { return JSON.parse(t); } catch { /* try the repaired form below */ }
  try { return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')); } catch { return null; }
}

/** All object nodes in parsed JSON-LD values, depth-first, through arrays and `@graph`. */
export function flattenNodes(values: readonly unknown[]): Node[] {
  const out: Node[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    if (!isObj(v)) return;
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
    if (isObj(v.mainEntity)) visit(v.mainEntity, depth + 1);
  };
  for (const v of values) visit(v, 0);
  return out;
}

/**
 * Replaces a bare `{"@id": ...}` reference by the node of the same `@id` elsewhere in the page's
 * JSON-LD (authors and publishers in a `@graph` are often references).
 */
function deref(v: unknown, ids: ReadonlyMap<string, Node>): unknown {
  if (Array.isArray(v)) return v.map((x) => deref(x, ids));
  if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2 && !v.name) return ids.get(v['@id']) ?? v;
  return v;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (isObj(v)) return str(v.name) ?? (str(v.givenName) && str(v.familyName) ? `${str(v.givenName)} ${str(v.familyName)}` : null);
  return null;
}

function authorsOf(v: unknown): string[] {
  return [v].flat().flatMap((a) => {
    if (isObj(a) && typesOf(a).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t))) return [];
    const n = nameOf(a);
    return n ? [n] : [];
  });
}

function imageOf(v: unknown): string | null {
  const first = [v].flat()[0];
  if (typeof first === 'string') return str(first);
  return isObj(first) ? str(first.url) ?? str(first.contentUrl) : null;
}

function freeOf(n: Node): boolean {
  const vals = [n.isAccessibleForFree, ...[n.hasPart].flat().filter(isObj).map((p) => p.isAccessibleForFree)];
  return !vals.some((v) => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false'));
}

/** Score of a node as "the article": real article types beat WebPage/CreativeWork. */
function rank(n: Node): number {
  const ts = typesOf(n);
  if (ts.some((t) => /Article$|BlogPosting$|^Report$/.test(t))) return 3;
  if (ts.some((t) => ARTICLE_TYPES.test(t)) && (n.headline || n.datePublished)) return 2;
  return 0;
}

/**
 * The article described by the page's JSON-LD `scriptTexts`, or null when none has an article
 * type. Also reports listing types through `listingType` (null when none).
 */
export function readJsonLd(scriptTexts: readonly string[]): { article: JsonLdArticle | null; listingType: string | null; publisher: string | null } {
  const nodes = flattenNodes(scriptTexts.map(parseJsonLd));
  const ids = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 2 && !ids.has(n['@id'])) ids.set(n['@id'], n);
  const listing = nodes.flatMap(typesOf).find((t) => LISTING_TYPES.test(t)) ?? null;
  const orgName = nodes.filter((n) => typesOf(n).some((t) => /Organization$/.test(t))).map((n) => str(n.name)).find(Boolean) ?? null;
  let best: Node | null = null;
  for (const n of nodes) if (rank(n) > 0 && (!best || rank(n) > rank(best))) best = n;
  if (!best) return { article: null, listingType: listing, publisher: orgName };
  const article: JsonLdArticle = {
    headline: str(best.headline) ?? str(best.name),
    authors: authorsOf(deref(best.author ?? best.creator, ids)),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    dateModified: str(best.dateModified),
    publisher: nameOf(deref(best.publisher, ids)) ?? orgName,
    language: str(best.inLanguage) ?? (isObj(best.inLanguage) ? str(best.inLanguage.alternateName) ?? str(best.inLanguage.name) : null),
    free: freeOf(best),
    image: imageOf(deref(best.image, ids)) ?? imageOf(best.thumbnailUrl),
    type: typesOf(best)[0] ?? null,
  };
  return { article, listingType: listing, publisher: article.publisher };
}
