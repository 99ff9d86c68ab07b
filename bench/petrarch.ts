/**
 * PETRARCH validation suites run through dateline with their own dictionaries loaded
 * (`AnalyzeOptions.dictionaries`), as PETRARCH's unit tests run them:
 * - UnitTest: ../shared/data/events/petrarch/validation/PETR.UnitTest.records.jsonl with the
 *   PETR.Validate.{actors,agents,verbs,discards}.txt dictionaries next to it (petrarch2);
 * - ud-validate: PETR_Validate_records_2_02.jsonl with PETR_Validate_*_2_02.txt (UniversalPetrarch).
 * A record is coded correctly when its predicted set of (source, target, CAMEO code) triples equals
 * the expected set; `noevents` records must yield none. Skipped: `evaluate: false` and records
 * testing PETRARCH's parse-input errors (`expectedError`; dateline reads no parse trees).
 * PETRARCH's own bar is every record. Prints the share correct overall and per category, the share
 * among records whose expected codes all exist in dateline's CAMEO table (codes outside it, e.g.
 * the WEIS codes of the validation verbs, are dropped by the coder), the conversion counts and
 * failing records (`--errors N`, default 15; `--suite unit|ud`). Ends with a JSON line.
 * Skips with a message when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './built.js';
import { analyze } from '../src/analyze.js';
import { newCtx, type DictionaryPaths } from '../src/context.js';
import { cameoInfo } from '../src/events/cameo/index.js';
import { loadDictionaries } from '../src/events/petrarch/index.js';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const ROOT = resolve(REPO, '../shared/data/events/petrarch');

interface Triple { source: string; target: string; cameo: string }
interface Rec { id: string; category: string; date: string; evaluate: boolean; text: string; events: Triple[]; noevents: boolean; expectedError?: string }

const SUITES: Record<string, { records: string; dicts: DictionaryPaths }> = {
  unit: {
    records: 'validation/PETR.UnitTest.records.jsonl',
    dicts: { actors: ['validation/PETR.Validate.actors.txt'], agents: ['validation/PETR.Validate.agents.txt'], verbs: ['validation/PETR.Validate.verbs.txt'], discards: ['validation/PETR.Validate.discards.txt'] },
  },
  ud: {
    records: 'ud-validate/PETR_Validate_records_2_02.jsonl',
    dicts: { actors: ['ud-validate/PETR_Validate_actors_2_02.txt'], agents: ['ud-validate/PETR_Validate_agents_2_02.txt'], verbs: ['ud-validate/PETR_Validate_verbs_2_02.txt'], discards: ['ud-validate/PETR_Validate_discards_2_02.txt'] },
  },
};

const abs = (d: DictionaryPaths): DictionaryPaths =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v as string[]).map((p) => resolve(ROOT, p))]));
const key = (t: Triple): string => `${t.source}|${t.target}|${t.cameo}`;
const day = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

async function runSuite(name: string, errors: number): Promise<Record<string, unknown>> {
  const suite = SUITES[name]!;
  const dictionaries = abs(suite.dicts);
  const conv = loadDictionaries(dictionaries).report.files.find((f) => f.kind === 'verbs')?.verbs;
  const recs = readFileSync(resolve(ROOT, suite.records), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
  const ctx = newCtx({ dictionaries });
  const byCat = new Map<string, { n: number; ok: number }>();
  const fails: string[] = [];
  let n = 0, ok = 0, codable = 0, codableOk = 0, skipped = 0;
  const t0 = performance.now();
  for (const r of recs) {
    if (!r.evaluate || r.expectedError) { skipped++; continue; }
    const a = await analyze({ text: r.text, id: r.id }, { published: day(r.date), dictionaries }, ctx);
    const got = new Set(a.events.map((e) => key({ source: e.source.code ?? '', target: e.target.code ?? '', cameo: e.code })));
    const want = new Set((r.noevents ? [] : r.events).map(key));
    const good = got.size === want.size && [...want].every((k) => got.has(k));
    const canCode = [...want].every((k) => cameoInfo(k.split('|')[2]!) !== null);
    n++; if (good) ok++;
    if (canCode) { codable++; if (good) codableOk++; }
    const c = byCat.get(r.category) ?? { n: 0, ok: 0 };
    c.n++; if (good) c.ok++;
    byCat.set(r.category, c);
    if (!good && canCode && fails.length < errors) fails.push(`  ${r.id}: ${r.text.slice(0, 110)}\n    want ${[...want].join(' ') || '(none)'}\n    got  ${[...got].join(' ') || '(none)'}  [${a.events.map((e) => e.rule).join(' ')}]`);
  }
  const ms = performance.now() - t0;
  const share = n ? ok / n : 0;
  console.log(`\n== ${name}: ${suite.records} (${n} records scored, ${skipped} skipped)`);
  console.log(`coded correctly: ${ok}/${n} = ${(share * 100).toFixed(1)}%   (PETRARCH's bar: 100%)`);
  console.log(`among records whose expected codes are all CAMEO codes: ${codableOk}/${codable} = ${((codable ? codableOk / codable : 0) * 100).toFixed(1)}%`);
  for (const [cat, c] of [...byCat].sort()) console.log(`  ${cat.padEnd(10)} ${String(c.ok).padStart(3)}/${String(c.n).padEnd(3)} ${((c.ok / c.n) * 100).toFixed(0)}%`);
  if (conv) console.log(`verb patterns converted: ${conv.converted}/${conv.patterns} -> ${conv.rules} rules; not converted: ${JSON.stringify(conv.unconverted)}; reverse codes dropped: ${conv.reverseDropped}`);
  console.log(`${(n / (ms / 1000)).toFixed(0)} records/s`);
  if (fails.length) console.log(`failing records (codable):\n${fails.join('\n')}`);
  return { suite: name, records: n, correct: ok, share: Number(share.toFixed(4)), codable, codableCorrect: codableOk, categories: Object.fromEntries([...byCat].map(([k, v]) => [k, `${v.ok}/${v.n}`])) };
}

async function main(): Promise<void> {
  if (!existsSync(ROOT)) { console.log('skipped: needs ../shared/data/events/petrarch'); console.log(JSON.stringify({ bench: 'petrarch', skipped: true })); return; }
  const errors = Number(arg('errors') ?? 15);
  const only = arg('suite');
  const results = [];
  for (const name of Object.keys(SUITES)) if (!only || only === name) results.push(await runSuite(name, errors));
  console.log(JSON.stringify({ bench: 'petrarch', results }));
}

await main();
