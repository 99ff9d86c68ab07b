import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './dom.js';
import { primaryLanguage, readMetadata } from './metadata.js';
import { indexPage } from './page.js';
import { stripSiteSuffix } from './title.js';

const page = (head: string, body = '') => indexPage(parseDocument(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`));
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

const OG = '<meta property="og:title" content="Harbour Plan Gets Green Light | Coastal Herald">'
  + '<meta property="og:site_name" content="Coastal Herald">'
  + '<meta property="article:published_time" content="2021-03-02T09:00:00Z">'
  + '<meta property="article:modified_time" content="2021-03-09T12:00:00Z">'
  + '<meta name="author" content="Ines Walker">';
const TIME_BODY = '<article><h1>Harbour plan approved</h1><time datetime="2021-03-01">1 March</time><p class="byline">By Rob Tan</p></article>';

test('JSON-LD beats OpenGraph beats <time> for title, authors and published', () => {
  const json = ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council approves harbour plan',
    datePublished: '2021-03-03', dateModified: '2021-03-10', author: [{ '@type': 'Person', name: 'Mara Quinn' }, 'By Leo Park'],
    publisher: { '@type': 'Organization', name: 'Herald Media' } });
  const m = readMetadata(page(json + OG, TIME_BODY), 'https://herald.example/2021/02/28/harbour');
  assert.equal(m.title, 'Council approves harbour plan');
  assert.deepEqual(m.authors, ['Mara Quinn', 'Leo Park']);
  assert.equal(m.published, '2021-03-03');
  assert.equal(m.modified, '2021-03-10');
  assert.deepEqual(m.provenance, { site: 'meta', title: 'jsonld', authors: 'jsonld', published: 'jsonld', modified: 'jsonld', language: 'dom' });
  assert.equal(m.site, 'Coastal Herald');
});

test('without JSON-LD, meta wins over <time>, and the title loses its site suffix', () => {
  const m = readMetadata(page(OG, TIME_BODY), null);
  assert.equal(m.title, 'Harbour Plan Gets Green Light');
  assert.equal(m.published, '2021-03-02');
  assert.deepEqual(m.authors, ['Ines Walker']);
  assert.equal(m.provenance.published, 'meta');
});

test('without meta, <time> wins over the URL date; byline text gives the authors', () => {
  const m = readMetadata(page('<title>Harbour plan approved - Coastal Herald</title>', TIME_BODY), 'https://herald.example/2021/02/28/harbour');
  assert.equal(m.published, '2021-03-01');
  assert.equal(m.provenance.published, 'time');
  assert.deepEqual(m.authors, ['Rob Tan']);
  assert.equal(m.provenance.authors, 'byline');
  assert.equal(m.title, 'Harbour plan approved');
  assert.equal(m.site, 'herald.example');
  assert.equal(m.provenance.site, 'url');
});

test('the URL date is the last resort', () => {
  const m = readMetadata(page('<title>x</title>', '<p>Text</p>'), 'https://herald.example/2021/02/28/harbour');
  assert.equal(m.published, '2021-02-28');
  assert.equal(m.provenance.published, 'url');
});

test('modified never becomes published', () => {
  const m = readMetadata(page('<meta property="article:modified_time" content="2021-03-09">'
    + ld({ '@type': 'Article', headline: 'H', dateModified: '2021-03-10' }), '<p>No date here.</p>'), null);
  assert.equal(m.published, null);
  assert.equal(m.modified, '2021-03-10');
  assert.equal(m.provenance.published, undefined);
});

test('impossible dates are skipped for the next source', () => {
  const m = readMetadata(page('<meta property="article:published_time" content="2021-02-31">', TIME_BODY), null);
  assert.equal(m.published, '2021-03-01');
});

test('author URLs and Organization authors are not names; paywall from isAccessibleForFree', () => {
  const m = readMetadata(page('<meta property="article:author" content="https://facebook.com/someone">'
    + ld({ '@type': 'NewsArticle', headline: 'H', isAccessibleForFree: 'False', author: { '@type': 'Organization', name: 'Herald Desk' } }),
  '<a rel="author" href="/people/ana">Ana Lima</a>'), null);
  assert.deepEqual(m.authors, ['Ana Lima']);
  assert.equal(m.provenance.authors, 'dom');
  assert.equal(m.free, false);
});

test('JSON-LD in @graph with HTML entities; language primary subtag', () => {
  const m = readMetadata(page(ld({ '@graph': [{ '@type': 'WebSite', name: 'S' }, { '@type': 'BlogPosting', headline: 'Rain &amp; wind &#8217;til noon' }] })
    + '<meta property="og:locale" content="fr_FR">'), null);
  assert.equal(m.title, 'Rain & wind ’til noon');
  assert.equal(m.language, 'en');
  assert.equal(primaryLanguage('fr_FR'), 'fr');
  assert.equal(primaryLanguage('english'), null);
});

test('title suffix is stripped only when it names the site', () => {
  assert.equal(stripSiteSuffix('Trade war - what comes next', 'Daily Ledger', 'ledger.example'), 'Trade war - what comes next');
  assert.equal(stripSiteSuffix('Trade war | Daily Ledger', 'Daily Ledger', null), 'Trade war');
  assert.equal(stripSiteSuffix('Trade war — LEDGER', null, 'www.ledger.example'), 'Trade war');
});

test('crawled caps every page date: a later date is dropped for the next source, never replaced by the clock', () => {
  const head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z"><meta property="article:modified_time" content="2031-01-02">';
  const m = readMetadata(page(head, '<article><time datetime="2021-03-01">1 March</time></article>'), null, { crawled: '2021-06-30' });
  assert.equal(m.published, '2021-03-01');
  assert.equal(m.provenance.published, 'time');
  assert.equal(m.modified, null);
  const none = readMetadata(page(head), null, { crawled: '2021-06-30' });
  assert.equal(none.published, null);
  assert.equal(none.provenance.published, undefined);
  // Without crawled the page's own date stands (no clock involved).
  assert.equal(readMetadata(page(head), null).published, '2031-01-01');
});

test('updated / accepted date lines are never the publication date (rule date-not-published-label)', () => {
  const body = '<div class="date">Accepted: 12 May 2020</div><span class="timestamp">Updated March 9, 2021</span><div class="pub-date">March 2, 2021</div>';
  const m = readMetadata(page('<title>x</title>', body), null);
  assert.equal(m.published, '2021-03-02');
  assert.equal(m.provenance.published, 'dom');
  const only = readMetadata(page('<title>x</title>', '<div class="date">Last updated 9 March 2021</div>'), null);
  assert.equal(only.published, null);
});

test('JSON-LD: @graph with @id references and {"@value": ...} values', () => {
  const graph = { '@context': 'https://schema.org', '@graph': [
    { '@type': 'Person', '@id': '#p1', name: 'Lena Hart' },
    { '@type': 'Organization', '@id': '#org', name: 'Harbour Weekly' },
    { '@type': 'NewsArticle', headline: { '@value': 'Ferry link restored' }, datePublished: { '@value': '2022-05-04T08:00:00Z' },
      author: [{ '@id': '#p1' }], publisher: { '@id': '#org' }, inLanguage: { '@value': 'en-GB' } },
  ] };
  const m = readMetadata(page(ld(graph)), null);
  assert.equal(m.title, 'Ferry link restored');
  assert.equal(m.published, '2022-05-04');
  assert.deepEqual(m.authors, ['Lena Hart']);
  assert.equal(m.site, 'Harbour Weekly');
  assert.equal(m.provenance.site, 'jsonld');
});

test('false positives: sidebar, widget and comment names never become authors', () => {
  const body = '<aside class="sidebar"><div class="author-name">Tomasz Kruk</div></aside>'
    + '<div class="widget"><a rel="author" href="/people/x">Irena Sowa</a></div>'
    + '<div class="comments"><span class="byline">By Reader Joe</span></div><article><p>No byline in this story.</p></article>';
  const m = readMetadata(page('<title>x</title>', body), null);
  assert.deepEqual(m.authors, []);
  assert.equal(m.provenance.authors, undefined);
});
