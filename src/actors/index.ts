import type { Stage } from '../stage.js';

/** STUB (to be replaced): entities -> CAMEO actor codes. */
export const actorsStage: Stage = { name: 'actors', reads: ['entities'], writes: ['entities'], run: (d) => d };
