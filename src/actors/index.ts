/**
 * The actors stage: every entity gets its CAMEO actor code (`entity.actor`), or null when no rule
 * applies. Rules: `rules/actor-rules.ts`; tables: `rules/sectors.ts`, `rules/organizations.ts`,
 * `leaders/` (heads of state and government and foreign ministers with their terms).
 */
import type { Stage } from '../stage.js';
import { actorFor } from './resolve.js';
import { orgIndex } from './orgs.js';
import { leaderIndex } from './leaders/index.js';

export { actorFor, splitCountry } from './resolve.js';
export { sectorForTitle, matchSector, splitSectors } from './sectors.js';
export { normName, buildOrgIndex, orgIndex } from './orgs.js';
export { ACTOR_RULES } from './rules/actor-rules.js';
export { COMMON_SURNAMES, NAME_HONORIFICS } from './rules/leader-names.js';
export { leaderOn, lookupLeader, formerLeader, leaderIndex, buildLeaderIndex, leaderKey, isoDay, LEADER_TERMS, LEADER_POLITIES } from './leaders/index.js';
export type { LeaderTerm, LeaderMatch, LeaderOffice, LeaderIndex, Office } from './leaders/index.js';
export { SECTOR_WORDS } from './rules/sectors.js';
export { KNOWN_ORGS } from '../gazetteer/organizations.js';
export type { KnownOrg } from '../gazetteer/organizations.js';
export type { SectorWord } from './rules/sectors.js';

/**
 * Reads `entities` (and the article's publication date), writes `entities` (a new array; each
 * entity copied with `actor` set). The date that decides who was in office is
 * `article.published`, else the `published` option, else none (undated leader matching).
 */
export const actorsStage: Stage = {
  name: 'actors',
  reads: ['entities', 'article.published'],
  writes: ['entities'],
  run: (doc, ctx) => {
    const date = doc.article.published ?? ctx.options.published ?? null;
    return { ...doc, entities: doc.entities.map((e) => ({ ...e, actor: actorFor(e, ctx, date) })) };
  },
  preload: (ctx) => { orgIndex(ctx); leaderIndex(ctx); },
};
