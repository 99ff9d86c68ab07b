/** Factuality classes and their scope (our own sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import { codeEvents } from './coder.js';
import { strongestCue } from './factuality.js';
import { buildDoc, CAST, type TimeSpec } from './test-doc.js';

const NEXT_MONTH: TimeSpec = ['next month', '2024-04-01', '2024-04-30'];
const THIS_WEEK: TimeSpec = ['this week', '2024-03-11', '2024-03-17'];

/** `code factuality` of the first event with `code`, or of the first event. Published 2024-03-13. */
function fact(text: string, code?: string, times: TimeSpec[] = []): string {
  const es = codeEvents(buildDoc(text, CAST, times.filter(([t]) => text.includes(t))), newCtx());
  const e = code ? es.find((x) => x.code === code) : es[0];
  return e ? `${e.code} ${e.factuality}` : 'none';
}

const CASES: ReadonlyArray<[string, string, string?]> = [
  // planned
  ['Putin is slated to visit China.', '042 planned'],
  ['Putin is scheduled to meet Xi.', '036 planned'],
  ['Macron will travel to Japan.', '042 planned'],
  ['Macron plans to visit Japan.', '042 planned'],
  ['Xi is to visit France.', '042 planned'],
  ['Scholz intends to visit China.', '042 planned'],
  ['Xi is expected to visit France.', '042 planned'],
  ['Blinken met Japan ahead of Putin\'s visit to China.', '042 planned', '042'],
  ['Talks with Iran were held in advance of Putin\'s visit to China.', '042 planned', '042'],
  ['Putin meets Xi next month.', '036 planned'],
  // reported speech keeps the reported event's factuality
  ['Putin said Xi would visit Russia.', '042 planned', '042'],
  // possible
  ['Xi may visit France.', '042 possible'],
  ['Putin might meet Xi.', '040 possible'],
  ['Macron could travel to Japan.', '042 possible'],
  ['Xi is likely to visit Russia.', '042 possible'],
  ['France is considering sanctions on Iran.', '163 possible'],
  ['Japan and China will explore the possibility of talks.', 'none'],
  // negated
  ['Xi did not visit France.', '042 negated'],
  ['Putin never met Macron.', '040 negated'],
  ['Iran refused to negotiate with France.', '046 negated'],
  ['Russia denied attacking Ukraine.', '190 negated'],
  ['Scholz failed to meet Xi.', '040 negated'],
  ['Israel ruled out talks with Hamas.', '046 negated'],
  ['No agreement was reached between Iran and France.', '057 negated'],
  ['Xi has yet to visit Ukraine.', '042 negated'],
  ['Putin will not meet Macron.', '040 negated'],
  // asserted
  ['Xi visited France.', '042 asserted'],
  ['The European Union imposed sanctions on Russia.', '163 asserted'],
];

for (const [text, want, code] of CASES) {
  test(`factuality: "${text}" -> ${want}`, () => {
    assert.equal(fact(text, code ?? want.split(' ')[0], [NEXT_MONTH]), want === 'none' ? 'none' : want);
  });
}

test('scope: a cue outside the subject–trigger window does not count', () => {
  assert.equal(fact('It is not clear why Putin met Xi.'), '040 asserted');
  assert.equal(fact('Macron may say that Xi visited Japan.', '042'), '042 asserted');
  assert.equal(fact('Putin, who refused to meet Macron, visited China.', '042'), '042 asserted');
  assert.equal(fact('Putin, who refused to meet Macron, visited China.', '040'), '040 negated');
});

test('present tense with a time expression: future range -> planned; range holding publication -> asserted', () => {
  assert.equal(fact('Blinken travels to Japan next month.', '042', [NEXT_MONTH]), '042 planned');
  assert.equal(fact('Blinken travels to Japan this week.', '042', [THIS_WEEK]), '042 asserted');
});

test('precedence: negated beats possible beats planned', () => {
  assert.equal(strongestCue('will not')?.value, 'negated');
  assert.equal(strongestCue('may')?.value, 'possible');
  assert.equal(strongestCue('is expected to')?.id, 'plan-scheduled');
  assert.equal(strongestCue('then'), null);
});
