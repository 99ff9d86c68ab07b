/**
 * The wink-nlp instance (tokenizer, sentence splitter, POS tagger) with the
 * wink-eng-lite-web-model.
 *
 * The one exception to "no module-level state": wink's model package keeps shared state of its
 * own, and building a second engine in the same process re-serializes it into an ever larger
 * buffer — measured here, the 100th-odd `winkNLP(model)` call throws "RangeError: Invalid string
 * length". So the engine is built once per process (on first use) and shared by every context.
 * The engine is read-only after construction (`readDoc` keeps no state between documents).
 *
 * Both packages are loaded on first use, not when this module is imported: a process that imports
 * the pipeline without analyzing (the ingest main thread, whose workers analyze; `dateline stats`)
 * does not pay the model's load time (about 60 ms) and memory (about 30 MB).
 */
import { createRequire } from 'node:module';
import type WinkFn from 'wink-nlp';
import type { Model } from 'wink-nlp';
import type { Ctx } from '../context.js';

const require = createRequire(import.meta.url);

/** The wink-nlp engine type. */
export type WinkEngine = ReturnType<typeof WinkFn>;

const engine: { value: WinkEngine | null } = { value: null };

/**
 * The annotations wink runs on every document: sentence boundaries and POS tags, the only outputs
 * read (src/language/sentences.ts). Leaving out wink's own entities, negation and sentiment
 * changes neither (POS tagging reads the tokens alone) and makes `readDoc` cheaper.
 */
export const WINK_PIPE: readonly string[] = Object.freeze(['sbd', 'pos']);

/** Loads wink-nlp and its English model and builds an engine with `WINK_PIPE`. */
function build(): WinkEngine {
  const winkNLP = require('wink-nlp') as typeof WinkFn;
  const model = require('wink-eng-lite-web-model') as Model;
  return winkNLP(model, [...WINK_PIPE]);
}

/**
 * The process-wide wink-nlp engine (loaded and built on first use: about 150 ms with the model).
 * `ctx` is kept for symmetry with other resources.
 */
export function wink(_ctx?: Ctx): WinkEngine {
  engine.value ??= build();
  return engine.value;
}
