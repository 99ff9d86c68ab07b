/**
 * The shape of a region entry and the row helper the per-continent tables share (regions/*.ts).
 * Kept apart from `../regions.ts` so that the tables and the index do not import each other.
 */

/** One region: its English news name, ISO alpha-3 country, approximate centre (WGS84 degrees, 0.1°). */
export interface Region { name: string; country: string; lat: number; lon: number }

/** A row of a table: name, latitude, longitude. */
export type RegionRow = [name: string, lat: number, lon: number];

/** The regions of one country from its rows (frozen). */
export const regionsOf = (country: string, rows: readonly RegionRow[]): Region[] =>
  rows.map(([name, lat, lon]) => Object.freeze({ name, country, lat, lon }));
