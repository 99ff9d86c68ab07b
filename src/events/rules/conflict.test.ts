/**
 * Conflict rules (CAMEO 14–20): one or more sentences per code (our own sentences) with the
 * expected `code source->target`, and per family sentences with the same words that must not
 * yield that family's codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { codeEvents } from '../coder.js';
import { buildDoc, CAST } from '../test-doc.js';
import { cameoInfo } from '../cameo/index.js';
import { CONFLICT_RULES } from './conflict.js';

function events(text: string): Array<{ code: string; dyad: string }> {
  return codeEvents(buildDoc(text, CAST), newCtx()).map((e) => ({ code: e.code, dyad: `${e.code} ${e.source.code}->${e.target.code}` }));
}

const CODED: ReadonlyArray<[string, string]> = [
  // 14 PROTEST
  ['Ukrainian students demonstrated outside the Russian embassy.', '141 UKR->RUS'],
  ['French workers staged a rally against Macron, demanding his resignation.', '1411 FRA->FRAGOV'],
  ['Iranian workers held a protest against the government over fuel prices.', '1412 IRN->null'],
  ['Ukrainian students marched through the capital demanding freedom of speech.', '1413 UKR->null'],
  ['Thousands demonstrated in the capital calling for independence from Russia.', '1414 null->RUS'],
  ['Iranian prisoners began a hunger strike on Monday.', '142 IRN->null'],
  ['Russian activists went on hunger strike to demand the resignation of Putin.', '1421 RUS->RUSGOV'],
  ['French rail workers went on strike on Tuesday.', '143 FRA->null'],
  ['French teachers staged a nationwide strike over the pension reform.', '1432 FRA->null'],
  ['Japan will boycott the Russian parade.', '143 JPN->RUS'],
  ['Ukrainian farmers blocked roads into Paris.', '144 UKR->FRA'],
  ['Israeli settlers rioted near the Iranian embassy.', '145 ISR->IRN'],
  ['Iranian youths rioted on Sunday, demanding the ouster of the government.', '1451 IRN->null'],
  // 15 EXHIBIT FORCE POSTURE
  ['Russia held military exercises near the Ukrainian border.', '150 RUS->UKR'],
  ['Iran recruited thousands of hackers for attacks against Israel.', '155 IRN->ISR'],
  ['Macron put the police on high alert.', '151 FRAGOV->null'],
  ['Iran put its forces on high alert.', '152 IRN->null'],
  ['France deployed riot police to Kyiv.', '153 FRA->UKR'],
  ['Russia deployed troops near Ukraine.', '154 RUS->UKR'],
  ['Russia called up reservists.', '154 RUS->null'],
  // 16 REDUCE RELATIONS
  ['Japan suspended air links with Russia.', '160 JPN->RUS'],
  ['France recalled its ambassador from Israel.', '161 FRA->ISR'],
  ['Blinken cancelled a planned trip to China.', '161 USAGOV->CHN'],
  ['Qatar expelled three Iranian diplomats.', '161 QAT->IRN'],
  ['Japan froze economic aid to Russia.', '1621 JPN->RUS'],
  ['France suspended military assistance to Israel.', '1622 FRA->ISR'],
  ['The United Nations cut food aid to Ukraine.', '1623 IGOUNO->UKR'],
  ['The European Union halted aid to Hamas.', '162 IGOEEC->PSEINS'],
  ['Japan imposed an arms embargo on Russia.', '163 JPN->RUS'],
  ['France banned imports from Iran.', '163 FRA->IRN'],
  ['Israel broke off talks with Hamas.', '164 ISR->PSEINS'],
  ['Ukraine walked out of the negotiations with Russia.', '164 UKR->RUS'],
  ['Qatar suspended its mediation between Israel and Hamas.', '165 QAT->ISR'],
  ['Iran expelled inspectors of the United Nations.', '1662 IRN->IGOUNO'],
  ['Russia ordered aid agencies out of Ukraine.', '1663 RUS->UKR'],
  // 17 COERCE
  ['Iran hacked Israeli water systems.', '176 IRN->ISR'],
  ['Israeli police confiscated weapons from Hamas.', '1711 ISR->PSEINS'],
  ['Russian troops torched Ukrainian villages.', '1712 RUS->UKR'],
  ['Iran shut down the French newspaper.', '1721 IRN->FRA'],
  ['Putin barred opposition candidates from the election.', '1722 RUSGOV->null'],
  ['Ukraine imposed a curfew in Paris.', '1723 UKR->FRA'],
  ['Iran declared a state of emergency in Kyiv.', '1724 IRN->UKR'],
  ['Iran arrested two French journalists.', '173 IRN->FRA'],
  ['Japan deported three Chinese nationals.', '174 JPN->CHN'],
  ['Iranian police used water cannon to disperse French demonstrators.', '175 IRN->FRA'],
  // 18 ASSAULT
  ['Hamas attacked Israeli civilians with knives.', '180 PSEINS->ISR'],
  ['Hamas took Israeli civilians hostage.', '181 PSEINS->ISR'],
  ['Iran seized a Japanese tanker.', '181 IRN->JPN'],
  ['Russian guards brutally beat Ukrainian prisoners.', '182 RUS->UKR'],
  ['Russian soldiers raped Ukrainian women.', '1821 RUS->UKR'],
  ['Iranian guards tortured French detainees.', '1822 IRN->FRA'],
  ['Russian guards beat a Ukrainian prisoner to death.', '1823 RUS->UKR'],
  ['Hamas detonated a bomb in Paris.', '183 PSEINS->FRA'],
  ['A Hamas suicide bomber killed five Israeli soldiers.', '1831 PSEINS->ISR'],
  ['A car bomb killed two Russian officers.', '1832 null->RUS'],
  ['Two Ukrainian soldiers were killed by a roadside bomb.', '1833 null->UKR'],
  ['Hamas used Israeli hostages as human shields.', '184 PSEINS->ISR'],
  ['Hamas tried to assassinate Macron.', '185 PSEINS->FRAGOV'],
  ['Hamas assassinated an Israeli minister.', '186 PSEINS->ISR'],
  // 19 FIGHT
  ['Russian forces clashed with Ukrainian troops.', '190 RUS->UKR'],
  ['Russia imposed a naval blockade on Ukraine.', '191 RUS->UKR'],
  ['Russia closed its border with Ukraine.', '191 RUS->UKR'],
  ['Russia annexed Ukrainian territory.', '192 RUS->UKR'],
  ['Israeli soldiers opened fire on Iranian protesters.', '193 ISR->IRN'],
  ['Russia fired rockets at Kyiv.', '194 RUS->UKR'],
  ['Russian tanks pounded Ukrainian positions.', '194 RUS->UKR'],
  ['Israeli warplanes struck Iranian air defenses.', '195 ISR->IRN'],
  ['Two Iranian commanders were killed in a drone strike.', '1952 null->IRN'],
  ['Russia violated the ceasefire with Ukraine.', '196 RUS->UKR'],
  // 20 MASS VIOLENCE
  ['Russian forces drove Ukrainian villagers from their homes.', '201 RUS->UKR'],
  ['Russian troops massacred Ukrainian civilians.', '202 RUS->UKR'],
  ['Russia detonated a nuclear bomb over Kyiv.', '2042 RUS->UKR'],
];

for (const [text, want] of CODED) {
  test(`conflict ${want.split(' ')[0]}: "${text}" -> ${want}`, () => {
    const got = events(text).map((e) => e.dyad);
    assert.ok(got.includes(want), `got ${JSON.stringify(got)}`);
  });
}

/** Sentences with conflict words in another sense: none may yield a code of the named roots. */
const NOT_CODED: ReadonlyArray<[string, readonly string[]]> = [
  ['Riot police fired tear gas at protesters in Paris.', ['14']],
  ['Israel launched an air strike on Hamas.', ['14']],
  ['Macron demonstrated his commitment to Ukraine.', ['14']],
  ['Iranian exports rallied in March.', ['14']],
  ['Japan faced hunger after the war.', ['14']],
  ['Putin said the March on the capital was a myth.', ['14']],
  ['Hunger in Ukraine worsened, the United Nations said.', ['14']],
  ['Airlines cancelled flights to Paris because of snow.', ['16']],
  ['Xi called for talks with Japan.', ['16']],
  ['Russia called for a meeting with Iran.', ['16']],
  ['Japan increased military spending.', ['15']],
  ['France cut support for the Chinese bill.', ['16']],
  ['Putin seized the moment.', ['17']],
  ['Macron banned smoking in French cafes.', ['17']],
  ['Japan beat China 3-1 in the final.', ['18']],
  ['Russia beat Japan 2-0 in the quarterfinal.', ['18']],
  ['The striker shot the ball past the Japanese keeper.', ['19']],
  ['Xi fired his defense minister.', ['19']],
  ['Russian oil prices rocketed.', ['19']],
  ['The helicopters evacuated the wounded from Kyiv.', ['19']],
  ['Macron fought back tears as he praised Japan.', ['19']],
  ['As shells fell on the city, Ukrainian officials met Blinken.', ['19']],
  ['Israeli forces shelled the town of Rafah, killing five Iranian advisers.', ['18']],
  ['Floods displaced thousands of Japanese residents.', ['20']],
  ['Macron will visit Chile to see roads closed since the winter storms.', ['19']],
];

