import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type WinkFn from 'wink-nlp';
import type { ItsFunction, Model } from 'wink-nlp';
import { loadWinkModel, WINK_MODEL_VERSION } from './wink-model.js';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as typeof WinkFn;
const packageModel = (): Model => require('wink-eng-lite-web-model') as Model;

/** The core model as the model's `core()` builds it (untyped: wink declares it `unknown`). */
type Core = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const coreOf = (model: Model): Core => (model.core as () => Core)();

test('the fast path is taken for the installed version, and core() gives a new object per call', () => {
  const version = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
  assert.equal(version, WINK_MODEL_VERSION, 'the installed package changed: re-check wink-model.ts');
  const fast = loadWinkModel();
  assert.notEqual(fast, packageModel());
  assert.equal(Object.getPrototypeOf(fast), null);
  const a = coreOf(fast);
  const b = coreOf(fast);
  assert.notEqual(a, b);
  assert.notEqual(a.features.lexeme.hash, b.features.lexeme.hash);
  assert.notEqual(a.lexicon, b.lexicon);
});

test('the fast path neither requires the package index nor its core JSON module', () => {
  // The point of the loader: the 3 MB core JSON is read once, by core(), not also at require time.
  const self = fileURLToPath(new URL('./wink-model.ts', import.meta.url));
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(${JSON.stringify(self)});
    const { loadWinkModel } = await import(${JSON.stringify(pathToFileURL(self).href)});
    const model = loadWinkModel();
    const core = model.core();
    const loaded = Object.keys(require.cache).filter((k) => k.includes('wink-eng-lite-web-model'));
    console.log(JSON.stringify({ loaded, lexicon: core.lexicon.length }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) });
  assert.equal(r.status, 0, r.stderr);
  const { loaded, lexicon } = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { loaded: string[]; lexicon: number };
  assert.ok(lexicon > 1000);
  assert.ok(loaded.some((k) => k.endsWith('load-sbd-model.js')), loaded.join());
  assert.deepEqual(loaded.filter((k) => /dist[\\/]model\.js$|core-web-model\.json$|core-model\.js$|lemmatize\.js$/.test(k)), []);
});

test('the fast core model equals the package core model, typed arrays, Sets and hashes included', () => {
  const mine = coreOf(loadWinkModel());
  const theirs = coreOf(packageModel());
  assert.deepStrictEqual(mine, theirs);

  // The typed arrays, compared directly: same type, length and bytes.
  for (const key of ['lexicon', 'xpansions']) {
    assert.ok(mine[key] instanceof Uint32Array, key);
    assert.ok(theirs[key] instanceof Uint32Array, key);
    assert.equal(mine[key].length, theirs[key].length, key);
    assert.ok(mine[key].length > 1000, key);
    assert.ok(Buffer.from(mine[key].buffer).equals(Buffer.from(theirs[key].buffer)), key);
  }
  // Key order too (wink iterates some of these objects with for...in).
  assert.deepEqual(Object.keys(mine), Object.keys(theirs));
  assert.deepEqual(Object.keys(mine.features), Object.keys(theirs.features));
  assert.deepEqual(mine.packing.efList, theirs.packing.efList);
  for (const f of Object.keys(theirs.features)) {
    assert.deepEqual(Object.keys(mine.features[f]), Object.keys(theirs.features[f]), f);
    if (theirs.features[f].hash) {
      assert.equal(Object.getPrototypeOf(mine.features[f].hash), null, f);
      assert.deepEqual(Object.keys(mine.features[f].hash), Object.keys(theirs.features[f].hash), f);
    }
  }
  const clusters = mine.features.posClusters.list as unknown[];
  assert.ok(clusters.length > 10 && clusters.every((c) => c instanceof Set));

  // The comparison is not blind to the parts built by hand: one changed word, one changed cluster
  // member, one changed lexicon entry each make it fail.
  const lexicon = mine.lexicon as Uint32Array;
  lexicon[12345] ^= 1;
  assert.notDeepStrictEqual(mine, theirs);
  lexicon[12345] ^= 1;
  const cluster = clusters[3] as Set<number>;
  const member = [...cluster][0]!;
  cluster.delete(member);
  assert.notDeepStrictEqual(mine, theirs);
  cluster.add(member);
  const hash = mine.features.lexeme.hash as Record<string, number>;
  hash.the = (hash.the ?? 0) + 1;
  assert.notDeepStrictEqual(mine, theirs);
});

