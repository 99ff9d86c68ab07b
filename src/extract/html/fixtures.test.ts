/**
 * Failure families of HTML extraction, one fixture each under fixtures/extract/<family>/
 * (page.html written for the tests + expect.json). Each expectation is checked against
 * `extractHtml`: snippets the body must / must not contain, flags, metadata fields and their
 * provenance, removed-block kinds, images (caption and credit), related links, paragraph count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newCtx } from '../../context.js';
import { ArticleSchema, type Article } from '../../doc.js';
import { extractHtml } from './index.js';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../fixtures/extract');

/** What a fixture expects (every key optional). */
interface Expect {
  family: string;
  options?: { url?: string; crawled?: string };
  mustContain?: string[];
  mustNotContain?: string[];
  textStartsWith?: string;
  flags?: Partial<Article['flags']>;
  fields?: Partial<Pick<Article, 'title' | 'authors' | 'published' | 'modified' | 'site' | 'language'>>;
  provenance?: Record<string, string>;
  removedKinds?: string[];
  images?: { src: string | null; caption: string | null; credit: string | null }[];
  relatedMin?: number;
  authorBioContains?: string;
  paragraphs?: number;
}

const families = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'expect.json'))).sort() : [];

test('all failure families have a fixture', () => {
  for (const f of ['share-strip', 'related-stories', 'captions-credits', 'reader-comments', 'consent-notice', 'split-body',
    'short-and-link-paragraphs', 'title-repeated', 'newsletter-signup', 'author-bio', 'paywall-teaser', 'listing-page', 'metadata-byline']) {
    assert.ok(families.includes(f), f);
  }
});

for (const family of families) {
  test(`fixture ${family}`, () => {
    const e = JSON.parse(readFileSync(join(dir, family, 'expect.json'), 'utf8')) as Expect;
    const html = readFileSync(join(dir, family, 'page.html'), 'utf8');
    const ctx = newCtx(e.options?.crawled ? { crawled: e.options.crawled } : {});
    const a = ArticleSchema.parse(extractHtml(html, ctx, { url: e.options?.url ?? null }));
    for (const s of e.mustContain ?? []) assert.ok(a.text.includes(s), `body lacks: ${s}`);
    for (const s of e.mustNotContain ?? []) assert.ok(!a.text.includes(s), `body holds: ${s}`);
    if (e.textStartsWith) assert.ok(a.text.startsWith(e.textStartsWith), `body starts: ${a.text.slice(0, 60)}`);
    for (const [k, v] of Object.entries(e.flags ?? {})) assert.equal(a.flags[k as keyof Article['flags']], v, `flag ${k}`);
    for (const [k, v] of Object.entries(e.fields ?? {})) assert.deepEqual(a[k as keyof Article], v, `field ${k}`);
    for (const [k, v] of Object.entries(e.provenance ?? {})) assert.equal(a.provenance[k], v, `provenance ${k}`);
    for (const k of e.removedKinds ?? []) assert.ok(a.removed.some((r) => r.kind === k && r.reason), `no removed block of kind ${k}`);
    for (const img of e.images ?? []) assert.ok(a.images.some((i) => i.src === img.src && i.caption === img.caption && i.credit === img.credit), `image ${JSON.stringify(img)} not in ${JSON.stringify(a.images)}`);
    if (e.relatedMin !== undefined) assert.ok(a.related.length >= e.relatedMin, `related ${a.related.length}`);
    if (e.authorBioContains) assert.ok((a.authorBio ?? '').includes(e.authorBioContains), `authorBio ${a.authorBio}`);
    if (e.paragraphs !== undefined) assert.equal(a.paragraphs.length, e.paragraphs);
    if (!a.flags.notArticle) assert.ok(a.text.length > 0);
  });
}
