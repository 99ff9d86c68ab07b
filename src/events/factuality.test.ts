/** Factuality classes, cue scope and the cue that decided (our own sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { codeEvents } from './coder.js';
import { decideFactuality, strongestCue } from './factuality.js';
import { FACTUALITY_CUES, INTENT_CUES } from './factuality-cues.js';
import { buildDoc, CAST, type TimeSpec } from './test-doc.js';
import { tokenize } from './tokens.js';

const NEXT_MONTH: TimeSpec = ['next month', '2024-04-01', '2024-04-30'];
const THIS_WEEK: TimeSpec = ['this week', '2024-03-11', '2024-03-17'];

/**
 * `trigger factuality` of the first coded event whose trigger contains `word` (published
 * 2024-03-13), or 'none'. Keyed by trigger, not code, so it holds while rule tables change codes.
 */
function fact(text: string, word: string, times: TimeSpec[] = []): string {
  const es = codeEvents(buildDoc(text, CAST, times.filter(([t]) => text.includes(t))), newCtx());
  const e = es.find((x) => x.trigger.text.toLowerCase().includes(word.toLowerCase()));
  return e ? `${e.trigger.text} ${e.factuality}` : 'none';
}

/**
 * The cue id that decides a verb trigger `trigger` whose subject is `subject` (first occurrences),
 * through `decideFactuality` directly (the Event has no field for the cue).
 */
function cueOf(text: string, trigger: string, subject: string | null, kind: 'verb' | 'noun' | 'passive' = 'verb', code?: string): string {
  const start = text.indexOf(trigger);
  const anchor = subject === null ? null : text.indexOf(subject) + (kind === 'verb' ? subject.length : 0);
  const r = decideFactuality({ text, toks: tokenize(text, 0, text.length), kind, start, end: start + trigger.length, anchor, clauseStart: 0, timeFrom: null, published: '2024-03-13', code });
  return `${r.value} ${r.cue}`;
}

/**
 * Unit cases through `decideFactuality` (independent of the rule tables): [sentence, trigger,
 * subject (verbs: the subject; nouns: the actor modifier, or null), kind, expected `value cue`].
 */
