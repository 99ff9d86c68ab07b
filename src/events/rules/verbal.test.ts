/**
 * Verbal rules (CAMEO roots 01–05): one sentence of our own per code, the derived intent and appeal
 * rules, and a false-positive list per family.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadsOf } from '../test-doc.js';
import { cameoInfo } from '../cameo/index.js';
import { VERBAL_RULES } from './verbal.js';
import { MATERIAL_ACTS } from './material.js';
import { APPEAL_OF, INTENT_OF, derivedRules } from './verbal-derive.js';
import { CONSULT_ACTS } from './verbal-consult.js';

/** [sentence, expected `code source->target`] */
const CASES: ReadonlyArray<[string, string]> = [
  // 01 MAKE PUBLIC STATEMENT
  ['Blinken declined to comment on the Israeli strikes.', '011 USAGOV->ISR'],
  ['Macron said he was skeptical about the Russian offer.', '012 FRAGOV->RUS'],
  ['Xi voiced concern over the Israeli strikes.', '012 CHNGOV->ISR'],
  ['Xi was optimistic about the Japanese plan.', '013 CHNGOV->JPN'],
  ['Japan is considering the possibility of new aid.', '014 JPN->null'],
  ['Hamas claimed responsibility for the kidnapping.', '015 PSEINS->null'],
  ['Iran rejected accusations by Israel.', '016 IRN->ISR'],
  ['Iran denied charges from Israel.', '016 IRN->ISR'],
  ['Macron laid a wreath at the memorial.', '017 FRAGOV->null'],
  ['Putin expressed condolences to Iran.', '018 RUSGOV->IRN'],
  ['Scholz sympathized with Ukraine.', '018 DEUGOV->UKR'],
  ['Macron and Scholz agreed that the situation was serious.', '019 FRAGOV->DEUGOV'],
  // 02 APPEAL
  ['Japan asked France for economic assistance.', '0231 JPN->FRA'],
  ['Ukraine requested military aid from France.', '0232 UKR->FRA'],
  ['Ukraine asked Japan for weapons.', '0232 UKR->JPN'],
  ['The United Nations appealed for humanitarian aid from Japan.', '0233 IGOUNO->JPN'],
  ['Ukraine asked the European Union for peacekeepers.', '0234 UKR->IGOEEC'],
  ['Macron asked Xi for his support.', '022 FRAGOV->CHNGOV'],
  ['Blinken urged Japan to expand trade with France.', '0211 USAGOV->JPN'],
  ['Macron urged Qatar to extradite the suspect to France.', '0213 FRAGOV->QAT'],
  ['Blinken called on Iran to release the detainees.', '0253 USAGOV->IRN'],
  ['The European Union called for the lifting of sanctions on Iran.', '0254 IGOEEC->IRN'],
  ['Blinken urged Israel to lift the blockade on Gaza.', '0256 USAGOV->ISR'],
  ['Macron urged Russia to withdraw its troops from Ukraine.', '0256 FRAGOV->RUS'],
  ['Blinken called for a ceasefire in Gaza.', '0256 USAGOV->null'],
  ['Xi called on Putin to resign.', '0241 CHNGOV->RUSGOV'],
  ['The United Nations urged Iran to respect human rights.', '0243 IGOUNO->IRN'],
  ['The European Union urged Ukraine to amend its constitution.', '0244 IGOEEC->UKR'],
  ['The European Union urged Russia to resume talks with Ukraine.', '026 IGOEEC->RUS'],
  ['The European Union urged Russia to return to the negotiating table.', '026 IGOEEC->RUS'],
  ['Qatar urged Israel and Hamas to settle their dispute.', '027 QAT->ISR'],
  ['The United Nations asked Qatar to mediate.', '028 IGOUNO->QAT'],
  // 03 EXPRESS INTENT TO COOPERATE
  ['Japan pledged to cooperate with France on energy.', '030 JPN->FRA'],
  ['Japan agreed to share intelligence with France.', '0314 JPN->FRA'],
  ['Japan and France agreed to hold joint naval exercises.', '0312 FRA->JPN'],
  ['Qatar offered to extradite the suspect to France.', '0313 QAT->FRA'],
  ['Japan will support Ukraine.', '032 JPN->UKR'],
  ['Japan pledged support for Ukraine.', '032 JPN->UKR'],
  ['Japan agreed to send aid to Ukraine.', '033 JPN->UKR'],
  ['Japan pledged $500 million in loans to Ukraine.', '0331 JPN->UKR'],
  ['France promised military aid to Ukraine.', '0332 FRA->UKR'],
  ['Japan offered humanitarian aid to Ukraine.', '0333 JPN->UKR'],
  ['France is ready to send peacekeepers to Ukraine.', '0334 FRA->UKR'],
  ['Iran pledged to hold free elections.', '0341 IRN->null'],
  ['Iran is committed to opening up its economy.', '0342 IRN->null'],
  ['Iran promised to respect human rights.', '0343 IRN->null'],
  ['Iran offered concessions to France.', '035 IRN->FRA'],
  ['France agreed to lift the curfew in Paris.', '0351 FRA->FRA'],
  ['Iran agreed to release the detainees.', '0353 IRN->null'],
  ['Iran said it will release the detainees.', '0353 IRN->null'],
  ['The European Union agreed to lift sanctions on Iran.', '0354 IGOEEC->IRN'],
  ['Iran agreed to allow inspectors from the United Nations.', '0355 IRN->IGOUNO'],
  ['Israel and Hamas agreed to a ceasefire.', '0356 ISR->PSEINS'],
  ['Russia is willing to withdraw its troops from Ukraine.', '0356 RUS->UKR'],
  ['China agreed to meet Ukraine.', '036 CHN->UKR'],
  ['Putin is prepared to negotiate with Ukraine.', '036 RUSGOV->UKR'],
  ['Blinken will visit Japan next week.', '036 USAGOV->JPN'],
  ['Iran agreed to settle its dispute with Israel.', '037 IRN->ISR'],
  ['Israel agreed to mediation by Qatar.', '038 ISR->QAT'],
  ['Qatar offered to mediate between Israel and Hamas.', '039 QAT->PSEINS'],
  // 04 CONSULT
  ['Russia renewed negotiations with Ukraine.', '046 RUS->UKR'],
  ['Israel and Qatar engaged in talks on Monday.', '046 QAT->ISR'],
  ['Qatar hosted talks between Israel and Hamas.', '045 QAT->ISR'],
  ['Macron gave a warm welcome to Xi.', '043 FRAGOV->CHNGOV'],
  ['Xi received Scholz in Beijing.', '043 CHNGOV->DEUGOV'],
  ['Macron met the United Nations mediator.', '040 FRAGOV->IGOUNO'],
  // 05 ENGAGE IN DIPLOMATIC COOPERATION
  ['Japan restored diplomatic ties with Iran.', '050 JPN->IRN'],
  ['Xi welcomed the French proposal.', '051 CHNGOV->FRA'],
  ['Macron expressed support for Ukraine.', '051 FRAGOV->UKR'],
  ['Macron congratulated Scholz on his victory.', '051 FRAGOV->DEUGOV'],
  ['Macron urged the European Union to support Ukraine.', '053 FRAGOV->UKR'],
  ['Japan established diplomatic relations with Qatar.', '054 JPN->QAT'],
  ['France recognized the independence of Ukraine.', '054 FRA->UKR'],
  ['Japan expressed regret to China over the incident.', '055 JPN->CHN'],
  ['Japan and France ratified the trade treaty.', '057 FRA->JPN'],
];

