import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx, entitiesOf, byName } from './testing.js';

const ctx = newCtx();
const roleOf = (text: string, name: string) => {
  const e = byName(entitiesOf(ctx, text), name);
  assert.ok(e, `${name} in: ${text}`);
  return { roles: e.roles.map((r) => ({ title: r.title, of: r.of, for: r.for ?? null, sector: r.sector ?? null })), country: e.country, type: e.type };
};

test("country possessive + title + name: \"Russia's President <Name>\"", () => {
  assert.deepEqual(roleOf('Russia’s President Vladimir Putin opened the forum on Friday.', 'Vladimir Putin'),
    { roles: [{ title: 'president', of: 'RUS', for: null, sector: 'GOV' }], country: 'RUS', type: 'PERSON' });
});

test('demonym + title + three-part East Asian name', () => {
  const r = roleOf('Chinese President Xi Jinping hosted North Korean leader Kim Jong Un in Beijing.', 'Kim Jong Un');
  assert.deepEqual(r.roles, [{ title: 'leader', of: 'PRK', for: null, sector: 'GOV' }]);
  assert.equal(roleOf('Chinese President Xi Jinping hosted guests.', 'Xi Jinping').roles[0].of, 'CHN');
});

test('initialism owner and "for <Country>" complement', () => {
  assert.deepEqual(roleOf('U.S. special envoy for Venezuela Elliott Abrams spoke to reporters.', 'Elliott Abrams').roles,
    [{ title: 'special envoy', of: 'USA', for: 'VEN', sector: 'GOV' }]);
  assert.deepEqual(roleOf('U.S. Ambassador to China Terry Branstad left Beijing.', 'Terry Branstad').roles,
    [{ title: 'ambassador', of: 'USA', for: 'CHN', sector: 'GOV' }]);
});

test('"<title> of <Country> <Name>" and multi-word titles', () => {
  assert.deepEqual(roleOf('The President of France Emmanuel Macron arrived late.', 'Emmanuel Macron').roles[0].of, 'FRA');
  assert.deepEqual(roleOf('Japanese Foreign Minister Taro Kono called for calm.', 'Taro Kono').roles,
    [{ title: 'foreign minister', of: 'JPN', for: null, sector: 'GOV' }]);
});

test('appositive roles after the name', () => {
  assert.deepEqual(roleOf('Moon Jae-in, the South Korean president, urged patience.', 'Moon Jae-in').roles,
    [{ title: 'president', of: 'KOR', for: null, sector: 'GOV' }]);
  assert.deepEqual(roleOf('Jens Stoltenberg, NATO’s secretary general, spoke first.', 'Jens Stoltenberg').roles[0].title, 'secretary general');
});

test('military titles imply MIL; former holders are elites (ELI)', () => {
  assert.equal(roleOf('Israeli General Aviv Kochavi toured the border.', 'Aviv Kochavi').roles[0].sector, 'MIL');
  assert.deepEqual(roleOf('Former Israeli Prime Minister Ehud Barak criticized the plan.', 'Ehud Barak').roles[0],
    { title: 'former prime minister', of: 'ISR', for: null, sector: 'ELI' });
});

test('organization owner gives the country: "Kremlin spokesman <Name>"', () => {
  const r = roleOf('Kremlin spokesman Dmitry Peskov declined to comment.', 'Dmitry Peskov');
  assert.deepEqual(r.roles, [{ title: 'spokesman', of: 'RUS', for: null, sector: 'GOV' }]);
  assert.equal(r.country, 'RUS');
});

test('descriptive persons and groups carry the role and become entities', () => {
  const es = entitiesOf(ctx, 'A senior Iranian diplomat told reporters the talks had stalled. Officials on both sides disagreed.');
  const dip = byName(es, 'A senior Iranian diplomat');
  assert.deepEqual(dip?.roles, [{ title: 'diplomat', of: 'IRN', for: null, sector: 'GOV' }]);
  assert.equal(dip?.type, 'PERSON');
  assert.equal(dip?.mentions[0].kind, 'title');
  const grp = byName(es, 'Officials on both sides');
  assert.equal(grp?.type, 'GROUP');
  const off = byName(entitiesOf(ctx, 'a Pentagon official said the drills would go ahead.'), 'a Pentagon official');
  assert.equal(off?.roles[0].of, 'USA');
});

test('false positives: title words used as modifiers or common nouns give no person', () => {
  for (const text of [
    'The official visit ended early.',
    'He spoke as the leader board was updated.',
    'General Motors raised prices.',
    'The president of the club resigned.',
    'Officials said nothing.',
  ]) {
    const persons = entitiesOf(ctx, text).filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name'));
    assert.deepEqual(persons.map((p) => p.name), [], text);
  }
});

test('"a <title> for <Country>\'s <government body>": the role is held in that country (rule role-for-owned-body)', () => {
  // Case: examples/summit-scrape.txt cut the speaker at "a spokesperson for Japan" and lost the country.
  const text = 'Talks will go on, a spokesperson for Brazil’s foreign ministry told reporters.';
  const e = entitiesOf(ctx, text).find((x) => x.type === 'PERSON');
  assert.equal(e?.name, 'a spokesperson for Brazil’s foreign ministry');
  assert.deepEqual(e?.roles.map((r) => [r.title, r.of, r.for ?? null]), [['spokesperson', 'BRA', null]]);
  // Without a government body after it, "for <Country>" stays what the role is about.
  assert.deepEqual(roleOf('U.S. special envoy for Venezuela Elliott Abrams spoke.', 'Elliott Abrams').roles[0].for, 'VEN');
});

test('collective agents carry their sector; "in <place>" gives a group its country (rule group-located-in)', () => {
  // Case: examples/ministers-page.html coded "Trucking unions in Mendoza protested" with no country.
  const es = entitiesOf(ctx, 'Dock workers in Chile went on strike while Syrian troops and rebels clashed.');
  const role = (n: string) => es.find((e) => e.name === n)?.roles.map((r) => [r.title, r.of, r.sector ?? null]);
  assert.deepEqual(role('workers'), [['worker', 'CHL', 'LAB']]);
  assert.deepEqual(role('Syrian troops'), [['troop', 'SYR', 'MIL']]);
  assert.deepEqual(role('rebels'), [['rebel', null, 'REB']]);
});
