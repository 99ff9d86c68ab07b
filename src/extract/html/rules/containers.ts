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
  /**
   * Text that confirms the container's purpose: when it matches, the container is removed even
   * if it holds more paragraph text than the article (a consent notice or a comment thread can
   * be longer than a short story).
   */
  readonly confirm?: RegExp;
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
  { id: 'html-consent', kind: 'consent', reason: 'cookie/consent banners (GDPR CMPs)', token: segPrefix('cookie|consent|gdpr|cmp-'), maxChars: 5000, confirm: /\b(?:cookies?|consent|personal data|privacy|partners|tracking)\b/i },
  { id: 'html-paywall', kind: 'paywall', reason: 'paywall and registration walls', token: segPrefix('paywall|regwall|piano|meter-|tp-modal|subscriber-only|premium-wall'), maxChars: 2000, confirm: /\b(?:subscribe|subscribers?|subscription|log ?in|sign ?in|register)\b/i },
  { id: 'html-newsletter', kind: 'newsletter', reason: 'newsletter sign-up and subscribe boxes', token: segPrefix('newsletter|subscribe|signup|sign-up|optin|email-capture|mailing'), maxChars: 1500 },
  { id: 'html-comments', kind: 'comment', reason: 'reader comment threads (Disqus, WordPress, Coral)', token: new RegExp(`${B}(?:comments?|commentlist|disqus\\w*|respond|coral\\w*|discussion)${E}`), maxChars: 100000 },
  { id: 'html-author-bio', kind: 'author-bio', reason: 'author biography boxes', token: segPrefix('author-?bio|about-?the-?author|author-?info|author-?box|author-?card|contributor-?bio|bio-?box|authorbio'), maxChars: 1500 },
  { id: 'html-dateline', kind: 'dateline', reason: 'date/time stamp lines by class (published, updated, timestamp)', token: segPrefix('dateline|timestamp|pub-?date|publish-?date|published-?date|post-?date|entry-?date|article-?date|date-?published|date-?updated|updated-?date'), maxChars: 150 },
  { id: 'html-byline', kind: 'byline', reason: 'byline elements by class/itemprop (author names above the body)', token: segPrefix('byline|by-?line|author-?name|article-?author|post-?author|meta-?author'), maxChars: 200 },
  { id: 'html-share', kind: 'share', reason: 'share and social buttons', token: segPrefix('share|sharing|social|addthis|sharethis|shareaholic|sociable|addtoany|a2a'), maxChars: 400, noProse: true },
  { id: 'html-related', kind: 'related', reason: 'related, recommended and read-next story blocks', token: segPrefix('related|more-?stories|read-?next|readnext|recommend|recirc|also-?read|more-?from|most-?(?:read|popular|viewed)|popular|trending|outbrain|taboola|jp-relatedposts|yarpp|more-?news|next-?up'), maxChars: 5000 },
  { id: 'html-ads', kind: 'advertisement', reason: 'advertising slots', token: seg('ad|ads|advert\\w*|adslot\\w*|adunit\\w*|ad-?container|ad-?wrapper|dfp\\w*|gpt\\w*|sponsor\\w*|promo\\w*|banner-?ad'), maxChars: 600, noProse: true },
  { id: 'html-post-nav', kind: 'related', reason: 'previous/next post navigation', token: segPrefix('post-?navigation|nav-?previous|nav-?next|nav-?links|prev-?next|next-?prev|pagination'), maxChars: 800 },
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

/**
 * Tags skipped entirely during text conversion (never body text). `form` is not among them:
 * some CMSs (ASP.NET WebForms) wrap the whole page in one form.
 */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'option', 'input',
  'textarea', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link',
]);

/**
 * Class/id vocabularies that weigh a candidate content container, grouped by purpose. A token
 * matching `pattern` adds `weight` to the container's score (once per hint). Source: the
 * naming CMSs use for story bodies vs. page furniture (WordPress `entry-content`, Arc
 * `article-body`, Drupal `field-body`, `sidebar`/`widget`/`comment` furniture).
 */
export interface ContentHint { readonly id: string; readonly reason: string; readonly pattern: RegExp; readonly weight: number }

export const CONTENT_HINTS: readonly ContentHint[] = Object.freeze([
  { id: 'hint-body', reason: 'story-body container names', weight: 25,
    pattern: /(?:^|[-_])(?:article|articles|body|content|entry|main|post|story|text|blog|prose|rich-?text|field-?body|post-?body|story-?body|article-?body|entry-?content|article-?content|story-?content)(?:$|[-_])/ },
  { id: 'hint-furniture', reason: 'furniture names: sidebars, widgets, comments, footers, promos, meta lines', weight: -25,
    pattern: /(?:^|[-_])(?:sidebar|side|secondary|widget|comment|comments|combx|contact|foot|footer|footnote|masthead|meta|outbrain|promo|related|scroll|shoutbox|sponsor|shopping|tags|tool|rail|teaser|newsletter|subscribe|login|modal|popup|hidden)(?:$|[-_])/ },
] as const);

/** Prior score of a candidate container by tag (a div is the usual body wrapper; list and heading tags rarely are). */
export const TAG_PRIOR: Readonly<Record<string, number>> = Object.freeze({
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
});

/**
 * A short heading that opens a story list ("More great stories", "Related coverage", "Read
 * next", "You may also like"). Only decides together with the list of linked items that
 * follows it (rule `block-related-list` in `blocks.ts`); a body sentence starting with "More"
 * is longer, ends with a full stop, or is not followed by a linked list.
 */
export const RELATED_HEADING = Object.freeze({
  id: 'block-related-list',
  reason: 'a story-list heading followed by linked list items is a related-stories rail inside the body',
  pattern: /^(?:more\b|related\b|recommended\b|read (?:more|next|also)\b|also (?:read|on|see)\b|see also\b|further reading\b|you (?:may|might) (?:also )?(?:like|enjoy)\b|don'?t miss\b|top stories\b|latest\b|popular\b|trending\b|most (?:read|popular|viewed)\b)/i,
  maxChars: 60,
});
