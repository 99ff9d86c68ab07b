/**
 * Event clusters as rows of GDELT 2.0's event table (61 tab-separated columns, see
 * `gdelt-columns.ts`). One row per cluster; the cluster's first event (lowest id) stands for it
 * (actors, code, place, sentence position), the cluster gives the counts and the date.
 *
 * Field sources: GDELT 2.0 Event Codebook V2.0. QuadClass and GoldsteinScale come from the CAMEO
 * table (`src/events/cameo/codes.json`, GDELT's values); AvgTone is left empty (dateline does no
 * tone). Geo fields are country-level for actors (the actor code's country) and the event's place
 * for ActionGeo (falling back to Actor1's country), with FIPS 10-4 country codes (`fips.ts`).
 */
import type Database from 'better-sqlite3';
import type { Ctx } from '../context.js';
import { cameoInfo } from '../events/cameo/index.js';
import { countries } from '../gazetteer/countries.js';
import { CAMEO_COUNTRY_ALIASES, fipsCode } from './fips.js';
import { GDELT2_COLUMNS } from './gdelt-columns.js';
import { ACTOR_REGIONS, ACTOR_RELIGIONS, ACTOR_TYPES } from './rules/actor-parts.js';

/** The parts of a CAMEO actor code, as GDELT splits them. Empty strings when absent. */
export interface ActorParts { code: string; country: string; knownGroup: string; ethnic: string; religion1: string; religion2: string; type1: string; type2: string; type3: string }

const TYPES = new Set(ACTOR_TYPES.codes);
const RELIGIONS = new Set(ACTOR_RELIGIONS.codes);
const REGIONS = new Set(ACTOR_REGIONS.codes);

/**
 * Splits a CAMEO actor code into three-letter parts: the first country (ISO alpha-3, old CAMEO
 * country code or region) is the country; type, religion parts fill their fields in order (at most
 * 3 types, 2 religions); the first other part is the known-group code (`IGOUNO` -> type IGO, group UNO).
 */
export function splitActorCode(code: string | null): ActorParts {
  const p: ActorParts = { code: code ?? '', country: '', knownGroup: '', ethnic: '', religion1: '', religion2: '', type1: '', type2: '', type3: '' };
  const types: string[] = [];
  const religions: string[] = [];
  for (const part of (code ?? '').toUpperCase().match(/[A-Z0-9]{3}/g) ?? []) {
    if (!p.country && (fipsCode(part) !== null || REGIONS.has(part) || part in CAMEO_COUNTRY_ALIASES)) p.country = part;
    else if (TYPES.has(part)) types.push(part);
    else if (RELIGIONS.has(part)) religions.push(part);
    else if (!p.knownGroup) p.knownGroup = part;
  }
  [p.type1 = '', p.type2 = '', p.type3 = ''] = types;
  [p.religion1 = '', p.religion2 = ''] = religions;
  return p;
}

/**
 * The quad class of a CAMEO root code, as GDELT and Phoenix assign it: 01–05 verbal cooperation (1),
 * 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
 * Source: GDELT Event Codebook V2.0 (QuadClass) and the CAMEO table's own values (`codes.json`).
 */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 | null {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) return null;
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

/** `YYYY-MM-DD` -> the SQLDATE, MonthYear, Year and FractionDate fields. FractionDate = year + (days of the year before this day) / 365, four decimals. */
export function dateFields(day: string | null): [string, string, string, string] {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return ['', '', '', ''];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const doy = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
  return [day.replace(/-/g, ''), day.slice(0, 7).replace('-', ''), String(y), (y + doy / 365).toFixed(4)];
}

/** An ISO timestamp -> GDELT's DATEADDED `YYYYMMDDHHMMSS` (UTC). */
export function dateAdded(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14);
}

const num = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(Number(v.toFixed(4))));

/** The 8 geo fields (Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID). */
type Geo = [string, string, string, string, string, string, string, string];
const NO_GEO: Geo = ['', '', '', '', '', '', '', ''];

