/**
 * Look-up of known organizations by name (`ACTOR_ORGS`: `KNOWN_ORGS` and `WORLD_ORGS`), built once per context.
 */
import type { Ctx } from '../context.js';
import { resource } from '../context.js';
import { KNOWN_ORGS, type KnownOrg } from '../gazetteer/organizations.js';
import { ACTOR_ORGS } from '../gazetteer/organizations-world.js';

/**
 * Folds an organization name for look-up: lower case, dots dropped ("U.N." = "UN"), curly
 * apostrophes straightened, accents kept, hyphens to spaces, leading "the" dropped, spaces collapsed.
 */
export function normName(name: string): string {
  return name.toLowerCase().replace(/\u2019/g, "'").replace(/\./g, '').replace(/[-\u2010-\u2015_]+/g, ' ')
    .replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** Known organizations by folded name. */
export type OrgIndex = ReadonlyMap<string, KnownOrg>;

/**
 * Builds the index from `entries` (default `KNOWN_ORGS`; later entries do not override earlier ones,
 * so a dotted or re-cased spelling in `WORLD_ORGS` never displaces a `KNOWN_ORGS` entry).
 */
export function buildOrgIndex(entries: readonly KnownOrg[] = KNOWN_ORGS): OrgIndex {
  const m = new Map<string, KnownOrg>();
  for (const e of entries) for (const n of e.names) { const k = normName(n); if (!m.has(k)) m.set(k, e); }
  return m;
}

/** The org index of this context: `ACTOR_ORGS` (`KNOWN_ORGS` + `WORLD_ORGS`), built once per context; a dictionary loader would extend it here. */
export function orgIndex(ctx: Ctx): OrgIndex {
  return resource(ctx, 'actors:org-index', () => buildOrgIndex(ACTOR_ORGS));
}