const CUE_CASES: ReadonlyArray<readonly [string, string, string | null, 'verb' | 'noun' | 'passive', string]> = [
  // planned
  ['Putin is slated to visit China.', 'visit', 'Putin', 'verb', 'planned plan-scheduled'],
  ['Putin is scheduled to meet Xi.', 'meet', 'Putin', 'verb', 'planned plan-scheduled'],
  ['Putin is set to meet Xi.', 'meet', 'Putin', 'verb', 'planned plan-scheduled'],
  ['Putin is due to meet Xi.', 'meet', 'Putin', 'verb', 'planned plan-scheduled'],
  ['Putin is expected to meet Xi.', 'meet', 'Putin', 'verb', 'planned plan-scheduled'],
  ['Macron aims to visit Japan.', 'visit', 'Macron', 'verb', 'planned plan-scheduled'],
  ['Scholz intends to visit China.', 'visit', 'Scholz', 'verb', 'planned plan-scheduled'],
  ['Macron plans to visit Japan.', 'visit', 'Macron', 'verb', 'planned plan-scheduled'],
  ['Macron will travel to Japan.', 'travel', 'Macron', 'verb', 'planned plan-will'],
  ['Macron shall travel to Japan.', 'travel', 'Macron', 'verb', 'planned plan-will'],
  ['Macron\'ll travel to Japan.', 'travel', 'Macron', 'verb', 'planned plan-will'],
  ['Xi is to visit France.', 'visit', 'Xi', 'verb', 'planned plan-be-to'],
  ['Xi is about to visit France.', 'visit', 'Xi', 'verb', 'planned plan-be-to'],
  ['Blinken met Japan ahead of Putin\'s visit to China.', 'visit', 'Putin', 'noun', 'planned plan-ahead-of'],
  ['The upcoming summit between Xi and Putin was discussed.', 'summit', null, 'noun', 'planned plan-ahead-of'],
  ['Talks between Iran and France will take place in Paris.', 'Talks', null, 'noun', 'planned plan-take-place-after'],
  ['The summit is scheduled for June.', 'summit', null, 'noun', 'planned plan-take-place-after'],
  ['The meeting would be the first between the two leaders.', 'meeting', null, 'noun', 'planned plan-will-be-after'],
  ['The visit will be a chance to talk trade.', 'visit', null, 'noun', 'planned plan-will-be-after'],
  ['It would be the first formal summit between them.', 'summit', null, 'noun', 'planned plan-will'],
  ['The meeting was the first between the two leaders.', 'meeting', null, 'noun', 'asserted null'],
  // intents: the governed act is planned
  ['Iran is ready to negotiate with France.', 'negotiate', 'Iran', 'verb', 'planned plan-intent-ready'],
  ['Japan is willing to visit Ukraine.', 'visit', 'Japan', 'verb', 'planned plan-intent-ready'],
  ['Japan has decided to send troops to Iraq.', 'send troops', 'Japan', 'verb', 'asserted null'],
  ['Japan wants to send troops to Iraq.', 'send troops', 'Japan', 'verb', 'planned plan-intent-decide'],
  // reported speech keeps the reported event's factuality
  ['Putin said Xi would visit Russia.', 'visit', 'Xi', 'verb', 'planned plan-will'],
  ['Putin said Xi visited Russia.', 'visited', 'Xi', 'verb', 'asserted null'],
  ['Putin said Xi did not visit Russia.', 'visit', 'Xi', 'verb', 'negated neg-not'],
  // possible
  ['Xi may visit France.', 'visit', 'Xi', 'verb', 'possible pos-modal'],
  ['Putin might meet Xi.', 'meet', 'Putin', 'verb', 'possible pos-modal'],
  ['Macron could travel to Japan.', 'travel', 'Macron', 'verb', 'possible pos-modal'],
  ['Xi is likely to visit Russia.', 'visit', 'Xi', 'verb', 'possible pos-likely'],
  ['Xi will possibly visit Russia.', 'visit', 'Xi', 'verb', 'possible pos-likely'],
  ['France is considering sanctions on Iran.', 'sanctions', 'France', 'noun', 'possible pos-consider'],
  ['Putin mulls a visit to China.', 'visit', 'Putin', 'noun', 'possible pos-consider'],
  ['Macron weighs a visit to China.', 'visit', 'Macron', 'noun', 'possible pos-consider'],
  ['Japan and China will explore the possibility of talks.', 'talks', null, 'noun', 'possible pos-explore'],
  ['Iran hopes to sign a deal with France.', 'sign', 'Iran', 'verb', 'possible pos-hope'],
  ['Iran threatened to attack Israel.', 'attack', 'Iran', 'verb', 'possible pos-threaten'],
  ['If Iran attacks Israel, Japan will respond.', 'attacks', 'Iran', 'verb', 'possible pos-if'],
  ['Japan will respond if Iran attacks Israel.', 'attacks', 'Iran', 'verb', 'possible pos-if'],
  ['Japan will respond unless Iran withdraws.', 'withdraws', 'Iran', 'verb', 'possible pos-if'],
  ['Japan asked whether Iran attacked Israel.', 'attacked', 'Iran', 'verb', 'possible pos-if'],
  ['It is unlikely that Putin visited Japan.', 'visited', 'Putin', 'verb', 'possible pos-unlikely-that'],
  ['Officials doubt that Iran armed the rebels.', 'armed', 'Iran', 'verb', 'possible pos-unlikely-that'],
  ['Police have not ruled out a bomb attack on the palace.', 'attack', null, 'noun', 'possible pos-not-rule-out'],
  ['Israel did not rule out talks with Hamas.', 'talks', 'Israel', 'noun', 'possible pos-not-rule-out'],
  // negated
  ['Xi did not visit France.', 'visit', 'Xi', 'verb', 'negated neg-not'],
  ['Xi didn\'t visit France.', 'visit', 'Xi', 'verb', 'negated neg-not'],
  ['Putin never met Macron.', 'met', 'Putin', 'verb', 'negated neg-not'],
  ['Putin will not meet Macron.', 'meet', 'Putin', 'verb', 'negated neg-not'],
  ['Iran refused to negotiate with France.', 'negotiate', 'Iran', 'verb', 'negated neg-refuse'],
  ['Putin declined to meet Xi.', 'meet', 'Putin', 'verb', 'negated neg-refuse'],
  ['Russia denied attacking Ukraine.', 'attacking', 'Russia', 'verb', 'negated neg-deny'],
  ['Russia denied that Ukraine attacked Qatar.', 'attacked', 'Ukraine', 'verb', 'negated neg-deny-that'],
  ['Russia denied reports that its jets bombed the town.', 'bombed', 'its jets', 'verb', 'negated neg-deny-that'],
  ['There is no evidence that Iran armed the rebels.', 'armed', 'Iran', 'verb', 'negated neg-deny-that'],
  ['Scholz failed to meet Xi.', 'meet', 'Scholz', 'verb', 'negated neg-fail'],
  ['Israel ruled out talks with Hamas.', 'talks', 'Israel', 'noun', 'negated neg-rule-out'],
  ['Xi has yet to visit Ukraine.', 'visit', 'Xi', 'verb', 'negated neg-yet-to'],
  ['No agreement was reached between Iran and France.', 'agreement was reached', null, 'passive', 'negated neg-no'],
  ['The agreement was not signed by Iran.', 'agreement was not signed', null, 'passive', 'negated neg-not'],
  ['Putin called off his visit to China.', 'visit', 'his', 'noun', 'negated neg-cancel'],
  ['Putin cancelled his visit to China.', 'visit', 'his', 'noun', 'negated neg-cancel'],
  ['The summit between Putin and Xi was called off.', 'summit', null, 'noun', 'negated neg-called-off-after'],
  ['The visit by Putin was cancelled at short notice.', 'visit', null, 'noun', 'negated neg-called-off-after'],
  ['The summit never took place.', 'summit', null, 'noun', 'negated neg-called-off-after'],
  // asserted; "May" the month is no modal
  ['In May Xi visited France.', 'visited', 'Xi', 'verb', 'asserted null'],
  ['May 13: Xi arrives in France.', 'arrives', null, 'verb', 'asserted null'],
  // window cuts: a comma, a quote, a clause opener or a connective ends the other clause's reach
  ['Refugees refuse to go home, saying they fear Iran.', 'saying', 'Refugees', 'verb', 'asserted null'],
  ['“We did not lose,” Putin said.', 'said', null, 'verb', 'asserted null'],
  ['Growth may slow, which analysts said Japan expected.', 'expected', null, 'verb', 'asserted null'],
  ['Macron is likely to support Japan when Xi visits Paris.', 'visits', null, 'verb', 'asserted null'],
  ['Xi visited France.', 'visited', 'Xi', 'verb', 'asserted null'],
  ['The European Union imposed sanctions on Russia.', 'imposed', 'The European Union', 'verb', 'asserted null'],
];

