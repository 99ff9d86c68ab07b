/**
 * Previous/next navigation ("Previous articleSome Title", "Next: Title", "« Previous Post"),
 * related-story lines ("Related:", "Read more:", "Also read"), and tag lines ("Tags: ...").
 * Source: post-navigation and related-post widgets of news CMS themes (WordPress, Newspaper).
 */
import { freezeRules, type LineRule } from './types.js';

/** Navigation keywords (lower case) and the direction they point. */
export const NAV_KEYWORDS: Readonly<Record<string, 'previous' | 'next'>> = Object.freeze({
  previous: 'previous', prev: 'previous', older: 'previous',
  next: 'next', newer: 'next',
});

/** Nouns that may follow a navigation keyword ("Previous article", "Next post"). */
export const NAV_NOUNS: readonly string[] = Object.freeze(['article', 'post', 'story', 'entry', 'item', 'news', 'posts', 'articles', 'stories', 'entries']);

/** Arrow characters that navigation links wear on either side. */
export const NAV_ARROWS = '«‹<←»›>→';

/**
 * Prefixes that introduce related stories. `title` is captured after the prefix; with a separator
 * (colon, bar, dash) any text follows; without one the rest must read as a headline.
 */
export const RELATED_PREFIXES: readonly string[] = Object.freeze([
  'related', 'related articles', 'related article', 'related stories', 'related story', 'related coverage',
  'related content', 'related posts', 'related news', 'related reading', 'related links', 'read more',
  'read also', 'also read', 'read next', 'up next', 'see also', 'more on this', 'more on this story',
  'more stories', 'more news', 'recommended', 'recommended for you', 'recommended stories', 'you may also like',
  'you might also like', 'you may be interested in', 'most read', 'most popular', 'most viewed', 'trending',
  'trending now', "don't miss", 'don’t miss', "editor's picks", 'editor’s picks', 'top stories', 'latest news',
  'watch', 'listen', 'in other news', 'further reading',
]);

/** Tag and category lines. */
export const TAG_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'nav.tags', kind: 'navigation', maxWords: 40,
    reason: 'tag/topic/category lists link to section pages, not article content',
    pattern: /^(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|keywords|related topics|more about)\s*[:|]\s*\S.*$|^(?:tags|topics|categories)$/i,
  },
  {
    id: 'nav.breadcrumb', kind: 'navigation', maxWords: 12,
    reason: 'breadcrumbs ("Home > World > Asia") and skip links are site navigation',
    pattern: /^(?:home\s*(?:[>»/|›]\s*[\p{L} &-]+)+|skip to (?:main )?content|back to top|go to top|main menu|menu|search)$/iu,
  },
]);
