/**
 * The organization tables: shape checks of `KNOWN_ORGS` + `WORLD_ORGS`, and, per family (IGO, NGO,
 * armed group, party), sentences of our own run through `analyze()` whose organization must be found
 * as an ORG entity with the table's CAMEO actor code; plus names that must not be taken for one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { newCtx } from '../context.js';
import { KNOWN_ORGS } from './organizations.js';
import { ACTOR_ORGS, WORLD_ORGS } from './organizations-world.js';
import { normName } from '../actors/orgs.js';

const CAMEO_REGIONS = /^(IGO|NGO|IMG)/;

test('organization ids are unique and every entry has names, a code and a reason', () => {
  const ids = new Set<string>();
  for (const o of ACTOR_ORGS) {
    assert.ok(!ids.has(o.id), `duplicate id ${o.id}`);
    ids.add(o.id);
    assert.ok(o.names.length > 0 && o.reason.length > 10 && /^[A-Z]{3}/.test(o.code), o.id);
  }
  assert.ok(WORLD_ORGS.length >= 140, `only ${WORLD_ORGS.length} added organizations`);
});

test('national bodies carry their country as the first three letters of the code; IGO/NGO/IMG have none', () => {
  for (const o of WORLD_ORGS) {
    if (CAMEO_REGIONS.test(o.code)) assert.equal(o.country, null, o.id);
    else assert.equal(o.code.slice(0, 3), o.country, o.id);
  }
});

test('WORLD_ORGS never re-codes a name KNOWN_ORGS already has (the NER list stays the only source of those)', () => {
  const known = new Map(KNOWN_ORGS.flatMap((o) => o.names.map((n) => [normName(n), o.code] as const)));
  for (const o of WORLD_ORGS) for (const n of o.names) {
    const k = known.get(normName(n));
    if (k !== undefined) assert.equal(k, o.code, `${o.id}: ${n}`);
  }
});

/** [sentence, organization name as written, expected actor code] */
const FOUND: ReadonlyArray<[string, string, string]> = [
  // Intergovernmental organizations.
  ['The Asia-Pacific Economic Cooperation forum met in Lima on Friday.', 'Asia-Pacific Economic Cooperation', 'IGOBUS'],
  ['The International Labor Organization criticized working conditions in Qatar.', 'International Labor Organization', 'IGOUNOLABILO'],
  ['The European Community lifted its oil embargo on South Africa.', 'European Community', 'IGOEUREEC'],
  ['The Organization of African Unity sent observers to Chad.', 'Organization of African Unity', 'IGOAFROAU'],
  ['Judges at the ICTY sentenced a former general on Wednesday.', 'ICTY', 'IGOUNOJUDWCT'],
  ['The Warsaw Pact held manoeuvres near the Polish border.', 'Warsaw Pact', 'IGOEEU'],
  ['The Gulf Cooperation Council condemned the attack.', 'Gulf Cooperation Council', 'IGOMEAGCC'],
  // NGOs.
  ['Physicians for Human Rights published a report on prison deaths.', 'Physicians for Human Rights', 'NGOHRIHLH'],
  ['Oxfam warned of famine in Yemen.', 'Oxfam', 'NGOXFM'],
  ['Reporters Without Borders condemned the arrest of two journalists.', 'Reporters Without Borders', 'NGOHRIMED'],
  // Armed groups.
  ['Hizbollah fighters fired rockets into northern Israel.', 'Hizbollah', 'LBNREB'],
  ['The Revolutionary United Front freed forty hostages.', 'Revolutionary United Front', 'SLEREB'],
  ['UNITA accused the government in Luanda of breaking the truce.', 'UNITA', 'AGOREB'],
  ['The SPLA shelled a garrison town in the south.', 'SPLA', 'SDNREB'],
  ['The Palestine Liberation Organization rejected the proposal.', 'Palestine Liberation Organization', 'PSEREB'],
  ['The Irish Republican Army announced a ceasefire.', 'Irish Republican Army', 'GBRREB'],
  ['Tamil Tigers attacked a navy patrol boat off Jaffna.', 'Tamil Tigers', 'LKAREB'],
  ['Al-Shabaab claimed the bombing in Mogadishu.', 'Al-Shabaab', 'SOMREB'],
  // Parties and movements.
  ['The Muslim Brotherhood called for protests in Cairo.', 'Muslim Brotherhood', 'EGYOPP'],
  ['The Palestinian Authority froze security cooperation.', 'Palestinian Authority', 'PSEGOV'],
];

for (const [text, name, code] of FOUND) {
  test(`organization found and coded: ${name} -> ${code}`, async () => {
    const doc = await analyze({ text, id: 't' }, {}, newCtx({}));
    const e = doc.entities.find((x) => x.mentions.some((m) => m.text === name));
    assert.ok(e, `no entity for ${name}: ${doc.entities.map((x) => x.name).join(', ')}`);
    assert.equal(e.type, 'ORG');
    assert.equal(e.actor?.code, code);
  });
}

/** [sentence, text that must not become an ORG entity] */
const NOT_ORGS: ReadonlyArray<[string, string]> = [
  ['Amal Clooney spoke at the conference in London.', 'Amal'],
  ['The flight has an eta of nine o\'clock.', 'eta'],
  ['Medical care is free for children in Finland.', 'care'],
];

for (const [text, word] of NOT_ORGS) {
  test(`not an organization: "${word}" in "${text}"`, async () => {
    const doc = await analyze({ text, id: 't' }, {}, newCtx({}));
    const orgs = doc.entities.filter((x) => x.type === 'ORG' && x.mentions.some((m) => m.text === word));
    assert.deepEqual(orgs.map((x) => x.name), []);
  });
}
