/**
 * First-order administrative regions that English news names without their country: US states,
 * Canadian provinces, Australian states, Indian states. Without them a state name falls to a small
 * foreign town of the same name ("Virginia" -> a town in South Africa). Facts, written here;
 * coordinates are approximate geographic centres (WGS84 degrees, rounded to 0.1°).
 */

/** One region: name, ISO alpha-3 country, approximate centre. */
export interface Region { name: string; country: string; lat: number; lon: number }

const r = (country: string, rows: [string, number, number][]): Region[] => rows.map(([name, lat, lon]) => ({ name, country, lat, lon }));

export const REGIONS: readonly Region[] = Object.freeze([
  ...r('USA', [
    ['Alabama', 32.8, -86.8], ['Alaska', 64.2, -149.5], ['Arizona', 34.3, -111.7], ['Arkansas', 34.9, -92.4], ['California', 37.2, -119.5],
    ['Colorado', 39.0, -105.5], ['Connecticut', 41.6, -72.7], ['Delaware', 39.0, -75.5], ['Florida', 28.6, -82.4], ['Georgia', 32.7, -83.4],
    ['Hawaii', 20.3, -156.4], ['Idaho', 44.4, -114.6], ['Illinois', 40.0, -89.2], ['Indiana', 39.9, -86.3], ['Iowa', 42.1, -93.5],
    ['Kansas', 38.5, -98.4], ['Kentucky', 37.5, -85.3], ['Louisiana', 31.1, -92.0], ['Maine', 45.4, -69.2], ['Maryland', 39.0, -76.8],
    ['Massachusetts', 42.3, -71.8], ['Michigan', 44.3, -85.4], ['Minnesota', 46.3, -94.3], ['Mississippi', 32.7, -89.7], ['Missouri', 38.4, -92.5],
    ['Montana', 47.0, -109.6], ['Nebraska', 41.5, -99.8], ['Nevada', 39.3, -116.6], ['New Hampshire', 43.7, -71.6], ['New Jersey', 40.2, -74.7],
    ['New Mexico', 34.4, -106.1], ['New York State', 42.9, -75.5], ['North Carolina', 35.6, -79.4], ['North Dakota', 47.5, -100.5], ['Ohio', 40.3, -82.8],
    ['Oklahoma', 35.6, -97.5], ['Oregon', 43.9, -120.6], ['Pennsylvania', 40.9, -77.8], ['Rhode Island', 41.7, -71.6], ['South Carolina', 33.9, -80.9],
    ['South Dakota', 44.4, -100.2], ['Tennessee', 35.9, -86.4], ['Texas', 31.5, -99.3], ['Utah', 39.3, -111.7], ['Vermont', 44.1, -72.7],
    ['Virginia', 37.5, -78.9], ['Washington State', 47.4, -120.5], ['West Virginia', 38.6, -80.6], ['Wisconsin', 44.6, -89.9], ['Wyoming', 43.0, -107.6],
  ]),
  ...r('CAN', [
    ['Ontario', 50.0, -85.0], ['Quebec', 52.9, -73.5], ['British Columbia', 53.7, -127.6], ['Alberta', 55.0, -115.0], ['Manitoba', 55.0, -97.0],
    ['Saskatchewan', 55.0, -106.0], ['Nova Scotia', 45.0, -63.0], ['New Brunswick', 46.5, -66.2], ['Newfoundland and Labrador', 53.1, -57.7],
  ]),
  ...r('AUS', [['New South Wales', -32.0, 147.0], ['Queensland', -22.6, 144.1], ['Tasmania', -42.0, 146.6], ['Western Australia', -25.0, 122.0], ['South Australia', -30.0, 135.0]]),
  ...r('IND', [['Uttar Pradesh', 26.8, 80.9], ['Maharashtra', 19.7, 75.7], ['Punjab', 31.1, 75.3], ['Kashmir', 34.1, 74.8], ['Kerala', 10.9, 76.3], ['Gujarat', 22.3, 71.2], ['Bihar', 25.1, 85.3], ['West Bengal', 22.9, 87.9], ['Tamil Nadu', 11.1, 78.7], ['Rajasthan', 27.0, 74.2], ['Haryana', 29.1, 76.1]]),
]);

/**
 * Region names that are also countries or are more often something else stay out: "Georgia" is a
 * US state and a country — the country gazetteer wins unless the text says "the state of" (not
 * modelled yet). Listed here so the choice is visible.
 */
export const REGION_NAMES_LEFT_TO_COUNTRIES: ReadonlySet<string> = new Set(['Georgia', 'Punjab']);
