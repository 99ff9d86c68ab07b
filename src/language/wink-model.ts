/**
 * A faster loader for wink-eng-lite-web-model: the same English model that
 * `require('wink-eng-lite-web-model')` gives, built with less work.
 *
 * Why: the package's `core()` (dist/read-core-model.js + dist/load-core-model.js) deep-clones its
 * 3 MB core JSON with `JSON.parse(JSON.stringify(...))` and decodes the two base64 fields with
 * `atob` and a per-character loop; its index also requires that JSON at import. In a fresh worker
 * thread this was most of the engine's build time (measured: see src/language/nlp.ts).
 *
 * How: `core()` reads the JSON file and parses it once per call (no clone), decodes `lexicon` and
 * `xpansions` with `Buffer.from(s, 'base64')`, then repeats, step for step, what the package's two
 * core files do next (feature hash tables, lexeme hash, POS clusters, the extractable-feature
 * list, sizes and indexes). Every other member (sbd, pos, ner, negation, sa, metaCER, featureFn,
 * addons) is the package's own small file, required by path (the addons on first read), so the
 * result is the same model. What `core()` still costs (about 50-60 ms of the engine's build,
 * measured on the dev box) is mostly `JSON.parse` (about 20 ms) and the hash of the 87,593
 * lexemes (about 30-40 ms): wink looks words up in a plain null-prototype object, and neither
 * `Object.fromEntries` nor parsing the hash as JSON text built one faster than the plain loop.
 *
 * Because it mirrors package internals, it is used only for the version it was written against
 * ({@link WINK_MODEL_VERSION}); for any other version, or if a file is missing or fails to load,
 * the package's own model is returned, so an update of the package cannot break analysis.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

const ownRequire = createRequire(import.meta.url);

/** The npm name of the model package. */
const PACKAGE = 'wink-eng-lite-web-model';

/**
 * The package version whose dist/read-core-model.js and dist/load-core-model.js `core()` mirrors
 * (node_modules/wink-eng-lite-web-model/package.json when this loader was written).
 */
export const WINK_MODEL_VERSION = '1.8.1';

/** Files of the package, relative to its root, that the fast model reads or requires. */
const FILES = Object.freeze({
  coreJson: 'dist/languages/cur/models/eng-core-web-model.json',
  sbd: 'dist/load-sbd-model.js',
  pos: 'dist/load-pos-model.js',
  ner: 'dist/load-ner-model.js',
  negation: 'dist/load-negation-model.js',
  sa: 'dist/load-sa-model.js',
  metaCER: 'dist/load-cer-meta-model.js',
  featureFn: 'dist/feature.js',
  stem: 'dist/porter-stemmer.js',
  lemmatize: 'dist/lemmatize.js',
  readabilityStats: 'dist/readability-stats.js',
});

/** Options of {@link loadWinkModel}; the defaults are what production uses. */
export interface WinkModelOptions {
  /** The version the fast path accepts (default {@link WINK_MODEL_VERSION}). */
  readonly expectedVersion?: string;
  /**
   * The file (path or file: URL) the package is resolved from, as `createRequire` takes it
   * (default: this module). The fallback always loads the package this module resolves.
   */
  readonly resolveFrom?: string | URL;
}

/**
 * Returns an English model for `winkNLP(model, pipe)`.
 *
 * When the installed wink-eng-lite-web-model has version `expectedVersion` and all its files are
 * there (and, but for the addons, load), the result is a fresh null-prototype object shaped like
 * the package's `model.js` export: its `core()` reads and decodes the core JSON on each call
 * (about 3 MB; see `readCore`), its other members are the package's own (the addons required on
 * first read). Otherwise it is the package's export itself (`require('wink-eng-lite-web-model')`).
 * If the fast `core()` throws (a file changed under the same version), it returns the package's
 * `core()` instead.
 *
 * Loads nothing until called. Throws only if the package itself cannot be loaded.
 */
export function loadWinkModel(options: WinkModelOptions = {}): Model {
  const expected = options.expectedVersion ?? WINK_MODEL_VERSION;
  const req = options.resolveFrom === undefined ? ownRequire : createRequire(options.resolveFrom);
  try {
    const pkg = req(`${PACKAGE}/package.json`) as { version?: unknown };
    if (pkg.version !== expected) return packageModel();
    return fastModel(req);
  } catch {
    return packageModel();
  }
}

