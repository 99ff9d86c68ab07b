/**
 * Pipeline benchmark: per-stage cost of `analyze` on the ScrapingHub pages
 * (../shared/data/extraction/scrapinghub/html, 181 news pages), and the start-up cost of the first
 * analyze in a fresh process (resources built on first use: gazetteers, lexicon, models).
 *
 * Measures CPU time (`process.cpuUsage`, user + system, of this process) rather than wall time: the
 * machine is shared and wall time moves with its load. Start-up is measured on the first page
 * (time and RSS before/after, including module loading of the stages), then every page is run
 * `--rounds N` times (default 2; the first round warms the JIT and is not counted) with the stages
 * timed one by one. The named-entity tagger's share of the entities stage is timed apart (the
 * tagger run again on the page's sentences; skipped without the model), so the rule part shows.
 * Prints a table of ms/page per stage and ends with a JSON line.
 * Run: `node --import tsx bench/pipeline.ts [--rounds N] [--limit N]`.
 * Skips with a message (exit 0) when ../shared is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const PAGES = resolve(REPO, '../shared/data/extraction/scrapinghub/html');

/** The value of `--name V` on the command line, if given. */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** CPU milliseconds (user + system) spent by this process since `from`. */
const cpuMs = (from: NodeJS.CpuUsage): number => { const d = process.cpuUsage(from); return (d.user + d.system) / 1000; };
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

async function run(): Promise<void> {
  if (!existsSync(PAGES)) { console.log(`bench:pipeline skipped: needs ../shared (${PAGES} is absent)`); return; }
  const rounds = Math.max(1, Number(arg('rounds') ?? 2));
  const limit = Number(arg('limit') ?? Infinity);
  const files = readdirSync(PAGES).filter((f) => /\.html?$/i.test(f)).sort().slice(0, limit);
  const pages = files.map((f) => readFileSync(join(PAGES, f)));

  // Start-up: module loading plus the first analyze (every resource built on first use).
  const rss0 = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const { newCtx } = await import('../src/context.js');
  const { newDoc } = await import('../src/doc.js');
  const { fromBytes } = await import('../src/load/index.js');
  const { STAGES } = await import('../src/pipeline.js');
  const ner = await import('../src/language/ner/index.js');
  const importMs = cpuMs(c0);
  const ctx = newCtx();
  let taggerMs = 0;
  const once = async (buf: Buffer, times: number[] | null): Promise<void> => {
    const loaded = fromBytes(buf, null);
    let doc = newDoc(loaded.source, loaded.raw, loaded.id);
    for (const [k, stage] of STAGES.entries()) {
      const c = process.cpuUsage();
      doc = await stage.run(doc, ctx);
      if (times) times[k] += cpuMs(c);
    }
    if (times && ner.hasNerModel() && doc.sentences.length) {
      const words: string[][] = doc.sentences.map(() => []);
      for (const t of doc.tokens) words[t.sentence]?.push(t.text);
      const c = process.cpuUsage();
      ner.nerSpans(ner.nerTagger(ctx), words);
      taggerMs += cpuMs(c);
    }
  };
  const first = STAGES.map(() => 0);
  await once(pages[0], first);
  const startup = { cpuMs: Math.round(cpuMs(c0)), wallMs: Math.round(performance.now() - w0), importCpuMs: Math.round(importMs), rssMb: mb(process.memoryUsage().rss), rssGrowthMb: mb(process.memoryUsage().rss - rss0) };
  const firstByStage = Object.fromEntries(STAGES.map((s, k) => [s.name, Math.round(first[k])]));

  const times = STAGES.map(() => 0);
  let failures = 0;
  for (let r = 0; r < rounds; r++) {
    const acc = r === rounds - 1 || rounds === 1 ? times : null;
    for (const buf of pages) {
      try { await once(buf, acc); } catch { if (acc) failures++; }
    }
  }
  const perPage = Object.fromEntries(STAGES.map((s, k) => [s.name, Number((times[k] / pages.length).toFixed(2))]));
  const total = Number((times.reduce((a, b) => a + b, 0) / pages.length).toFixed(2));
  const tagger = Number((taggerMs / pages.length).toFixed(2));
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);

  console.log(`pipeline on ${pages.length} pages (CPU ms/page, last of ${rounds} rounds):`);
  for (const [name, ms] of Object.entries(perPage)) console.log(`  ${name.padEnd(10)} ${String(ms).padStart(7)}${name === 'entities' ? `  (of which the NER tagger about ${tagger})` : ''}`);
  console.log(`  ${'total'.padEnd(10)} ${String(total).padStart(7)}  (${(1000 / total).toFixed(1)} pages/s per core)`);
  console.log(`start-up (imports + first analyze): ${startup.cpuMs} ms CPU, ${startup.wallMs} ms wall, imports ${startup.importCpuMs} ms CPU; RSS ${startup.rssMb} MB (+${startup.rssGrowthMb} MB)`);
  console.log(`first page by stage (CPU ms): ${JSON.stringify(firstByStage)}`);
  console.log(JSON.stringify({ bench: 'pipeline', pages: pages.length, rounds, failures, msPerPage: perPage, entitiesTaggerMsPerPage: tagger, totalMsPerPage: total, startup, firstByStage, peakRssMb }));
}

await run();
