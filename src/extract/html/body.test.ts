/**
 * Content extraction: paragraph scores choose the container; sibling parts join; link clusters
 * inside the body are dropped; deep nesting and many paragraphs stay linear (no recursion).
 * No timings here (see bench/scaling.ts and bench/extract.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { extractBody, paragraphScore } from './body.js';
import { domDepth, findFirst, parseDocument, type Element } from './dom.js';
import { extractHtml } from './index.js';

const para = (i: number): string => `The harbour authority in Gdansk reported on Wednesday that ferry traffic rose for the ${i}th week in a row, with freight, cars and foot passengers all up.`;
const ps = (ids: number[]): string => ids.map((i) => `<p>${para(i)}</p>`).join('');

test('domDepth counts element levels and ignores siblings and text', () => {
  const doc = parseDocument('<html><head><title>t</title></head><body><div><p>a</p><p>b <b>c</b></p></div><ul><li>1</li></ul>text</body></html>');
  const html = findFirst(doc, (e) => e.name === 'html')!;
  assert.equal(domDepth(html), 5); // html > body > div > p > b
  assert.equal(domDepth(findFirst(doc, (e) => e.name === 'ul')!), 2);
  assert.equal(domDepth(html, 3), 4); // stops once the cap is passed
});

test('an article under 5,000 nested divs is extracted without overflowing the stack', () => {
  const paras = [1, 2, 3, 4].map(para);
  const html = `<html><head><title>Ferries</title></head><body>${'<div>'.repeat(5000)}<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article>${'</div>'.repeat(5000)}</body></html>`;
  const a = extractHtml(html, newCtx());
  assert.equal(a.text, paras.join('\n\n'));
  assert.equal(domDepth(findFirst(parseDocument(html), (e) => e.name === 'html') as Element), 5004);
});

test('3,000 paragraphs in one container all reach the body, in order', () => {
  const paras = Array.from({ length: 3000 }, (_, i) => para(i + 1));
  const a = extractHtml(`<html><head><title>Ferries</title></head><body><article>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`, newCtx());
  assert.equal(a.paragraphs.length, 3000);
  assert.equal(a.text, paras.join('\n\n'));
});

test('paragraph score: commas and length count, links discount, short lines score nothing', () => {
  assert.equal(paragraphScore({ text: 'Too short to score.', tag: 'p', linkChars: 0 }), 0);
  const prose = paragraphScore({ text: para(1), tag: 'p', linkChars: 0 });
  assert.ok(prose >= 4, String(prose));
  assert.ok(paragraphScore({ text: para(1), tag: 'p', linkChars: para(1).length }) === 0);
  assert.equal(paragraphScore({ text: para(1), tag: 'li', linkChars: 0 }), 0, 'list items vote through their container only');
});

test('the container with the paragraph mass wins over a sidebar; the sidebar is not body', () => {
  const side = `<div class="sidebar"><p>${para(90)}</p></div>`;
  const b = extractBody(parseDocument(`<html><body><div class="wrap"><div class="story">${ps([1, 2, 3, 4, 5])}</div>${side}</div></body></html>`));
  assert.equal(b.source, 'scored');
  assert.deepEqual(b.blocks.map((x) => x.text), [1, 2, 3, 4, 5].map(para));
});

test('a body split into like chunks by a layout grid is joined (rule top-alt-near-share)', () => {
  const chunk = (ids: number[]) => `<div class="grid"><div class="grid-item">${ps(ids)}</div></div>`;
  const b = extractBody(parseDocument(`<html><body><main><div class="chunks">${chunk([1, 2, 3, 4, 5, 6])}<div class="promo-slot">Shop now</div>${chunk([7, 8, 9])}</div></main></body></html>`));
  assert.deepEqual(b.blocks.map((x) => x.text).filter((t) => t.startsWith('The harbour')), [1, 2, 3, 4, 5, 6, 7, 8, 9].map(para));
});

test('a link cluster inside the body is dropped and reported; a linked sentence stays', () => {
  const links = '<ul>' + [1, 2, 3].map((i) => `<li><a href="/s${i}">Another ferry story number ${i}</a></li>`).join('') + '</ul>';
  const linked = '<p>Officials cited <a href="/report">the annual port report</a> when asked about the rise in traffic this year.</p>';
  const b = extractBody(parseDocument(`<html><body><article>${ps([1, 2, 3])}${links}${linked}${ps([4])}</article></body></html>`));
  assert.ok(b.blocks.some((x) => x.text.startsWith('Officials cited')));
  assert.ok(!b.blocks.some((x) => x.text.startsWith('Another ferry story')));
  assert.equal(b.dropped.filter((d) => d.reason === 'cluster-link-density').length, 3);
});
