/**
 * The actors stage: every entity gets its CAMEO actor code (`entity.actor`), or null when no rule
 * applies. Rules: `rules/actor-rules.ts`; tables: `rules/sectors.ts`, `rules/organizations.ts`.
 */
import type { Stage } from '../stage.js';
import { actorFor } from './resolve.js';

export { actorFor, splitCountry } from './resolve.js';
export { sectorForTitle, matchSector, splitSectors } from './sectors.js';
export { normName, buildOrgIndex, orgIndex } from './orgs.js';
export { ACTOR_RULES } from './rules/actor-rules.js';
export { SECTOR_WORDS } from './rules/sectors.js';
export { KNOWN_ORGS } from '../gazetteer/organizations.js';
export type { KnownOrg } from '../gazetteer/organizations.js';
export type { SectorWord } from './rules/sectors.js';

/** Reads `entities`, writes `entities` (a new array; each entity copied with `actor` set). */
export const actorsStage: Stage = {
  name: 'actors',
  reads: ['entities'],
  writes: ['entities'],
  run: (doc, ctx) => ({ ...doc, entities: doc.entities.map((e) => ({ ...e, actor: actorFor(e, ctx) })) }),
};
