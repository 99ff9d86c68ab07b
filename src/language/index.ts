import type { Stage } from '../stage.js';

/** STUB (to be replaced): sentences+tokens, entities (roles, coreference), quotes. */
export const sentencesStage: Stage = { name: 'sentences', reads: ['article.text'], writes: ['sentences', 'tokens'], run: (d) => d };
export const entitiesStage: Stage = { name: 'entities', reads: ['article.text', 'sentences', 'tokens'], writes: ['entities'], run: (d) => d };
export const quotesStage: Stage = { name: 'quotes', reads: ['article.text', 'sentences', 'entities'], writes: ['quotes'], run: (d) => d };
