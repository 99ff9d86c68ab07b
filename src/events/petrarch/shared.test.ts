/** The production PETRARCH/Phoenix dictionaries of ../shared load without error and resolve real entries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDictionaries } from './index.js';

const DIR = fileURLToPath(new URL('../../../../shared/data/events/petrarch/dictionaries/', import.meta.url));
const skip = !existsSync(DIR) && 'needs ../shared';

test('every Phoenix dictionary loads; countries, dated leaders, agents and verbs resolve', { skip }, () => {
  const files = readdirSync(DIR);
  const pick = (re: RegExp): string[] => files.filter((f) => re.test(f)).map((f) => DIR + f);
  const d = loadDictionaries({ actors: pick(/\.actors\.txt$/), agents: pick(/agents\.txt$/), verbs: pick(/^CAMEO.*\.txt$/), discards: pick(/discards\.txt$/) });
  assert.equal(d.report.files.length, 6);
  const codes = (s: string, date: string): string[] => d.actorSpans(s, 0, s.length, date).map((x) => x.actors.map((a) => a.code).join(','));
  assert.deepEqual(codes('France and Japan', '2015-01-01'), ['FRA', 'JPN']);
  assert.deepEqual(codes('Dmitry Medvedev', '2000-01-01'), ['RUSELI']);
  assert.deepEqual(codes('Dmitry Medvedev', '2010-01-01'), ['RUSGOV'], 'date-bounded code changes with the date');
  assert.deepEqual(codes('Kenyan police', '2015-01-01'), ['KENCOP']);
  const verbs = d.report.files.find((f) => f.kind === 'verbs')!.verbs!;
  assert.ok(verbs.converted / verbs.patterns > 0.9, `converted ${verbs.converted}/${verbs.patterns}`);
  assert.ok(d.verbs.some((r) => r.code === '036' && /~meet/.test(r.pattern)));
  assert.ok(d.discards.length >= 1, 'the discard list compiles into chunks of at most 500 phrases');
  assert.equal(d.discardMatch('He played basketball on Sunday.')?.id.startsWith('petrarch-discards:'), true);
});
