/**
 * Place attachment. Place candidates in a sentence: PLACE mentions after "in", "at", "to", "near"
 * or "outside", and COUNTRY mentions after "in" or "at"; each goes to its nearest trigger (as
 * times do, `time.ts`). A travel rule's place target (Moscow in "travel to Moscow") is that
 * event's place. Coordinates: the entity's `geo`; else, for a PLACE, the city of that name in
 * the shared cities gazetteer (`gazetteer/cities.ts`, GeoNames), when it lies in the entity's
 * country (or the entity has none); for a COUNTRY, the country's representative point
 * (world-countries).
 */
import type { Ctx } from '../context.js';
import { cities } from '../gazetteer/cities.js';
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
  const byName = cities(ctx).byName;
  const city = byName.get(e.name) ?? byName.get(s.text) ?? null;
  const fits = city && (!country || city.country === country) ? city : null;
  return { text: s.text, country: country ?? fits?.country ?? null, lat: fits?.lat ?? null, lon: fits?.lon ?? null };
}
