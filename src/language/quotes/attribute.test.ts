/**
 * `attribute` on the `before` side skips windows that cannot give a new result; these tests check
 * it against the plain method, every pattern tried from every word of the window.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../doc.js';
import { attribute, capBefore } from './attribute.js';
import { cleanSpeaker } from './phrase.js';
import { COMPILED_PATTERNS } from './rules/patterns.js';
import type { Window } from './windows.js';

/** The rule and speaker offsets found by trying each `before` pattern from every word of the window. */
function everyWord(text: string, w: Window, tokens: readonly Token[]): [string, number, number] | null {
  const capped = capBefore(w);
  for (const p of COMPILED_PATTERNS) {
    if (p.side !== 'before') continue;
    let win = capped;
    for (;;) {
      const m = p.regex.exec(win.text);
      const at = m?.indices?.groups?.speaker;
      if (m && at) {
        const inverted = p.template.includes('{SPI}');
        const phrase = inverted ? null : cleanSpeaker(text, win.start + at[0], win.start + at[1], false, tokens);
        if (phrase) return [p.id, phrase.span.start, phrase.span.end];
        if (inverted) return null; // not exercised below: the texts end in "said:" or "that"
      }
      const next = /^\S*\s+/u.exec(win.text);
      if (next === null) break;
      win = { start: win.start + next[0].length, text: win.text.slice(next[0].length) };
    }
  }
  return null;
}

const BEFORE = [
  'After the vote in the assembly, the finance minister of Norway said:',
  'The talks stalled and the envoy, who had flown in from Oslo, told reporters,',
  'When the session ended (late on Tuesday) Ms. Okafor added that',
  'Lavrov met Pompeo and said:',
  'It rained all day and nobody said:',
  'A spokesman for the ministry, speaking on condition of anonymity, said',
  'Farmers who marched on the capital this week and officials who met them both said that',
];

test('before side: the same speaker as trying every pattern from every word', () => {
  let found = 0;
  for (const text of BEFORE) {
    const w = { start: 0, text };
    const got = attribute(text, w, 'before', []);
    const want = everyWord(text, w, []);
    assert.deepEqual(got && [got.rule, got.speaker.start, got.speaker.end], want, text);
    if (got) found++;
  }
  assert.ok(found >= 3, `only ${found} of the texts give a speaker: the comparison would prove little`);
});

test('before side: a window with a clause before the verb yields no speaker', () => {
  assert.equal(attribute('Lavrov met Pompeo and said:', { start: 0, text: 'Lavrov met Pompeo and said:' }, 'before', []), null);
});
