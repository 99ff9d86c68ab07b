/**
 * Place attachment. Place candidates in a sentence (`PLACE_RULES`): PLACE mentions after "in",
 * "at", "to", "near", "outside", "inside", "into", "across" or "around" (also after "the", and
 * after "the <modifiers> town/city/region/... of": "near the border town of Rafah"), and COUNTRY
 * mentions after "in", "at", "inside" or "across"; each goes to one trigger of its clause (as
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
import { lowerBound } from '../spans.js';

/** The `place` field of an event. */
export interface EventPlace { text: string | null; country: string | null; lat: number | null; lon: number | null }

/** No place. */
export const NO_PLACE: EventPlace = Object.freeze({ text: null, country: null, lat: null, lon: null });

/**
 * Place rules as data. Source: English locative adjuncts (Quirk et al. 1985, §9.15–9.24: "in",
 * "at", "near" locate an event; "to", "into" give the goal of a movement, which is where a visit
 * or an incursion happens) and news style for named places ("the border town of X").
 */
export const PLACE_RULES = Object.freeze({
  /** Prepositions before a PLACE (city, region) that locate the event. */
  placePreps: new Set(['in', 'at', 'to', 'near', 'outside', 'inside', 'into', 'across', 'around']),
  /** Prepositions before a COUNTRY that locate the event (not "to": "sent troops to Mali" gives Mali as target). */
  countryPreps: new Set(['in', 'at', 'inside', 'across']),
  /** Heads of "the <modifiers> HEAD of X" that name a place X ("near the border town of Rafah"). */
  heads: new Set(['town', 'city', 'village', 'port', 'capital', 'region', 'province', 'district', 'suburb', 'suburbs', 'outskirts',
    'coast', 'area', 'enclave', 'state', 'county', 'island', 'islands', 'oblast', 'governorate', 'border', 'north', 'south', 'east', 'west',
    'centre', 'center', 'heart', 'streets']),
  /** Words allowed between "the" and the head ("the eastern Ukrainian city of"). */
  maxModifiers: 3,
});

/** The index of the last token of `toks` ending at or before `pos`, or -1 (binary search). */
function indexBefore(toks: readonly Tok[], pos: number): number {
  return lowerBound(toks, pos + 1, (t) => t.end) - 1;
}

/** Words that with "of" make a locating preposition: "outside of", "inside of". */
const OF_COMPOUNDS: ReadonlySet<string> = new Set(['outside', 'inside']);

/** The preposition ending at `toks[i]`: the word, or the word before a compound's "of" ("outside of"). */
function wordAt(toks: readonly Tok[], i: number): string {
  const w = toks[i]?.lower ?? '';
  return w === 'of' && OF_COMPOUNDS.has(toks[i - 1]?.lower ?? '') ? toks[i - 1]!.lower : w;
}

/** The word at `toks[i]`, or the word before it when it is "the" ("at the Kremlin"). */
function prepAt(toks: readonly Tok[], i: number): string {
  const w = toks[i]?.lower ?? '';
  if (w === 'the') return wordAt(toks, i - 1);
  return wordAt(toks, i);
}

/**
 * The preposition that locates the mention starting at `start`: the word before it ("in Geneva"),
 * the word before "the" ("at the Kremlin"), or the word before "the <modifiers> HEAD of" ("near
 * the border town of Rafah", "off the coast of Japan" has no locating preposition). Empty if none.
 */
export function locatingPreposition(toks: readonly Tok[], start: number): string {
  const i = indexBefore(toks, start);
  if (i < 0) return '';
  if (toks[i]!.lower !== 'of' || OF_COMPOUNDS.has(toks[i - 1]?.lower ?? '')) return prepAt(toks, i);
  const head = i - 1;
  if (!PLACE_RULES.heads.has(toks[head]?.lower ?? '')) return '';
  for (let j = head - 1, n = 0; j >= 0 && n <= PLACE_RULES.maxModifiers; j--, n++) {
    const t = toks[j]!;
    if (t.lower === 'the') return wordAt(toks, j - 1);
    if (t.punct) return '';
  }
  return '';
}

/** Place mentions of a sentence that can locate an event (see the module comment). `toks` in text order. */
export function placeCandidates(spans: readonly ActorSpan[], toks: readonly Tok[]): ActorSpan[] {
  return spans.filter((s) => {
    if (s.entity.type !== 'PLACE' && s.entity.type !== 'COUNTRY') return false;
    const w = locatingPreposition(toks, s.start);
    return s.entity.type === 'PLACE' ? PLACE_RULES.placePreps.has(w) : PLACE_RULES.countryPreps.has(w);
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
