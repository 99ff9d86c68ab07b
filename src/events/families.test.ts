/** One sentence per CAMEO family (our own sentences), plus the false-positive list. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadsOf } from './test-doc.js';


const FAMILIES: ReadonlyArray<[string, string]> = [
  // 01 statement
  ['Putin said the talks were useful.', '010 RUSGOV->null'],
  ['Xi voiced concern over the Israeli strikes.', '012 CHNGOV->ISR'],
  ['Macron expressed optimism about the Chinese proposal.', '013 FRAGOV->CHN'],
  ['Iran denied any involvement in the blast.', '016 IRN->null'],
  // 02 appeal
  ['Macron called on Iran to release the detainees.', '0253 FRAGOV->IRN'],
  ['The European Union urged Russia to resume talks with Ukraine.', '026 IGOEEC->RUS'],
  ['Ukraine appealed for humanitarian aid from the European Union.', '0233 UKR->IGOEEC'],
  ['Blinken called for a ceasefire in Gaza.', '0256 USAGOV->null'],
  // 03 intent to cooperate
  ['China agreed to meet Ukraine.', '036 CHN->UKR'],
  ['Japan pledged to cooperate with France on energy.', '030 JPN->FRA'],
  ['France promised new aid to Ukraine.', '033 FRA->UKR'],
  // 04 consult
  ['Scholz phoned Xi on Friday.', '041 DEUGOV->CHNGOV'],
  ['Macron spoke by phone with Xi.', '041 FRAGOV->CHNGOV'],
  ['Blinken visited Israel.', '042 USAGOV->ISR'],
  ['Blinken paid a visit to Japan.', '042 USAGOV->JPN'],
  ['Xi hosted Putin at his residence.', '043 CHNGOV->RUSGOV'],
  ['Scholz met Xi on the sidelines of the G20 summit.', '044 DEUGOV->CHNGOV'],
  ['Qatar mediated between Israel and Hamas.', '045 QAT->ISR'],
  ['Israel negotiated with Hamas over the hostages.', '046 ISR->PSEINS'],
  ['Russia held talks with Iran.', '046 RUS->IRN'],
  // 05 diplomatic cooperation
  ['Macron praised Japan for its leadership.', '051 FRAGOV->JPN'],
  ['Japan apologized to China.', '055 JPN->CHN'],
  ['Iran signed a security pact with Russia.', '057 IRN->RUS'],
  // 06 material cooperation
  ['Japan held joint naval exercises with France.', '062 JPN->FRA'],
  ['Israel shared intelligence with France.', '064 ISR->FRA'],
  // 07 aid
  ['Japan sent humanitarian supplies to Ukraine.', '073 JPN->UKR'],
  ['France supplied missiles to Ukraine.', '072 FRA->UKR'],
  // 08 yield
  ['The European Union eased sanctions on Iran.', '085 IGOEEC->IRN'],
  ['Hamas released hostages to Qatar.', '0841 PSEINS->QAT'],
  // 09 investigate
  ['The United Nations launched an investigation into Israel.', '090 IGOUNO->ISR'],
  // 10 demand
  ['China demanded an apology from Japan.', '100 CHN->JPN'],
  // 11 disapprove
  ['China condemned Japan.', '111 CHN->JPN'],
  ['Russia accused Ukraine of sabotage.', '112 RUS->UKR'],
  // 12 reject
  ['Ukraine rejected the Russian offer of talks.', '125 UKR->RUS'],
  // 13 threaten
  ['Russia threatened Ukraine.', '130 RUS->UKR'],
  ['Iran threatened to attack Israel.', '1384 IRN->ISR'],
  ['The European Union threatened sanctions against Iran.', '1312 IGOEEC->IRN'],
  // 14 protest
  ['Protesters in Paris demonstrated against France.', '141 null->FRA'],
  // 15 force posture
  ['Russia massed troops along Ukrainian borders.', '154 RUS->UKR'],
  // 16 reduce relations
  ['Israel cut ties with Qatar.', '161 ISR->QAT'],
  ['The European Union imposed sanctions on Russia.', '163 IGOEEC->RUS'],
  // 17 coerce
  ['Iran arrested French nationals.', '173 IRN->FRA'],
  // 18 assault
  ['Hamas kidnapped Israeli civilians.', '181 PSEINS->ISR'],
  // 19 fight
  ['Russia attacked Ukrainian positions.', '190 RUS->UKR'],
  ['Russia shelled Kyiv.', '194 RUS->UKR'],
  ['Israel launched airstrikes on Iran.', '195 ISR->IRN'],
  // 20 mass violence
  ['Russia used chemical weapons against Ukraine.', '2041 RUS->UKR'],
];

for (const [text, want] of FAMILIES) {
  test(`family ${want.slice(0, 2)}: "${text}" -> ${want}`, () => {
    assert.ok(dyadsOf(text).includes(want), `got ${JSON.stringify(dyadsOf(text))}`);
  });
}

const NO_EVENT: readonly string[] = [
  'The meeting room was cold.',
  'He signed autographs for fans.',
  'Putin signed autographs for fans after the parade.',
  'Shares rose after the visit of the Chinese CEO.',
  'The team attacked down the left wing and won 3-1.',
  'Russia beat Japan 2-0 in the quarterfinal.',
  'A visit to the dentist took an hour.',
  'The summit of the mountain was covered in snow.',
  'Talks dragged on late into the night.',
  'The film topped the box office as Chinese audiences flocked to see it.',
  'She threatened to quit the band.',
  'The striker attacked the ball and scored.',
];

for (const text of NO_EVENT) {
  test(`false positive: "${text}" yields no event`, () => {
    assert.deepEqual(dyadsOf(text), []);
  });
}
