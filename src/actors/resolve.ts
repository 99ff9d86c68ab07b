/**
 * Entity -> CAMEO actor code. One function per entity type; the rules and their reasons are in
 * `rules/actor-rules.ts`, the word and organization tables in `rules/sectors.ts` and
 * `rules/organizations.ts`. Source of the code shape: CAMEO manual 1.1b3, ch. 4.
 */
import type { Actor, Entity, Role } from '../doc.js';
import type { Ctx } from '../context.js';
import { countries, countryCode, type CountryGazetteer } from '../gazetteer/countries.js';
import { ACTOR_RULES as R } from './rules/actor-rules.js';
import type { KnownOrg } from '../gazetteer/organizations.js';
import { normName, orgIndex } from './orgs.js';
import { matchSector, splitSectors } from './sectors.js';
import { formerLeader, leaderKey, leaderOn, type LeaderMatch } from './leaders/index.js';

/** An ISO alpha-3 country code as CAMEO uses it, or null. */
const asCountry = (c: string | null | undefined): string | null => (c && /^[A-Z]{3}$/.test(c) ? c : null);
/** An IGO/NGO/MNC code (`IGOUNO`), as a role's `of` may hold, or null. */
const asOrgCode = (c: string | null | undefined): string | null => (c && /^(IGO|NGO|MNC)([A-Z]{3})*$/.test(c) ? c : null);
/** A sector string given by the entities stage (`GOV`, `govmil`), upper-cased and checked, or null. */
const asSector = (s: string | null | undefined): string | null => {
  const u = s?.toUpperCase();
  return u && /^([A-Z]{3})+$/.test(u) ? u : null;
};

const make = (country: string | null, sector: string, rule: string): Actor =>
  ({ code: (country ?? '') + sector, country, sectors: splitSectors(sector), rule });

/**
 * The CAMEO actor code of `entity`, or null when no rule applies.
 * Pure: reads only the entity and the context's gazetteer, organization index and leader index.
 * `date` (`YYYY-MM-DD` or an ISO timestamp; the article's publication date) decides which persons
 * of the leader table were in office; null: undated matching (see `leaders/index.ts`).
 * Shapes: `{ code: 'RUSGOV', country: 'RUS', sectors: ['GOV'], rule: 'person-role:head-of-government' }`.
 */
export function actorFor(entity: Entity, ctx: Ctx, date: string | null = ctx.options.published ?? null): Actor | null {
  switch (entity.type) {
    case 'COUNTRY': return countryActor(entity, countries(ctx));
    case 'PERSON': return personActor(entity, ctx, date);
    case 'GROUP': return roleActor(entity, R.groupRole.id, false);
    case 'ORG': return orgActor(entity, ctx);
    case 'PLACE': {
      const c = asCountry(entity.country);
      return c ? { code: c, country: c, sectors: [], rule: R.placeCountry.id } : null;
    }
  }
}

function countryActor(entity: Entity, g: CountryGazetteer): Actor | null {
  const c = asCountry(entity.country) ?? countryCode(g, entity.name);
  return c ? { code: c, country: c, sectors: [], rule: R.country.id } : null;
}

interface RoleSector { role: Role; sector: string; rule: string }

/** The first role whose title carries a sector (given by the entities stage, or by `SECTOR_WORDS`). */
function sectorOfRoles(roles: readonly Role[], base: string): RoleSector | null {
  for (const role of roles) {
    const given = asSector(role.sector);
    if (given) return { role, sector: given, rule: base };
    const m = matchSector(role.title);
    if (m) return { role, sector: m.sectors.join(''), rule: `${base}:${m.rule.id}` };
  }
  return null;
}

/**
 * PERSON (and GROUP) by role. The deciding role is the first whose title carries a sector (else the
 * first role). Its `of` an IGO code -> that code; country + sector; for persons also the sector alone
 * (no country known) or the country alone (no sector). A GROUP needs a role: country + sector,
 * the sector alone for a collective agent with no country ("rebels" -> REB, as GDELT codes bare
 * agents) except government officials (null: the event coder pairs them), or the country alone.
 */
function roleActor(entity: Entity, base: string, isPerson: boolean): Actor | null {
  if (!isPerson && entity.roles.length === 0) return null;
  const rs = sectorOfRoles(entity.roles, base);
  const holder = rs?.role ?? entity.roles[0];
  const igo = asOrgCode(holder?.of);
  if (igo) return { code: igo, country: null, sectors: splitSectors(igo).slice(0, 1), rule: isPerson ? R.personRoleIgo.id : base };
  const country = asCountry(holder?.of) ?? asCountry(entity.country);
  if (rs && country) return make(country, rs.sector, rs.rule);
  // A country-less group of officials ("high-ranking officials") is left to the event coder, which
  // can pair it with the countries around it; other collective agents keep their sector ("rebels" -> REB).
  if (rs && (isPerson || rs.sector !== 'GOV')) return make(null, rs.sector, (isPerson ? R.personSector.id : base) + rs.rule.slice(base.length));
  if (!isPerson) return country ? { code: country, country, sectors: [], rule: base } : null;
  return country ? { code: country, country, sectors: [], rule: R.personCountry.id } : null;
}

