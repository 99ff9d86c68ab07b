/**
 * Acceptance on the brief's seed page (read from ../shared at run time; never copied here).
 * Expectations are structural: the body is the page's prose lines (six words or more, ending like a
 * sentence) minus the closing bio.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/doc.js';

const SEED = fileURLToPath(new URL('../../shared/seed/000_662f284dcfcb7a33.txt', import.meta.url));
const skip = !existsSync(SEED) && 'needs ../shared/seed (absent in a plain clone)';

let cached: Analysis | null = null;
async function seed(): Promise<Analysis> {
  cached ??= await analyze({ path: SEED }, { published: '2019-04-16' });
  return cached;
}
const range = (e: { time: { from: string | null; to: string | null } }) => `${e.time.from}..${e.time.to}`;

test('seed: the body is exactly the 7 prose paragraphs, without residue', { skip }, async () => {
  const a = await seed();
  const lines = readFileSync(SEED, 'utf-8').split('\n').map((l) => l.trim());
  const prose = lines.filter((l) => l.split(/\s+/).length >= 6 && /[.”"]$/.test(l));
  const body = prose.slice(0, -1); // the last long line is the author's bio
  assert.equal(a.article.paragraphs.length, 7);
  assert.deepEqual(a.article.paragraphs.map((p) => a.article.text.slice(p.start, p.end)), body);
  assert.equal(a.article.text, body.join('\n\n'));
  for (const residue of ['Advertisement', 'Photo Credit', 'SHARE', 'WhatsApp', 'Previous article', 'Next article']) {
    assert.ok(!a.article.text.includes(residue), residue);
  }
});

test('seed: author, bio, photo credit and caption, the two related headlines', { skip }, async () => {
  const a = await seed();
  assert.equal(a.article.authors.length, 1);
  assert.ok(a.article.authorBio?.startsWith(a.article.authors[0]!));
  assert.equal(a.article.images.length, 1);
  assert.match(a.article.images[0]!.credit ?? '', /Flash 90$/);
  assert.match(a.article.images[0]!.caption ?? '', /^Russian President/);
  assert.deepEqual(a.article.related.map((r) => r.rel), ['previous', 'next']);
  for (const r of a.article.related) assert.ok(!/^(Previous|Next) article/.test(r.title) && r.title.length > 20);
  assert.ok(a.article.removed.some((r) => r.kind === 'advertisement'));
  assert.ok(a.article.removed.some((r) => r.kind === 'share'));
});

test('seed: people with roles and actor codes', { skip }, async () => {
  const a = await seed();
  const person = (surname: string) => a.entities.find((e) => e.type === 'PERSON' && e.name.endsWith(surname));
  const expect: [string, string, string][] = [['Putin', 'RUSGOV', 'president'], ['Kim Jong Un', 'PRKGOV', 'leader'], ['Trump', 'USAGOV', 'president'], ['Biegun', 'USAGOV', 'special representative']];
  for (const [name, code, title] of expect) {
    const e = person(name);
    assert.ok(e, `no PERSON entity for ${name}`);
    assert.equal(e.actor?.code, code, name);
    assert.ok(e.roles.some((r) => r.title === title), `${name} roles ${JSON.stringify(e.roles)}`);
    assert.ok(e.mentions.length >= 2, `${name} has later mentions linked`);
  }
  assert.ok(person('Biegun')!.roles.some((r) => r.for === 'PRK'));
  const kim = person('Kim Jong Un')!;
  assert.ok(kim.mentions.some((m) => /leader$/.test(m.text) && m.text.startsWith('the ')), 'title-only mention linked');
  for (const m of [...a.entities.flatMap((e) => e.mentions)]) assert.equal(a.article.text.slice(m.start, m.end), m.text);
});

test('seed: the quote with its speaker and outlet', { skip }, async () => {
  const a = await seed();
  const q = a.quotes.find((x) => x.via === 'ABC News');
  assert.ok(q, JSON.stringify(a.quotes));
  assert.match(q.speaker?.text ?? '', /State Department official$/);
  assert.ok(q.text.length > 100);
});

test('seed: time expressions anchored to the publication date and to the event they follow', { skip }, async () => {
  const a = await seed();
  const t = (s: string) => a.times.find((x) => x.text.toLowerCase().includes(s));
  assert.deepEqual([t('next week')?.from, t('next week')?.to], ['2019-04-22', '2019-04-28']);
  assert.deepEqual([t('this week')?.from, t('this week')?.to], ['2019-04-15', '2019-04-21']);
  const six = t('six weeks');
  assert.ok(six && six.approximate && six.anchor === 'event' && six.from && six.from < '2019-04-01', JSON.stringify(six));
  assert.ok(!a.times.some((x) => /first time|than planned/.test(x.text)));
});

test('seed: the required events', { skip }, async () => {
  const a = await seed();
  const ev = a.events;
  const pair = (x: string | null, y: string | null, p: string, q: string) => (x === p && y === q) || (x === q && y === p);
  const meet = ev.find((e) => /^0[34]/.test(e.code) && pair(e.source.code, e.target.code, 'RUSGOV', 'PRKGOV') && e.factuality === 'planned' && range(e) === '2019-04-22..2019-04-28');
  assert.ok(meet, `meet next week: ${JSON.stringify(ev.map((e) => [e.code, e.source.code, e.target.code, e.factuality, range(e)]))}`);
  assert.ok(ev.some((e) => e.root === '05' && pair(e.source.code?.slice(0, 3) ?? null, e.target.code?.slice(0, 3) ?? null, 'RUS', 'PRK')), 'memorandum signed (05x)');
  assert.ok(ev.some((e) => e.root === '04' && pair(e.source.code?.slice(0, 3) ?? null, e.target.code?.slice(0, 3) ?? null, 'USA', 'PRK')), 'Trump–Kim summit (04x)');
  const trip = ev.find((e) => e.code === '042' && e.source.code === 'USAGOV' && e.target.code?.startsWith('RUS'));
  assert.ok(trip, 'trip to Moscow (042)');
  assert.equal(trip.place.text, 'Moscow');
  assert.equal(trip.place.country, 'RUS');
  assert.ok(trip.place.lat !== null && Math.abs(trip.place.lat - 55.75) < 0.5);
  for (const e of ev) assert.equal(a.article.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});