for (const [text, trigger, subject, kind, want] of CUE_CASES) {
  test(`factuality cue: "${text}" (${trigger}) -> ${want}`, () => assert.equal(cueOf(text, trigger, subject, kind), want));
}

/** End to end through the coder: [sentence, trigger word, expected `trigger factuality`]. */
const CODED: ReadonlyArray<readonly [string, string, string]> = [
  ['Putin is scheduled to meet Xi.', 'meet', 'meet planned'],
  ['Xi is expected to visit France.', 'visit', 'visit planned'],
  ['Putin meets Xi next month.', 'meets', 'meets planned'],
  ['Xi may visit France.', 'visit', 'visit possible'],
  ['Xi did not visit France.', 'visit', 'visit negated'],
  ['Russia denied attacking Ukraine.', 'attacking', 'attacking negated'],
  ['No agreement was reached between Iran and France.', 'agreement', 'agreement was reached negated'],
  ['Xi visited France.', 'visited', 'visited asserted'],
];

for (const [text, word, want] of CODED) {
  test(`factuality, coded: "${text}" -> ${want}`, () => assert.equal(fact(text, word, [NEXT_MONTH]), want));
}

test('a planned meeting takes the rule\'s planned code (CAMEO 036) and stays planned', () => {
  const es = codeEvents(buildDoc('Putin is scheduled to meet Xi.', CAST), newCtx());
  assert.deepEqual(es.map((e) => `${e.code} ${e.factuality}`), ['036 planned']);
});

