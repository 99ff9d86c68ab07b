import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, Role } from '../doc.js';
import { newCtx } from '../context.js';
import { countries } from '../gazetteer/countries.js';
import { actorFor, splitCountry } from './resolve.js';
import { buildOrgIndex, normName } from './orgs.js';
import { KNOWN_ORGS } from '../gazetteer/organizations.js';

const ctx = newCtx();
let n = 0;
function ent(type: EntityType, name: string, opts: { roles?: Role[]; country?: string | null; members?: string[]; mentions?: Entity['mentions'] } = {}): Entity {
  return { id: `e${++n}`, type, name, roles: opts.roles ?? [], country: opts.country ?? null, actor: null, mentions: opts.mentions ?? [], ...(opts.members ? { members: opts.members } : {}) };
}
const role = (title: string, of: string | null, sector?: string | null): Role => ({ title, of, ...(sector !== undefined ? { sector } : {}) });
const code = (e: Entity): string | null => actorFor(e, ctx)?.code ?? null;

test('COUNTRY -> ISO alpha-3', () => {
  assert.deepEqual(actorFor(ent('COUNTRY', 'North Korea', { country: 'PRK' }), ctx), { code: 'PRK', country: 'PRK', sectors: [], rule: 'country' });
  assert.equal(code(ent('COUNTRY', 'Russia')), 'RUS', 'name resolved by the gazetteer when country is missing');
  assert.equal(code(ent('COUNTRY', 'Atlantis')), null);
});

test('PERSON with a role: country + sector', () => {
  assert.deepEqual(actorFor(ent('PERSON', 'Vladimir Putin', { roles: [role('president', 'RUS')], country: 'RUS' }), ctx),
    { code: 'RUSGOV', country: 'RUS', sectors: ['GOV'], rule: 'person-role:head-of-government' });
  assert.equal(code(ent('PERSON', 'Kim Jong Un', { roles: [role('leader', 'PRK')] })), 'PRKGOV');
  assert.equal(code(ent('PERSON', 'a State Department official', { roles: [role('official', 'USA')] })), 'USAGOV');
  assert.equal(code(ent('PERSON', 'Stephen Biegun', { roles: [{ title: 'special representative', of: 'USA', for: 'PRK' }] })), 'USAGOV', '"for" is the role\'s subject, not its holder');
  assert.equal(code(ent('PERSON', 'Angela Merkel', { roles: [role('chancellor', null)], country: 'DEU' })), 'DEUGOV', 'country from the entity when the role has none');
  assert.equal(code(ent('PERSON', 'Ted Cruz', { roles: [role('senator', 'USA')] })), 'USALEG');
  assert.equal(code(ent('PERSON', 'Sergei Shoigu', { roles: [role('defense minister', 'RUS')] })), 'RUSGOVMIL');
  assert.equal(code(ent('PERSON', 'Mark Milley', { roles: [role('general', 'USA')] })), 'USAMIL');
});

test('PERSON: the role sector given by the entities stage wins over the title table', () => {
  const a = actorFor(ent('PERSON', 'Jane Roe', { roles: [role('chief', 'GBR', 'COP')] }), ctx);
  assert.deepEqual(a, { code: 'GBRCOP', country: 'GBR', sectors: ['COP'], rule: 'person-role' });
});

test('PERSON: first sector-bearing role decides; a role held in an IGO gives the IGO code', () => {
  assert.equal(code(ent('PERSON', 'John Doe', { roles: [role('analyst', 'USA'), role('ambassador', 'USA')] })), 'USAGOV');
  assert.deepEqual(actorFor(ent('PERSON', 'Antonio Guterres', { roles: [role('secretary-general', 'IGOUNO')], country: 'PRT' }), ctx),
    { code: 'IGOUNO', country: null, sectors: ['IGO'], rule: 'person-role-igo' });
});

test('PERSON without a sector: country alone; sector without a country: the bare sector', () => {
  assert.deepEqual(actorFor(ent('PERSON', 'Jane Roe', { country: 'FRA' }), ctx), { code: 'FRA', country: 'FRA', sectors: [], rule: 'person-country' });
  assert.equal(code(ent('PERSON', 'John Doe', { roles: [role('analyst', 'JPN')] })), 'JPN');
  assert.deepEqual(actorFor(ent('PERSON', 'an official', { roles: [role('official', null)] }), ctx), { code: 'GOV', country: null, sectors: ['GOV'], rule: 'person-sector:generic-official' });
});

