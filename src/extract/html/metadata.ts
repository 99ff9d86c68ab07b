/**
 * Article metadata with a written-down precedence (DESIGN.md, convention 3):
 * JSON-LD > OpenGraph/meta > microdata/`<time>` > DOM byline text > URL.
 * Each field's winner is named in `provenance` (`jsonld`, `meta`, `microdata`, `time`, `dom`,
 * `byline`, `url`). `modified` is kept apart and never used as `published`.
 */
import { splitByline, uniqueNames } from './authors.js';
import { BIO_BOX_TOKEN } from './rules/authors.js';
import { dateFromUrl, normalizeDate } from '../dates.js';
import { absUrl, classTokens, collapse, firstMeta, metaMap, textOf } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { BYLINE_TOKEN, DATE_TOKEN, META_APP, META_AUTHOR, META_IMAGE, META_LANGUAGE, META_MODIFIED, META_PUBLISHED, META_SITE, META_TITLE } from './rules/meta.js';
import { namesSite, stripSiteSuffix } from './title.js';

/** One candidate value and the source tier it came from. */
export interface Candidate<T> { value: T; source: string }

/** Everything read from the page head and markup, before body extraction. */
export interface Metadata {
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  site: string | null;
  language: string | null;
  leadImage: string | null;
  url: string | null;
  provenance: Record<string, string>;
  /** JSON-LD `isAccessibleForFree` (true when absent). */
  free: boolean;
  ogType: string | null;
  listingType: string | null;
  /** `@type` of the JSON-LD article node, null when the page has none. */
  ldType: string | null;
}

/** The first candidate whose value `accept` keeps (after mapping). */
function pick<T, U>(cands: readonly Candidate<T | null | undefined>[], accept: (v: T) => U | null): Candidate<U> | null {
  for (const c of cands) {
    if (c.value === null || c.value === undefined) continue;
    const v = accept(c.value);
    if (v !== null && !(Array.isArray(v) && v.length === 0)) return { value: v, source: c.source };
  }
  return null;
}

const isUrl = (s: string): boolean => /^(?:https?:)?\/\/|^www\./i.test(s.trim());

/** Primary language subtag: "en-US" / "en_GB" / "EN" -> "en"; null when not a BCP 47 tag. */
export function primaryLanguage(tag: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? m[1].toLowerCase() : null;
}

function microdata(doc: Document, prop: string): string | null {
  const el = doc.querySelector(`[itemprop="${prop}"]`);
  if (!el) return null;
  return collapse(el.getAttribute('content') ?? el.getAttribute('datetime') ?? (prop === 'author' ? textOf(el.querySelector('[itemprop="name"]')) || textOf(el) : textOf(el))) || null;
}

/** The `<time datetime>` of the article: inside article/header/byline first, then one marked pubdate. */
function timeElement(doc: Document): string | null {
  const sel = ['article time[datetime]', 'header time[datetime]', 'main time[datetime]', 'time[pubdate]', 'time[datetime]'];
  for (const s of sel) { const t = doc.querySelector(s)?.getAttribute('datetime'); if (t && normalizeDate(t)) return t; }
  return null;
}

/** Elements whose class/id marks them as a byline / date (limited to short text). */
function tokenElements(doc: Document, re: RegExp, maxChars: number): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll('[class],[id]'))) {
    if (!classTokens(el).some((t) => re.test(t))) continue;
    const len = textOf(el).length;
    if (len > 0 && len <= maxChars) out.push(el);
    if (out.length >= 8) break;
  }
  return out;
}

function authorCandidates(doc: Document, meta: Map<string, string[]>, ld: string[]): Candidate<string[]>[] {
  const metaAuthors = META_AUTHOR.flatMap((k) => meta.get(k) ?? []).filter((v) => !isUrl(v));
  const rel = Array.from(doc.querySelectorAll('a[rel~="author"]')).map((a) => textOf(a));
  const itemprop = Array.from(doc.querySelectorAll('[itemprop~="author"]')).slice(0, 6)
    .map((el) => collapse(el.getAttribute('content')) || textOf(el.querySelector('[itemprop="name"]')) || textOf(el));
  const byline = tokenElements(doc, BYLINE_TOKEN, 200)
    .filter((el) => !classTokens(el).some((t) => BIO_BOX_TOKEN.test(t)))
    .map((el) => textOf(el)).filter((t) => splitByline(t).length > 0).slice(0, 1);
  return [
    { value: ld, source: 'jsonld' }, { value: metaAuthors, source: 'meta' }, { value: itemprop, source: 'microdata' },
    { value: rel, source: 'dom' }, { value: byline, source: 'byline' },
  ];
}

