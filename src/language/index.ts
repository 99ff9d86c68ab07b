/** The language stages: sentences and tokens, entities (roles, coreference), quotes. */
export { sentencesStage, segment } from './sentences.js';
export { entitiesStage, recognize } from './entities/index.js';
export { quotesStage } from './quotes/index.js';
