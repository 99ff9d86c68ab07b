import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classTokens, findFirst, hasToken, linkDensity, parseDocument, type Element } from './dom.js';
import { matchContainer } from './boilerplate.js';

const el = (html: string): Element => findFirst(parseDocument(html), (e) => e.name !== 'html' && e.name !== 'body' && e.name !== 'head')!;

test('classTokens: lower case, camelCase split, taxonomy dropped, id included', () => {
  assert.deepEqual(classTokens(el('<div class="shareButtons  Story_Body tag-world category-ads" id="mainContent"></div>')),
    ['share-buttons', 'story_body', 'main-content']);
  assert.deepEqual(classTokens(el('<div class="a\u00a0b\tc\nd"></div>')), ['a', 'b', 'c', 'd']);
  assert.deepEqual(classTokens(el('<div class="ÉTÉ-Photo"></div>')), ['été-photo']);
  assert.deepEqual(classTokens(el('<div></div>')), []);
  assert.deepEqual(classTokens(el('<div class=" "></div>')), []);
});

test('classTokens is computed once per element', () => {
  const e = el('<div class="related-links"></div>');
  assert.equal(classTokens(e), classTokens(e));
});

test('hasToken tests each token', () => {
  const e = el('<div class="wrap" id="photoCredit"></div>');
  assert.equal(hasToken(e, /^photo-credit$/), true);
  assert.equal(hasToken(e, /^photo$/), false);
  assert.equal(hasToken(el('<div></div>'), /.*/), false);
});

test('matchContainer: tag, role and token rules in table order; protected and plain elements match nothing', () => {
  assert.equal(matchContainer(el('<nav class="x"></nav>'))?.id, 'html-nav-tag');
  assert.equal(matchContainer(el('<div role="contentinfo"></div>'))?.id, 'html-footer');
  assert.equal(matchContainer(el('<div class="cookie-banner share-bar"></div>'))?.id, 'html-consent');
  assert.equal(matchContainer(el('<div class="shareTools"></div>'))?.id, 'html-share');
  assert.equal(matchContainer(el('<span class="hovercard"></span>'))?.id, 'html-popup');
  assert.equal(matchContainer(el('<div class="story-body lead" id="top"></div>')), null);
  assert.equal(matchContainer(el('<article class="share"></article>')), null);
  // A tag rule that comes later loses to an earlier token rule.
  assert.equal(matchContainer(el('<footer class="newsletter"></footer>'))?.id, 'html-newsletter');
});

test('linkDensity takes a known text length', () => {
  const e = el('<div>Read <a href="/x">the report</a> today</div>');
  assert.equal(linkDensity(e), 10 / 21);
  assert.equal(linkDensity(e, 20), 0.5);
});
