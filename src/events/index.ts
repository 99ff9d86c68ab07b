/**
 * The events stage: CAMEO-coded who-did-what-to-whom with PLOVER type, factuality, time, place,
 * sentence offsets, trigger span and the rule that fired. See `coder.ts` for the method,
 * `rules/` for the patterns (each with its CAMEO manual section), `factuality.ts` for scope.
 */
import type { Stage } from '../stage.js';
import { codeEvents, preloadRules } from './coder.js';

export { codeEvents } from './coder.js';
export { EVENT_RULES, DISCARD_RULES } from './rules/index.js';
export { FACTUALITY_CUES } from './factuality-cues.js';

/** Reads the article text, sentences, entities (with actor codes) and times; writes `events`. */
export const eventsStage: Stage = {
  name: 'events',
  reads: ['article.text', 'article.published', 'sentences', 'tokens', 'entities', 'times'],
  writes: ['events'],
  run: (doc, ctx) => ({ ...doc, events: codeEvents(doc, ctx) }),
  preload: preloadRules,
};
