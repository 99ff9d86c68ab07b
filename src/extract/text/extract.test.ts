import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleSchema, type Article } from '../../doc.js';
import { newCtx } from '../../context.js';
import { extractText } from './index.js';

const run = (raw: string): Article => extractText(raw, newCtx());
const paras = (a: Article): string[] => a.paragraphs.map((p) => a.text.slice(p.start, p.end));
const kinds = (a: Article): string[] => a.removed.map((r) => r.kind);

/** Spans tile the text: paragraphs joined by a blank line give the text back. */
function assertSpans(a: Article): void {
  assert.equal(paras(a).join('\n\n'), a.text);
  ArticleSchema.parse(a);
}

const WIRE = [
  'Brazil And Argentina Pledge New Trade Corridor',
  'By LUCIA FERREYRA and Marco Teixeira, Reuters',
  'Published January 23, 2023',
  '',
  'Brazil’s president and Argentina’s president agreed on Monday to build a rail link across their shared border.',
  '',
  'The two leaders signed a memorandum in Buenos Aires after a two-hour meeting, according to a joint statement.',
  '',
  'The presidents wave from a balcony in Buenos Aires. REUTERS/Ana Silva',
  '',
  'Advertisement',
  '',
  'Officials said the corridor could carry grain and iron ore within five years.',
  '',
  '“This is a road that joins our peoples,” one of the presidents told reporters.',
  '',
  'Related Articles',
  'Uruguay Seeks Seat At Trade Talks',
  'Chile Signs Lithium Accord',
  '',
  'Leave a comment',
  'Tags: Brazil, Argentina, trade',
  'We use cookies to improve your experience on our site.',
  '© 2023 Example Wire. All rights reserved.',
].join('\n');

test('wire scrape: title, byline, date, inline credit, mid ad, related list, tail chrome', () => {
  const a = run(WIRE);
  assertSpans(a);
  assert.equal(a.title, 'Brazil And Argentina Pledge New Trade Corridor');
  assert.deepEqual(a.authors, ['Lucia Ferreyra', 'Marco Teixeira']);
  assert.equal(a.provenance.authors, 'byline');
  assert.equal(a.provenance.title, 'text');
  assert.equal(a.published, '2023-01-23');
  assert.equal(paras(a).length, 4);
  assert.ok(paras(a)[0].startsWith('Brazil’s president'));
  assert.ok(paras(a)[3].endsWith('told reporters.'));
  assert.deepEqual(a.images, [{ src: null, caption: 'The presidents wave from a balcony in Buenos Aires.', credit: 'REUTERS/Ana Silva' }]);
  assert.deepEqual(a.related.map((r) => [r.title, r.rel]), [['Uruguay Seeks Seat At Trade Talks', 'related'], ['Chile Signs Lithium Accord', 'related']]);
  assert.deepEqual(kinds(a), ['title', 'byline', 'dateline', 'credit', 'advertisement', 'related', 'related', 'related', 'comment', 'navigation', 'consent', 'boilerplate']);
  assert.equal(a.language, 'en');
  assert.deepEqual(a.flags, { paywalled: false, truncated: false, notArticle: false });
});

test('one paragraph per line, no blank lines, CRLF; caption after credit is not the title', () => {
  const raw = [
    'Photo: Daniel Kim / Yonhap',
    'South Korean President Yoon Suk Yeol',
    'SEOUL — South Korea’s president will travel to Washington next month for talks on chip exports.',
    'Aides said a joint statement on supply chains was being drafted.',
    'Sponsored',
    'The visit follows a call between the two leaders in March.',
    'Share on Facebook',
    'Share on X',
    'Next: Exports Rebound In Second Quarter',
  ].join('\r\n');
  const a = run(raw);
  assertSpans(a);
  assert.equal(a.title, null);
  assert.deepEqual(a.images, [{ src: null, caption: 'South Korean President Yoon Suk Yeol', credit: 'Daniel Kim / Yonhap' }]);
  assert.equal(paras(a).length, 3);
  assert.ok(!a.text.includes('\r'));
  assert.deepEqual(a.related, [{ title: 'Exports Rebound In Second Quarter', url: null, rel: 'next' }]);
  assert.deepEqual(kinds(a), ['credit', 'caption', 'advertisement', 'share', 'share', 'navigation']);
});

test('hard-wrapped paragraphs are joined; inner whitespace collapsed, quotes kept', () => {
  const raw = [
    'The foreign ministers of Kenya and Ethiopia met in Nairobi on Thursday',
    'to discuss   water sharing on the rivers that cross their border,',
    'a dispute that has simmered for years.',
    '',
    '“We are close to an understanding,” Kenya’s minister said after the',
    'talks, adding that technical teams would meet again in May.',
  ].join('\n');
  const a = run(raw);
  assertSpans(a);
  assert.equal(paras(a).length, 2);
  assert.ok(paras(a)[0].includes('Thursday to discuss water sharing'));
  assert.ok(paras(a)[1].startsWith('“We are close to an understanding,” Kenya’s'));
});

test('paywall teaser flags the article as paywalled and truncated', () => {
  const a = run('Ministers from ten countries gathered in Lima to discuss fishing quotas.\n\nSubscribe to continue reading');
  assert.deepEqual(a.flags, { paywalled: true, truncated: true, notArticle: false });
  assert.deepEqual(kinds(a), ['paywall']);
  assert.equal(paras(a).length, 1);
});

