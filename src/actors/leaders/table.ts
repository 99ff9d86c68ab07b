/**
 * The leader table: every head of state, head of government and foreign minister in office at any
 * time from 1 January 1990 of the G20 members, the UN Security Council's permanent members and the
 * European Union (see `types.ts` for the row conventions and `data/*.ts` for the notes on each polity).
 */
import type { LeaderTerm } from './types.js';
import { ARG, BRA, CAN, MEX, USA } from './data/americas.js';
import { DEU, FRA, GBR } from './data/europe.js';
import { EUR, ITA } from './data/italy-eu.js';
import { RUS, SAU, TUR } from './data/eurasia.js';
import { CHN, JPN, KOR } from './data/east-asia.js';
import { AUS, IDN, IND, ZAF } from './data/south-asia-oceania.js';

/** All terms, polity by polity. A `realm` monarch's home-country terms (GBR) come before the realms'. */
export const LEADER_TERMS: readonly LeaderTerm[] = Object.freeze([
  ...USA, ...CAN, ...MEX, ...BRA, ...ARG,
  ...GBR, ...FRA, ...DEU, ...ITA, ...EUR,
  ...RUS, ...TUR, ...SAU,
  ...CHN, ...JPN, ...KOR,
  ...IND, ...IDN, ...ZAF, ...AUS,
]);

/** The polities the table covers: the G20 members with their ISO alpha-3 codes and the EU's IGO code. */
export const LEADER_POLITIES: readonly string[] = Object.freeze([
  'ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'MEX', 'RUS', 'SAU', 'ZAF', 'KOR', 'TUR', 'GBR', 'USA', 'IGOEUREEC',
]);
