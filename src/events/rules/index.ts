/**
 * All event-coding rules, in precedence order: when two rules match the same trigger span with
 * equal length, the earlier one wins (verbal before material before conflict; within a table,
 * the order written).
 */
import { VERBAL_RULES } from './verbal.js';
import { MATERIAL_RULES } from './material.js';
import { PRESSURE_RULES } from './pressure.js';
import { CONFLICT_RULES } from './conflict.js';
import type { EventRule } from './types.js';

export type { EventRule, DiscardRule, RuleKind } from './types.js';
export { DISCARD_RULES, discardRule } from './discard.js';

export const EVENT_RULES: readonly EventRule[] = Object.freeze([...VERBAL_RULES, ...MATERIAL_RULES, ...PRESSURE_RULES, ...CONFLICT_RULES]);