test('false positives: body sentences with residue words stay in the body', () => {
  const body = [
    'Next week, the minister will fly to Canberra for a second round of talks.',
    'He did not share the view that the talks had stalled.',
    'The advertisement campaign for the referendum was pulled after two days.',
    'Photo opportunities were limited to a brief handshake at the door.',
    'The interview was described in a previous article in the series.',
    'Share prices in Jakarta rose after the announcement.',
    'Credit markets barely moved.',
  ];
  const a = run(body.join('\n\n'));
  assert.deepEqual(paras(a), body);
  assert.deepEqual(a.removed, []);
  assert.deepEqual(a.related, []);
  assert.deepEqual(a.images, []);
});

test('bio: needs the tail and residue before it (or a strong bio phrase); a closing body sentence about a reporter stays', () => {
  const story = 'Police released the reporter after two days in custody, his lawyer said.';
  const closing = 'Pedro Alves is a veteran reporter who was first detained in 2019.';
  const kept = run(`${story}\n\n${closing}`);
  assert.deepEqual(paras(kept), [story, closing]);
  assert.equal(kept.authorBio, null);
  const afterShare = run(`${story}\n\nSHARE\n\n${closing}`);
  assert.equal(afterShare.authorBio, closing);
  assert.deepEqual(afterShare.authors, ['Pedro Alves']);
  assert.equal(afterShare.provenance.authors, 'text');
  const strong = run(`${story}\n\nNadia Haddad is a freelance journalist who has written for several Gulf newspapers.`);
  assert.deepEqual(strong.authors, ['Nadia Haddad']);
  assert.deepEqual(paras(strong), [story]);
});

test('byline author and bio author are deduplicated', () => {
  const a = run('By Nadia Haddad\n\nThe port reopened on Sunday after a week of strikes.\n\nSHARE\nNadia Haddad is a Beirut correspondent.');
  assert.deepEqual(a.authors, ['Nadia Haddad']);
  assert.equal(a.authorBio, 'Nadia Haddad is a Beirut correspondent.');
});

test('fragments: a subheading inside the body stays, stray labels outside it go', () => {
  const a = run([
    'World', '', 'The summit opened on Monday with a call for calm.', '', 'A long road',
    '', 'Negotiators have met eleven times since the war began.', '', 'Most read', 'Dam Talks Resume In Cairo', '', 'Sports',
  ].join('\n'));
  assert.deepEqual(paras(a), ['The summit opened on Monday with a call for calm.', 'A long road', 'Negotiators have met eleven times since the war began.']);
  assert.deepEqual(a.removed.map((r) => [r.text, r.kind, r.reason]), [
    ['World', 'boilerplate', 'text.fragment-outside-body'],
    ['Most read', 'related', 'related.prefix'],
    ['Dam Talks Resume In Cairo', 'related', 'related.prefix.title'],
    ['Sports', 'boilerplate', 'text.fragment-outside-body'],
  ]);
});

test('credit lines: caption before the credit, credit alone, bracketed', () => {
  const a = run([
    'Rescue teams search the rubble in the old town', 'Credit: Omar Said / AFP', '',
    'Rescuers worked through the night after the quake struck the region.', '',
    '(Photo: Lena Park/EPA)', '',
    'Aid flights from three countries landed on Tuesday.', '',
    'A field hospital set up near the airport (Image: Red Crescent)',
  ].join('\n'));
  assert.deepEqual(a.images, [
    { src: null, caption: 'Rescue teams search the rubble in the old town', credit: 'Omar Said / AFP' },
    { src: null, caption: null, credit: 'Lena Park/EPA' },
    { src: null, caption: 'A field hospital set up near the airport', credit: 'Red Crescent' },
  ]);
  assert.equal(paras(a).length, 2);
  assert.equal(a.title, null);
});

test('empty and residue-only inputs give no body and do not throw', () => {
  assert.equal(run('').text, '');
  const a = run('Advertisement\n\nSHARE\nTweet');
  assert.equal(a.text, '');
  assert.equal(a.removed.length, 3);
});

test('non-English text gets no language', () => {
  const a = run('Der Außenminister reiste am Montag nach Wien, um über die Sanktionen zu sprechen. Die Gespräche dauerten bis in die Nacht.');
  assert.equal(a.language, null);
});

test('a one-line text with no final punctuation is the body, not only a title (rule text.body-fallback)', () => {
  // Case (hostile-input review): "<a long sentence> officials said" with no period gave E007.
  const a = extractText('The Danish foreign minister will visit Ghana next month to sign a fisheries deal, officials said', newCtx());
  assert.match(a.text, /^The Danish foreign minister/);
  assert.equal(a.title, null);
  assert.deepEqual(a.paragraphs, [{ start: 0, end: a.text.length }]);
  // Chinese prose ends with an ideographic full stop and has no spaces between words.
  assert.equal(extractText('两国外长将于下月在首都会面并签署渔业协议。会谈将持续两天。', newCtx()).paragraphs.length, 1);
  // A bare short label is still not a body.
  assert.equal(extractText('SHARE', newCtx()).text, '');
});
