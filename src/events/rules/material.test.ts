/**
 * Material rules (CAMEO roots 06–09): one sentence of our own per code, the planned (03x) form of
 * acts, and a false-positive list per family.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadsOf } from '../test-doc.js';
import { MATERIAL_RULES } from './material.js';

/** [sentence, expected `code source->target`] */
const CASES: ReadonlyArray<[string, string]> = [
  // 06 ENGAGE IN MATERIAL COOPERATION
  ['Israel cooperated with France on cyber defence.', '060 ISR->FRA'],
  ['Japan invested $2 billion in Ukraine.', '061 JPN->UKR'],
  ['Japan expanded trade ties with Qatar.', '061 JPN->QAT'],
  ['Japan and France held war games.', '062 FRA->JPN'],
  ['Japan held joint naval exercises with France.', '062 JPN->FRA'],
  ['Qatar extradited the suspect to France.', '063 QAT->FRA'],
  ['France handed over the suspect to Japan.', '063 FRA->JPN'],
  ['Israel shared information with France.', '064 ISR->FRA'],
  // 07 PROVIDE AID
  ['Japan donated to Ukraine.', '070 JPN->UKR'],
  ['Japan gave Ukraine a loan of $1 billion.', '071 JPN->UKR'],
  ['Japan wrote off the debt of Ukraine.', '071 JPN->UKR'],
  ['France sent weapons to Ukraine.', '072 FRA->UKR'],
  ['France delivered food to Kyiv.', '073 FRA->UKR'],
  ['The United Nations evacuated civilians from Kyiv.', '073 IGOUNO->UKR'],
  ['Japan deployed peacekeepers to Ukraine.', '074 JPN->UKR'],
  ['France granted asylum to Iranian dissidents.', '075 FRA->IRN'],
  // 08 YIELD
  ['Israel paid compensation to Japanese families.', '080 ISR->JPN'],
  ['Iran yielded to France.', '080 IRN->FRA'],
  ['Iran expanded political freedoms.', '081 IRN->null'],
  ['Iran lifted the ban on the opposition party.', '0812 IRN->null'],
  ['Russia lifted the curfew in Kyiv.', '0813 RUS->UKR'],
  ['Ukraine lifted martial law in Kyiv.', '0814 UKR->UKR'],
  ['Iranian teachers called off their strike.', '082 IRN->null'],
  ['Iran accepted demands from protesters.', '083 IRN->null'],
  ['Putin resigned on Sunday.', '0831 RUSGOV->null'],
  ['Putin stepped down as president.', '0831 RUSGOV->null'],
  ['Iran allowed refugees to return home.', '0833 IRN->null'],
  ['Iran released French prisoners.', '0841 IRN->FRA'],
  ['Hamas freed Israeli hostages.', '0841 PSEINS->ISR'],
  ['Russia and Ukraine exchanged prisoners.', '0841 UKR->RUS'],
  ['Iran granted amnesty to protesters.', '0841 IRN->null'],
  ['Iran returned the seized tanker to France.', '0842 IRN->FRA'],
  ['The European Union lifted sanctions on Iran.', '085 IGOEEC->IRN'],
  ['Japan eased its embargo on Iran.', '085 JPN->IRN'],
  ['Iran allowed inspectors from the United Nations.', '0862 IRN->IGOUNO'],
  ['Russia allowed humanitarian access to Kyiv.', '0863 RUS->UKR'],
  ['Hamas declared a ceasefire with Israel.', '0871 PSEINS->ISR'],
  ['Israel lifted the blockade on Gaza.', '0872 ISR->null'],
  ['Hamas laid down its weapons.', '0873 PSEINS->null'],
  ['Russia withdrew its troops from Ukraine.', '0874 RUS->UKR'],
  ['Russia completed its withdrawal from Kyiv.', '0874 RUS->UKR'],
  ['Ukrainian soldiers surrendered to Russia.', '0874 UKR->RUS'],
  // planned acts take their intent code (plannedCode)
  ['Iran will release French prisoners.', '0353 IRN->FRA'],
  ['The European Union will lift sanctions on Iran.', '0354 IGOEEC->IRN'],
  ['Japan will send weapons to Ukraine.', '0332 JPN->UKR'],
  // 09 INVESTIGATE
  ['The United Nations launched an investigation into Israel.', '090 IGOUNO->ISR'],
  ['Japan investigated corruption by Iranian officials.', '091 JPN->IRN'],
  ['The United Nations investigated human rights abuses by Iran.', '092 IGOUNO->IRN'],
  ['The United Nations investigated ceasefire violations by Hamas.', '093 IGOUNO->PSEINS'],
  ['The United Nations opened an inquiry into war crimes by Russia.', '094 IGOUNO->RUS'],
  ['Japan put Russian officials under investigation.', '090 JPN->RUS'],
  ['A Russian official was put under investigation in Japan on Monday.', '090 JPN->RUS'],
];

for (const [text, want] of CASES) {
  test(`material ${want.split(' ')[0]}: "${text}" -> ${want}`, () => {
    const got = dyadsOf(text);
    assert.ok(got.includes(want), `got ${JSON.stringify(got)}`);
  });
}

/** Sentences with the same words in other senses: no event of roots 06–09. */
const NO_MATERIAL_EVENT: readonly string[] = [
  'Japan shared a photo of the summit.',
  'France sent a letter to Ukraine.',
  'Macron gave a speech in Kyiv.',
  'Japan released a statement on Ukraine.',
  'Iran released its annual report.',
  'The film was released in France.',
  'Japan will release its new car in France.',
  'Japan returned to Paris.',
  'Japan withdrew its ambassador from Iran.',
  'The striker was freed by the referee.',
  'Japan opened a new factory in France.',
  'Russia held military exercises near Ukraine.',
  'Workers in Paris went on strike.',
];

for (const text of NO_MATERIAL_EVENT) {
  test(`material false positive: "${text}" yields no 06-09 event`, () => {
    const got = dyadsOf(text);
    assert.ok(!got.some((d) => /^0[6-9]/.test(d)), `got ${JSON.stringify(got)}`);
  });
}

test('every material rule is in roots 06-09', () => {
  for (const r of MATERIAL_RULES) assert.ok(['06', '07', '08', '09'].includes(r.code.slice(0, 2)), `${r.id} ${r.code}`);
});