interface RepRow {
  cluster: number; day_from: string | null; added_at: string; num_mentions: number; num_sources: number; num_articles: number;
  code: string; root: string; quad_class: number; goldstein: number; in_lead: number;
  source_code: string | null; target_code: string | null; source_name: string | null; target_name: string | null;
  place_text: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null;
  url: string | null; path: string | null;
}

/** Rows of the GDELT 2.0 event table, one per cluster in id order, as arrays of 61 strings. */
export function* gdeltRows(db: Database.Database, ctx: Ctx): Generator<string[]> {
  const g = countries(ctx);
  const countryGeo = (code: string): Geo => {
    const iso = CAMEO_COUNTRY_ALIASES[code] ?? code;
    const info = g.byIso3.get(iso);
    const fips = fipsCode(iso);
    if (!info || !fips) return NO_GEO;
    return ['1', info.name, fips, fips, '', num(info.lat), num(info.lon), fips];
  };
  const actionGeo = (r: RepRow, actor1Country: string): Geo => {
    if (r.place_country && r.place_lat !== null && r.place_lon !== null && r.place_text) {
      const info = g.byIso3.get(r.place_country);
      const isCountry = info !== undefined && r.place_text === info.name;
      if (!isCountry) {
        const full = info ? `${r.place_text}, ${info.name}` : r.place_text;
        return [r.place_country === 'USA' ? '3' : '4', full, fipsCode(r.place_country) ?? '', '', '', num(r.place_lat), num(r.place_lon), ''];
      }
    }
    if (r.place_country) return countryGeo(r.place_country);
    return actor1Country ? countryGeo(actor1Country) : NO_GEO;
  };
  const rows = db.prepare(`SELECT c.id AS cluster, c.day_from, c.added_at, c.num_mentions, c.num_sources, c.num_articles,
      e.code, e.root, e.quad_class, e.goldstein, e.in_lead, e.source_code, e.target_code,
      (SELECT n.name FROM entities n WHERE n.article_id = e.article_id AND n.entity = e.source_entity) AS source_name,
      (SELECT n.name FROM entities n WHERE n.article_id = e.article_id AND n.entity = e.target_entity) AS target_name,
      e.place_text, e.place_country, e.place_lat, e.place_lon, a.url,
      (SELECT s.path FROM sources s WHERE s.article_id = a.id ORDER BY s.id LIMIT 1) AS path
    FROM clusters c JOIN events e ON e.id = (SELECT min(id) FROM events WHERE cluster_id = c.id)
    JOIN articles a ON a.id = e.article_id ORDER BY c.id`).iterate() as IterableIterator<RepRow>;
  for (const r of rows) yield gdeltRow(r, countryGeo, actionGeo);
}

function gdeltRow(r: RepRow, countryGeo: (c: string) => Geo, actionGeo: (r: RepRow, c: string) => Geo): string[] {
  const a1 = splitActorCode(r.source_code);
  const a2 = splitActorCode(r.target_code);
  const info = cameoInfo(r.code);
  const actor = (p: ActorParts, name: string | null): string[] =>
    [p.code, (name ?? '').toUpperCase(), p.country, p.knownGroup, p.ethnic, p.religion1, p.religion2, p.type1, p.type2, p.type3];
  const row = [
    String(r.cluster), ...dateFields(r.day_from),
    ...actor(a1, r.source_code ? r.source_name : null), ...actor(a2, r.target_code ? r.target_name : null),
    String(r.in_lead), r.code, r.code.slice(0, 3), r.root,
    String(info?.quadClass ?? quadClassOfRoot(r.root) ?? r.quad_class), String(info?.goldstein ?? r.goldstein),
    String(r.num_mentions), String(r.num_sources), String(r.num_articles), '',
    ...(a1.country ? countryGeo(a1.country) : NO_GEO), ...(a2.country ? countryGeo(a2.country) : NO_GEO), ...actionGeo(r, a1.country),
    dateAdded(r.added_at), r.url ?? r.path ?? '',
  ];
  if (row.length !== GDELT2_COLUMNS.length) throw new Error(`gdelt row has ${row.length} fields, expected ${GDELT2_COLUMNS.length}`);
  return row.map((v) => v.replace(/[\t\r\n]+/g, ' '));
}