/** Test texts of our own: plain news prose and odd input. */
const TEXTS: readonly string[] = [
  'The finance ministers of Japan and Canada met in Ottawa on Tuesday. They agreed to study a joint fund of $1,250 million, about 3.5% more than planned.',
  "Dr. Alvarez said the U.S. delegation wouldn't attend; she'd expected that. \"We can't wait,\" an aide told reporters at 9:30 a.m., adding it's the group's 2nd delay.",
  'Read the statement at https://example.org/news/2024/05/statement.html or write to press@example.org. #ceasefire @UNnews 🙂🚀 :-) ...',
  'Москва и Пекин подписали соглашение. 北京和莫斯科签署了协议。 وقّعت الحكومة الاتفاق. भारत ने बयान जारी किया।',
  'Zorblaxian quintessors flummoxed the glarb-inspectors!!! Then?? Nothing... 1990s-era numbers: 42, 3.14159, -7, 1e6, 7th, ½.',
  'First paragraph ends here.\n\nSecond one starts after a blank line\tand a tab; it has no final stop',
  '',
  '   \n  ',
];

/** What the engine gives for a text: tokens, POS tags, token types, sentences, lemmas. */
function outputs(nlp: ReturnType<typeof WinkFn>, text: string): unknown {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  return {
    tokens: doc.tokens().out(),
    pos: doc.tokens().out(its.pos),
    type: doc.tokens().out(its.type),
    normal: doc.tokens().out(its.normal),
    // wink's own typings reject its.lemma here; the runtime accepts it (a lazy addon is read).
    lemma: doc.tokens().out(its.lemma as unknown as ItsFunction<string>),
    sentences: doc.sentences().out(),
    spans: doc.sentences().out(its.span),
  };
}

test('engines from the fast model and the package model read texts identically (sbd + pos)', () => {
  const mine = winkNLP(loadWinkModel(), ['sbd', 'pos']);
  const theirs = winkNLP(packageModel(), ['sbd', 'pos']);
  for (const text of TEXTS) assert.deepStrictEqual(outputs(mine, text), outputs(theirs, text), text);
  // Sanity: the outputs are real analyses, not two empty results.
  const sample = outputs(mine, TEXTS[0]!) as { sentences: string[]; pos: string[]; lemma: string[] };
  assert.equal(sample.sentences.length, 2);
  assert.equal(sample.pos[0], 'DET');
  assert.deepEqual(sample.lemma.slice(2, 3).concat(sample.lemma.slice(7, 8)), ['minister', 'meet']);
  assert.equal((outputs(mine, '') as { tokens: string[] }).tokens.length, 0);
});

test('with the full default pipe too: entities, negation and sentiment agree', () => {
  const mine = winkNLP(loadWinkModel());
  const theirs = winkNLP(packageModel());
  for (const text of TEXTS) {
    const a = mine.readDoc(text);
    const b = theirs.readDoc(text);
    assert.deepStrictEqual(a.entities().out(mine.its.detail), b.entities().out(theirs.its.detail), text);
    assert.deepStrictEqual(a.tokens().out(mine.its.negationFlag), b.tokens().out(theirs.its.negationFlag), text);
    assert.deepStrictEqual(a.out(mine.its.sentiment), b.out(theirs.its.sentiment), text);
  }
  assert.ok(mine.readDoc(TEXTS[0]!).entities().length() > 0);
});

test('another expected version yields the package model itself', () => {
  assert.equal(loadWinkModel({ expectedVersion: '1.8.0' }), packageModel());
  assert.equal(loadWinkModel({ expectedVersion: '2.0.0' }), packageModel());
});

/** Makes a stand-in package dir under a temp root; returns the root. */
function standIn(version: string, fill: (dist: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'wink-model-'));
  const pkg = join(root, 'node_modules', 'wink-eng-lite-web-model');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'wink-eng-lite-web-model', version, main: 'dist/model.js' }));
  fill(join(pkg, 'dist'));
  return root;
}

test('the right version with files missing yields the package model itself', () => {
  const root = standIn(WINK_MODEL_VERSION, () => {});
  try {
    assert.equal(loadWinkModel({ resolveFrom: join(root, 'x.js') }), packageModel());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a core JSON of another shape under the right version: core() is the package one', () => {
  const realDist = dirname(require.resolve('wink-eng-lite-web-model/dist/model.js'));
  const root = standIn(WINK_MODEL_VERSION, (dist) => {
    for (const name of readdirSync(realDist)) {
      if (name.endsWith('.js')) symlinkSync(join(realDist, name), join(dist, name));
    }
    mkdirSync(join(dist, 'languages', 'cur', 'models'), { recursive: true });
    writeFileSync(join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json'), '{"packing":{"layout":{}}}');
  });
  try {
    const model = loadWinkModel({ resolveFrom: join(root, 'x.js') });
    assert.notEqual(model, packageModel());
    const core = coreOf(model);
    assert.ok(core.lexicon instanceof Uint32Array && core.lexicon.length > 1000);
    assert.equal(Object.getPrototypeOf(core.features.lexeme.hash), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
