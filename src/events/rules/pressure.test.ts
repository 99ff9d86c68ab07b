/**
 * Demand (10), disapprove (11), reject (12) and threaten (13): one sentence of our own per code
 * covered, with the expected `code source->target`, and a false-positive list per family.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { codeEvents } from '../coder.js';
import { buildDoc, CAST } from '../test-doc.js';
import { PRESSURE_RULES } from './pressure.js';
import { cameoInfo } from '../cameo/index.js';
import { compilePattern } from '../match.js';

function dyadsOf(text: string): string[] {
  return codeEvents(buildDoc(text, CAST), newCtx()).map((e) => `${e.code} ${e.source.code}->${e.target.code}`);
}

const CODED: ReadonlyArray<[string, string]> = [
  // 10 DEMAND
  ['Russia demanded a meeting with Ukraine.', '106 RUS->UKR'],
  ['Scholz said that Iran must cooperate with the inspectors.', '101 DEUGOV->IRN'],
  ['Macron demanded that Japan open its market to French wine.', '1011 FRAGOV->JPN'],
  ['China demanded that France cancel its arms sales to Japan.', '1012 CHN->FRA'],
  ['Iran demanded that France extradite the dissidents.', '1013 IRN->FRA'],
  ['Hamas demanded that Israel provide information about the detainees.', '1014 PSEINS->ISR'],
  ['Ukraine demanded support from the European Union.', '102 UKR->IGOEEC'],
  ['Ukraine demanded military assistance from France.', '1032 UKR->FRA'],
  ['Qatar demanded humanitarian aid from the European Union.', '1033 QAT->IGOEEC'],
  ['Iranian Kurds sought asylum in France.', '1033 IRN->FRA'],
  ['Ukraine demanded that the United Nations deploy peacekeepers.', '1034 UKR->IGOUNO'],
  ['Ukraine demanded the resignation of Putin.', '1041 UKR->RUSGOV'],
  ['France demanded that Japan reverse its whaling policy.', '1042 FRA->JPN'],
  ['Hamas demanded that Israel ease restrictions on Gaza.', '1051 PSEINS->ISR'],
  ['Macron demanded the release of the hostages held by Hamas.', '1053 FRAGOV->PSEINS'],
  ['Iran demanded that the European Union lift its sanctions.', '1054 IRN->IGOEEC'],
  ['The United Nations demanded that Israel allow observers into Gaza.', '1055 IGOUNO->ISR'],
  ['China demanded that Japan withdraw its troops.', '1056 CHN->JPN'],
  ['Blinken said that Israel must reach an agreement with Hamas.', '107 USAGOV->ISR'],
  // 11 DISAPPROVE
  ['Iran summoned the French ambassador.', '110 IRN->FRA'],
  ['The European Union voiced outrage at Iran.', '110 IGOEEC->IRN'],
  ['Qatar criticized Israel.', '111 QAT->ISR'],
  ['Japan accused China of unfair practices.', '112 JPN->CHN'],
  ['Ukraine accused Russia of corruption.', '1121 UKR->RUS'],
  ['Blinken accused Iran of human rights abuses.', '1122 USAGOV->IRN'],
  ['Israel accused Hamas of violating the ceasefire.', '1123 ISR->PSEINS'],
  ['Ukraine accused Russia of war crimes.', '1124 UKR->RUS'],
  ['Russia accused Ukraine of spying.', '1125 RUS->UKR'],
  ['Macron called for sanctions against Iran.', '113 FRAGOV->IRN'],
  ['Japan lodged a formal protest with China.', '114 JPN->CHN'],
  ['Japan complained to the United Nations about the drills.', '114 JPN->IGOUNO'],
  ['France sued Russia over the seized assets.', '115 FRA->RUS'],
  ['The court found Japan guilty.', '116 null->JPN'],
  // 12 REJECT
  ["Israel rejected Qatar's proposal for a ceasefire.", '1246 ISR->QAT'],
  ['Japan rejected a Chinese proposal for a free trade agreement.', '1211 JPN->CHN'],
  ['France refused to provide military aid to Ukraine.', '1222 FRA->UKR'],
  ['Japan will not accept refugees from Iran.', '1223 JPN->IRN'],
  ['Japan refused to deploy peacekeepers in Ukraine.', '1224 JPN->UKR'],
  ['Putin refused to resign.', '1231 RUSGOV->null'],
  ['Japan refused to lift sanctions on Iran.', '1244 JPN->IRN'],
  ['Iran will not release the French nationals.', '1243 IRN->FRA'],
  ['Israel refused to allow the United Nations to inspect the site.', '1245 ISR->IGOUNO'],
  ['China refused to meet Japan.', '125 CHN->JPN'],
  ['Israel rejected a French offer to mediate.', '126 ISR->FRA'],
  ['Hamas rejected the Israeli peace plan.', '127 PSEINS->ISR'],
  ['Ukraine defied Russia.', '128 UKR->RUS'],
  ['Russia vetoed a resolution by France.', '129 RUS->FRA'],
  // 13 THREATEN
  ['Russia threatened Ukraine.', '130 RUS->UKR'],
  ['Russia threatened to cut off gas supplies to Ukraine.', '131 RUS->UKR'],
  ['France threatened to halt aid to Iran.', '1311 FRA->IRN'],
  ['China threatened to impose sanctions on Japan.', '1312 CHN->JPN'],
  ['Israel threatened to break off relations with Qatar.', '1313 ISR->QAT'],
  ['France will impose a curfew in Kyiv.', '1323 FRA->UKR'],
  ['Russia threatened to pull out of talks with Ukraine.', '134 RUS->UKR'],
  ['Qatar threatened to halt its mediation between Israel and Hamas.', '135 QAT->ISR'],
  ['Iran threatened Israel with military action.', '138 IRN->ISR'],
  ['Iran threatened to shell Kyiv.', '1384 IRN->UKR'],
  ['Russia threatened to use nuclear weapons against Ukraine.', '1385 RUS->UKR'],
  ['Xi issued an ultimatum to Japan.', '139 CHNGOV->JPN'],
];

for (const [text, want] of CODED) {
  test(`pressure ${want.slice(0, 4).trim()}: "${text}" -> ${want}`, () => {
    const got = dyadsOf(text);
    assert.ok(got.includes(want), `got ${JSON.stringify(got)}`);
  });
}

test('"refused to meet" and "will not meet" are rejections (125), not negated meetings (CAMEO 1.1b3 §12)', () => {
  assert.deepEqual(dyadsOf('China refused to meet Japan.'), ['125 CHN->JPN']);
  assert.deepEqual(dyadsOf('Putin will not meet Macron.'), ['125 RUSGOV->FRAGOV']);
});

test('a threatened act is the threat, not the act ("threatened to shell" is 1384, not 194)', () => {
  assert.deepEqual(dyadsOf('Iran threatened to shell Kyiv.'), ['1384 IRN->UKR']);
});

/** Sentences with the families' words that must yield no event of the family's root. */
const NOT_FAMILY: ReadonlyArray<[string, string]> = [
  ['10', 'Chinese demand for oil fell.'],
  ['10', 'Demand for Japanese cars rose in France.'],
  ['10', 'Putin insisted that the talks had been useful.'],
  ['10', 'Macron said that Japan remains a close partner.'],
  ['11', 'Japan charged its batteries before the trip to France.'],
  ['11', 'The court ruled on the French appeal.'],
  ['12', 'Japan\'s exports declined as trade slowed.'],
  ['12', 'Putin declined to comment.'],
  ['12', 'Ukraine declined comment on the talks.'],
  ['12', 'Putin did not meet Macron.'],
  ['12', 'Putin dismissed the governor.'],
  ['13', 'France will strike a deal with Japan.'],
  ['13', 'Japan will host the summit in May.'],
  ['13', 'She threatened to quit the band.'],
  ['13', 'Russia warned that inflation could rise.'],
  ['13', 'Ukraine will not attack Russia.'],
];

