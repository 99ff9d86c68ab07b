/** Actor spans from inline actor/agent dictionaries, and an end-to-end run through analyze(). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../analyze.js';
import { parseActors } from './actors-dict.js';
import { parseAgents } from './agents-dict.js';
import { actorTries, dictionaryActorSpans } from './matcher.js';
import { loadedDictionaries } from './index.js';
import { newCtx } from '../../context.js';

const ACTORS = 'VELMORA [VLM]\n+VELMORAN\nZEBRANIA [ZEB]\nTARQUIN_OSS\n\t[VLMELI <031231]\n\t[VLMGOV 040101-101231]\n\t[VLMELI]\nHARBOR_LEAGUE [IGOHBL]\n';
const AGENTS = 'FOREIGN_MINISTER [~GOV]\nMINISTER [~GOV]\nGOVERNMENT [~GOV]\nMEDIA {} [~MED]\nACTIVIST [~OPP]\nISLAMIST [~MUS]\nRELIEF_GROUP [NGO~]\n';

const tries = actorTries(parseActors(ACTORS, 'a').entries, parseAgents(AGENTS, 'g').entries);
const spans = (s: string, date: string | null = '2020-01-01'): Array<[string, string]> =>
  dictionaryActorSpans(tries, s, 0, s.length, date).map((x) => [x.text, x.actors.map((a) => a.code).join(',')]);

test('actor + agent noun phrases combine; possessives; dates pick the code', () => {
  assert.deepEqual(spans("Velmora's deputy foreign minister Tarquin Oss met Zebrania."), [["Velmora's deputy foreign minister Tarquin Oss", 'VLMGOV'], ['Zebrania', 'ZEB']]);
  assert.deepEqual(spans('Tarquin Oss spoke.', '2005-06-01'), [['Tarquin Oss', 'VLMGOV']]);
  assert.deepEqual(spans('Tarquin Oss spoke.', '1999-06-01'), [['Tarquin Oss', 'VLMELI']]);
  assert.deepEqual(spans('The Velmoran Islamist media and government objected.'), [['Velmoran Islamist media and government', 'VLMMUSMED,VLMMUSGOV']]);
  assert.deepEqual(spans('Activists in Zebrania protested.'), [['Activists in Zebrania', 'ZEBOPP']]);
  assert.deepEqual(spans('A relief group Velmora minister spoke.'), [['relief group Velmora minister', 'NGOVLMGOV']]);
  assert.deepEqual(spans('The minister spoke.'), [['minister', '---GOV']], 'an agent alone has no country (PETRARCH practice)');
  assert.deepEqual(spans('VELMORA AND ZEBRANIA'), [['VELMORA', 'VLM'], ['ZEBRANIA', 'ZEB']], 'case-insensitive');
});

test('false positives: separate actors and clauses do not merge', () => {
  assert.deepEqual(spans('Velmora said the government would act.'), [['Velmora', 'VLM'], ['government', '---GOV']]);
  assert.deepEqual(spans('Velmora and the minister of Zebrania met.'), [['Velmora', 'VLM'], ['minister of Zebrania', 'ZEBGOV']]);
  assert.deepEqual(spans('Velmorans, Zebrania, and Harbor League.'), [['Zebrania', 'ZEB'], ['Harbor League', 'IGOHBL']], 'no plural of actor names unless listed');
  assert.deepEqual(spans('The velvet harbor was quiet.'), []);
});

test('end to end: analyze() with inline dictionaries codes a sentence with them', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p; };
  const dictionaries = {
    actors: [file('a.txt', ACTORS)], agents: [file('g.txt', AGENTS)],
    verbs: [file('v.txt', '&PACTS\n+TRUCE\n+TRADE_DEAL\n--- SCOLD [111] ---\nSCOLD\n- * (OVER &PACTS) [112]\n--- PRAISE [051] ---\nPRAISE\n')],
    discards: [file('d.txt', 'CHESS_\n')],
  };
  const a = await analyze({ text: "Velmora's foreign minister scolded Zebrania over the truce on Monday." }, { published: '2020-03-04', dictionaries });
  assert.deepEqual(a.events.map((e) => [e.source.code, e.target.code, e.code, e.rule]), [['VLMGOV', 'ZEB', '112', 'pv:v.txt:6:1']]);
  const b = await analyze({ text: 'Zebrania praised Velmora on Friday.' }, { published: '2020-03-04', dictionaries });
  assert.deepEqual(b.events.map((e) => [e.source.code, e.target.code, e.code]), [['ZEB', 'VLM', '051']]);
  const none = await analyze({ text: 'Zebrania praised Velmora at the chess final.' }, { published: '2020-03-04', dictionaries });
  assert.deepEqual(none.events, [], 'a discard phrase stops the sentence');
  const ctx = newCtx({ dictionaries: { actors: [join(dir, 'missing.txt')] } });
  assert.throws(() => loadedDictionaries(ctx), (e: unknown) => (e as { code?: string }).code === 'E040');
  assert.equal(loadedDictionaries(newCtx({})), null);
});

test('a paired code [A:B] codes A source -> target and B target -> source', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p; };
  const dictionaries = { actors: [file('a.txt', ACTORS)], verbs: [file('v.txt', '--- CALL_ON [042:043] ---\nCALL_ON\n')] };
  const a = await analyze({ text: 'Velmora called on Zebrania on Monday.' }, { published: '2020-03-04', dictionaries });
  assert.deepEqual(a.events.map((e) => [e.source.code, e.target.code, e.code]), [['VLM', 'ZEB', '042'], ['ZEB', 'VLM', '043']]);
});

test('dictionary-inside-name: a dictionary place that is part of a person\'s name, or an undated code for a person whose office the text states, does not win', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'petr-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const actors = join(dir, 'a.txt');
  writeFileSync(actors, 'CHILE [CHL]\n+SANTIAGO_\nPERU [PER]\nALBERTO_FERNANDEZ [ARGELI]\n');
  const dictionaries = { actors: [actors] };
  const a = await analyze({ text: 'Argentine Foreign Minister Santiago Cafiero travels to Peru on Friday.' }, { published: '2023-05-10', dictionaries });
  assert.deepEqual(a.events.map((e) => `${e.source.code}>${e.target.code} ${e.code}`), ['ARGGOV>PER 036'], 'the first name Santiago is no place of Chile');
  const b = await analyze({ text: 'Argentine President Alberto Fernandez criticized Chile on Monday.' }, { published: '2023-05-10', dictionaries });
  assert.deepEqual(b.events.map((e) => `${e.source.code}>${e.target.code}`), ['ARGGOV>CHL'], 'the stated office beats the dictionary\'s undated ELI');
  const c = await analyze({ text: 'Santiago criticized Peru on Monday.' }, { published: '2023-05-10', dictionaries });
  assert.deepEqual(c.events.map((e) => `${e.source.code}>${e.target.code}`), ['CHL>PER'], 'the place alone is the dictionary\'s');
});
