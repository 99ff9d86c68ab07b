/**
 * Boilerplate container vocabularies for HTML pages: which elements (by tag, ARIA role, or a
 * token of their class/id) are page furniture rather than article body.
 *
 * Each rule has an `id` (recorded as `removed[].reason`), the `kind` it removes, and a one-line
 * reason. Sources: common CMS markup (WordPress, Arc, Drupal, Brightspot class names), the
 * WAI-ARIA landmark roles, and the failures seen on the ScrapingHub article-extraction
 * benchmark pages (read at run time from ../shared, never copied).
 */
import type { RemovedKind } from '../../../doc.js';

/** One container rule. `token` is tested against each lower-cased class/id token. */
export interface ContainerRule {
  readonly id: string;
  readonly kind: RemovedKind;
  readonly reason: string;
  /** Tag names (lower case) the rule matches outright. */
  readonly tags?: readonly string[];
  /** ARIA roles the rule matches. */
  readonly roles?: readonly string[];
  /** Pattern for one class or id token; segments are split on `-`, `_` and camel case is lowered. */
  readonly token?: RegExp;
  /** Largest text (characters) a matched element may hold and still be removed. */
  readonly maxChars: number;
  /** The rule also removes elements inside a paragraph (other rules leave inline markup alone). */
  readonly inline?: boolean;
  /** Skip elements that hold prose (a blockquote or a long paragraph): embeds and quotes are body. */
  readonly noProse?: boolean;
}

/** A segment boundary inside a class token: start/end or `-`/`_`. */
const B = '(?:^|[-_])';
const E = '(?:$|[-_])';
const seg = (alts: string): RegExp => new RegExp(`${B}(?:${alts})${E}`);
const segPrefix = (alts: string): RegExp => new RegExp(`${B}(?:${alts})`);

/**
 * Container rules in priority order (the first match decides the kind). `maxChars` is a guard:
 * a "share" class on an element holding a whole article is a CMS page class, not a share strip.
 */
export const CONTAINER_RULES: readonly ContainerRule[] = Object.freeze([
  { id: 'html-consent', kind: 'consent', reason: 'cookie/consent banners (GDPR CMPs)', token: segPrefix('cookie|consent|gdpr|cmp-'), maxChars: 3000 },
  { id: 'html-paywall', kind: 'paywall', reason: 'paywall and registration walls', token: segPrefix('paywall|regwall|piano|meter-|tp-modal|subscriber-only|premium-wall'), maxChars: 2000 },
  { id: 'html-newsletter', kind: 'newsletter', reason: 'newsletter sign-up and subscribe boxes', token: segPrefix('newsletter|subscribe|signup|sign-up|optin|email-capture|mailing'), maxChars: 1500 },
  { id: 'html-comments', kind: 'comment', reason: 'reader comment threads (Disqus, WordPress, Coral)', token: new RegExp(`${B}(?:comments?|commentlist|disqus\\w*|respond|coral\\w*|discussion)${E}`), maxChars: 100000 },
  { id: 'html-author-bio', kind: 'author-bio', reason: 'author biography boxes', token: segPrefix('author-?bio|about-?the-?author|author-?info|author-?box|author-?card|contributor-?bio|bio-?box|authorbio'), maxChars: 1500 },
  { id: 'html-dateline', kind: 'dateline', reason: 'date/time stamp lines by class (published, updated, timestamp)', token: segPrefix('dateline|timestamp|pub-?date|publish-?date|published-?date|post-?date|entry-?date|article-?date|date-?published|date-?updated|updated-?date'), maxChars: 150 },
  { id: 'html-byline', kind: 'byline', reason: 'byline elements by class/itemprop (author names above the body)', token: segPrefix('byline|by-?line|author-?name|article-?author|post-?author|meta-?author'), maxChars: 200 },
  { id: 'html-share', kind: 'share', reason: 'share and social buttons', token: segPrefix('share|sharing|social|addthis|sharethis|shareaholic|sociable|addtoany|a2a'), maxChars: 400, noProse: true },
  { id: 'html-related', kind: 'related', reason: 'related, recommended and read-next story blocks', token: segPrefix('related|more-?stories|read-?next|readnext|recommend|recirc|also-?read|more-?from|most-?(?:read|popular|viewed)|popular|trending|outbrain|taboola|jp-relatedposts|yarpp|more-?news|next-?up'), maxChars: 5000 },
  { id: 'html-ads', kind: 'advertisement', reason: 'advertising slots', token: seg('ad|ads|advert\\w*|adslot\\w*|adunit\\w*|ad-?container|ad-?wrapper|dfp\\w*|gpt\\w*|sponsor\\w*|promo\\w*|banner-?ad'), maxChars: 600, noProse: true },
  { id: 'html-post-nav', kind: 'related', reason: 'previous/next post navigation', token: segPrefix('post-?navigation|nav-?previous|nav-?next|nav-?links|prev-?next|pagination'), maxChars: 800 },
  { id: 'html-nav-tag', kind: 'navigation', reason: 'navigation landmarks', tags: ['nav'], roles: ['navigation', 'menubar', 'menu'], maxChars: 100000 },
  { id: 'html-nav-class', kind: 'navigation', reason: 'menus, breadcrumbs and site headers/footers by class', token: segPrefix('nav|navbar|menu|breadcrumbs?|masthead|site-?header|site-?footer|global-?header|global-?footer|skip-?link|toolbar|topbar'), maxChars: 4000 },
  { id: 'html-footer', kind: 'navigation', reason: 'page footers', tags: ['footer'], roles: ['contentinfo'], maxChars: 100000 },
  { id: 'html-banner', kind: 'navigation', reason: 'page banners (site header landmark)', roles: ['banner'], maxChars: 100000 },
  { id: 'html-copyright', kind: 'boilerplate', reason: 'copyright and legal notices by class', token: segPrefix('copyright|legal|disclaimer'), maxChars: 800 },
  { id: 'html-popup', kind: 'other', reason: 'hover cards and tooltips inside paragraphs (hidden until hovered)', token: new RegExp(`${B}(?:tooltip|popover|hover-?card|popup|rollover)(?:-[a-z0-9]+)*-(?:block|content|card|box|body|panel)${E}|${B}(?:tooltip|popover|hovercard)${E}`), maxChars: 3000, inline: true },
  { id: 'html-tags', kind: 'boilerplate', reason: 'tag/topic lists and print/email tools', token: seg('tags|tag-?list|post-?tags|topics|keywords|print|tools|article-?tools'), maxChars: 600 },
] as const satisfies readonly ContainerRule[]);

/**
 * Class/id tokens that never count: WordPress and other CMSs stamp taxonomy terms on the
 * article element (`tag-social-media`, `category-advertising`), which say nothing about layout.
 */
export const IGNORED_TOKEN = /^(?:tag|category|categories|topic|section|format|post|type|status|postid|page-id|term)-/;

/** Tags never removed by a class rule (the document frame and the content roots). */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article', 'h1']);

/** Tags skipped entirely during text conversion (never body text). */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'option', 'input',
  'textarea', 'form', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link',
]);
