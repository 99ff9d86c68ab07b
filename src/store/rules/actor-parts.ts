/**
 * The three-letter parts of a CAMEO actor code, as data: which parts are types (roles and sectors),
 * religions, and regions. A code is read in three-letter parts (`IGOEUREEC` = IGO + EUR + EEC);
 * parts not in these tables (after the country) are known-group codes (UNO, EEC, WBK).
 * Source: CAMEO manual 1.1b3, chapter 4 (actor codes) and GDELT's CAMEO type, religion and
 * known-group look-up tables.
 */

/** One table of code parts, with the rule id named in output and why it holds. */
export interface ActorPartTable { id: string; reason: string; codes: readonly string[] }

/** Actor types (CAMEO "primary and secondary role codes"), which fill Actor*Type*Code. */
export const ACTOR_TYPES: ActorPartTable = Object.freeze({
  id: 'cameo-actor-types',
  reason: 'CAMEO role and sector codes; GDELT splits up to three of them into Type1..Type3',
  codes: Object.freeze(['COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV',
    'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'IGO', 'NGO', 'NGM', 'MNC', 'SET', 'UIS', 'INT', 'PTY']),
});

/** Religion codes (CAMEO religion list, first level), which fill Actor*Religion*Code. */
export const ACTOR_RELIGIONS: ActorPartTable = Object.freeze({
  id: 'cameo-religions',
  reason: 'CAMEO religion codes; GDELT puts up to two in Religion1/Religion2',
  codes: Object.freeze(['ADR', 'ATH', 'BAH', 'BUD', 'CHR', 'CON', 'CPT', 'CTH', 'DOX', 'HIN', 'ITR', 'JAN', 'JEW', 'MOS', 'NRM', 'ORT',
    'PRO', 'SHI', 'SHN', 'SIK', 'SUN', 'TAO', 'ZRO']),
});

/** CAMEO region codes, which GDELT reports as the actor's country code when no country is given. */
export const ACTOR_REGIONS: ActorPartTable = Object.freeze({
  id: 'cameo-regions',
  reason: 'CAMEO multi-country region codes stand in the country slot of an actor code',
  codes: Object.freeze(['AFR', 'ASA', 'BLK', 'BLT', 'CAS', 'CAU', 'CFR', 'CRB', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MDT', 'MEA', 'NAF',
    'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SCN', 'SEA', 'WAF', 'WST']),
});
