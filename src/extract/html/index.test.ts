import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { ArticleSchema } from '../../doc.js';
import { extractBody } from './body.js';
import { parseDocument } from './dom.js';
import { extractHtml } from './index.js';

const PARAS = [
  'The regional water board voted on Tuesday to rebuild the old river weir, a project that engineers have urged for nearly a decade after repeated spring floods.',
  'Board chair Elena Novak said the work would begin in the autumn and last about two years, with most of the money coming from a national resilience fund.',
  'Farmers downstream welcomed the decision but asked for a say in how the new sluice gates are operated during dry summers, when every litre counts.',
  'Shares of the construction firm expected to bid for the contract rose slightly, and analysts said share prices across the sector had been lifted by the news.',
  'The board will publish the full tender documents next month and hold two public meetings in the villages closest to the river before any digging starts.',
];
const body = (extra = '') => PARAS.map((p) => `<p>${p}</p>`).join('\n') + extra;
const wrap = (head: string, main: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>${main}</article></main>
<footer class="site-footer"><p>About us · Contact · Careers</p></footer></body></html>`;
const run = (html: string, url: string | null = null) => ArticleSchema.parse(extractHtml(html, newCtx(), { url }));

test('body paragraphs joined by a blank line, spans point into the text', () => {
  const a = run(wrap('<title>Weir to be rebuilt</title>', `<h1>Weir to be rebuilt</h1>${body()}`));
  assert.equal(a.text, PARAS.join('\n\n'));
  assert.equal(a.paragraphs.length, 5);
  assert.equal(a.text.slice(a.paragraphs[1].start, a.paragraphs[1].end), PARAS[1]);
  assert.equal(a.provenance.body, 'scored');
  assert.ok(a.removed.some((r) => r.kind === 'navigation' && r.reason === 'html-nav-tag'));
});

test('figure caption and credit go to images, not the body', () => {
  const fig = '<figure><img src="/img/weir.jpg"><figcaption>The old weir after the spring floods. <span class="credit">Photo: Jan Kowal/Example Agency</span></figcaption></figure>';
  const fig2 = '<figure><img src="https://cdn.example/b.jpg"><figcaption>Board chair Elena Novak (Ana Lima/Getty Images)</figcaption></figure>';
  const a = run(wrap('<meta property="og:image" content="https://cdn.example/lead.jpg">', `<p>${PARAS[0]}</p>${fig}${body()}${fig2}`), 'https://news.example/2020/05/04/weir');
  assert.deepEqual(a.images[0], { src: 'https://cdn.example/lead.jpg', caption: null, credit: null });
  assert.deepEqual(a.images[1], { src: 'https://news.example/img/weir.jpg', caption: 'The old weir after the spring floods.', credit: 'Jan Kowal/Example Agency' });
  assert.deepEqual(a.images[2], { src: 'https://cdn.example/b.jpg', caption: 'Board chair Elena Novak', credit: 'Ana Lima/Getty Images' });
  assert.ok(!a.text.includes('Jan Kowal'));
  assert.ok(!a.text.includes('Getty'));
  assert.ok(!a.text.includes('old weir after'));
  assert.ok(a.removed.some((r) => r.kind === 'caption'));
  assert.ok(a.removed.some((r) => r.kind === 'credit'));
});

test('a lead figure above the story container is kept with its caption and credit (rule lead-figure)', () => {
  // Case: examples/ministers-page.html lost its lead figure because the figure sat outside the story body.
  const fig = '<figure class="lead"><img src="/img/dam.jpg"><figcaption>The reservoir at dusk. <span class="credit">Photo: Ola Berg</span></figcaption></figure>';
  const a = run(wrap('', `<h1>Weir to be rebuilt</h1>${fig}<div class="story-body">${body()}</div>`), 'https://news.example/a');
  assert.deepEqual(a.images[0], { src: 'https://news.example/img/dam.jpg', caption: 'The reservoir at dusk.', credit: 'Ola Berg' });
  assert.ok(!a.text.includes('reservoir at dusk'));
});

test('share strip and related block are removed with their kinds; related links kept', () => {
  const share = '<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>';
  const related = '<aside class="related-stories"><h3>Related</h3><ul>'
    + '<li><a href="/a">Dam inspections find cracks in three reservoirs</a></li>'
    + '<li><a href="/b">Why river weirs matter for fish migration</a></li></ul></aside>';
  const a = run(wrap('', share + body(related)), 'https://news.example/story');
  assert.ok(!a.text.includes('Facebook'));
  assert.ok(!a.text.includes('Dam inspections'));
  assert.ok(a.text.includes('share prices across the sector'), 'a body paragraph about share prices stays');
  assert.ok(a.removed.some((r) => r.kind === 'share' && r.reason === 'html-share'));
  assert.ok(a.removed.some((r) => r.kind === 'related' && r.reason === 'html-related'));
  assert.deepEqual(a.related, [
    { title: 'Dam inspections find cracks in three reservoirs', url: 'https://news.example/a', rel: 'related' },
    { title: 'Why river weirs matter for fish migration', url: 'https://news.example/b', rel: 'related' },
  ]);
});

test('false positives: class words inside taxonomy classes and body sentences stay body', () => {
  const main = `<div class="post tag-social-media category-advertising share-enabled-page">${body()}</div>`
    + '<p>Readers can share their views at the public meetings, the board said in a statement on its website.</p>';
  const a = run(wrap('', main));
  for (const p of PARAS) assert.ok(a.text.includes(p), p.slice(0, 30));
  assert.ok(a.text.includes('Readers can share their views'));
  assert.equal(a.flags.notArticle, false);
});

test('author bio box becomes authorBio; byline and date lines leave the body', () => {
  const top = '<div class="byline">By Elena Novak and TOM REED</div><div class="dateline">Published May 4, 2020 10:00 AM</div>';
  const bio = '<div class="author-bio">Tom Reed covers water and farming for the paper and has reported from four continents.</div>';
  const a = run(wrap('', top + body(bio)));
  assert.deepEqual(a.authors, ['Elena Novak', 'Tom Reed']);
  assert.equal(a.provenance.authors, 'byline');
  assert.equal(a.published, '2020-05-04');
  assert.match(a.authorBio ?? '', /^Tom Reed covers water/);
  assert.ok(!a.text.includes('By Elena'));
  assert.ok(!a.text.includes('has reported from four continents'));
  assert.ok(a.removed.some((r) => r.kind === 'author-bio'));
});

test('fallback: when no container scores, the sentence-length blocks are the body; a menu gives none', () => {
  const list = '<ul>' + PARAS.map((p) => `<li>${p}</li>`).join('') + '<li><a href="/x">A link-only item that is long enough to count</a></li><li>Too short.</li></ul>';
  const fb = extractBody(parseDocument(`<html><body>${list}</body></html>`));
  assert.equal(fb.source, 'fallback');
  assert.deepEqual(fb.blocks.map((b) => b.text), PARAS);
  const menu = '<html><body><div><a href="/">Home</a></div></body></html>';
  const empty = run(menu);
  assert.equal(empty.text, '');
  assert.equal(empty.provenance.body, 'none');
  const short = run('<html><body><table><tr><td><p>A short notice from the harbour office about ferry times and tides.</p></td></tr></table></body></html>');
  assert.equal(short.text, 'A short notice from the harbour office about ferry times and tides.');
});

test('a listing page is flagged notArticle with its rule', () => {
  const items = Array.from({ length: 14 }, (_, i) => `<li><h3><a href="/s${i}">Headline number ${i} about the regional water board</a></h3></li>`).join('');
  const a = run(wrap('<meta property="og:type" content="website">', `<ul class="river-list">${items}</ul>`));
  assert.equal(a.flags.notArticle, true);
  assert.equal(a.provenance.notArticle, 'listing-link-blocks');
  const art = run(wrap('<meta property="og:type" content="article">', body()));
  assert.equal(art.flags.notArticle, false);
});

test('paywall container and isAccessibleForFree=false set the flags', () => {
  const wall = '<div class="paywall-prompt">Subscribe to keep reading this story.</div>';
  const a = run(wrap('', body(wall)));
  assert.deepEqual(a.flags, { paywalled: true, truncated: true, notArticle: false });
  assert.ok(!a.text.includes('Subscribe to keep'));
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Weir","isAccessibleForFree":false}</script>';
  assert.deepEqual(run(wrap(ld, body())).flags, { paywalled: true, truncated: false, notArticle: false });
});

test('template and noscript content is not the article (rule inert-content)', () => {
  // Case (hostile-input review): text inside <template> was extracted as the body.
  const html = wrap('<title>Weir</title>', `<template><p>${'Hidden template words repeat here. '.repeat(20)}</p></template><noscript><p>Enable JavaScript to see the gallery of the weir.</p></noscript>${body()}`);
  const a = run(html);
  assert.equal(a.text, PARAS.join('\n\n'));
});
