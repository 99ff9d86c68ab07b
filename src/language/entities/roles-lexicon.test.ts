/**
 * Roles and titles (issue 4 item 4): the shapes of role phrases around a name, the title lexicon
 * by family (heads, ministers by portfolio, diplomats, military, legislators, local executives),
 * the country and CAMEO sector each gives, and a false-positive list. Sentences are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx, entitiesOf, byName } from './testing.js';
import { TITLES, TITLE_BY_TEXT, titleKey } from '../rules/titles.js';

const ctx = newCtx();
/** [title, of, for, sector] of each role of the person `name` found in `text`, and the person's country. */
function roles(text: string, name: string): { roles: (string | null)[][]; country: string | null } {
  const e = byName(entitiesOf(ctx, text), name);
  assert.ok(e, `${name} not found in: ${text}`);
  assert.equal(e.type, 'PERSON', text);
  return { roles: e.roles.map((r) => [r.title, r.of, r.for ?? null, r.sector ?? null]), country: e.country };
}

test('"<Country>\'s <title> <Name>" with a lower-case title', () => {
  assert.deepEqual(roles("France's foreign minister Catherine Colonna flew to Kyiv.", 'Catherine Colonna'),
    { roles: [['foreign minister', 'FRA', null, 'GOV']], country: 'FRA' });
  assert.deepEqual(roles('Brazil’s president Luiz Inacio Lula da Silva signed the decree.', 'Luiz Inacio Lula da Silva').roles,
    [['president', 'BRA', null, 'GOV']]);
});

test('"<Nationality> <Title> <Name>" across families', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['German Chancellor Olaf Scholz arrived in Warsaw.', 'Olaf Scholz', ['chancellor', 'DEU', null, 'GOV']],
    ['Ukrainian MP Oleksiy Goncharenko posted a video.', 'Oleksiy Goncharenko', ['member of parliament', 'UKR', null, 'LEG']],
    ['Israeli Lt. Gen. Herzi Halevi inspected the troops.', 'Herzi Halevi', ['lieutenant general', 'ISR', null, 'MIL']],
    ['Chinese Premier Li Qiang opened the fair.', 'Li Qiang', ['premier', 'CHN', null, 'GOV']],
    ['Iranian Supreme Leader Ali Khamenei gave a speech.', 'Ali Khamenei', ['supreme leader', 'IRN', null, 'GOV']],
    ['British Chief of the Defence Staff Tony Radakin briefed ministers.', 'Tony Radakin', ['chief of the defence staff', 'GBR', null, 'MIL']],
    ['Russian Ambassador Anatoly Antonov was summoned.', 'Anatoly Antonov', ['ambassador', 'RUS', null, 'GOV']],
  ];
  for (const [text, name, role] of cases) assert.deepEqual(roles(text, name).roles, [role], text);
});

test('ministers by portfolio: "minister of <portfolio>" reads as "<portfolio> minister"; all forms share one coreference key', () => {
  const a = roles('Japanese Minister for Foreign Affairs Yoko Kamikawa met the press.', 'Yoko Kamikawa').roles;
  assert.deepEqual(a, [['foreign minister', 'JPN', null, 'GOV']]);
  assert.deepEqual(roles('Minister of Foreign Affairs of Japan Yoko Kamikawa met the press.', 'Yoko Kamikawa').roles, a);
  assert.deepEqual(roles('Indian Home Affairs Minister Amit Shah spoke.', 'Amit Shah').roles, [['home affairs minister', 'IND', null, 'GOV']]);
  assert.equal(titleKey('home affairs minister'), titleKey('interior minister'));
  assert.deepEqual(roles('U.S. Secretary of State Antony Blinken landed.', 'Antony Blinken').roles, [['secretary of state', 'USA', null, 'GOV']]);
  assert.deepEqual(roles('British Home Secretary Suella Braverman resigned.', 'Suella Braverman').roles, [['home secretary', 'GBR', null, 'GOV']]);
  assert.equal(titleKey('secretary of state'), titleKey('foreign minister'));
  assert.equal(titleKey('home secretary'), titleKey('interior minister'));
  assert.notEqual(titleKey('finance minister'), titleKey('foreign minister'));
});