test('ORG: IGOs and NGOs from the known-organization table', () => {
  const cases: [string, string][] = [
    ['United Nations', 'IGOUNO'], ['the U.N.', 'IGOUNO'], ['UN', 'IGOUNO'], ['U.N. Security Council', 'IGOUNO'], ['European Union', 'IGOEUREEC'],
    ['EU', 'IGOEUREEC'], ['NATO', 'IGOWSTNAT'], ['African Union', 'IGOAFRAFU'], ['IAEA', 'IGOUNOIAE'], ['World Bank', 'IGOUNODEVWBK'],
    ['International Monetary Fund', 'IGOBUSIMF'], ['International Committee of the Red Cross', 'NGOHLHIRC'], ['Amnesty International', 'NGOHRIAMN'],
  ];
  for (const [name, c] of cases) assert.equal(code(ent('ORG', name)), c, name);
  assert.deepEqual(actorFor(ent('ORG', 'United Nations', { country: 'USA' }), ctx), { code: 'IGOUNO', country: null, sectors: ['IGO'], rule: 'org-known:united-nations' });
});

test('ORG: national bodies, with or without the country in the name', () => {
  assert.deepEqual(actorFor(ent('ORG', 'State Department'), ctx), { code: 'USAGOV', country: 'USA', sectors: ['GOV'], rule: 'org-known:us-state-department' });
  assert.equal(code(ent('ORG', 'U.S. State Department')), 'USAGOV');
  assert.equal(code(ent('ORG', 'the Pentagon')), 'USAMIL');
  assert.equal(code(ent('ORG', 'Kremlin')), 'RUSGOV');
  assert.equal(code(ent('ORG', 'Russian Foreign Ministry')), 'RUSGOV');
  assert.equal(code(ent('ORG', 'Ministry of Foreign Affairs of Japan')), 'JPNGOV');
  assert.equal(code(ent('ORG', "China's navy")), 'CHNMIL');
  assert.equal(code(ent('ORG', 'foreign ministry', { country: 'KOR' })), 'KORGOV');
  assert.equal(code(ent('ORG', 'U.S. Embassy')), 'USAGOV');
  assert.equal(code(ent('ORG', 'Russian Defense Department')), 'RUSGOVMIL', 'a known US body named with another country falls to the words');
  assert.equal(actorFor(ent('ORG', 'North Korean army'), ctx)?.rule, 'org-words:military');
});

test('ORG org-country: an unknown organization named with its country and no sector word is the country alone', () => {
  assert.deepEqual(actorFor(ent('ORG', 'Peru Beekeepers Federation', { country: 'PER' }), ctx), { code: 'PER', country: 'PER', sectors: [], rule: 'org-country' });
  assert.equal(code(ent('ORG', 'Chilean Chess Federation')), 'CHL', 'the country named in the name');
  assert.equal(actorFor(ent('ORG', 'Acme Widget Federation'), ctx), null, 'no country: no code');
});

test('ORG: news organizations -> country + MED, bare MED without a country', () => {
  assert.deepEqual(actorFor(ent('ORG', 'ABC News', { country: 'USA' }), ctx), { code: 'USAMED', country: 'USA', sectors: ['MED'], rule: 'org-media:media-international' });
  assert.equal(code(ent('ORG', 'Reuters')), 'MED');
  assert.equal(code(ent('ORG', 'Haaretz')), 'ISRMED');
  assert.deepEqual(actorFor(ent('ORG', 'Daily Planet Newspaper', { country: 'CAN' }), ctx), { code: 'CANMED', country: 'CAN', sectors: ['MED'], rule: 'org-media:media-org' });
});

test('PLACE -> its country code; GROUP -> by its role: country + sector, or the sector alone', () => {
  assert.deepEqual(actorFor(ent('PLACE', 'Moscow', { country: 'RUS' }), ctx), { code: 'RUS', country: 'RUS', sectors: [], rule: 'place-country' });
  assert.equal(code(ent('PLACE', 'somewhere')), null);
  assert.equal(code(ent('GROUP', 'the two', { members: ['e1', 'e2'] })), null);
  assert.deepEqual(actorFor(ent('GROUP', 'Russian officials', { roles: [role('officials', 'RUS')] }), ctx), { code: 'RUSGOV', country: 'RUS', sectors: ['GOV'], rule: 'group-role:generic-official' });
  assert.equal(code(ent('GROUP', 'officials', { roles: [role('officials', null)] })), null, 'country-less officials: left to the event coder');
  assert.equal(code(ent('GROUP', 'rebels', { roles: [role('rebel', null)] })), 'REB');
  assert.equal(code(ent('GROUP', 'Iranians', { country: 'IRN' })), null, 'no role');
});

