/**
 * Conflict rules: protest (14), force posture (15), reduce relations and sanctions (16),
 * coerce (17), assault (18), fight (19) and mass violence (20). Sections: CAMEO Manual 1.1b3,
 * chapters 14–20. Order matters only for equal-length matches (the earlier rule wins): protest
 * before fight ("launched a general strike" is 143), mass violence before bombing ("detonated a
 * nuclear bomb" is 2042), weapon-specific before generic violence.
 */
import type { EventRule } from './types.js';
import { PROTEST_RULES } from './conflict-protest.js';
import { POSTURE_RULES, REDUCE_RULES } from './conflict-posture.js';
import { COERCE_RULES } from './conflict-coerce.js';
import { WEAPON_RULES } from './conflict-weapons.js';
import { ASSAULT_RULES, FIGHT_RULES, MASS_VIOLENCE_RULES } from './conflict-violence.js';

export const CONFLICT_RULES: readonly EventRule[] = Object.freeze([
  ...PROTEST_RULES, ...POSTURE_RULES, ...REDUCE_RULES, ...COERCE_RULES,
  ...MASS_VIOLENCE_RULES, ...WEAPON_RULES, ...ASSAULT_RULES, ...FIGHT_RULES,
]);
