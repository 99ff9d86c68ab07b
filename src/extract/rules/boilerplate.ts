/**
 * Newsletter sign-ups, comment prompts, cookie/consent notices, copyright lines, paywall teasers,
 * datelines and other page chrome, as whole-line rules. Source: residue seen in scrapes of news
 * sites (consent banners, comment widgets, subscription walls).
 */
import { freezeRules, type LineRule } from './types.js';

export const NEWSLETTER_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'newsletter.signup', kind: 'newsletter', maxWords: 30,
    reason: 'imperative sign-up prompts for newsletters or alerts',
    pattern: /^(?:sign up|subscribe|get|join|register|receive|want)\b.{0,160}\b(?:newsletters?|alerts?|briefing|digest|inbox|updates)\b.*$/i,
  },
  {
    id: 'newsletter.inbox', kind: 'newsletter', maxWords: 30,
    reason: '"... delivered to your inbox" promises belong to sign-up boxes',
    pattern: /^.{0,160}\b(?:delivered|straight|direct(?:ly)?|sent) (?:to|into) your inbox\b.*$/i,
  },
  {
    id: 'newsletter.form', kind: 'newsletter', maxWords: 30,
    reason: 'form labels and legal notes of sign-up boxes',
    pattern: /^(?:enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address|sign up|subscribe|subscribe now|sign me up|by (?:signing up|subscribing|clicking)\b.*|thank you for (?:signing up|subscribing)\b.*|you can unsubscribe at any time\b.*|invalid e-?mail\b.*)\.?!?$/i,
  },
]);

export const COMMENT_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'comment.prompt', kind: 'comment', maxWords: 14,
    reason: 'comment widget prompts and counters ("Leave a comment", "12 comments")',
    pattern: /^(?:leave a (?:comment|reply)|add (?:a|your) comment|post a comment|write a comment|comments?|show comments|view comments|hide comments|load comments|read comments|see comments|join the (?:conversation|discussion|debate)|be the first to comment\b.*|comment on this (?:story|article|post)|comments are closed\.?|you must be logged in to post a comment\.?|\d[\d,]*\s+(?:comments?|responses?|replies|reactions)|comments?\s*[(:]?\s*\d[\d,]*\)?|discussion|conversation)[.:!]?$/i,
  },
]);

export const CONSENT_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'consent.cookies', kind: 'consent', maxWords: 70,
    reason: 'cookie banners open with "We use cookies" / "This site uses cookies"',
    pattern: /^(?:we|this (?:web)?site|our (?:web)?site|this page)\s+(?:and our partners\s+)?(?:use|uses)\s+cookies\b.*$/i,
  },
  {
    id: 'consent.continuing', kind: 'consent', maxWords: 50,
    reason: '"By continuing to use/browse this site you agree..." consent notes',
    pattern: /^by (?:continuing to (?:use|browse)|using|browsing|clicking)\b.{0,120}\b(?:agree|consent|accept)\b.*$/i,
  },
  {
    id: 'consent.buttons', kind: 'consent', maxWords: 6,
    reason: 'consent banner buttons and links',
    pattern: /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|i agree|i accept|agree|got it|ok(?:ay)?|allow(?: all)?(?: cookies)?|manage (?:preferences|options|settings|cookies)|cookie (?:settings|policy|preferences|notice)|privacy (?:policy|settings)|privacy & cookies|terms (?:of (?:use|service)|and conditions)|do not sell my (?:personal )?info(?:rmation)?)\.?$/i,
  },
]);

export const COPYRIGHT_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'copyright.line', kind: 'boilerplate', maxWords: 40,
    reason: 'copyright notices (©, (c), "Copyright 2019 ...", "All rights reserved")',
    pattern: /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}|by\s)|all rights reserved\b).*$|^.{0,120}\ball rights reserved\.?$/i,
  },
]);

export const PAYWALL_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'paywall.teaser', kind: 'paywall', maxWords: 30,
    reason: 'teasers that hide the rest of the story behind a subscription: the text is truncated',
    pattern: /^(?:(?:please )?(?:subscribe|sign in|log in|register)\b.{0,60}\b(?:to (?:continue|keep) reading|to read (?:the|this) (?:full|rest|whole|entire)|for full access|to unlock)\b.*|to (?:continue|keep) reading\b.{0,80}\b(?:subscribe|sign in|log in|subscription|register)\b.*|this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)\b.*|(?:you have|you've) reached your (?:limit|maximum) of free (?:articles|stories)\b.*|already a subscriber\?.*|(?:read|unlock) the full (?:story|article) (?:with|by)\b.*)$/i,
  },
  {
    id: 'paywall.prompt', kind: 'paywall', maxWords: 20,
    reason: 'subscription offers ("Subscribe now", "Support our journalism") are page chrome',
    pattern: /^(?:subscribe (?:now|today|here)\b.*|support (?:our|independent) journalism\b.*|become a (?:member|subscriber|supporter)\b.*|get (?:unlimited|full|digital) access\b.*|start your (?:free )?trial\b.*|only \S+ (?:a|per) (?:month|week)\b.*)$/i,
  },
]);

/** Paywall rule ids whose match means the body is cut short (sets `flags.paywalled` and `flags.truncated`). */
export const TRUNCATING_RULES: ReadonlySet<string> = Object.freeze(new Set(['paywall.teaser']));

export const CHROME_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'chrome.media', kind: 'boilerplate', maxWords: 10,
    reason: 'gallery, video and audio player labels ("Image 1 of 5", "Listen to this article", "3 min read")',
    pattern: /^(?:(?:image|photo|picture|slide) \d+ (?:of|\/) \d+|view (?:gallery|slideshow|photos)|(?:listen|watch) (?:to )?(?:this|the) (?:article|story|video)|play video|loading(?:\.\.\.|…)?|\d+ min(?:ute)?s? read|reading time:?.*|enlarge(?: this image)?|toggle caption|hide caption|expand)$/i,
  },
  {
    id: 'chrome.click-here', kind: 'boilerplate', maxWords: 20,
    reason: '"Click here to ..." calls to action point off the article',
    pattern: /^click here\b.*$/i,
  },
  {
    id: 'chrome.report-error', kind: 'boilerplate', maxWords: 25,
    reason: 'correction and contact prompts ("Report an error", "Have a news tip?")',
    pattern: /^(?:report (?:an? )?(?:error|typo|correction)|found (?:an? )?(?:error|typo)\b.*|have a (?:news )?tip\??.*|contact (?:us|the author)|send us (?:a|your) (?:tip|story)\b.*)$/i,
  },
]);

/** Dateline lines at the top: "Published April 16, 2019", "Updated: 2019-04-16 10:32". */
export const DATELINE_RULES: readonly LineRule[] = freezeRules<LineRule>([
  {
    id: 'dateline.stamp', kind: 'dateline', maxWords: 14,
    reason: 'publication/update stamps are metadata, not body',
    pattern: /^(?:published|updated|posted|last updated|first published|modified)\b\s*(?:on|at)?\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^.!?]*$/i,
  },
  {
    id: 'dateline.bare-date', kind: 'dateline', maxWords: 8,
    reason: 'a line that is only a date (with an optional weekday or time) is a date stamp',
    pattern: /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i,
  },
]);
