/**
 * English verb and noun inflection for pattern lemmas: `meet` -> meet, meets, met, meeting.
 * Regular rules plus the irregular and doubling tables in `rules/lexicon.ts`.
 */
import { DOUBLING_VERBS, IRREGULAR_FORMS } from './rules/lexicon.js';

const SIBILANT = /(s|sh|ch|x|z|o)$/;
const CONS_Y = /[^aeiou]y$/;

/** All written forms of verb `lemma` (lower case): base, 3rd person -s, past, participle, -ing. */
export function verbForms(lemma: string): string[] {
  const v = lemma.toLowerCase();
  const out = new Set<string>([v, ...(IRREGULAR_FORMS[v] ?? [])]);
  if (CONS_Y.test(v)) { const s = v.slice(0, -1); out.add(`${s}ies`).add(`${s}ied`).add(`${v}ing`); }
  else if (v.endsWith('ie')) { const s = v.slice(0, -2); out.add(`${v}s`).add(`${v}d`).add(`${s}ying`); }
  else if (v.endsWith('ee')) { out.add(`${v}s`).add(`${v}d`).add(`${v}ing`); }
  else if (v.endsWith('e')) { out.add(`${v}s`).add(`${v}d`).add(`${v.slice(0, -1)}ing`); }
  else {
    out.add(SIBILANT.test(v) ? `${v}es` : `${v}s`);
    out.add(`${v}ed`).add(`${v}ing`);
    if (DOUBLING_VERBS.has(v)) { const d = v + v.slice(-1); out.add(`${d}ed`).add(`${d}ing`); }
  }
  return [...out];
}

/** The noun and its regular plural (summit, summits; treaty, treaties; pass, passes; embargo, embargos/embargoes). */
export function nounForms(noun: string): string[] {
  const n = noun.toLowerCase();
  if (CONS_Y.test(n)) return [n, `${n.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z)$/.test(n)) return [n, `${n}es`];
  if (/[^aeiou]o$/.test(n)) return [n, `${n}s`, `${n}es`];
  return [n, `${n}s`];
}
