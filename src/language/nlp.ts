/**
 * The wink-nlp instance (tokenizer, sentence splitter, POS tagger) with the
 * wink-eng-lite-web-model.
 *
 * The one exception to "no module-level state": wink's model package keeps shared state of its
 * own, and building a second engine in the same process re-serializes it into an ever larger
 * buffer — measured here, the 100th-odd `winkNLP(model)` call throws "RangeError: Invalid string
 * length". So the engine is built once per process (on first use) and shared by every context.
 * The engine is read-only after construction (`readDoc` keeps no state between documents).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Ctx } from '../context.js';

/** The wink-nlp engine type. */
export type WinkEngine = ReturnType<typeof winkNLP>;

const engine: { value: WinkEngine | null } = { value: null };

/** The process-wide wink-nlp engine (about 150 ms to build on first use). `ctx` is kept for symmetry with other resources. */
export function wink(_ctx?: Ctx): WinkEngine {
  engine.value ??= winkNLP(model);
  return engine.value;
}
