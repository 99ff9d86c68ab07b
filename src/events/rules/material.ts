/**
 * Material cooperation (06), aid (07), yield (08) and investigate (09) rules, in precedence
 * order. The act rules of 06–08 (`MATERIAL_ACTS`) also feed the derived intent (03x) and appeal
 * (02x) rules of `verbal.ts` (see `verbal-derive.ts`).
 * Sections: CAMEO Manual 1.1b3, chapters 06–09.
 */
import { COOP_RULES } from './material-coop.js';
import { INVESTIGATE_RULES, YIELD_RULES } from './material-yield.js';
import type { EventRule } from './types.js';

/** The act rules of 06–08 (each with its intent code as `plannedCode`). */
export const MATERIAL_ACTS: readonly EventRule[] = Object.freeze([...COOP_RULES, ...YIELD_RULES]);

export const MATERIAL_RULES: readonly EventRule[] = Object.freeze([...COOP_RULES, ...YIELD_RULES, ...INVESTIGATE_RULES]);
