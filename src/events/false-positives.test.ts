/**
 * The false-positive list of the whole event pipeline: sentences (our own) that must yield no
 * event at all when run through `analyze()` — sports, entertainment, business results, metaphors,
 * venues named "summit", questions, hypotheticals, and strikes or disasters without actors.
 * Entries a rule table still codes are marked `todo` with the rule id that fired, so the owner of
 * that table can fix them; the test then reports them without failing the run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { newCtx } from '../context.js';

/** [sentence, todo: the rule that still fires and why]. */
const NO_EVENT: ReadonlyArray<readonly [string, string?]> = [
  // sports (discard rules)
  ['Brazil beat Argentina 2-1 in a friendly in Buenos Aires on Sunday.'],
  ['France defeated England 24-17 at home on Saturday.'],
  ['Germany thrashed Spain 4-0 to reach the World Cup final.'],
  ['India attacked the Australian bowling from the first over of the Test match.'],
  ['Argentina held Brazil to a goalless draw in the World Cup qualifier.'],
  ['Italy knocked Belgium out of the European Championship in Munich.'],
  ['Russia\'s ice hockey team lost to Canada in overtime.'],
  ['Japan will face South Korea in the semifinal on Thursday.'],
  ['The United States crushed Mexico in the Gold Cup final.'],
  ['China\'s table tennis players defeated Japan to win the team title.'],
  ['Croatia fought back to draw 1-1 with Morocco.'],
  ['Pakistan\'s bowlers attacked the Indian batsmen early in the innings.'],
  ['Japanese fans invaded the pitch after the win over Germany.'],
  // entertainment
  ['The Iranian film won the top prize at the Cannes film festival.'],
  ['The documentary attacks the myth of a peaceful frontier.'],
  ['The movie grossed $200 million at the box office in China.'],
  ['The Russian singer\'s album topped the charts in Germany.'],
  ['The new series depicts an American invasion of Mexico.'],
  ['Netflix signed a deal with the Spanish producers of the hit show.'],
  ['The British band signed a record deal with an American label.'],
  ['The Russian ballet conquered audiences in Japan.'],
  // business results
  ['Shares of Russian energy firms fell 3 percent on Monday.'],
  ['Toyota beat analysts\' estimates with record revenue in Japan.'],
  ['The Chinese carmaker reported a 20 percent rise in quarterly profit.'],
  ['Samsung\'s quarterly earnings beat forecasts despite weak demand in China.'],
  ['The Nikkei index climbed to a new high in Tokyo.'],
  ['The German retailer agreed to buy its French rival for 3 billion euros.'],
  ['Japan\'s Nintendo sued a Chinese game maker over copyright.'],
  ['Germany\'s exports to China hit a record high.'],
  // metaphors
  ['Oil prices hit a record as Saudi output fell.'],
  ['Gold prices attacked the resistance level of 2,000 dollars.'],
  ['Critics attacked the new iPhone for its price.'],
  ['Inflation in Germany hit a thirty-year high.'],
  ['The Japanese yen fought back against the dollar.'],
  ['Indian tea flooded the British market.'],
  ['French wine invaded the Chinese market last year.', 'fight-occupy (conflict-violence.ts): "invaded" with a product ("French wine") as subject and a market as object'],
  ['China\'s economy will attack the problem of youth unemployment.', 'threaten-will-attack (pressure-threaten.ts): "will attack" with an abstract subject and object ("China\'s economy", "the problem")'],
  // venues and summits that are not meetings
  ['Climbers from Nepal and China reached the summit of Everest on Tuesday.', 'consult-meeting-noun (verbal-consult.ts): "summit of <mountain>"; actors found after "from"'],
  ['Hikers from France and Italy met at the summit of Mont Blanc.', 'consult-meet (verbal-consult.ts) + arguments: countries after "from" taken as the subjects'],
  ['The summit of Kilimanjaro lies in Tanzania.'],
  ['The two teams met in the final in Paris.'],
  ['China\'s pandas arrived at the zoo in Vienna.', 'consult-arrive (verbal-consult.ts): animals as the travelling subject ("China\'s pandas")'],
  // questions and hypotheticals
  ['Could Russia invade Finland?'],
  ['Will China attack Taiwan?'],
  ['Is Iran about to sign a deal with the United States?'],
  ['What if Iran tested a nuclear weapon?'],
  ['Imagine a world where Russia and the United States sign a peace treaty.'],
  ['Suppose China blockaded Taiwan for a month.'],
  ['In the novel, Japan invades Korea again.'],
  // strikes, disasters and animals without political actors
  ['The strike entered its third day.'],
  ['The strike at the car plant ended on Friday.'],
  ['Lightning struck a church in France.'],
  ['The earthquake struck eastern Turkey overnight.'],
  ['Floods killed dozens of people in Pakistan.'],
  ['The storm battered Japan and moved on to South Korea.'],
  ['The American tourist was attacked by a bear in Canada.'],
];

const ctx = newCtx();

for (const [text, todo] of NO_EVENT) {
  test(`no event: "${text}"`, todo ? { todo } : {}, async () => {
    const a = await analyze({ text, published: '2024-03-13' }, {}, ctx);
    assert.deepEqual(a.events.map((e) => `${e.code} ${e.source.code}->${e.target.code} [${e.rule}]`), []);
  });
}

test('the list is long enough to matter and has no duplicates', () => {
  assert.ok(NO_EVENT.length >= 40);
  assert.equal(new Set(NO_EVENT.map(([s]) => s)).size, NO_EVENT.length);
});
