/**
 * Verbal conflict rules: demand (10), disapprove (11), reject (12) and threaten (13).
 * Sections: CAMEO Manual 1.1b3, chapters 10–13. The families live in `pressure-*.ts`; the shared
 * topic tables and the head × topic generator in `pressure-topics.ts`.
 */
import { DEMAND_RULES } from './pressure-demand.js';
import { DISAPPROVE_RULES } from './pressure-disapprove.js';
import { REJECT_RULES } from './pressure-reject.js';
import { THREATEN_RULES } from './pressure-threaten.js';
import type { EventRule } from './types.js';

/** Threats first: "threatened to reject" is a threat; then rejections ("refused demands to"), demands, disapprovals. */
export const PRESSURE_RULES: readonly EventRule[] = Object.freeze([...THREATEN_RULES, ...REJECT_RULES, ...DEMAND_RULES, ...DISAPPROVE_RULES]);