test('false positives: nothing applies -> null', () => {
  assert.equal(code(ent('PERSON', 'John Smith')), null, 'person with no role and no country');
  assert.equal(code(ent('PERSON', 'John Smith', { roles: [role('analyst', null)] })), null, 'role without sector or country');
  assert.equal(code(ent('ORG', 'Acme Widgets')), null, 'unknown org, no org word');
  assert.equal(code(ent('ORG', 'Generalized Systems')), null, '"general" inside a word');
  assert.equal(code(ent('ORG', 'Kingpin Holdings')), null, '"king" inside a word');
  assert.equal(code(ent('ORG', 'Unicorn Labs')), null, 'no "UN" inside words');
  assert.equal(code(ent('PERSON', 'Courtney Love', { roles: [role('singer', null)] })), null);
  assert.equal(code(ent('COUNTRY', 'Narnia', { country: 'narnia' })), null, 'invalid country code is not passed through');
});

test('splitCountry: prefix, possessive and "of" forms; none for plain names', () => {
  const g = countries(ctx);
  assert.deepEqual(splitCountry('Russian Foreign Ministry', g), { country: 'RUS', rest: 'Foreign Ministry' });
  assert.deepEqual(splitCountry("Japan's navy", g), { country: 'JPN', rest: 'navy' });
  assert.deepEqual(splitCountry('Embassy of France', g), { country: 'FRA', rest: 'Embassy' });
  assert.deepEqual(splitCountry('Ministry of Foreign Affairs of the Republic of Korea', g), { country: 'KOR', rest: 'Ministry of Foreign Affairs' });
  assert.equal(splitCountry('Department of State', g), null);
  assert.equal(splitCountry('Russia', g), null, 'a bare country leaves no organization');
});

test('org table: ids unique, every name folds to one entry, codes well formed', () => {
  const ids = KNOWN_ORGS.map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length);
  const names = KNOWN_ORGS.flatMap((o) => o.names.map(normName));
  assert.equal(new Set(names).size, names.length, 'no name listed twice');
  assert.equal(buildOrgIndex().size, names.length);
  for (const o of KNOWN_ORGS) assert.match(o.code, /^([A-Z]{3})+$/, o.id);
  assert.equal(normName('The U.N. Security-Council'), 'un security council');
});

// Leader table (leaders/): who was in office on the article's date.
const at = (date: string | null) => newCtx(date ? { published: date } : {});
const mention = (text: string, kind: 'name' | 'short' | 'alias' | 'pronoun'): Entity['mentions'][number] => ({ start: 0, end: text.length, text, kind });

test('PERSON in the leader table: in office on the date -> country + GOV (rule person-leader)', () => {
  const putin = ent('PERSON', 'Vladimir Putin');
  assert.deepEqual(actorFor(putin, at('2019-04-16')), { code: 'RUSGOV', country: 'RUS', sectors: ['GOV'], rule: 'person-leader:RUS-hos-vladimir-putin-2012' });
  assert.equal(actorFor(putin, at('2009-03-01'))?.rule, 'person-leader:RUS-hog-vladimir-putin-2008', 'prime minister then');
  assert.equal(actorFor(putin, at('1995-03-01')), null, 'not in office in 1995: today\'s behaviour');
  assert.equal(code(ent('PERSON', 'Putin', { country: 'RUS' })), 'RUSGOV', 'ctx without a date: undated match');
  assert.equal(actorFor(ent('PERSON', 'Putin', { country: 'RUS' }), at('1995-03-01'))?.code, 'RUS');
  assert.equal(actorFor(ent('PERSON', 'Bush'), at('1991-01-17'))?.rule, 'person-leader:USA-hos-george-h-w-bush-1989');
  assert.equal(actorFor(ent('PERSON', 'Bush'), at('2005-06-01'))?.rule, 'person-leader:USA-hos-george-w-bush-2001');
  assert.equal(actorFor(ent('PERSON', 'Angela Merkel'), at('2010-01-01'))?.code, 'DEUGOV');
  assert.equal(actorFor(ent('PERSON', 'Angela Merkel', { country: 'DEU' }), at('2023-01-01'))?.code, 'DEU');
  assert.equal(actorFor(ent('PERSON', 'Erdogan'), at('2019-04-16'))?.code, 'TURGOV');
  assert.equal(actorFor(ent('PERSON', 'Sergey Lavrov'), at('2019-04-16'))?.code, 'RUSGOV', 'foreign ministers are GOV');
});