test('scope: a cue outside the subject–trigger window does not count', () => {
  assert.equal(fact('It is not clear why Putin met Xi.', 'met'), 'met asserted');
  assert.equal(fact('Macron may say that Xi visited Japan.', 'visited'), 'visited asserted');
  assert.equal(fact('Putin, who refused to meet Macron, visited China.', 'visited'), 'visited asserted');
  assert.equal(cueOf('Putin, who refused to meet Macron, visited China.', 'meet', 'Putin'), 'negated neg-refuse');
  // a negated first verb does not reach past "but" to the second one
  assert.equal(fact('Putin did not visit France but met Xi.', 'met'), 'met asserted');
  assert.equal(fact('Putin did not visit France but met Xi.', 'visit'), 'visit negated');
  // the condition ends at its comma: the main clause keeps its own cue
  assert.equal(fact('If Iran attacks Israel, Japan will sanction Iran.', 'attacks'), 'attacks possible');
  assert.equal(cueOf('If Iran attacks Israel, Japan will impose sanctions.', 'impose', 'Japan'), 'planned plan-will');
  assert.equal(cueOf('Japan will impose sanctions if Iran attacks Israel.', 'impose', 'Japan'), 'planned plan-will');
  // a denial reaches its own that-clause, not a second clause after "and said"
  const es = codeEvents(buildDoc('Russia denied that Ukraine attacked Qatar and said France attacked Japan.', CAST), newCtx());
  assert.deepEqual(es.filter((e) => e.trigger.text === 'attacked').map((e) => `${e.source.code} ${e.factuality}`), ['UKR negated', 'FRA asserted']);
});

test('intent triggers (03x) are asserted: no planned factuality on top of the intent code', () => {
  assert.equal(fact('Iran agreed to negotiate with France next month.', 'agreed', [NEXT_MONTH]), 'agreed to negotiate asserted');
  assert.equal(fact('Japan pledged to cooperate with France.', 'pledged'), 'pledged to cooperate asserted');
  assert.equal(fact('France promised new aid to Ukraine.', 'promised'), 'promised new aid asserted');
  assert.equal(fact('Iran did not agree to negotiate with France.', 'agree'), 'agree to negotiate negated');
  assert.equal(cueOf('Iran agreed to negotiate with France.', 'agreed to negotiate', 'Iran'), 'asserted intent-asserted');
  assert.equal(cueOf('Iran will offer aid to Japan.', 'offer aid', 'Iran'), 'asserted intent-asserted');
  assert.equal(cueOf('Iran will send aid to Japan.', 'send aid', 'Iran', 'verb', '070'), 'planned plan-will');
  assert.equal(cueOf('Iran will send aid to Japan.', 'send aid', 'Iran', 'verb', '033'), 'asserted intent-asserted');
});

