/**
 * The wink-nlp instance (tokenizer, sentence splitter, POS tagger) with the
 * wink-eng-lite-web-model, created once per context.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Ctx } from '../context.js';
import { resource } from '../context.js';

/** The wink-nlp engine type. */
export type WinkEngine = ReturnType<typeof winkNLP>;

/** The wink-nlp engine of this context (about 150 ms to build; built on first use). */
export function wink(ctx: Ctx): WinkEngine {
  return resource(ctx, 'nlp:wink', () => winkNLP(model));
}
