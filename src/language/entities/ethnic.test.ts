import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../doc.js';
import { newCtx, entitiesOf, byName } from './testing.js';

const ctx = newCtx();

/** The entity whose first mention is `text`, with its type, country and roles (title, of, sector). */
function entityAt(es: Entity[], text: string) {
  const e = es.find((x) => x.mentions.some((m) => m.text === text));
  assert.ok(e, `no entity mentioned as "${text}" among ${es.map((x) => x.mentions.map((m) => m.text).join('/')).join(', ')}`);
  return { type: e.type, country: e.country, roles: e.roles.map((r) => [r.title, r.of, r.sector ?? null]) };
}

/** ISO codes of the COUNTRY entities of `es`. */
const countriesOf = (es: Entity[]): string[] => es.filter((e) => e.type === 'COUNTRY').map((e) => e.country ?? '?');

test('rule ethnic-residence: "<demonym> <ethnic plural>" is one group settled in the residence, no country of the ethnic name', () => {
  const es = entitiesOf(ctx, 'Bosnian Serbs blocked the road to the airport on Friday.');
  assert.deepEqual(entityAt(es, 'Bosnian Serbs'), { type: 'GROUP', country: 'BIH', roles: [['ethnic serb', 'BIH', null]] });
  assert.deepEqual(countriesOf(es), []);
  const iraq = entitiesOf(ctx, 'Several thousand Iraqi Kurds gathered outside the parliament.');
  assert.deepEqual(entityAt(iraq, 'Iraqi Kurds'), { type: 'GROUP', country: 'IRQ', roles: [['ethnic kurd', 'IRQ', null]] });
});

test('rule ethnic-residence: a country name or possessive as residence ("Kosovo Albanians", "Turkey\'s Kurds")', () => {
  const es = entitiesOf(ctx, 'Kosovo Albanians and Turkey’s Kurds both asked for more teachers.');
  assert.equal(entityAt(es, 'Kosovo Albanians').country, byName(entitiesOf(ctx, 'Kosovo voted.'), 'Kosovo')?.country);
  assert.deepEqual(entityAt(es, 'Turkey’s Kurds'), { type: 'GROUP', country: 'TUR', roles: [['ethnic kurd', 'TUR', null]] });
  assert.ok(!countriesOf(es).includes('ALB') && !countriesOf(es).includes('TUR'));
});

test('rule ethnic-residence with a collective title: sector from the title, country from the residence', () => {
  const es = entitiesOf(ctx, 'Croatian Serb refugees and Turkish Kurd refugees waited at the crossing while Bosnian Croat leaders argued.');
  assert.deepEqual(entityAt(es, 'Croatian Serb refugees'), { type: 'GROUP', country: 'HRV', roles: [['refugee', 'HRV', 'REF'], ['ethnic serb', 'HRV', null]] });
  assert.deepEqual(entityAt(es, 'Turkish Kurd refugees').roles[0], ['refugee', 'TUR', 'REF']);
  assert.equal(entityAt(es, 'Bosnian Croat leaders').country, 'BIH');
  assert.deepEqual(countriesOf(es), []);
});

test('rule ethnic-residence in role phrases: a named person, an appositive and a description', () => {
  const es = entitiesOf(ctx, 'Bosnian Serb leader Milorad Dodik met the envoy. A Bosnian Serb commander denied the report.');
  const dodik = byName(es, 'Milorad Dodik');
  assert.equal(dodik?.country, 'BIH');
  assert.deepEqual(dodik?.roles.map((r) => [r.title, r.of]), [['leader', 'BIH'], ['ethnic serb', 'BIH']]);
  assert.deepEqual(entityAt(es, 'A Bosnian Serb commander'), { type: 'PERSON', country: 'BIH', roles: [['commander', 'BIH', 'MIL'], ['ethnic serb', 'BIH', null]] });
  const ap = entitiesOf(ctx, 'Milorad Dodik, the Bosnian Serb leader, left early.');
  assert.deepEqual(byName(ap, 'Milorad Dodik')?.roles.map((r) => [r.title, r.of]), [['leader', 'BIH'], ['ethnic serb', 'BIH']]);
  assert.deepEqual(countriesOf(ap), []);
});

test('rule ethnic-residence with a people noun: "Kosovo Albanian villagers", "Pakistani Pashtun elders"', () => {
  const es = entitiesOf(ctx, 'Pakistani Pashtun elders met the governor after Israeli Arab voters stayed home.');
  assert.deepEqual(entityAt(es, 'Pakistani Pashtun elders'), { type: 'GROUP', country: 'PAK', roles: [['elders', 'PAK', null], ['ethnic pashtun', 'PAK', null]] });
  assert.equal(entityAt(es, 'Israeli Arab voters').country, 'ISR');
});

test('rule ethnic-marked: "ethnic <noun>" is a group with no country of its own', () => {
  const es = entitiesOf(ctx, 'Ethnic Albanian guerrillas ambushed a patrol, and ethnic Serb civilians left the valley.');
  assert.deepEqual(entityAt(es, 'Ethnic Albanian guerrillas'), { type: 'GROUP', country: null, roles: [['guerrilla', null, 'REB'], ['ethnic albanian', null, null]] });
  assert.deepEqual(entityAt(es, 'ethnic Serb civilians'), { type: 'GROUP', country: null, roles: [['civilian', null, 'CVL'], ['ethnic serb', null, null]] });
  assert.deepEqual(countriesOf(es), []);
  const turks = entitiesOf(ctx, 'Ethnic Turks and ethnic Chinese voted in large numbers.');
  assert.deepEqual(entityAt(turks, 'Ethnic Turks'), { type: 'GROUP', country: null, roles: [['ethnic turk', null, null]] });
  assert.deepEqual(entityAt(turks, 'ethnic Chinese'), { type: 'GROUP', country: null, roles: [['ethnic chinese', null, null]] });
  assert.deepEqual(countriesOf(turks), []);
});

