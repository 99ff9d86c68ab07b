/**
 * Helpers that keep the rule tables short: the CAMEO manual section string of a code and a
 * rule constructor. Root names: CAMEO Manual 1.1b3, chapter headings 01–20.
 */
import type { EventRule, RuleKind } from './types.js';

/** CAMEO 1.1b3 root-code headings. */
export const ROOT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  '01': 'MAKE PUBLIC STATEMENT', '02': 'APPEAL', '03': 'EXPRESS INTENT TO COOPERATE', '04': 'CONSULT',
  '05': 'ENGAGE IN DIPLOMATIC COOPERATION', '06': 'ENGAGE IN MATERIAL COOPERATION', '07': 'PROVIDE AID',
  '08': 'YIELD', '09': 'INVESTIGATE', '10': 'DEMAND', '11': 'DISAPPROVE', '12': 'REJECT', '13': 'THREATEN',
  '14': 'PROTEST', '15': 'EXHIBIT FORCE POSTURE', '16': 'REDUCE RELATIONS', '17': 'COERCE', '18': 'ASSAULT',
  '19': 'FIGHT', '20': 'USE UNCONVENTIONAL MASS VIOLENCE',
});

/** `CAMEO 1.1b3 §04 CONSULT, 042` for code `042`. */
export function section(code: string): string {
  const root = code.slice(0, 2);
  return `CAMEO 1.1b3 §${root} ${ROOT_NAMES[root] ?? '?'}, ${code}`;
}

type Extra = Omit<EventRule, 'id' | 'code' | 'section' | 'reason' | 'kind' | 'pattern'>;

/** A frozen rule; `section` is derived from the code. */
export function rule(id: string, code: string, kind: RuleKind, pattern: string, reason: string, extra: Extra = {}): EventRule {
  return Object.freeze({ id, code, section: section(code), reason, kind, pattern, ...extra });
}
