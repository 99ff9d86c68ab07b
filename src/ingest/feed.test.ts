import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedDay, feedUnits, itemPage, readFeed } from './feed.js';
import { newFetcher } from './fetch.js';
import { collect, failCode, readContext, tempDir } from './testing.js';

const LONG = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the finance ministers of Ghana and Nigeria discussed a shared currency board and trade corridors.</p>`).join('');

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Desk</title><link>https://desk.example/</link>
<item><title>Full &amp; inline</title><link>https://desk.example/full</link><pubDate>Tue, 16 Apr 2019 23:30:00 -0400</pubDate>
  <description>Short teaser.</description><content:encoded><![CDATA[<p>Ghana and Nigeria agreed on Monday to study a currency board.</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://desk.example/teaser</link><dc:date>2019-04-17T08:00:00Z</dc:date><description>Just a line.</description></item>
<item><title>Long description</title><link>https://desk.example/long</link><description>${LONG.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</description></item>
<item><title>Nothing</title><description>Tiny.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Html entry</title><link rel="alternate" href="https://wire.example/1"/><link rel="edit" href="https://wire.example/edit/1"/>
  <published>2020-02-03T10:00:00+01:00</published><content type="html">&lt;p&gt;Kenya opened a consulate in Lagos.&lt;/p&gt;</content></entry>
<entry><title>Xhtml entry</title><link href="https://wire.example/2"/><updated>2020-02-04T00:00:00Z</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Peru recalled its ambassador.</p></div></content></entry>
<entry><title>Summary only</title><link href="https://wire.example/3"/><summary>A teaser.</summary></entry>
<entry><title>Text entry</title><content type="text">First paragraph about Chile.

Second paragraph about Bolivia.</content></entry>
</feed>`;

test('feedDay: a year of more than four digits is refused, never cut to its first four (RSS and Atom)', () => {
  for (const bad of ['Thu, 01 Jan 275760 00:00:00 GMT', 'Mon, 01 Jan 12345', '01 Jan 20190', '275760-09-13T00:00:00Z', '12019-04-16T00:00:00Z',
    '+002019-04-16T00:00:00Z', '2019-04-160T00:00:00Z', '101 Jan 2019', '1 Jan 2019-05']) {
    assert.equal(feedDay(bad), null, bad);
  }
  // false-positive list: ordinary dates still read
  assert.equal(feedDay('Mon, 1 Jan 2024 08:00:00 +0000'), '2024-01-01');
  assert.equal(feedDay('2024-01-01t08:00:00z'), '2024-01-01');
  assert.equal(feedDay('2024-01-01'), '2024-01-01');
});

test('feedDay: the day as written, RFC 822 and RFC 3339; unreadable dates give null', () => {
  assert.equal(feedDay('Tue, 16 Apr 2019 23:30:00 -0400'), '2019-04-16');
  assert.equal(feedDay('3 Sep 2021 07:00 GMT'), '2021-09-03');
  assert.equal(feedDay('2020-02-03T10:00:00+01:00'), '2020-02-03');
  for (const bad of ['yesterday', '', null, '2019-13-45T00:00:00Z', '31 Foo 2020', '1 Jan 0099']) assert.equal(feedDay(bad), null, String(bad));
});

test('readFeed: RSS items take content:encoded, a long description, or nothing (teasers are not articles)', () => {
  const items = readFeed(RSS)!;
  assert.equal(items.length, 4);
  assert.deepEqual(items.map((i) => [i.title, i.link, i.published]), [
    ['Full & inline', 'https://desk.example/full', '2019-04-16'], ['Teaser only', 'https://desk.example/teaser', '2019-04-17'],
    ['Long description', 'https://desk.example/long', null], ['Nothing', null, null],
  ]);
  assert.equal(items[0]!.content, '<p>Ghana and Nigeria agreed on Monday to study a currency board.</p>');
  assert.equal(items[1]!.content, null);
  assert.equal(items[2]!.content, LONG);
  assert.equal(items[3]!.content, null);
});

test('readFeed: Atom entries by content type; the alternate link; not a feed is null', () => {
  const items = readFeed(ATOM)!;
  assert.deepEqual(items.map((i) => [i.link, i.published, i.mediaType]), [
    ['https://wire.example/1', '2020-02-03', 'text/html'], ['https://wire.example/2', '2020-02-04', 'text/html'],
    ['https://wire.example/3', null, 'text/html'], [null, null, 'text/plain'],
  ]);
  assert.equal(items[0]!.content, '<p>Kenya opened a consulate in Lagos.</p>');
  assert.match(items[1]!.content!, /<p>Peru recalled its ambassador\.<\/p>/);
  assert.equal(items[2]!.content, null);
  assert.equal(readFeed('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>'), null);
  assert.equal(readFeed('<html><body><p>A page.</p></body></html>'), null);
});

test('itemPage: the title is escaped into <title> and <h1>; plain text becomes paragraphs', () => {
  const page = itemPage({ title: 'Talks <ended> & "failed"', link: null, published: null, content: '<p>Body.</p>', mediaType: 'text/html' });
  assert.match(page, /<title>Talks &lt;ended&gt; &amp; &quot;failed&quot;<\/title>/);
  assert.match(page, /<article><h1>Talks &lt;ended&gt;/);
  const text = itemPage({ title: null, link: null, published: null, content: 'One <b>.\n\nTwo.', mediaType: 'text/plain' });
  assert.match(text, /<p>One &lt;b&gt;\.<\/p>\n<p>Two\.<\/p>/);
});

test('feedUnits: inline items are HTML inputs; linked teasers are fetched; neither is E037; a non-feed is E036', async () => {
  let hits = 0;
  const server = createServer((req, res) => { hits++; res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(`<html><body><p>Fetched ${req.url}</p></body></html>`); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const t = tempDir();
  const fetcher = newFetcher({ allowPrivate: true });
  try {
    const p = join(t.dir, 'desk.rss');
    writeFileSync(p, RSS.replace('https://desk.example/teaser', `${base}/teaser`));
    const units = await collect(feedUnits(p, readContext({ fetcher: () => fetcher })));
    assert.deepEqual(units.map((u) => u.key), [0, 1, 2, 3].map((i) => `${p}#${i}`));
    const [full, teaser, long, none] = units.map((u) => u.job);
    assert.ok(full!.kind === 'string' && long!.kind === 'string' && teaser!.kind === 'bytes');
    assert.equal(full.url, 'https://desk.example/full');
    assert.equal(full.published, '2019-04-16');
    assert.equal(full.mediaType, 'text/html');
    assert.match(full.text, /<h1>Full &amp; inline<\/h1>/);
    assert.equal(teaser.url, `${base}/teaser`);
    assert.equal(teaser.published, '2019-04-17');
    assert.equal(teaser.path, `${p}#1`);
    assert.match(Buffer.from(teaser.bytes).toString(), /Fetched \/teaser/);
    assert.equal(hits, 1);
    assert.equal(failCode(none!), 'E037');

    const refused = await collect(feedUnits(p, readContext({ fetcher: () => newFetcher() })));
    assert.equal(failCode(refused[1]!.job), 'E030');

    const sitemap = join(t.dir, 'sitemap.xml');
    writeFileSync(sitemap, '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>');
    const notFeed = await collect(feedUnits(sitemap, readContext()));
    assert.deepEqual(notFeed.map((u) => [u.key, failCode(u.job)]), [[sitemap, 'E036']]);
  } finally {
    await fetcher.close();
    server.close();
    t.done();
  }
});
