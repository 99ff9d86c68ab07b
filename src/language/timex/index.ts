import type { Stage } from '../../stage.js';

/** STUB (to be replaced): time expressions resolved to ranges. */
export const timexStage: Stage = { name: 'timex', reads: ['article.text', 'article.published', 'sentences'], writes: ['times'], run: (d) => d };