for (const [root, text] of NOT_FAMILY) {
  test(`false positive (${root}): "${text}" yields no ${root}x event`, () => {
    const got = dyadsOf(text).filter((d) => d.startsWith(root));
    assert.deepEqual(got, []);
  });
}

test('pressure rules: unique ids with a family prefix, codes in the CAMEO table, patterns that compile, no slot at a pattern end or before a gap', () => {
  const ids = new Set<string>();
  for (const r of PRESSURE_RULES) {
    assert.ok(!ids.has(r.id), r.id);
    ids.add(r.id);
    assert.match(r.id, /^(demand|disapprove|reject|threaten)(-|$)/);
    assert.ok(['10', '11', '12', '13'].includes(r.code.slice(0, 2)), `${r.id}: ${r.code}`);
    assert.ok(cameoInfo(r.code), `${r.id}: ${r.code}`);
    assert.doesNotThrow(() => compilePattern(r.pattern), r.id);
    // the matcher takes the shortest slot holding a mention start: a gap or end after it cuts long names
    assert.doesNotMatch(r.pattern, /@T(?:\s+\.\.\.\d*|\s*$)/, r.id);
  }
});

test('every sub-code family of roots 10–13 that the manual defines clearly has rules', () => {
  const codes = new Set(PRESSURE_RULES.map((r) => r.code));
  for (const c of ['100', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '1034', '104', '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '107', '108',
    '110', '111', '112', '1121', '1122', '1123', '1124', '1125', '113', '114', '115', '116',
    '120', '121', '1211', '1212', '122', '1221', '1222', '1223', '1224', '123', '1231', '1232', '1233', '1234', '124', '1241', '1242', '1243', '1244', '1245', '1246', '125', '126', '127', '128', '129',
    '130', '131', '1311', '1312', '1313', '132', '1321', '1322', '1323', '1324', '133', '134', '135', '136', '137', '138', '1381', '1382', '1383', '1384', '1385', '139']) {
    assert.ok(codes.has(c), c);
  }
});