for (const [text, want] of CASES) {
  test(`verbal ${want.split(' ')[0]}: "${text}" -> ${want}`, () => {
    const got = dyadsOf(text);
    assert.ok(got.includes(want), `got ${JSON.stringify(got)}`);
  });
}

/** [sentence, a code it must NOT yield] — same words, other senses. */
const NOT: ReadonlyArray<[string, string]> = [
  ['Blinken commented on the talks.', '011'],
  ['Confidence in the Japanese currency fell.', '013'],
  ['Israel denied entry to Iranian diplomats.', '016'],
  ['Workers laid cables in Paris.', '017'],
  ['Japan agreed to send aid to Ukraine.', '019'],
  ['Japan asked about the weather in Paris.', '020'],
  ['Macron called Xi on Friday.', '020'],
  ['Hungary encouraged refugees from Ukraine to return home.', '026'],
  ['Japan sent aid to Ukraine.', '033'],
  ['Iran released the detainees.', '0353'],
  ['France received a letter from Iran.', '043'],
  ['Japan welcomed the rain.', '043'],
  ['Iran backed down.', '051'],
  ['Japan and France signed a treaty.', '030'],
];

for (const [text, code] of NOT) {
  test(`verbal false positive: "${text}" yields no ${code}`, () => {
    const got = dyadsOf(text);
    assert.ok(!got.some((d) => d.startsWith(`${code} `)), `got ${JSON.stringify(got)}`);
  });
}

test('every act rule names a valid intent code; appeal codes are valid CAMEO codes', () => {
  for (const [act, intent] of Object.entries(INTENT_OF)) {
    assert.ok(cameoInfo(act) && cameoInfo(intent), `${act} -> ${intent}`);
    assert.equal(intent.slice(0, 2), '03');
  }
  for (const [act, appeal] of Object.entries(APPEAL_OF)) {
    assert.ok(cameoInfo(appeal), `${act} -> ${appeal}`);
    assert.equal(appeal.slice(0, 2), '02');
  }
  for (const a of [...CONSULT_ACTS, ...MATERIAL_ACTS]) assert.equal(a.plannedCode, INTENT_OF[a.code], a.id);
});

test('each act rule has its intent rules and, when it has an appeal code, its appeal rules, all in the verbal table', () => {
  const ids = new Set(VERBAL_RULES.map((r) => r.id));
  const acts = [...CONSULT_ACTS, ...MATERIAL_ACTS].filter((a) => a.kind !== 'passive');
  const { intents, appeals } = derivedRules(acts);
  assert.equal(intents.length, acts.length * 2);
  for (const r of [...intents, ...appeals]) assert.ok(ids.has(r.id), r.id);
  const intentOf = intents.find((r) => r.id === 'intent-yield-ease-sanctions');
  assert.equal(intentOf?.code, '0354');
  assert.equal(appeals.find((r) => r.id === 'appeal-yield-ease-sanctions')?.code, '0254');
});

test('every verbal rule is in roots 01-05; act-derived codes stay in 02 and 03', () => {
  for (const r of VERBAL_RULES) assert.ok(['01', '02', '03', '04', '05'].includes(r.code.slice(0, 2)), `${r.id} ${r.code}`);
});