/**
 * PERSON: by role (`roleActor`), completed by the leader table when the roles give no country and
 * sector. A role with country and sector, or an IGO, decides alone; a role whose sector is neither
 * GOV nor ELI is kept as it is. Otherwise a person in office on `date` gets the office's country
 * (and GOV, or the role's sector), provided a country known otherwise agrees ("Putin" 2019 ->
 * RUSGOV; "President Putin" with no country -> RUSGOV). A former officeholder ("former president",
 * sector ELI) gets the country of the ended term.
 */
function personActor(entity: Entity, ctx: Ctx, date: string | null): Actor | null {
  const byRole = roleActor(entity, R.personRole.id, true);
  const rs = sectorOfRoles(entity.roles, R.personRole.id);
  const holder = rs?.role ?? entity.roles[0];
  if (asOrgCode(holder?.of)) return byRole;
  const country = asCountry(holder?.of) ?? asCountry(entity.country);
  if (rs && country) return byRole;
  if (rs?.sector === 'ELI') return formerActor(entity, ctx, date) ?? byRole;
  if (rs && !rs.sector.includes('GOV')) return byRole;
  const m = personNames(entity).reduce<LeaderMatch | null>((found, n) => found ?? leaderOn(n, date, ctx), null);
  const office = m?.offices.find((o) => o.country === null || country === null || o.country === country);
  // A listed leader out of office on the date, named with no role ("met Obama" in 2023), is a former
  // officeholder: the country + ELI, as CAMEO 1.1b3 codes former officials (rule person-former-leader).
  if (!m || !office) return byRole ?? (rs || date === null ? null : formerActor(entity, ctx, date));
  const rule = `${m.dated ? R.personLeader.id : R.personLeaderUndated.id}:${office.entry}`;
  if (office.country === null) return { code: office.polity, country: null, sectors: splitSectors(office.polity).slice(0, 1), rule };
  return make(office.country, rs?.sector ?? office.sector, rule);
}

/** A former officeholder: the country of the latest ended term + ELI, or null. */
function formerActor(entity: Entity, ctx: Ctx, date: string | null): Actor | null {
  const m = personNames(entity).reduce<LeaderMatch | null>((found, n) => found ?? formerLeader(n, date, ctx), null);
  const office = m?.offices.find((o) => o.country !== null);
  return office?.country ? make(office.country, 'ELI', `${R.personFormerLeader.id}:${office.entry}`) : null;
}

const NAME_KINDS: ReadonlySet<string> = new Set(['name', 'short', 'alias']);

/**
 * The names a person goes by: the entity name, then its name-like mentions (not pronouns, titles or
 * demonyms) that are not part of the entity name ("Johnson" of "Ron Johnson" is not looked up alone).
 */
function personNames(entity: Entity): string[] {
  const own = ` ${leaderKey(entity.name)} `;
  const out = [entity.name];
  for (const m of entity.mentions) {
    if (m.kind !== undefined && !NAME_KINDS.has(m.kind)) continue;
    const k = leaderKey(m.text);
    if (k !== '' && !own.includes(` ${k} `) && !out.some((o) => leaderKey(o) === k)) out.push(m.text);
  }
  return out;
}

/** ORG: known organization (whole name, or the name less a country), else sector words + country. */
function orgActor(entity: Entity, ctx: Ctx): Actor | null {
  const idx = orgIndex(ctx);
  const own = asCountry(entity.country);
  const whole = idx.get(normName(entity.name));
  if (whole) return fromKnown(whole, own);
  const split = splitCountry(entity.name, countries(ctx));
  const country = own ?? split?.country ?? null;
  if (split) {
    const known = idx.get(normName(split.rest));
    if (known && (known.country === null || known.country === split.country)) return fromKnown(known, country);
  }
  const m = matchSector(entity.name);
  if (!m) return country ? make(country, '', R.orgCountry.id) : null;
  const media = m.sectors.length === 1 && m.sectors[0] === 'MED';
  return make(country, m.sectors.join(''), `${media ? R.orgMedia.id : R.orgWords.id}:${m.rule.id}`);
}

function fromKnown(e: KnownOrg, entityCountry: string | null): Actor {
  if (e.kind === 'media') {
    const c = entityCountry ?? e.country;
    return { code: (c ?? '') + e.code, country: c, sectors: [...e.sectors], rule: `${R.orgMedia.id}:${e.id}` };
  }
  return { code: e.code, country: e.country, sectors: [...e.sectors], rule: `${R.orgKnown.id}:${e.id}` };
}

/**
 * A country named at the start ("Russian Foreign Ministry", "Japan's navy") or after "of"/"in"
 * ("Ministry of Foreign Affairs of Japan": the first "of"/"in" whose tail is a country) of an
 * organization name, and the rest of the name; null when none.
 */
export function splitCountry(name: string, g: CountryGazetteer): { country: string; rest: string } | null {
  for (const m of name.trim().matchAll(/\s(?:of|in)\s/g)) {
    const c = countryCode(g, name.trim().slice(m.index + m[0].length));
    if (c) return { country: c, rest: name.trim().slice(0, m.index) };
  }
  const words = name.trim().split(/\s+/);
  const start = /^the$/i.test(words[0] ?? '') ? 1 : 0;
  for (let k = Math.min(words.length - 1, start + 4); k > start; k--) {
    const head = words.slice(start, k).join(' ').replace(/[\u2019']s$/, '');
    const c = countryCode(g, head);
    if (c) return { country: c, rest: words.slice(k).join(' ') };
  }
  return null;
}
