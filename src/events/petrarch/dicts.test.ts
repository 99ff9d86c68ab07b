/** Parser and converter tests on small dictionaries written here (own fictional names, spec format). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codesAt, parseActors } from './actors-dict.js';
import { parseAgents } from './agents-dict.js';
import { parseDiscards } from './discards-dict.js';
import { DictionaryError } from './errors.js';
import { dictLines } from './lines.js';
import { verbRules } from './verbs-convert.js';
import { parseVerbs } from './verbs-dict.js';

const ACTORS = [
  '<!-- test actors -->',
  'VELMORA_  [VLM]   # a country',
  '+VELMORAN',
  '+PORT_ASHEN',
  '',
  'TARQUIN_OSS_  ; a leader',
  '+PRESIDENT_OSS',
  '\t[VLMELI 850101-031231]',
  '\t[VLMGOV 20040101-20101231]',
  '\t[VLMELI]',
  'THE_TWIN_CITIES [KRA/ZEB]',
  'OLD_REGIME',
  '\t[VLMGOV <951231]',
  '\t[---]',
].join('\n');

test('actor dictionary: phrases, synonyms, multi-actor codes and date restrictions', () => {
  const { entries, stats } = parseActors(ACTORS, 't.actors');
  assert.equal(entries.length, 4);
  assert.equal(stats.entries, 4);
  const [vel, oss, twin, old] = entries;
  assert.deepEqual(vel!.phrases, [['velmora'], ['velmoran'], ['port', 'ashen']]);
  assert.deepEqual(codesAt(vel!, '2000-01-01'), ['VLM']);
  assert.deepEqual(oss!.phrases[1], ['president', 'oss']);
  assert.deepEqual(codesAt(oss!, '1990-06-01'), ['VLMELI'], 'YYMMDD 85..03 range');
  assert.deepEqual(codesAt(oss!, '2004-01-01'), ['VLMGOV'], 'bounds are inclusive');
  assert.deepEqual(codesAt(oss!, '2015-01-01'), ['VLMELI'], 'undated restriction is the default');
  assert.deepEqual(codesAt(twin!, null), ['KRA', 'ZEB']);
  assert.deepEqual(codesAt(old!, '1990-01-01'), ['VLMGOV']);
  assert.deepEqual(codesAt(old!, '2000-01-01'), [], '--- is the null code');
});

test('actor dictionary errors carry codes and file:line', () => {
  assert.throws(() => parseActors('+ORPHAN_SYNONYM', 'x.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E048' && /x\.txt:1/.test(e.message));
  assert.throws(() => parseActors('NAME [ABC', 'x.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E041');
  assert.throws(() => parseActors('NAME\n\t[<901010]', 'x.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E042' && /x\.txt:2/.test(e.message));
  const typo = parseActors('NAME [ABC]\n\t[ABCGOV 9001011-911221]', 'x.txt');
  assert.equal(typo.stats.skipped, 1, 'a date typo drops that restriction only');
});

test('comments: # to end of line, <!-- --> blocks over several lines', () => {
  const lines = dictLines('<!--\n# inside\nNOT_A_LINE\n-->\nKEEP # note\n\n  \n');
  assert.deepEqual(lines.map((l) => [l.no, l.text]), [[5, 'KEEP']]);
});

const AGENTS = [
  '!STAFF! = CLERK, CLERKS, AIDE, AIDES',
  'HARBOR_MASTER [~GOV]',
  'FERRY {} [~BUS]',
  'GOOSE_HERD {GEESE_HERDS} [~AGR]',
  'WATCH!STAFF! [~COP]',
  'GUILD_OF_BAKERS [LAB~]',
  'LADY [ ~ELI]',
].join('\n');

test('agent dictionary: plurals, {} and {X}, substitution sets, prefix codes', () => {
  const { entries } = parseAgents(AGENTS, 't.agents');
  const words = (code: string): string[] => entries.filter((e) => e.code === code).map((e) => e.words.join(' '));
  assert.deepEqual(words('GOV'), ['harbor master', 'harbor masters']);
  assert.deepEqual(words('BUS'), ['ferry'], '{} suppresses the plural');
  assert.deepEqual(words('AGR'), ['goose herd', 'geese herds']);
  assert.deepEqual(words('COP'), ['watchclerk', 'watchclerks', 'watchaide', 'watchaides']);
  assert.deepEqual(words('ELI'), ['lady', 'ladies'], 'Y -> IES');
  assert.equal(entries.find((e) => e.code === 'LAB')!.prefix, true);
  assert.throws(() => parseAgents('X!NOPE! [~GOV]', 'a.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E044');
  assert.throws(() => parseAgents('BAD_AGENT [GOV]', 'a.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E043');
});

const VERBS = [
  '&PACTS',
  '+TRUCE',
  '+TRADE_DEAL',
  '&PLACES_',
  '+HARBOR',
  '--- SCOLD [111] ---',
  'SCOLD',
  '+TELL_OFF {+TELLS_OFF +TOLD_OFF}',
  '- * (OVER &PACTS) [112]  # over a pact',
  '- NEVER * [---]',
  '- * + (AT &PLACES) [113]',
  '- % * [110]',
  '- + KNOWN_ * [110]',
  '--- GREET [042:043] ---',
  'GREET {GREETS GREETED GREETING}',
  'HUG [051:051]',
  '~ a (a b SCOLD) SAY = a b 112',
].join('\n');

test('verb dictionary: blocks, synsets, patterns -> dateline rules, with counts of what is not converted', () => {
  const d = parseVerbs(VERBS, 't.verbs');
  assert.equal(d.blocks.length, 2);
  assert.deepEqual(d.synsets.get('PACTS')!.members, ['TRUCE', 'TRADE_DEAL']);
  const { rules, stats } = verbRules(d);
  const pats = rules.map((r) => [r.code, r.pattern]);
  assert.deepEqual(pats.slice(0, 6), [
    ['112', '~scold ...4 over ...2 %truce'],
    ['112', '~scold ...4 over ...2 trade %deal'],
    ['112', '~tell|tells|told off ...4 over ...2 %truce'],
    ['112', '~tell|tells|told off ...4 over ...2 trade %deal'],
    ['---', 'never ...4 ~scold'],
    ['---', 'never ...4 ~tell|tells|told off'],
  ]);
  assert.ok(pats.some(([c, p]) => c === '113' && p === '~scold ...4 @T ...4 at ...2 harbor'), 'post-verb + is the target slot; PLACES_ makes no plural');
  assert.ok(pats.some(([c, p]) => c === '111' && p === '~scold'), 'the isolated verb with the block code');
  assert.ok(pats.some(([c, p]) => c === '042' && p === '~greet|greets|greeted|greeting'));
  const hug = rules.find((r) => r.code === '051')!;
  assert.equal(hug.symmetric, true, 'A:A is a symmetric rule');
  assert.deepEqual(stats.unconverted, { transformation: 1, 'compound-actor': 1, 'target-before-verb': 1 });
  assert.equal(stats.patterns, 5);
  assert.equal(stats.converted, 3);
  assert.equal(stats.reverseDropped, 0);
  assert.equal(rules.find((r) => r.code === '042')?.reverseCode, '043', '042:043 keeps both: 043 is coded target -> source');
  assert.throws(() => parseVerbs('- * X [010]', 'v.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E046');
  assert.throws(() => parseVerbs('--- BROKEN HEADER ---', 'v.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E045');
});

test('discard list: sentence and story level phrases, stems and whole words', () => {
  const { rules, stats } = parseDiscards('+HARVEST FESTIVAL # story\nCHESS\nPOLO_\n', 'd.txt');
  assert.equal(stats.entries, 3);
  assert.equal(stats.storyLevel, 1);
  const re = new RegExp(rules[0]!.pattern, 'i');
  assert.ok(re.test('The harvest festival opened in Velmora.'));
  assert.ok(re.test('Chessboxing returns.'), 'without a trailing _ the phrase is a stem');
  assert.ok(re.test('A polo match.'));
  for (const s of ['Polonium was found.', 'The harvest ended.', 'Velmora held talks.']) assert.ok(!re.test(s), s);
  assert.throws(() => parseDiscards('GOLF [###]', 'd.txt'), (e: unknown) => e instanceof DictionaryError && e.code === 'E047');
});
