/**
 * Verbal cooperation rules: statements (01), appeals (02), intents (03), consultations (04) and
 * diplomatic cooperation (05), in precedence order (table order breaks ties between equally long
 * matches). Appeals and intents to do an act of 04–08 are derived from the act rules
 * (`verbal-derive.ts`), so every act has its 02x and 03x forms.
 * Sections: CAMEO Manual 1.1b3, chapters 01–05.
 */
import { MATERIAL_ACTS } from './material.js';
import { CONSULT_ACTS, CONSULT_RULES, DIPLOMATIC_RULES } from './verbal-consult.js';
import { derivedRules } from './verbal-derive.js';
import { INTENT_RULES, MIRRORED_APPEALS, MIRRORED_INTENTS } from './verbal-intent.js';
import { APPEAL_RULES, STATEMENT_RULES } from './verbal-statement.js';
import type { EventRule } from './types.js';

const DERIVED = derivedRules([...CONSULT_ACTS, ...MATERIAL_ACTS]);

export const VERBAL_RULES: readonly EventRule[] = Object.freeze([
  ...STATEMENT_RULES,
  ...DERIVED.appeals, ...MIRRORED_APPEALS, ...APPEAL_RULES,
  ...INTENT_RULES, ...DERIVED.intents, ...MIRRORED_INTENTS,
  ...CONSULT_ACTS, ...CONSULT_RULES,
  ...DIPLOMATIC_RULES,
]);