test('rule ethnic-marked: "in <country>" after the group, a residence before "ethnic", a single person', () => {
  const es = entitiesOf(ctx, 'Ethnic Albanians in Macedonia rejected the census. Slovak ethnic Hungarians objected.');
  assert.equal(entityAt(es, 'Ethnic Albanians').country, 'MKD');
  assert.deepEqual(entityAt(es, 'Slovak ethnic Hungarians'), { type: 'GROUP', country: 'SVK', roles: [['ethnic hungarian', 'SVK', null]] });
  assert.deepEqual(countriesOf(es).sort(), ['MKD']);
  const one = entitiesOf(ctx, 'An ethnic Russian was questioned by the border guards.');
  assert.equal(entityAt(one, 'An ethnic Russian').type, 'PERSON');
  assert.deepEqual(countriesOf(one), []);
});

test('rule ethnic-marked: an ethnic adjective before a thing names no country ("ethnic Albanian areas")', () => {
  const es = entitiesOf(ctx, 'Fighting spread to ethnic Albanian areas near the lake.');
  assert.deepEqual(countriesOf(es), []);
  assert.equal(es.filter((e) => e.type === 'GROUP').length, 0);
});

test('rule ethnic-stateless: a people with no state of that name, alone or before a noun', () => {
  const es = entitiesOf(ctx, 'Uighurs in Kazakhstan held a vigil while the Hutu majority stayed silent.');
  assert.deepEqual(entityAt(es, 'Uighurs'), { type: 'GROUP', country: 'KAZ', roles: [['ethnic uighur', 'KAZ', null]] });
  assert.deepEqual(entityAt(es, 'the Hutu majority'), { type: 'GROUP', country: null, roles: [['majority', null, null], ['ethnic hutu', null, null]] });
  assert.deepEqual(entityAt(entitiesOf(ctx, 'Tamil rebels shelled the port.'), 'Tamil rebels').roles[0], ['rebel', null, 'REB']);
});

test('ethnic false positives: plain demonyms keep their state codes', () => {
  const cases: [string, string, string | null][] = [
    ['Serbian forces crossed the river at dawn.', 'Serbian forces', 'SRB'],
    ['Croatian officials refused to comment.', 'Croatian officials', 'HRV'],
    ['The Turkish government summoned the ambassador.', 'The Turkish government', 'TUR'],
    ['Albanian police detained three men.', 'Albanian police', 'ALB'],
  ];
  for (const [text, mention, country] of cases) {
    const e = entityAt(entitiesOf(ctx, text), mention);
    assert.equal(e.country, country, text);
    assert.ok(!e.roles.some((r) => String(r[0]).startsWith('ethnic ')), text);
  }
  const fm = byName(entitiesOf(ctx, 'Bosnian Foreign Minister Zlatko Lagumdzija flew home.'), 'Zlatko Lagumdzija');
  assert.deepEqual(fm?.roles.map((r) => [r.title, r.of]), [['foreign minister', 'BIH']]);
  assert.deepEqual(countriesOf(entitiesOf(ctx, 'An Albanian court jailed the smuggler.')), ['ALB']);
  assert.deepEqual(countriesOf(entitiesOf(ctx, 'The Serbs voted against the plan.')), ['SRB']);
});

test('ethnic false positives: compounds, names, places and "ethnic" before a common noun', () => {
  const none = (text: string): void => {
    const es = entitiesOf(ctx, text);
    assert.ok(!es.some((e) => e.roles.some((r) => r.title.startsWith('ethnic '))), `${text}: ${es.map((e) => e.name).join(', ')}`);
  };
  none('Shells fell on Bosnian Serb-held villages overnight.');
  none('Units of the Syrian Arab Army advanced on the town.');
  none('Ethnic violence and ethnic cleansing were reported.');
  none('Voters in the Iraqi Kurdish region backed the plan.');
  none('Kurdish rebels attacked a border post.');
  none('Saudi Arabia hosted the talks.');
  none('Serbian Serbs is not a phrase anyone writes.');
  const kurdish = entitiesOf(ctx, 'Kurdish rebels attacked a border post.');
  assert.deepEqual(entityAt(kurdish, 'rebels'), { type: 'GROUP', country: null, roles: [['rebel', null, 'REB']] });
});

test('a form that is its own plural: alone it is the group, before a title it owns the role', () => {
  const es = entitiesOf(ctx, 'Rohingya refugees crossed the river, and Israeli Druze joined the protest.');
  assert.deepEqual(entityAt(es, 'Rohingya refugees'), { type: 'GROUP', country: null, roles: [['refugee', null, 'REF'], ['ethnic rohingya', null, null]] });
  assert.deepEqual(entityAt(es, 'Israeli Druze'), { type: 'GROUP', country: 'ISR', roles: [['ethnic druze', 'ISR', null]] });
});

test('a people named after a state is not read alone: "Serb forces" stays a bare force, "Serbian Serb" no ethnic group', () => {
  const es = entitiesOf(ctx, 'The town fell to Serb forces in the spring.');
  assert.deepEqual(entityAt(es, 'forces'), { type: 'GROUP', country: null, roles: [['force', null, 'MIL']] });
  assert.ok(!entitiesOf(ctx, 'Serbian Serb leaders met in Belgrade.').some((e) => e.roles.some((r) => r.title.startsWith('ethnic '))));
});
