/**
 * The wink-nlp instance (tokenizer, sentence splitter, POS tagger) with the
 * wink-eng-lite-web-model.
 *
 * The one exception to "no module-level state": wink's model package keeps shared state of its
 * own (its dist/load-cer-meta-model.js, which ./wink-model.ts reuses), and building a second
 * engine in the same process re-serializes it into an ever larger buffer — measured here, the
 * 100th-odd `winkNLP(model)` call throws "RangeError: Invalid string length". So the engine is
 * built once per process (once per worker thread: each has its own copy of this module), on first
 * use, and shared by every context. The engine is read-only after construction (`readDoc` keeps
 * no state between documents).
 *
 * Both packages are loaded on first use, not when this module is imported: a process that imports
 * the pipeline without analyzing (the ingest main thread, whose workers analyze; `dateline stats`)
 * does not pay the engine's build time (medians of 15 fresh runs on the 2-core dev box: 77 ms on a
 * main thread, 82 ms in a new worker thread; 117 and 139 ms with the package's own loader, see
 * ./wink-model.ts) and memory (about 30 MB).
 */
import { createRequire } from 'node:module';
import type WinkFn from 'wink-nlp';
import type { Ctx } from '../context.js';
import { loadWinkModel } from './wink-model.js';

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

/**
 * Loads wink-nlp and its English model and builds an engine with `WINK_PIPE`. The model comes
 * from `loadWinkModel` (./wink-model.ts): the package's model, loaded without the package's
 * deep clone and slow base64 decoding (the package's own loader for any other package version).
 */
function build(): WinkEngine {
  const winkNLP = require('wink-nlp') as typeof WinkFn;
  return winkNLP(loadWinkModel(), [...WINK_PIPE]);
}

/**
 * The process-wide wink-nlp engine (loaded and built on first use: about 80 ms, see above).
 * `ctx` is kept for symmetry with other resources.
 */
export function wink(_ctx?: Ctx): WinkEngine {
  engine.value ??= build();
  return engine.value;
}
