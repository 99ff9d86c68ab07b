import type { Stage } from '../stage.js';

/** STUB (to be replaced): CAMEO/PLOVER event coding. */
export const eventsStage: Stage = { name: 'events', reads: ['article.text', 'sentences', 'tokens', 'entities', 'times'], writes: ['events'], run: (d) => d };