const splitAll = (vals: string[]): string[] | null => {
  const names = uniqueNames(vals.filter((v) => v && !isUrl(v)).flatMap(splitByline));
  return names.length ? names.slice(0, 8) : null;
};

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\d*\./, '') || null; } catch { return null; }
}

/**
 * Reads title, authors, dates, site, language, lead image and flags-relevant markers from `doc`
 * (before any mutation). `url` is the page URL when known; the canonical link or og:url stand in.
 */
export function readMetadata(doc: Document, url: string | null | undefined): Metadata {
  const meta = metaMap(doc);
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const { article: ld, listingType, publisher } = readJsonLd(scripts);
  const pageUrl = url ?? absUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), null) ?? firstMeta(meta, ['og:url']);
  const provenance: Record<string, string> = {};
  const set = <T>(field: string, c: Candidate<T> | null): T | null => { if (!c) return null; provenance[field] = c.source; return c.value; };

  const siteC = pick<string, string>([
    { value: firstMeta(meta, META_SITE), source: 'meta' }, { value: publisher, source: 'jsonld' },
    { value: firstMeta(meta, META_APP), source: 'meta' }, { value: hostOf(pageUrl), source: 'url' },
  ], (v) => collapse(v) || null);
  const site = set('site', siteC);
  const host = hostOf(pageUrl);
  const cleanTitle = (v: string): string | null => stripSiteSuffix(collapse(v), site, host) || null;
  const title = set('title', pick<string, string>([
    { value: ld?.headline, source: 'jsonld' }, ...META_TITLE.map((k) => ({ value: firstMeta(meta, [k]), source: 'meta' })),
    { value: microdata(doc, 'headline'), source: 'microdata' }, { value: textOf(doc.querySelector('h1')), source: 'dom' },
    { value: textOf(doc.querySelector('title')), source: 'dom' },
  ], cleanTitle));
  const notSite = (vals: string[]): string[] | null => splitAll(vals)?.filter((n) => !namesSite(n, site, host)) ?? null;
  const authors = set('authors', pick(authorCandidates(doc, meta, ld?.authors ?? []), notSite)) ?? [];
  const dateText = tokenElements(doc, DATE_TOKEN, 80).map((el) => el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el)).find((t) => normalizeDate(t));
  const published = set('published', pick<string, string>([
    { value: ld?.datePublished, source: 'jsonld' }, { value: firstMeta(meta, META_PUBLISHED), source: 'meta' },
    { value: microdata(doc, 'datePublished'), source: 'microdata' }, { value: timeElement(doc), source: 'time' },
    { value: dateText, source: 'dom' }, { value: dateFromUrl(pageUrl), source: 'url' },
  ], normalizeDate));
  const modified = set('modified', pick<string, string>([
    { value: ld?.dateModified, source: 'jsonld' }, { value: firstMeta(meta, META_MODIFIED), source: 'meta' },
    { value: microdata(doc, 'dateModified'), source: 'microdata' },
  ], normalizeDate));
  const language = set('language', pick<string, string>([
    { value: doc.documentElement?.getAttribute('lang'), source: 'dom' }, { value: firstMeta(meta, META_LANGUAGE), source: 'meta' },
    { value: ld?.language, source: 'jsonld' },
  ], primaryLanguage));
  const leadImage = absUrl(firstMeta(meta, META_IMAGE) ?? ld?.image, pageUrl);
  return {
    title, authors, published, modified, site, language, leadImage, url: pageUrl, provenance,
    free: ld?.free ?? true, ogType: firstMeta(meta, ['og:type'])?.toLowerCase() ?? null, listingType, ldType: ld?.type ?? null,
  };
}
