/**
 * Share prompts and share-button words ("Share this article on WhatsApp:", "SHARE", "Tweet",
 * "Share on Facebook", "Facebook Twitter Email Print"). A line is share residue when every word
 * on it is a share word or filler and at least one is a share word; so "He did not share the view"
 * stays body (it has words outside the vocabulary). Source: button labels of common share widgets.
 */
import { freezeRules, type LineRule, type Threshold } from './types.js';

/** Words that name a share action or a sharing network (lower case). */
export const SHARE_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  'share', 'shares', 'shared', 'sharing', 'tweet', 'retweet', 'email', 'e-mail', 'mail', 'print',
  'pinterest', 'pin', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'reddit', 'telegram',
  'messenger', 'flipboard', 'tumblr', 'sms', 'viber', 'vk', 'pocket', 'bluesky', 'threads', 'mastodon',
  'copy', 'copied', 'link', 'url', 'save', 'bookmark', 'gift',
]));

/** Words that may accompany share words on a button line ("Click to share on Twitter (Opens in new window)"). */
export const SHARE_FILLER: ReadonlySet<string> = Object.freeze(new Set([
  'this', 'the', 'article', 'story', 'post', 'page', 'on', 'via', 'to', 'by', 'with', 'and', 'or', 'it',
  'click', 'opens', 'open', 'in', 'new', 'window', 'tab', 'your', 'friends', 'a', 'friend', 'now',
  'options', 'more', 'icon', 'button', 'count', 'comments', 'comment', 'send', 'us', 'me',
]));

/** Words that alone must not make a share line: they need a share verb next to them. */
export const SHARE_WEAK: ReadonlySet<string> = Object.freeze(new Set(['x', 'pin', 'mail', 'copy', 'link', 'url', 'save', 'threads', 'pocket', 'gift', 'shared']));

export const SHARE_LIMITS = Object.freeze({
  maxWords: Object.freeze<Threshold>({
    id: 'share.max-words', value: 16,
    reason: 'the longest share-widget label lines (a row of network names plus "Click to share") stay under 16 words',
  }),
});

/** Share and social-follow prompts that carry words outside the share vocabulary. */
export const SHARE_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'share.prompt', kind: 'share', maxWords: 14,
    reason: '"Share this (article|story)..." prompts invite sharing and end the article',
    pattern: /^(?:click to )?share (?:this|the) (?:article|story|post|page|video)\b[^.!?]*[:.!]?$/i,
  },
  {
    id: 'share.follow', kind: 'share', maxWords: 14,
    reason: '"Follow us/him/her on Twitter" and "Follow @handle" lines promote social accounts',
    pattern: /^(?:follow (?:us|him|her|them|me|@\w+)\b.*(?:twitter|facebook|instagram|x|linkedin|telegram|threads|bluesky|youtube|tiktok|@\w+).*|follow @\w+\.?)$/i,
  },
  {
    id: 'share.count', kind: 'share', maxWords: 4,
    reason: 'share counters ("1.2k Shares", "Shares 37") are widget output',
    pattern: /^(?:[\d.,]+\s*[km]?\s+shares?|shares?\s*[:]?\s*[\d.,]+\s*[km]?)$/i,
  },
]);