test('PERSON leader: a role with a sector and no country takes the country from the table', () => {
  const p = ent('PERSON', 'Putin', { roles: [role('president', null, 'GOV')] });
  assert.deepEqual(actorFor(p, at('2019-04-16')), { code: 'RUSGOV', country: 'RUS', sectors: ['GOV'], rule: 'person-leader:RUS-hos-vladimir-putin-2012' });
  assert.deepEqual(actorFor(p, at('1995-03-01')), { code: 'GOV', country: null, sectors: ['GOV'], rule: 'person-sector' });
  const fm = ent('PERSON', 'Heiko Maas', { roles: [role('foreign minister', null)] });
  assert.equal(actorFor(fm, at('2019-04-16'))?.code, 'DEUGOV');
});

test('PERSON leader: explicit roles and other countries are not overridden', () => {
  assert.equal(actorFor(ent('PERSON', 'Putin', { roles: [role('president', 'USA')] }), at('2019-04-16'))?.code, 'USAGOV', 'the role decides');
  assert.equal(actorFor(ent('PERSON', 'Putin', { roles: [role('party leader', null)] }), at('2019-04-16'))?.code, 'PTY', 'another sector is kept');
  assert.equal(actorFor(ent('PERSON', 'Abe', { country: 'USA' }), at('2015-01-01'))?.code, 'USA', 'a country known otherwise must agree');
  assert.equal(actorFor(ent('PERSON', 'Ron Johnson', { mentions: [mention('Johnson', 'short')] }), at('2020-06-01')), null, 'a surname of the entity\'s own name is not looked up alone');
  assert.equal(actorFor(ent('PERSON', 'Boris', { mentions: [mention('Johnson', 'short')] }), at('2020-06-01'))?.code, 'GBRGOV', 'a surname mention not in the name is');
  assert.equal(actorFor(ent('PERSON', 'Kim', { country: 'PRK' }), at('2019-04-16'))?.code, 'PRK');
  assert.equal(actorFor(ent('PERSON', 'Kim'), at('1995-01-01')), null, 'Kim never matches alone');
});

test('PERSON leader: name-like mentions count, pronouns do not; EU offices give the EU code', () => {
  const mbs = ent('PERSON', 'Prince Mohammed', { mentions: [mention('he', 'pronoun'), mention('Mohammed bin Salman', 'alias')] });
  assert.equal(actorFor(mbs, at('2023-05-01'))?.code, 'SAUGOV');
  assert.equal(actorFor(ent('PERSON', 'Prince Mohammed', { mentions: [mention('Putin', 'pronoun')] }), at('2019-04-16')), null);
  assert.deepEqual(actorFor(ent('PERSON', 'Jean-Claude Juncker', { country: 'LUX' }), at('2017-03-01')),
    { code: 'IGOEUREEC', country: null, sectors: ['IGO'], rule: 'person-leader:IGOEUREEC-hog-jean-claude-juncker-2014' });
});

test('PERSON leader undated: a name of one person in the table matches (rule person-leader-undated)', () => {
  assert.equal(actorFor(ent('PERSON', 'Angela Merkel'), at(null))?.rule, 'person-leader-undated:DEU-hog-angela-merkel-2005');
  assert.equal(actorFor(ent('PERSON', 'Bush'), at(null))?.code, 'USAGOV', 'two presidents Bush, one polity (rule person-leader-same-polity)');
  assert.equal(actorFor(ent('PERSON', 'Reagan'), at('1985-03-01'))?.code, 'USAGOV');
  assert.equal(actorFor(ent('PERSON', 'Reagan'), at('1995-03-01'))?.code, 'USAELI', 'out of office: a former officeholder (ELI)');
  assert.equal(actorFor(ent('PERSON', 'Obama'), at('2005-03-01')), null, 'before the first term: nothing');
  assert.equal(actorFor(ent('PERSON', 'Jane Roe'), at(null)), null);
});

test('PERSON former leader: "former" role (ELI) + the country of the ended term', () => {
  const clinton = ent('PERSON', 'Bill Clinton', { roles: [role('former president', null, 'ELI')] });
  assert.deepEqual(actorFor(clinton, at('2019-04-16')), { code: 'USAELI', country: 'USA', sectors: ['ELI'], rule: 'person-former-leader:USA-hos-bill-clinton-1993' });
  assert.equal(actorFor(ent('PERSON', 'Bush', { roles: [role('former president', null, 'ELI')] }), at('2019-04-16'))?.code, 'ELI', 'two former presidents Bush: no country');
  assert.equal(actorFor(ent('PERSON', 'Bill Clinton', { roles: [role('former president', 'USA', 'ELI')] }), at('2019-04-16'))?.rule, 'person-role', 'the role\'s own country decides');
});
