/**
 * The actor-resolution rules, in the order `actorFor()` tries them for each entity type.
 * `Actor.rule` is one of these ids, followed by `:<table entry id>` when a table entry decided
 * (`person-role:head-of-government`, `org-known:united-nations`).
 * Source of the code shape: CAMEO manual 1.1b3, ch. 4 (actor codes = ISO alpha-3 country + 3-letter
 * role codes, e.g. RUSGOV); IGO/NGO codes per the Phoenix dictionaries (see `organizations.ts`).
 */
export interface ActorRule {
  readonly id: string;
  readonly reason: string;
}

const r = (id: string, reason: string): ActorRule => Object.freeze({ id, reason });

export const ACTOR_RULES = Object.freeze({
  country: r('country', 'A COUNTRY entity is coded by its ISO 3166 alpha-3 code, which CAMEO uses as the country code'),
  personRoleIgo: r('person-role-igo', 'A role held in an IGO/NGO ("UN Secretary-General") takes that organization\'s code'),
  personRole: r('person-role', 'A person with a role: the role\'s country (or the person\'s) + the sector its title implies (Putin, president of RUS -> RUSGOV)'),
  personSector: r('person-sector', 'A role whose sector is known but whose country is not gives the bare sector code (GDELT codes such actors GOV, MIL, ...)'),
  personLeader: r('person-leader', 'A person in the leader table in office on the article\'s date (head of state/government, foreign minister) is the government of that country: CAMEO 1.1b3 ch. 4 codes heads of state, heads of government and ministers GOV (Putin in 2019 -> RUSGOV); an EU office takes the EU\'s code'),
  personLeaderUndated: r('person-leader-undated', 'No article date: a name that designates exactly one person of the leader table is coded as that person\'s latest office (CAMEO 1.1b3 ch. 4: heads of state/government and ministers are GOV)'),
  personFormerLeader: r('person-former-leader', 'A role marked "former" (sector ELI) on a person whose term in the leader table ended before the article\'s date gets that country: CAMEO 1.1b3 codes former officials as ELI (elites)'),
  personCountry: r('person-country', 'A person with a country and no sector-bearing role is coded by the country alone'),
  orgKnown: r('org-known', 'An organization in the known-organization table (IGO, NGO, national body) takes the table\'s code'),
  orgMedia: r('org-media', 'A news organization: its country, when known, + MED; bare MED otherwise (Phoenix codes wire services as MED)'),
  orgWords: r('org-words', 'An unknown organization whose name holds a sector word: its country (entity, or a country named in the name) + that sector'),
  orgCountry: r('org-country', 'An unknown organization named with its country and no sector word ("Montenegro Municipality Association"): the country alone, as CAMEO 1.1b3 ch. 4 codes a domestic actor of unknown type'),
  placeCountry: r('place-country', 'A PLACE is given its country code; whether a place acts (a capital as a government metonym) is for the event coder to decide'),
  groupRole: r('group-role', 'A GROUP with its own role and country ("Russian officials") is coded like a person with that role; other groups are left to the event coder, which expands members'),
});
