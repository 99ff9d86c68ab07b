/** The rule matcher's first-word index gives the same matches as trying every rule at every token. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRules, findMatches, indexRules, type RuleMatch } from './match.js';
import { tokenize } from './tokens.js';
import { EVENT_RULES } from './rules/index.js';
import type { EventRule } from './rules/types.js';

const rules = compileRules(EVENT_RULES);
const index = indexRules(rules);
const anySlot = (): boolean => true;
const show = (ms: RuleMatch[]): string[] => ms.map((m) => `${m.rule.id}@${m.start}-${m.end}`);

/** Matches of `text` with and without the index. */
function both(text: string, rs = rules, ix = index): [string[], string[]] {
  const toks = tokenize(text, 0, text.length);
  return [show(findMatches(rs, toks, anySlot, undefined, ix)), show(findMatches(rs, toks, anySlot))];
}

const SENTENCES = [
  'The two presidents met in Geneva and agreed to resume talks next month.',
  'Officials said the minister would visit Tokyo, and urged Seoul to negotiate.',
  'Rebels attacked a convoy; the army later shelled their positions and arrested 12 people.',
  'Both sides signed a memorandum on trade after the summit ended in failure.',
  'He called on the government to release the detainees and expressed concern over the raids.',
  'Sanctions imposed on the company by regulators were lifted, the ministry announced on Monday.',
];

test('indexed matching equals trying every rule at every token (whole rule table)', () => {
  for (const s of SENTENCES) {
    const [fast, slow] = both(s);
    assert.deepEqual(fast, slow, s);
  }
  assert.ok(both(SENTENCES[0]!)[0].length > 0, 'the sentences do match rules');
});

test('rules starting with an optional word are tried at every token', () => {
  const opt: EventRule = { ...EVENT_RULES[0]!, id: 'test-optional-first', pattern: 'formally? ~visit' };
  const rs = compileRules([opt]);
  const ix = indexRules(rs);
  assert.deepEqual(ix.always, [0]);
  const [fast, slow] = both('The envoy visited Oslo and formally visited Bergen.', rs, ix);
  assert.deepEqual(fast, slow);
  assert.equal(fast.length, 2);
});

test('a required first word indexes the rule under every form', () => {
  const rs = compileRules([{ ...EVENT_RULES[0]!, id: 'test-forms', pattern: '~meet with' }]);
  const ix = indexRules(rs);
  for (const w of ['meet', 'meets', 'met', 'meeting']) assert.deepEqual(ix.byFirst.get(w), [0], w);
  assert.deepEqual(ix.always, []);
});

test('false positives: sentences without any trigger word give no match either way', () => {
  for (const s of ['The weather was mild on Tuesday.', 'Prices of apples rose by three percent.', '']) {
    const [fast, slow] = both(s);
    assert.deepEqual(fast, [], s);
    assert.deepEqual(slow, [], s);
  }
});
