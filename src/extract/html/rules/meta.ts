/**
 * Meta tag names read for each metadata field, in precedence order within the "meta" tier.
 * Sources: Open Graph protocol (ogp.me, `article:*`), Twitter cards, Dublin Core (`dc.*`,
 * `dcterms.*`), Parse.ly and Sailthru tags, and the HTML `name=author` / `application-name`.
 */

export const META_TITLE: readonly string[] = Object.freeze(['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title']);

export const META_AUTHOR: readonly string[] = Object.freeze([
  'author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'cxenseparse:author', 'og:article:author',
]);

export const META_PUBLISHED: readonly string[] = Object.freeze([
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created',
  'dc.date.created', 'sailthru.date', 'parsely-pub-date', 'original-publish-date', 'article_date_original', 'displaydate', 'cxenseparse:recs:publishtime',
]);

export const META_MODIFIED: readonly string[] = Object.freeze([
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'article.updated',
]);

export const META_SITE: readonly string[] = Object.freeze(['og:site_name']);
export const META_APP: readonly string[] = Object.freeze(['application-name', 'apple-mobile-web-app-title']);
export const META_LANGUAGE: readonly string[] = Object.freeze(['content-language', 'language', 'dc.language', 'og:locale']);
export const META_IMAGE: readonly string[] = Object.freeze(['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']);

/** Class/id tokens of byline elements (authors as page text). */
export const BYLINE_TOKEN = /(?:^|[-_])(?:byline|by-?line|author-?name|article-?author|post-?author|author|authors|writer|contributor|reporter)(?:$|[-_])/;

/** Class/id tokens of elements whose text is the publication date. */
export const DATE_TOKEN = /(?:^|[-_])(?:published|pub-?date|publish-?date|post-?date|entry-?date|article-?date|dateline|timestamp|date)(?:$|[-_])/;

/** Title separators before a site-name suffix (" | Site", " - Site", " — Site", " :: Site"). */
export const TITLE_SEPARATOR = /\s+(?:[|\-–—·:]|::|»)\s+/;

/**
 * Labels that mark a date line as not the publication date ("Updated ...", "Accepted 3 May
 * 2019", "Last modified ..."): such text is never read as `published`. Source: news and journal
 * pages, which print revision and review dates next to the publication date.
 */
export const NOT_PUBLISHED_LABEL = Object.freeze({
  id: 'date-not-published-label',
  reason: 'updated/modified/accepted/revised/received dates are not the publication date',
  pattern: /^\W*(?:last\s+)?(?:updated?|modified|edited|accepted|revised|received|reviewed|corrected|amended)\b/i,
});

/**
 * Class/id tokens of page furniture whose names are never the article's authors (side rails,
 * widgets, related and most-read lists, comment threads, author lists of other stories).
 */
export const AUTHOR_EXCLUDED_CONTAINER = Object.freeze({
  id: 'author-not-in-furniture',
  reason: 'names in sidebars, widgets, related lists and comments belong to other stories or readers',
  tags: new Set(['aside', 'nav', 'footer']) as ReadonlySet<string>,
  token: /(?:^|[-_])(?:sidebar|side-?bar|rail|widget|related|recommend\w*|most-?(?:read|popular)|popular|trending|comments?|disqus|teaser|promo|footer)(?:$|[-_])/,
});
