import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchCredit, matchLine, matchNavigation, matchRelated, matchShareWords, matchDateline } from './match.js';
import { CREDIT_AGENCY, CREDIT_AGENCY_CUE } from './credit.js';

/** [line, kind, rule] triples that must match. */
const RESIDUE: [string, string, string][] = [
  ['Advertisement', 'advertisement', 'ad.marker'],
  ['ADVERTISEMENT', 'advertisement', 'ad.marker'],
  ['Ad', 'advertisement', 'ad.marker'],
  ['— Advertisement —', 'advertisement', 'ad.marker'],
  ['Sponsored Content', 'advertisement', 'ad.sponsored'],
  ['Story continues below advertisement', 'advertisement', 'ad.continues-below'],
  ['SHARE', 'share', 'share.buttons'],
  ['Share on Facebook', 'share', 'share.buttons'],
  ['Tweet', 'share', 'share.buttons'],
  ['Email', 'share', 'share.buttons'],
  ['Print', 'share', 'share.buttons'],
  ['Pinterest', 'share', 'share.buttons'],
  ['Facebook Twitter LinkedIn Email Print', 'share', 'share.buttons'],
  ['Click to share on Reddit (Opens in new window)', 'share', 'share.buttons'],
  ['Share this story with your colleagues today!', 'share', 'share.prompt'],
  ['Follow us on Twitter and Facebook', 'share', 'share.follow'],
  ['1.4k Shares', 'share', 'share.count'],
  ['Sign up for our morning briefing newsletter', 'newsletter', 'newsletter.signup'],
  ['The top stories of the day, delivered to your inbox.', 'newsletter', 'newsletter.inbox'],
  ['Enter your email address', 'newsletter', 'newsletter.form'],
  ['Leave a comment', 'comment', 'comment.prompt'],
  ['37 comments', 'comment', 'comment.prompt'],
  ['Comments (4)', 'comment', 'comment.prompt'],
  ['Join the conversation', 'comment', 'comment.prompt'],
  ['We use cookies to give you the best experience on our site.', 'consent', 'consent.cookies'],
  ['By continuing to browse this site you agree to our use of cookies.', 'consent', 'consent.continuing'],
  ['Accept all cookies', 'consent', 'consent.buttons'],
  ['© 2023 Harbour Media Group. All rights reserved.', 'boilerplate', 'copyright.line'],
  ['Copyright 2021 The Daily Example', 'boilerplate', 'copyright.line'],
  ['Tags: Japan, Indonesia, maritime security', 'navigation', 'nav.tags'],
  ['Home > World > Asia', 'navigation', 'nav.breadcrumb'],
  ['Subscribe to continue reading', 'paywall', 'paywall.teaser'],
  ['This article is available to subscribers only.', 'paywall', 'paywall.teaser'],
  ['Image 2 of 7', 'boilerplate', 'chrome.media'],
  ['4 min read', 'boilerplate', 'chrome.media'],
  ['Click here to download our app', 'boilerplate', 'chrome.click-here'],
];

/** Body sentences carrying residue words: must not match any rule. */
const BODY: string[] = [
  'He did not share the view that talks had failed.',
  'The advertisement campaign ran for six weeks before the vote.',
  'Photo opportunities were rare during the closed-door visit.',
  'Next week, the minister will travel to Brasília for trade talks.',
  'The report expanded on a previous article in the series.',
  'Previous articles on the dispute drew complaints from both embassies.',
  'Next, the delegation flew to Hanoi.',
  'Related talks were held in Geneva last year.',
  'Read more about the plan on the ministry’s website.',
  'Credit rating agencies cut the outlook for the bond.',
  'The envoy told Reuters.',
  'Share prices in Seoul fell sharply after the announcement.',
  'Email records show the deal was discussed in March.',
  'Print newspapers in the region have lost half their readers.',
  'Comments by the minister drew criticism from the opposition.',
  'Subscribers to the service complained about the outage.',
  'We use this approach because the data are incomplete.',
  'Copyright disputes between the two companies have dragged on for years.',
  'Sponsored by the foreign ministry, the exchange program began in 2015.',
  'Advertisements for the referendum were banned on state television.',
  'Tags on the shipping containers were altered, inspectors said.',
  'Image rights were not part of the agreement.',
  'Click-through rates fell.',
  'Watch the video below.',
  'Follow-up talks are planned for June.',
];

test('residue lines match their rule', () => {
  for (const [line, kind, rule] of RESIDUE) {
    const m = matchLine(line);
    assert.ok(m, `no match: ${line}`);
    assert.equal(m.kind, kind, line);
    assert.equal(m.rule, rule, line);
  }
});

test('false positives: body sentences with residue words match nothing', () => {
  for (const line of BODY) assert.equal(matchLine(line), null, line);
});

