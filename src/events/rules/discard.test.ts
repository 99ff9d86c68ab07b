/** Discard rules: what each category drops, and its false-positive list of political sentences it must keep (our own sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISCARD_RULES, discardRule } from './discard.js';

/** [sentence, rule id that must discard it]. */
const DISCARDED: ReadonlyArray<[string, string]> = [
  // sports
  ['Brazil beat Argentina 2-1 in Rio on Sunday.', 'discard-score'],
  ['Croatia fought back to draw 1-1 with Morocco.', 'discard-score'],
  ['Japan claimed a 3-0 win over Iran.', 'discard-score'],
  ['India attacked the Australian bowlers from the first over.', 'discard-sports-words'],
  ['Italy knocked Belgium out of the European Championship.', 'discard-sports-words'],
  ['Russia\'s ice hockey team lost to Canada.', 'discard-sports-words'],
  ['The United States crushed Mexico in the Gold Cup final.', 'discard-sports-words'],
  ['Argentina held Brazil in the World Cup qualifier.', 'discard-sports-words'],
  ['The Chinese star won in straight sets.', 'discard-sports-words'],
  ['FIFA banned the Brazilian midfielder for six matches.', 'discard-sports-words'],
  ['Spain travels to Belgium for the first-round ties.', 'discard-sports-words'],
  ['Two Dutch players pulled out of the squad for the friendly match against Brazil.', 'discard-sports-words'],
  ['Lyon host Marseille after winning their first three league games.', 'discard-sports-words'],
  ['Japan laid siege to the Syrian penalty area.', 'discard-sports-words'],
  ['The Kenyan runner defied the rain to win the 400 metres race.', 'discard-sports-words'],
  // entertainment
  ['The movie grossed $200 million at the box office in China.', 'discard-box-office'],
  ['Her album topped the charts in Germany.', 'discard-box-office'],
  ['The Iranian drama won the Palme d\'Or.', 'discard-box-office'],
  ['The British actor won the Oscar for best supporting role.', 'discard-box-office'],
  ['The documentary attacks the myth of a peaceful frontier.', 'discard-work-as-agent'],
  ['The new series depicts an American invasion of Mexico.', 'discard-work-as-agent'],
  // business
  ['Shares of Russian energy firms fell 3 percent on Monday.', 'discard-markets'],
  ['Oil prices hit a record as Saudi output fell.', 'discard-markets'],
  ['The Nikkei climbed to a new high.', 'discard-markets'],
  ['Toyota beat analysts\' estimates in Japan.', 'discard-earnings'],
  ['The Chinese carmaker reported a rise in quarterly profit.', 'discard-earnings'],
  ['The British band signed a record deal with an American label.', 'discard-box-office'],
  ['Japan\'s Nintendo sued a Chinese game maker over copyright.', 'discard-ip-lawsuit'],
  ['The German retailer agreed to buy its French rival for 3 billion euros.', 'discard-deal-price'],
  // questions and hypotheticals
  ['Will China attack Taiwan?', 'discard-question'],
  ['Could Russia invade Finland?', 'discard-question'],
  ['Imagine a world where Russia and the United States sign a peace treaty.', 'discard-hypothetical'],
  ['Suppose China blockaded Taiwan for a month.', 'discard-hypothetical'],
  ['In the novel, Japan invades Korea again.', 'discard-hypothetical'],
  ['Planners studied a hypothetical invasion of Taiwan.', 'discard-hypothetical'],
  ['The singer signed autographs for fans in Tokyo.', 'discard-autographs'],
];

/** Political sentences sharing the words of a discard rule: none may be discarded. */
const KEPT: readonly string[] = [
  // sports words, political acts
  'The United States will boycott the World Cup qualifiers in Iran.',
  'Ukraine called for a boycott of the World Cup qualifiers in Russia.',
  'The coach carrying French tourists was attacked near Cairo.',
  'Police arrested fans who protested against the government at the Asian Cup final.',
  'The Senate passed the sanctions bill 52-48.',
  'The resolution won 120-15 in the General Assembly.',
  'A hunger striker died in an Israeli prison.',
  'Russia will hold elections in the second half of the year.',
  'The left wing of the party rejected the deal with Iran.',
  'Israel struck Gaza in the first half of the month.',
  'The former minister was jailed for fixing a soccer match.',
  'North Korea carried out its third test of a long-range missile.',
  // entertainment words, political acts
  'Iran banned the film for insulting the clergy.',
  'China censored the documentary about Tibet.',
  'Russia detained the director of the film.',
  'The Chinese Premier met the German chancellor.',
  'Oscar Arias mediated between the rebels and the government.',
  'Xi began a world tour in Paris.',
  'The Paris Club of creditors agreed to reschedule the debt of Egypt.',
  'France delivered aid to Syria at the end of the second round of talks.',
  'The rebels surrendered after a siege that lasted into the 40th day.',
  'Protesters put up billboards criticizing Putin.',
  // business words, political acts
  'Sanctions hit the ruble and shares fell in Moscow.',
  'Shares fell after China imposed tariffs on American goods.',
  'Oil prices surged after Iran seized a tanker.',
  'The trade war hit shares of carmakers.',
  'The government bought a stake in the steel maker for 2 billion dollars to stop a Chinese takeover.',
  'Poland agreed to buy American tanks for 4 billion dollars.',
  'China sued the United States at the WTO over patent rules.',
  'Ukraine sued Russia at the International Court of Justice.',
  'The central bank raised its main rate to defend the currency.',
  // questions and conditionals that are not discarded
  '"Will you meet Kim?" a reporter asked Trump.',
  'Russia asked whether NATO would attack.',
  'If Iran attacks Israel, the United States will respond.',
  'Putin dismissed the question as hypothetical.',
  'Israel signed a security agreement with Egypt.',
];

for (const [s, id] of DISCARDED) {
  test(`discarded: "${s}" by ${id}`, () => assert.equal(discardRule(s)?.id ?? null, id));
}

test('false positives: political sentences with discard words are kept', () => {
  const wrong = KEPT.map((s) => [s, discardRule(s)?.id] as const).filter(([, id]) => id);
  assert.deepEqual(wrong, []);
});

test('table: unique ids, a category and a reason each; every category has rules', () => {
  const ids = DISCARD_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of DISCARD_RULES) assert.ok(r.reason.length > 10, r.id);
  for (const c of ['sports', 'entertainment', 'business', 'question', 'hypothetical']) assert.ok(DISCARD_RULES.some((r) => r.category === c), c);
});

test('a foreign discard table (PETRARCH dictionaries) is used as given, without unless', () => {
  assert.equal(discardRule('The cat sat.', [{ id: 'x', reason: 'test rule', pattern: 'cat' }])?.id, 'x');
  assert.equal(discardRule('The dog sat.', [{ id: 'x', reason: 'test rule', pattern: 'cat' }]), null);
});