test('"<Title> of <Country|City|Region> <Name>" and local executives owned by a place (rules role-of-place, role-local-owner)', () => {
  assert.deepEqual(roles('President of Brazil Luiz Inacio Lula da Silva arrived.', 'Luiz Inacio Lula da Silva').roles, [['president', 'BRA', null, 'GOV']]);
  assert.deepEqual(roles('Mayor of London Sadiq Khan opened the bridge.', 'Sadiq Khan').roles, [['mayor', 'GBR', null, 'GOV']]);
  assert.deepEqual(roles('Governor of Texas Greg Abbott signed the bill.', 'Greg Abbott').roles, [['governor', 'USA', null, 'GOV']]);
  assert.deepEqual(roles('Ontario Premier Doug Ford called an election.', 'Doug Ford').roles, [['premier', 'CAN', null, 'GOV']]);
  assert.deepEqual(roles('Ambassador to Kabul Ross Wilson left.', 'Ross Wilson').roles, [['ambassador', null, 'AFG', 'GOV']]);
});

test('"<Country> special representative for <Place> <Name>" and envoys to international bodies', () => {
  assert.deepEqual(roles('U.S. special representative for Afghanistan Zalmay Khalilzad flew to Doha.', 'Zalmay Khalilzad').roles,
    [['special representative', 'USA', 'AFG', 'GOV']]);
  assert.deepEqual(roles('Chinese Ambassador to the UN Zhang Jun objected.', 'Zhang Jun').roles, [['ambassador', 'CHN', 'IGOUNO', 'GOV']]);
});

test('titles after the name: "<Name>, <Country>\'s <title>," and "<Name>, the <Nationality> <title>,"', () => {
  assert.deepEqual(roles("Ben Wallace, Britain's defence minister, said the plan was sound.", 'Ben Wallace'),
    { roles: [['defence minister', 'GBR', null, 'GOV']], country: 'GBR' });
  assert.deepEqual(roles('Olaf Scholz, the German chancellor, spoke first.', 'Olaf Scholz').roles, [['chancellor', 'DEU', null, 'GOV']]);
});

test('honorifics mark a person and a gender but are no role (rule honorific-not-role)', () => {
  const es = entitiesOf(ctx, 'Mr. Macron met Emmanuel Macron’s advisers.');
  const macron = byName(es, 'Emmanuel Macron');
  assert.deepEqual(macron?.roles, []);
  assert.deepEqual(macron?.mentions.map((m) => m.kind), ['short', 'name']);
  assert.equal(TITLE_BY_TEXT.get('mrs.')?.gender, 'f');
});

test('the title table: unique forms, ids and a reason for every rule', () => {
  const forms = TITLES.flatMap((t) => t.forms);
  assert.equal(new Set(forms).size, forms.length, 'a written form belongs to one title');
  for (const t of TITLES) {
    assert.match(t.id, /^title-[a-z-]+$/);
    assert.ok(t.reason.length > 10, t.id);
    assert.equal(TITLE_BY_TEXT.get(t.title), t);
  }
});

test('false positives: descriptions without a name, named days and title words as ordinary nouns give no named role', () => {
  const NO_NAMED_ROLE = [
    'The minister of the interior resigned on Friday.',
    'Schools closed for President’s Day.',
    'The general public was not informed.',
    'He was promoted to a major in the army.',
    'The head of the queue reached the gate.',
    'A director of photography joined the crew.',
    'The speaker system failed twice.',
    'Her lady friend waited outside.',
    'General Motors raised prices.',
  ];
  for (const text of NO_NAMED_ROLE) {
    const named = entitiesOf(ctx, text).filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name' || m.kind === 'short'));
    assert.deepEqual(named.map((e) => e.name), [], text);
  }
  // Common-word titles with no owner make no description either.
  for (const text of ['The general public was not informed.', 'He was promoted to a major in the army.', 'The head of the queue reached the gate.']) {
    assert.deepEqual(entitiesOf(ctx, text).filter((e) => e.type === 'PERSON').map((e) => e.name), [], text);
  }
  // The nameless minister stays a description with its canonical title.
  const desc = entitiesOf(ctx, 'The minister of the interior resigned on Friday.').find((e) => e.type === 'PERSON');
  assert.deepEqual([desc?.mentions[0].kind, desc?.roles[0].title], ['title', 'interior minister']);
});