test('previous/next navigation splits the glued headline', () => {
  assert.deepEqual(matchNavigation('Previous articleFlood Warning Issued For Coastal Towns')?.related, { title: 'Flood Warning Issued For Coastal Towns', rel: 'previous' });
  assert.deepEqual(matchNavigation('Next article3 Ministers Resign Over Budget Row')?.related, { title: '3 Ministers Resign Over Budget Row', rel: 'next' });
  assert.deepEqual(matchNavigation('Previous: Port Strike Ends After Two Weeks')?.related, { title: 'Port Strike Ends After Two Weeks', rel: 'previous' });
  assert.deepEqual(matchNavigation('Next Post: “Talks Stall” In Vienna')?.related, { title: '“Talks Stall” In Vienna', rel: 'next' });
  assert.deepEqual(matchNavigation('« Previous Post')?.related, { title: null, rel: 'previous' });
  assert.deepEqual(matchNavigation('Newer posts →')?.related, { title: null, rel: 'next' });
  assert.equal(matchNavigation('Previously, the two sides had agreed on a ceasefire.'), null);
  assert.equal(matchNavigation('Next week, the minister will travel to Paris.'), null);
  assert.equal(matchNavigation('Previous article in the series looked at fishing quotas.'), null);
  assert.equal(matchNavigation('Nextel was sold in 2005.'), null);
});

test('related lines carry the headline, a header carries none', () => {
  assert.deepEqual(matchRelated('Related: Ceasefire Holds In Border Region')?.related, { title: 'Ceasefire Holds In Border Region', rel: 'related' });
  assert.deepEqual(matchRelated('Read more: oil exports rise for a third month')?.related, { title: 'oil exports rise for a third month', rel: 'related' });
  assert.deepEqual(matchRelated('Also read Talks Resume In Doha')?.related, { title: 'Talks Resume In Doha', rel: 'related' });
  assert.deepEqual(matchRelated('You may also like')?.related, { title: null, rel: 'related' });
  assert.equal(matchRelated('Related talks were held in Geneva last year.'), null);
  assert.equal(matchRelated('Relatedly, the council voted.'), null);
});

test('credits: labelled, bracketed and agency signatures', () => {
  assert.deepEqual(matchCredit('Photo Credit: Maria Lopez / EPA'), { kind: 'credit', rule: 'credit.label', credit: 'Maria Lopez / EPA', caption: null });
  assert.equal(matchCredit('Photo: Maria Lopez')?.credit, 'Maria Lopez');
  assert.equal(matchCredit('Credit: Foreign Ministry handout')?.credit, 'Foreign Ministry handout');
  assert.equal(matchCredit('Image: Satellite picture courtesy of the agency')?.credit, 'Satellite picture courtesy of the agency');
  assert.equal(matchCredit('(Photo: Sam Berg/Reuters)')?.credit, 'Sam Berg/Reuters');
  assert.equal(matchCredit('Photo by Lena Park')?.credit, 'Lena Park');
  const br = matchCredit('Delegates gather before the vote (Photo: Sam Berg/Reuters)');
  assert.deepEqual([br?.caption, br?.credit, br?.rule], ['Delegates gather before the vote', 'Sam Berg/Reuters', 'credit.bracketed']);
  const ag = matchCredit('Troops unload supplies at the port on Monday. REUTERS/Ana Silva');
  assert.deepEqual([ag?.caption, ag?.credit], ['Troops unload supplies at the port on Monday.', 'REUTERS/Ana Silva']);
  assert.equal(matchCredit('Tom Reed/AFP via Getty Images')?.credit, 'Tom Reed/AFP via Getty Images');
  assert.equal(matchCredit('Getty Images')?.credit, 'Getty Images');
  assert.equal(matchCredit('AP Photo/Lee Chang')?.credit, 'AP Photo/Lee Chang');
  for (const body of ['Photo opportunities were rare.', 'The envoy told Reuters.', 'Credit is tight, bankers said on Monday.', 'Images of the summit were broadcast live on state television for hours.']) {
    assert.equal(matchCredit(body), null, body);
  }
});

test('share words need a share word and nothing else', () => {
  assert.ok(matchShareWords('Share this article on Telegram:'));
  assert.ok(matchShareWords('FACEBOOK | TWITTER | WHATSAPP | 12 comments'));
  assert.ok(matchShareWords('Click to share on Reddit (Opens in new window)'));
  assert.equal(matchShareWords('Link'), null);
  assert.equal(matchShareWords('X'), null);
  assert.equal(matchShareWords('Copy link'), null);
  assert.equal(matchShareWords(''), null);
  assert.equal(matchShareWords('Share the burden'), null);
  assert.equal(matchShareWords('share-buttons'), null);
  // Seventeen share words are a run of text, not a button row.
  assert.equal(matchShareWords(Array(17).fill('share').join(' ')), null);
  assert.ok(matchShareWords(Array(16).fill('share').join(' ')));
});

test('every agency signature carries the agency cue; lines without it never match', () => {
  const signatures = ['REUTERS/Ana Silva', 'Ana Silva/AFP', 'Eli Cohen / GPO / Flash 90', 'AFP via Getty Images', 'Ana Silva for Getty Images',
    'Getty Images', 'Shutterstock', 'Alamy Stock Photo', 'AP Photo', 'Boats in the harbour. (AP Photo/Lee Chang)'];
  for (const s of signatures) {
    assert.ok(CREDIT_AGENCY.test(s), s);
    assert.ok(CREDIT_AGENCY_CUE.test(s), s);
  }
  for (const s of ['The envoy told Reuters', 'Ana Silva AFP', 'Pictures by the agency Xinhua']) assert.equal(CREDIT_AGENCY_CUE.test(s) || CREDIT_AGENCY.test(s), false, s);
});

test('date stamps', () => {
  assert.equal(matchDateline('Published March 3, 2022')?.rule, 'dateline.stamp');
  assert.equal(matchDateline('Tuesday, 8 November 2022')?.rule, 'dateline.bare-date');
  assert.equal(matchDateline('Published reports say 12 people died.'), null);
});
