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
function ent(type: EntityType, name: string, opts: { roles?: Role[]; country?: string | null; members?: string[] } = {}): Entity {
  return { id: `e${++n}`, type, name, roles: opts.roles ?? [], country: opts.country ?? null, actor: null, mentions: [], ...(opts.members ? { members: opts.members } : {}) };
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
