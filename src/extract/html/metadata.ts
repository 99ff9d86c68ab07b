/**
 * Article metadata with a written-down precedence (DESIGN.md, convention 3):
 * JSON-LD > OpenGraph/meta > microdata/`<time>` > DOM byline text > URL.
 * Each field's winner is named in `provenance` (`jsonld`, `meta`, `microdata`, `time`, `dom`,
 * `byline`, `url`). `modified` is kept apart and never used as `published`.
 */
import { splitByline, uniqueNames } from './authors.js';
import { BIO_BOX_TOKEN } from './rules/authors.js';
import { dateFromUrl, normalizeDate, notAfter } from '../dates.js';
import { absUrl, classTokens, collapse, findFirst, firstMeta, isTag, metaMap, textOf, hasToken, type Element } from './dom.js';
import { readJsonLd } from './jsonld.js';
import type { PageIndex } from './page.js';
import {
  AUTHOR_EXCLUDED_CONTAINER, BYLINE_TOKEN, DATE_TOKEN, META_APP, META_AUTHOR, META_IMAGE, META_LANGUAGE, META_MODIFIED,
  META_PUBLISHED, META_SITE, META_TITLE, NOT_PUBLISHED_LABEL,
} from './rules/meta.js';
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

/** A candidate whose value is read only when every earlier candidate was refused (DOM scans cost). */
interface LazyCandidate<T> { get: () => T; source: string }

