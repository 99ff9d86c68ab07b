/**
 * Body extraction guards against super-linear inputs: the depth walk, the `readability-max-depth`
 * fallback, and many paragraphs in one container. No timings here (see bench/scaling.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { domDepth, READABILITY_MAX_DEPTH } from './body.js';
import { parseDocument } from './dom.js';
import { extractHtml } from './index.js';

const para = (i: number): string => `The harbour authority in Gdansk reported on Wednesday that ferry traffic rose for the ${i}th week in a row.`;

test('domDepth counts element levels and ignores siblings and text', () => {
  const doc = parseDocument('<html><head><title>t</title></head><body><div><p>a</p><p>b <b>c</b></p></div><ul><li>1</li></ul>text</body></html>');
  assert.equal(domDepth(doc.documentElement), 5); // html > body > div > p > b
  assert.equal(domDepth(doc.querySelector('ul')!), 2);
  assert.equal(domDepth(doc.querySelector('b')!), 1);
  assert.equal(domDepth(doc.documentElement, 3), 4); // stops once the cap is passed
});

test('domDepth walks 100,000 nested levels without recursion', () => {
  const doc = parseDocument('<html><body></body></html>');
  let el: Element = doc.body;
  for (let i = 0; i < 100_000; i++) el = el.appendChild(doc.createElement('div'));
  el.appendChild(doc.createElement('p'));
  assert.equal(domDepth(doc.documentElement), 100_003);
  assert.equal(domDepth(doc.documentElement, READABILITY_MAX_DEPTH.value), READABILITY_MAX_DEPTH.value + 1);
});

test('readability-max-depth: an article under 1,000 nested divs takes the paragraph fallback', () => {
  const paras = [1, 2, 3, 4].map(para);
  const html = `<html><head><title>Ferries</title></head><body>${'<div>'.repeat(1000)}<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article>${'</div>'.repeat(1000)}</body></html>`;
  const a = extractHtml(html, newCtx());
  assert.equal(a.provenance.body, 'fallback');
  assert.equal(a.text, paras.join('\n\n'));
});

test('readability-max-depth false positive: ordinary nesting still goes through Readability', () => {
  const paras = [1, 2, 3, 4, 5].map(para);
  const html = `<html><head><title>Ferries</title></head><body>${'<div>'.repeat(40)}<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article>${'</div>'.repeat(40)}</body></html>`;
  const a = extractHtml(html, newCtx());
  assert.equal(a.provenance.body, 'readability');
  assert.equal(a.text, paras.join('\n\n'));
});

test('3,000 paragraphs in one container all reach the body, in order', () => {
  const paras = Array.from({ length: 3000 }, (_, i) => para(i + 1));
  const a = extractHtml(`<html><head><title>Ferries</title></head><body><article>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`, newCtx());
  assert.equal(a.paragraphs.length, 3000);
  assert.equal(a.text, paras.join('\n\n'));
});