for (const [text, roots] of NOT_CODED) {
  test(`conflict false positive: "${text}" yields no ${roots.join('/')}x code`, () => {
    const bad = events(text).filter((e) => roots.includes(e.code.slice(0, 2)));
    assert.deepEqual(bad, []);
  });
}

test('the killing in a violent sentence is not coded twice: ", killing N" adds no 190 event', () => {
  const got = events('Russian forces shelled Kyiv, killing five Ukrainian civilians.').map((e) => e.dyad);
  assert.ok(got.includes('194 RUS->UKR'), JSON.stringify(got));
  assert.ok(!got.some((d) => d.startsWith('190 ')), JSON.stringify(got));
});

test('a named weapon decides the code: aerial over heavy, suicide over car bomb', () => {
  assert.ok(events('Israeli helicopters and tanks shelled Iranian positions.').some((e) => e.dyad === '195 ISR->IRN'));
  assert.ok(events('Five Israeli soldiers were killed in a suicide car bombing.').some((e) => e.code === '1831'));
});

test('every conflict rule code is a CAMEO code of roots 14-20 in the GDELT table, and ids are unique', () => {
  const ids = new Set<string>();
  for (const r of CONFLICT_RULES) {
    assert.ok(cameoInfo(r.code), `${r.id}: ${r.code}`);
    assert.ok(Number(r.code.slice(0, 2)) >= 14 && Number(r.code.slice(0, 2)) <= 20, r.id);
    assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
    ids.add(r.id);
  }
  for (const code of ['140', '141', '1411', '1412', '1413', '1414', '142', '1421', '143', '1431', '144', '1441', '145', '1451',
    '150', '151', '152', '153', '154', '160', '161', '162', '1621', '1622', '1623', '163', '164', '165', '166', '1661', '1662', '1663',
    '170', '171', '1711', '1712', '1721', '1722', '1723', '1724', '173', '174', '175', '180', '181', '182', '1821', '1822', '1823',
    '183', '1831', '1832', '1833', '184', '185', '186', '190', '191', '192', '193', '194', '195', '196', '201', '202', '203', '2041', '2042']) {
    assert.ok(CONFLICT_RULES.some((r) => r.code === code), `no rule for ${code}`);
  }
});
