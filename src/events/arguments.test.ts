/** Argument rules: own-territory, domestic-target on yielding codes, the subordinate-clause limit of the target search, unnamed-perpetrator, appositive, np-determiner-break. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { codeEvents } from './coder.js';
import { buildDoc, type EntitySpec } from './test-doc.js';

const coded = (text: string, specs: readonly EntitySpec[]): string[] =>
  codeEvents(buildDoc(text, specs), newCtx()).map((e) => `${e.code} ${e.source.code}->${e.target.code}`);

const CAST: EntitySpec[] = [
  [['Tamil rebels'], 'GROUP', 'LKAREB'],
  [['Sri Lanka'], 'COUNTRY', 'LKA'],
  [['Jaffna'], 'PLACE', 'LKA', { country: 'LKA' }],
  [['Chile'], 'COUNTRY', 'CHL'],
  [['Peru'], 'COUNTRY', 'PER'],
  [['Peruvian troops'], 'GROUP', 'PERMIL'],
  [['Ecuador'], 'COUNTRY', 'ECU'],
  [['Bolivia'], 'COUNTRY', 'BOL'],
];

test('own-territory: a ceasefire or surrender located in the source\'s own country has no target', () => {
  assert.deepEqual(coded('Tamil rebels declared a ceasefire in Sri Lanka on Friday.', CAST), ['0871 LKAREB->null']);
  assert.deepEqual(coded('Tamil rebels surrendered in Jaffna on Friday.', CAST), ['0874 LKAREB->null'], 'no home-country target is filled in either');
});

test('own-territory: a location abroad stays the target, and other codes keep a home location', () => {
  assert.deepEqual(coded('Peruvian troops withdrew from Ecuador on Friday.', CAST), ['0874 PERMIL->ECU']);
  assert.deepEqual(coded('Tamil rebels attacked Jaffna on Friday.', CAST), ['190 LKAREB->LKA'], 'an attack on a home town is coded against that country');
});

test('a target is not searched past "if", "because" or "while"; threats are (their condition names the threatened party)', () => {
  assert.deepEqual(coded('Chile said it will not accept more refugees if fighting spreads to Peru.', CAST), ['1223 CHL->null']);
  assert.deepEqual(coded('Chile refused to send aid because Peru is at war.', CAST), ['122 CHL->null']);
  assert.deepEqual(coded('Chile refused to send aid to Peru.', CAST), ['122 CHL->PER']);
  assert.deepEqual(coded('Chile threatened to impose sanctions unless Peru reopens the border.', CAST), ['1312 CHL->PER']);
});

test('unnamed-perpetrator: violence by no named actor is coded with the country where it happens', () => {
  const cast: EntitySpec[] = [...CAST, [['Peruvian soldiers'], 'GROUP', 'PERMIL']];
  assert.deepEqual(coded('A roadside bomb near Jaffna killed two Peruvian soldiers on Monday.', cast), ['1833 LKA->PERMIL']);
  assert.deepEqual(coded('Tamil rebels attacked Peruvian soldiers near Jaffna.', cast), ['190 LKAREB->PERMIL'], 'a named source stays');
  assert.deepEqual(coded('Peruvian soldiers were criticized in Jaffna on Monday.', cast), ['111 null->PERMIL'], 'only the roots of violence (18-20)');
});

test('appositive: the mentions of ", a close ally of X," are not the subject of the verb after it', () => {
  const cast: EntitySpec[] = [...CAST, [['U.S.'], 'COUNTRY', 'USA']];
  assert.deepEqual(coded('Chile, a close U.S. ally in the region, has refused to send troops to Peru.', cast).map((e) => e.split(' ')[1]), ['CHL->PER']);
  assert.deepEqual(coded('Chile, Ecuador, and Bolivia criticized Peru on Monday.', cast).sort(), ['111 BOL->PER', '111 CHL->PER', '111 ECU->PER'], 'a list is no appositive');
});

test('np-determiner-break: "that X do Y the Z" has X as the head of its noun phrase, not Z', () => {
  const cast: EntitySpec[] = [...CAST, [['United States'], 'COUNTRY', 'USA'], [['European Union'], 'ORG', 'IGOEUREEC']];
  assert.deepEqual(coded('Chile demanded that the United States match the European Union\'s offer of aid.', cast).map((e) => e.split(' ')[1]), ['CHL->USA']);
});

test('person-sentence-country: a person no dictionary codes takes the one country the sentence names as a home', () => {
  const cast: EntitySpec[] = [[["Chile's Supreme Court"], 'ORG', 'CHLJUD'], [['Jane Roe'], 'PERSON', null], [['John Doe'], 'PERSON', null], ...CAST];
  assert.deepEqual(coded("Chile's Supreme Court allowed Jane Roe to run in the election.", cast), ['0812 CHLJUD->CHL']);
  assert.deepEqual(coded('John Doe called for sanctions against Peru on Sunday.', cast), ['113 null->PER'], 'a country named as the target is no evidence');
  assert.deepEqual(coded('John Doe criticized Peru and Chile on Sunday.', cast).sort(), ['111 null->CHL', '111 null->PER'], 'two countries: no code');
});

test('partitive-subject, a count inside the trigger, news agencies and possessives in the home country', () => {
  const cast: EntitySpec[] = [...CAST, [['Peruvian refugees'], 'GROUP', 'PERREF'], [['Reuters'], 'ORG', 'GBRMED'], [['the president'], 'PERSON', 'GOV']];
  assert.deepEqual(coded('Half of the Tamil rebels in Jaffna have been demobilized, officials said.', cast), ['0873 LKAREB->LKA'], '"half of" opens the subject');
  assert.deepEqual(coded('Chile will allow up to 5,000 Peruvian refugees to return home.', cast), ['0343 CHL->PERREF'], 'a count before the object');
  assert.deepEqual(coded('Tamil rebels were demobilized in Jaffna, a commander told Reuters.', cast), ['0873 LKAREB->LKA'], 'the agency told is no second country');
  assert.ok(coded("Students will boycott Peru's elections unless the president resigns.", cast).some((e) => e.includes('PERGOV')), 'a possessive country locates the sentence');
});

test('own-object, adjunct-noun-no-subject, and no local perpetrator for an attack on the place itself', () => {
  const cast: EntitySpec[] = [...CAST, [['its troops'], 'GROUP', 'MIL']];
  assert.deepEqual(coded('Chile offered its troops to Peru on Monday.', cast), ['0332 CHL->PER'], 'the thing the subject gives is not the target');
  assert.deepEqual(coded('Chile offered talks with Peru following the invasion of Bolivia.', cast), ['046 CHL->PER', '192 null->BOL'], 'a background event in a time adjunct has no subject');
  assert.deepEqual(coded('A bomb attack on Jaffna was reported on Monday.', cast), ['183 null->LKA'], 'the attacked place says nothing of the attacker');
});

test('passive-patient and coordinated-verb: the subject of a passive is its target; "and will resign" shares the first subject', () => {
  const cast: EntitySpec[] = [...CAST, [['Peruvian soldiers'], 'GROUP', 'PERMIL'], [['President Rivas'], 'PERSON', 'CHLGOV'], [['the court'], 'ORG', 'CHLJUD']];
  assert.deepEqual(coded('Two Peruvian soldiers were arrested in Jaffna on Monday.', cast), ['173 LKA->PERMIL'], 'arrested in a place: the arrested are the target, the arresting authorities of that country the source (unnamed-perpetrator)');
  assert.deepEqual(coded('President Rivas was charged by the court over the killings of Tamil rebels and will resign.', cast), ['0341 CHLGOV->null']);
});

test('a country named only as a party ("its border with Peru") neither blocks nor makes a home country', () => {
  const cast: EntitySpec[] = [...CAST, [['Chilean officials'], 'GROUP', 'CHLGOV'], [['Jane Roe'], 'PERSON', null]];
  assert.deepEqual(coded("Jane Roe threatened to attack villages near Chile's border, Chilean officials said.", cast), ['1384 CHL->CHL']);
  assert.deepEqual(coded("Jane Roe threatened to attack villages near Chile's border with Peru, Chilean officials said.", cast).map((e) => e.split(' ')[1]!.split('->')[0]), ['CHL'], 'Peru after "with" does not stop Jane Roe being Chilean');
  assert.deepEqual(coded('Jane Roe threatened to attack villages near the border with Peru.', cast), [], 'no home named: the person stays uncoded');
});

test('a sector-only actor takes the home a coded organization names; a news outlet names none', () => {
  const cast: EntitySpec[] = [[['President Silva'], 'PERSON', 'GOV'], [['the Peruvian Workers Party'], 'ORG', 'PEROPP'], [['Lima Daily'], 'ORG', 'PERMED'], [['Chile'], 'COUNTRY', 'CHL']];
  assert.deepEqual(coded('President Silva said he would lift the ban on the Peruvian Workers Party.', cast), ['0351 PERGOV->PEROPP']);
  assert.deepEqual(coded('President Silva praised Chile, Lima Daily reported.', cast), ['051 GOV->CHL']);
});

test('peacekeepers-received: peacekeepers arriving in a country are also its 0861 (receive peacekeepers)', async () => {
  const { analyze } = await import('../analyze.js');
  const a = await analyze('Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.', {});
  assert.deepEqual(a.events.map((e) => `${e.code} ${e.source.code}->${e.target.code}`), ['042 BGDMIL->SLE', '0861 SLE->BGDMIL']);
  const b = await analyze('Bangladeshi troops arrived in Sierra Leone on Tuesday.', {});
  assert.deepEqual(b.events.map((e) => `${e.code} ${e.source.code}->${e.target.code}`), ['042 BGDMIL->SLE'], 'other troops: a visit only');
});

test('relations are no homes: "X, a key ally of China," is neither Chinese nor makes China the subject', async () => {
  const { analyze } = await import('../analyze.js');
  const ev = async (t: string): Promise<string[]> => (await analyze(t, { published: '2023-01-01' })).events.map((e) => `${e.code} ${e.source.code}->${e.target.code}`);
  assert.deepEqual(await ev('Bob, a key ally of China, criticized India on Sunday.'), ['111 null->IND']);
  assert.deepEqual(await ev('The mayor, a close ally of Russia, criticized Ukraine on Sunday.'), ['111 GOV->UKR']);
  assert.deepEqual(await ev("Jordan's King Abdullah met Obama on Sunday."), ['040 JORGOV->USAELI'], 'a listed leader out of office is a former officeholder, not a national of the sentence\'s country');
});