/** The package's own model (its `main`, dist/model.js). */
function packageModel(): Model {
  return ownRequire(PACKAGE) as Model;
}

/** Builds the model object; throws if a file is missing or fails to load. */
function fastModel(req: NodeJS.Require): Model {
  const file = (rel: string): string => req.resolve(`${PACKAGE}/${rel}`);
  const load = (rel: string): unknown => req(file(rel));
  const coreJson = file(FILES.coreJson);
  const model = Object.create(null) as Record<string, unknown>;
  // The same members, in the same order, as the package's dist/model.js.
  model.core = () => {
    try {
      return readCore(coreJson);
    } catch {
      return (packageModel().core as () => unknown)();
    }
  };
  model.sbd = load(FILES.sbd);
  model.pos = load(FILES.pos);
  model.ner = load(FILES.ner);
  model.negation = load(FILES.negation);
  model.sa = load(FILES.sa);
  model.metaCER = load(FILES.metaCER);
  model.featureFn = load(FILES.featureFn);
  const addons = Object.create(null) as Record<string, unknown>;
  lazyMember(addons, 'stem', file(FILES.stem), req);
  lazyMember(addons, 'lemmatize', file(FILES.lemmatize), req);
  lazyMember(addons, 'readabilityStats', file(FILES.readabilityStats), req);
  addons.wordVectors = undefined;
  model.addons = addons;
  for (const k of ['core', 'sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) {
    if (typeof model[k] !== 'function') throw new Error(`${PACKAGE}: ${k} is not a function`);
  }
  return model as unknown as Model;
}

/**
 * Defines `target[name]` as the export of the file `path`, required on first read (then kept as a
 * plain property). Used for the addons (stemmer, lemmatizer, readability statistics): wink-nlp
 * reads them only when a document asks for a stem, lemma or readability statistics, and the
 * lemmatizer's exception lists alone took about 15 ms to require.
 */
function lazyMember(target: Record<string, unknown>, name: string, path: string, req: NodeJS.Require): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value: unknown = req(path);
      Object.defineProperty(target, name, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
  });
}

/** The parts of the core JSON that `readCore` touches (the rest passes through untouched). */
interface CoreJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  pos: { hash: Record<string, number> };
  features: Record<string, Feature>;
}

/** One entry of `features` in the core JSON. */
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/**
 * Reads the core model from the package's JSON file and prepares it as the package's
 * `core()` does. Returns a new object on every call: wink-nlp adds unseen words to the
 * feature lists and hashes of the core model it is given, so engines must not share one.
 * Throws on an unreadable file or a JSON of another shape.
 */
function readCore(path: string): CoreJson {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // as require() strips a BOM
  const model = JSON.parse(text) as CoreJson;
  const { packing, features, pos } = model;
  const layout = packing.layout;
  // dist/read-core-model.js: typed arrays, hashes of the intrinsic features, lexeme hash, clusters.
  model.lexicon = decodeUint32(model.lexicon);
  model.xpansions = decodeUint32(model.xpansions);
  for (const f in layout) {
    if (layout[f][3] === 0) features[f].hash = listHash(features[f].list);
  }
  features.lexeme.hash = listHash(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  // dist/load-core-model.js: sizes and indexes, the list of extractable features.
  packing.efList = [];
  for (const f in layout) {
    if (layout[f][3] === 0) {
      const feature = features[f];
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f][1] >>> layout[f][2];
    }
    if (layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * Decodes base64 into a Uint32Array over a fresh buffer: the same bytes the package's `atob` path
 * yields, read in the platform's byte order as its `new Uint32Array(buffer)` reads them.
 * Throws if the value is not a string or its byte length is not a multiple of 4.
 */
function decodeUint32(value: string | Uint32Array): Uint32Array {
  if (typeof value !== 'string') throw new TypeError('expected a base64 string');
  const bytes = Buffer.from(value, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** A null-prototype map from each list item to its position (a later duplicate wins). */
function listHash(list: unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}