/** The first candidate whose value `accept` keeps (after mapping). Lazy candidates are read in turn, only when reached. */
function pick<T, U>(cands: readonly (Candidate<T | null | undefined> | LazyCandidate<T | null | undefined>)[], accept: (v: T) => U | null): Candidate<U> | null {
  for (const c of cands) {
    const value = 'get' in c ? c.get() : c.value;
    if (value === null || value === undefined) continue;
    const v = accept(value);
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

function microdata(page: PageIndex, prop: string): string | null {
  const el = page.itemprops.get(prop)?.[0];
  if (!el) return null;
  const nameEl = prop === 'author' ? findFirst(el, (e) => e.attribs.itemprop === 'name') : null;
  return collapse(el.attribs.content ?? el.attribs.datetime ?? (nameEl ? textOf(nameEl) || textOf(el) : textOf(el))) || null;
}

/** The `<time datetime>` of the article: inside article/header/main first, then one marked pubdate, then any. */
function timeElement(page: PageIndex): string | null {
  const tests: ((t: PageIndex['times'][number]) => boolean)[] = [(t) => t.inArticle, (t) => t.inHeader, (t) => t.inMain, (t) => t.pubdate, () => true];
  for (const ok of tests) {
    for (const t of page.times) {
      const v = t.el.attribs.datetime;
      if (ok(t) && v && normalizeDate(v) && !inFurniture(t.el)) return v;
    }
  }
  return null;
}

/** True when `el` sits in page furniture (rule `author-not-in-furniture`): aside, nav, footer, sidebars, related lists, comments. */
export function inFurniture(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (!isTag(p)) continue;
    if (AUTHOR_EXCLUDED_CONTAINER.tags.has(p.name)) return true;
    if ((p.attribs.class || p.attribs.id) && classTokens(p).some((t) => AUTHOR_EXCLUDED_CONTAINER.token.test(t))) return true;
  }
  return false;
}

/** Elements whose class/id marks them as a byline / date (limited to short text, outside furniture). */
function tokenElements(page: PageIndex, re: RegExp, maxChars: number): Element[] {
  const out: Element[] = [];
  for (const el of page.classed) {
    if (!hasToken(el, re)) continue;
    const len = textOf(el).length;
    if ((len > 0 || el.attribs.datetime || el.attribs.content) && len <= maxChars && !inFurniture(el)) out.push(el);
    if (out.length >= 8) break;
  }
  return out;
}

/** The first byline element's text that names someone (a one-element list), or []. */
function bylineText(page: PageIndex): string[] {
  for (const el of tokenElements(page, BYLINE_TOKEN, 200)) {
    if (hasToken(el, BIO_BOX_TOKEN)) continue;
    const t = textOf(el);
    if (splitByline(t).length > 0) return [t];
  }
  return [];
}

/** Author candidates in precedence order; the DOM ones are read only when the earlier ones give no name. */
function authorCandidates(page: PageIndex, meta: Map<string, string[]>, ld: string[]): (Candidate<string[]> | LazyCandidate<string[]>)[] {
  const metaAuthors = META_AUTHOR.flatMap((k) => meta.get(k) ?? []).filter((v) => !isUrl(v));
  const rel = (): string[] => page.relAuthors.filter((a) => !inFurniture(a)).map((a) => textOf(a));
  const itemprop = (): string[] => (page.itemprops.get('author') ?? []).filter((el) => !inFurniture(el)).slice(0, 6)
    .map((el) => collapse(el.attribs.content) || textOf(findFirst(el, (e) => e.attribs.itemprop === 'name')) || textOf(el));
  return [
    { value: ld, source: 'jsonld' }, { value: metaAuthors, source: 'meta' }, { get: itemprop, source: 'microdata' },
    { get: rel, source: 'dom' }, { get: () => bylineText(page), source: 'byline' },
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

/** A date string as `YYYY-MM-DD`, or null when unreadable or later than `crawled`. */
const dateWithin = (crawled: string | undefined) => (v: string): string | null => notAfter(normalizeDate(v), crawled);

/**
 * Reads title, authors, dates, site, language, lead image and flags-relevant markers from the
 * page index (before any mutation). `url` is the page URL when known; the canonical link or
 * og:url stand in. `crawled` (`YYYY-MM-DD`): no date later than that day is taken; the next
 * source is tried instead. Dates never come from the run clock.
 */
export function readMetadata(page: PageIndex, url: string | null | undefined, opts: { crawled?: string } = {}): Metadata {
  const meta = metaMap(page.metas);
  const { article: ld, listingType, publisher } = readJsonLd(page.ldScripts);
  const pageUrl = url ?? absUrl(page.canonical, null) ?? firstMeta(meta, ['og:url']);
  const asDate = dateWithin(opts.crawled);
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
    { value: microdata(page, 'headline'), source: 'microdata' }, { value: textOf(page.h1), source: 'dom' },
    { value: textOf(page.title), source: 'dom' },
  ], cleanTitle));
  const notSite = (vals: string[]): string[] | null => splitAll(vals)?.filter((n) => !namesSite(n, site, host)) ?? null;
  const authors = set('authors', pick(authorCandidates(page, meta, ld?.authors ?? []), notSite)) ?? [];
  // Rule date-not-published-label: "Updated ...", "Accepted ..." lines are never the publication date.
  const dateText = (): string | undefined => tokenElements(page, DATE_TOKEN, 80)
    .filter((el) => !NOT_PUBLISHED_LABEL.pattern.test(textOf(el)) && !classTokens(el).some((t) => /updated|modified/.test(t)))
    .map((el) => el.attribs.datetime ?? el.attribs.content ?? textOf(el)).find((t) => asDate(t));
  const published = set('published', pick<string, string>([
    { value: ld?.datePublished, source: 'jsonld' }, { value: firstMeta(meta, META_PUBLISHED), source: 'meta' },
    { get: () => microdata(page, 'datePublished'), source: 'microdata' }, { get: () => timeElement(page), source: 'time' },
    { get: dateText, source: 'dom' }, { get: () => dateFromUrl(pageUrl), source: 'url' },
  ], asDate));
  const modified = set('modified', pick<string, string>([
    { value: ld?.dateModified, source: 'jsonld' }, { value: firstMeta(meta, META_MODIFIED), source: 'meta' },
    { value: microdata(page, 'dateModified'), source: 'microdata' },
  ], asDate));
  const language = set('language', pick<string, string>([
    { value: page.html?.attribs.lang, source: 'dom' }, { value: firstMeta(meta, META_LANGUAGE), source: 'meta' },
    { value: ld?.language, source: 'jsonld' },
  ], primaryLanguage));
  const leadImage = absUrl(firstMeta(meta, META_IMAGE) ?? ld?.image, pageUrl);
  return {
    title, authors, published, modified, site, language, leadImage, url: pageUrl, provenance,
    free: ld?.free ?? true, ogType: firstMeta(meta, ['og:type'])?.toLowerCase() ?? null, listingType, ldType: ld?.type ?? null,
  };
}