test('refusal and denial triggers (12x, 016) are asserted: a negation around them is in the code already', () => {
  assert.equal(cueOf('Police gave no reason and would not let Japan meet him.', 'would not let Japan meet', 'Police'), 'asserted null');
  assert.equal(cueOf('Iran did not refuse to meet France.', 'refuse to meet', 'Iran'), 'asserted refusal-asserted');
  assert.equal(cueOf('Iran did not meet France.', 'meet', 'Iran', 'verb', '125'), 'asserted refusal-asserted');
  assert.equal(cueOf('Iran may refuse to meet France.', 'refuse to meet', 'Iran'), 'possible pos-modal');
  assert.equal(cueOf('Police gave no reason for detaining Wang.', 'detaining', 'Police'), 'asserted null');
});

test('the result names the cue that decided', () => {
  assert.equal(cueOf('Putin is slated to meet Xi.', 'meet', 'Putin'), 'planned plan-scheduled');
  assert.equal(cueOf('Iran is ready to negotiate with France.', 'negotiate', 'Iran'), 'planned plan-intent-ready');
  assert.equal(cueOf('Putin mulls a trip to China.', 'trip', 'Putin', 'noun'), 'possible pos-consider');
  assert.equal(cueOf('Iran threatened to attack Israel.', 'attack', 'Iran'), 'possible pos-threaten');
  assert.equal(cueOf('If Iran attacks Israel, Japan will respond.', 'attacks', 'Iran'), 'possible pos-if');
  assert.equal(cueOf('Japan asked whether Iran attacked Israel.', 'attacked', 'Iran'), 'possible pos-if');
  assert.equal(cueOf('Russia denied reports that its jets bombed the town.', 'bombed', 'its jets'), 'negated neg-deny-that');
  assert.equal(cueOf('There is no evidence that Iran armed the rebels.', 'armed', 'Iran'), 'negated neg-deny-that');
  assert.equal(cueOf('Officials doubt that Iran armed the rebels.', 'armed', 'Iran'), 'possible pos-unlikely-that');
  assert.equal(cueOf('The visit by Putin was cancelled at short notice.', 'visit', null, 'noun'), 'negated neg-called-off-after');
  assert.equal(cueOf('The summit never took place.', 'summit', null, 'noun'), 'negated neg-called-off-after');
  assert.equal(cueOf('The summit is scheduled for June.', 'summit', null, 'noun'), 'planned plan-take-place-after');
  assert.equal(cueOf('Putin met Xi.', 'met', 'Putin'), 'asserted null');
  // a cue after a nominal trigger's clause break does not count
  assert.equal(cueOf('The summit ended; the visit was cancelled.', 'summit', null, 'noun'), 'asserted null');
});

test('present tense with a time expression: future range -> planned; range holding publication -> asserted', () => {
  assert.equal(fact('Blinken travels to Japan next month.', 'travels', [NEXT_MONTH]), 'travels to planned');
  assert.equal(fact('Blinken travels to Japan this week.', 'travels', [THIS_WEEK]), 'travels to asserted');
  assert.equal(fact('Blinken travels to Japan.', 'travels'), 'travels to asserted');
});

test('precedence: negated beats possible beats planned', () => {
  assert.equal(strongestCue('will not')?.value, 'negated');
  assert.equal(strongestCue('may')?.value, 'possible');
  assert.equal(strongestCue('may not')?.value, 'negated');
  assert.equal(strongestCue('is expected to')?.id, 'plan-scheduled');
  assert.equal(strongestCue('then'), null);
});

test('cue table: unique ids, a reason and a source each, patterns compile', () => {
  const ids = FACTUALITY_CUES.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const c of FACTUALITY_CUES) {
    assert.ok(c.reason.length > 10 && c.source.length > 5, c.id);
    assert.doesNotThrow(() => new RegExp(c.pattern, 'i'), c.id);
  }
  assert.ok(INTENT_CUES.every((c) => c.value === 'planned'));
});
