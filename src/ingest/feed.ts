/**
 * RSS and Atom feeds given as files: each item (RSS `item`, Atom `entry`) becomes one input. Its
 * inline content — RSS `content:encoded`, Atom `content`, or the description/summary when it is
 * more than a teaser (rule `feed-teaser`) — is analyzed as HTML, with the item link as `source.url`
 * and its date as `published`. An item without inline content is fetched by its http(s) link under
 * the URL rules of src/ingest/fetch.ts; with neither, it is an E037 failure.
 * Keys: `feedPath#itemIndex` (0-based, document order).
 */
import { createRequire } from 'node:module';

/**
 * htmlparser2, loaded on first use rather than at import: the main thread of an ingest with no feed
 * among its inputs never pays for it (~27 ms at start-up). Node caches the module after the first call.
 */
const require = createRequire(import.meta.url);
const htmlparser2 = (): typeof import('htmlparser2') => require('htmlparser2') as typeof import('htmlparser2');
import type { Element } from 'domhandler';
import { bareSource, isAnchorDay, MAX_INPUT_BYTES } from '../load/index.js';
import { readRegularFile } from '../load/read.js';
import { decode } from '../load/decode.js';
import { codeOf } from './errors.js';
import { failureUnit, type ReadContext, type Unit } from './job.js';
import { FEED_TEASER } from './rules.js';
import { urlUnit } from './url.js';

/** One feed item as read from the XML. */
export interface FeedItem { title: string | null; link: string | null; published: string | null; content: string | null; mediaType: 'text/html' | 'text/plain' }

const MONTHS: Readonly<Record<string, string>> = Object.freeze({
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
});

/**
 * A feed date -> `YYYY-MM-DD`, the day as written (rule `feed-date-local`: the publisher's own
 * calendar day, not shifted to UTC). Reads RFC 822 (`Tue, 16 Apr 2019 09:30:00 -0400`, RSS 2.0)
 * and RFC 3339 (`2019-04-16T09:30:00-04:00`, Atom). Null when unreadable, when the year is not
 * exactly four digits, or outside the anchor years (src/load/dates.ts PUBLISHED_YEARS, 1000–2999).
 */
export function feedDay(value: string | null | undefined): string | null {
  if (!value) return null;
  // Years are exactly four digits: a longer year ("275760", "12345") is refused, never cut to four.
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[Tt]|\s|$)/.exec(value);
  const rfc = /(?<!\d)(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})(?![\d-])/.exec(value);
  const day = iso ? iso[1]! : rfc && MONTHS[rfc[2]!.toLowerCase()] ? `${rfc[3]}-${MONTHS[rfc[2]!.toLowerCase()]}-${rfc[1]!.padStart(2, '0')}` : null;
  return day && isAnchorDay(day) ? day : null;
}

const child = (el: Element, name: string): Element | null => htmlparser2().DomUtils.getElementsByTagName(name, el.children, false, 1)[0] ?? null;
const text = (el: Element | null): string | null => { const t = el ? htmlparser2().DomUtils.textContent(el).trim() : ''; return t || null; };

/** The visible length of an HTML fragment (tags and entities removed) for rule `feed-teaser`. */
function visibleLength(html: string): number {
  return htmlparser2().DomUtils.textContent(htmlparser2().parseDocument(html)).replace(/\s+/g, ' ').trim().length;
}

/** An Atom `content`/`summary` element's text: escaped HTML for type="html", the inner markup for type="xhtml". */
function atomContent(el: Element | null): { content: string; mediaType: 'text/html' | 'text/plain' } | null {
  if (!el) return null;
  const type = (el.attribs.type ?? 'text').toLowerCase();
  const content = type === 'xhtml' ? htmlparser2().DomUtils.getInnerHTML(el, { xmlMode: true }) : htmlparser2().DomUtils.textContent(el);
  if (!content.trim()) return null;
  return { content, mediaType: type === 'text' ? 'text/plain' : 'text/html' };
}

/** The items of a feed document, or null when it is neither RSS (0.9x, 1.0/RDF, 2.0) nor Atom. */
export function readFeed(xml: string): FeedItem[] | null {
  const doc = htmlparser2().parseDocument(xml, { xmlMode: true });
  const root = htmlparser2().DomUtils.findOne((e) => ['rss', 'rdf:RDF', 'feed'].includes(e.name), doc.children, true);
  if (!root) return null;
  if (root.name === 'feed') {
    return htmlparser2().DomUtils.getElementsByTagName('entry', root.children, true).map((e) => {
      const links = htmlparser2().DomUtils.getElementsByTagName('link', e.children, false);
      const link = links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? null;
      const full = atomContent(child(e, 'content'));
      const summary = atomContent(child(e, 'summary'));
      const inline = full ?? (summary && visibleLength(summary.content) >= FEED_TEASER.minChars ? summary : null);
      return { title: text(child(e, 'title')), link: link?.attribs.href ?? null, published: feedDay(text(child(e, 'published')) ?? text(child(e, 'updated'))),
        content: inline?.content ?? null, mediaType: inline?.mediaType ?? 'text/html' };
    });
  }
  return htmlparser2().DomUtils.getElementsByTagName('item', root.children, true).map((e) => {
    const encoded = text(child(e, 'content:encoded'));
    const description = text(child(e, 'description'));
    const content = encoded ?? (description && visibleLength(description) >= FEED_TEASER.minChars ? description : null);
    return { title: text(child(e, 'title')), link: text(child(e, 'link')), published: feedDay(text(child(e, 'pubDate')) ?? text(child(e, 'dc:date'))),
      content, mediaType: 'text/html' as const };
  });
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An item's inline HTML as a page: the title as `<title>` and `<h1>`, the content in `<article>`. */
export function itemPage(item: FeedItem): string {
  const title = item.title ? escapeHtml(item.title) : '';
  const body = item.mediaType === 'text/plain' ? item.content!.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n') : item.content!;
  return `<!doctype html><html><head><title>${title}</title></head><body><article>${title ? `<h1>${title}</h1>` : ''}\n${body}\n</article></body></html>`;
}

/** Units for the items of the feed file at `path`. A file that is not a feed is one E036 failure. */
export async function* feedUnits(path: string, rc: ReadContext): AsyncGenerator<Unit> {
  let items: FeedItem[] | null;
  try {
    items = readFeed(decode(await readRegularFile(path, MAX_INPUT_BYTES)).text);
  } catch (err) {
    const { code, message } = codeOf(err, path);
    if (!rc.skip(path)) yield failureUnit(path, bareSource(path), code, message);
    return;
  }
  if (items === null) {
    if (!rc.skip(path)) yield failureUnit(path, bareSource(path), 'E036', `not an RSS or Atom feed (no rss, rdf:RDF or feed root): ${path}`);
    return;
  }
  for (const [i, item] of items.entries()) {
    if (rc.signal.aborted) return;
    const key = `${path}#${i}`;
    if (rc.skip(key)) continue;
    const published = item.published ?? undefined;
    if (item.content) {
      const html = itemPage(item);
      yield { key, job: async () => ({ kind: 'string', options: rc.options, text: html, mediaType: 'text/html', path: key, url: item.link, ...(published ? { published } : {}) }) };
    } else if (item.link && /^https?:\/\//i.test(item.link)) {
      yield urlUnit(item.link, rc, { key, path: key, ...(published ? { published } : {}) });
    } else {
      yield failureUnit(key, { ...bareSource(key), url: item.link }, 'E037', `feed item ${i}${item.title ? ` "${item.title}"` : ''} has no inline content and no http(s) link`);
    }
  }
}
