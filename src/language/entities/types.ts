/**
 * Internal shapes of entity recognition: the sentence view the scanners read and the candidate
 * mentions they produce for coreference. Token indices are sentence-local unless named `doc`.
 */
import type { Role, Token } from '../../doc.js';
import type { City } from '../../gazetteer/cities.js';
import type { OrgRule } from '../rules/orgs.js';
import type { ViewMemo } from './view.js';

/** One gazetteer entry a phrase can mean. */
export type LexEntry =
  | { type: 'COUNTRY'; iso3: string; name: string }
  | { type: 'DEMONYM'; iso3: string; name: string }
  | { type: 'ORG'; org: OrgRule }
  | { type: 'PLACE'; city: City };

/**
 * A sentence: its tokens and the document text. `memo` holds look-ups already made on it
 * (filled by `view.ts`; leave it out when building a Sent).
 */
export interface Sent { index: number; paragraph: number; toks: Token[]; text: string; memo?: ViewMemo }

/** Fields every candidate has: the character span and the rule that produced it. */
interface Base { start: number; end: number; sentence: number; rule: string }

export type Cand = Base & (
  | { c: 'person'; name: string; roles: Role[]; country: string | null }
  | { c: 'single'; name: string; speech: boolean; pair: boolean }
  | { c: 'country'; iso3: string; name: string; kind: 'name' | 'demonym' | 'alias' }
  | { c: 'org'; key: string; name: string; country: string | null; igo: string | null }
  | { c: 'place'; city: City }
  | { c: 'feature'; name: string }
  | { c: 'desc'; type: 'PERSON' | 'GROUP'; name: string; roles: Role[]; country: string | null; both: boolean }
  | { c: 'title'; phrase: string; title: string; family: string; of: string | null; roles: Role[] }
  | { c: 'pair'; what: 'countries' | 'persons' | 'bare' }
  | { c: 'pronoun' }
  | { c: 'gov'; surname: string }
  | { c: 'compass'; word: string }
);
