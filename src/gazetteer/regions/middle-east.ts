/**
 * Provinces, governorates and well-known conflict regions of the Middle East that English news
 * names without their country. Facts, written here; centres approximate (0.1°).
 * Disputed ground follows internationally recognized sovereignty (rule `region-recognized-sovereign`,
 * see ../regions.ts): the Golan Heights -> SYR; "Judea and Samaria" is the West Bank -> PSE, as the
 * country gazetteer reads "West Bank". West Bank and Gaza Strip themselves are country-gazetteer
 * names (country-aliases.ts), not repeated here.
 */
import { regionsOf, type Region } from './region.js';

export const MIDDLE_EAST_REGIONS: readonly Region[] = Object.freeze([
  ...regionsOf('IRQ', [
    ['Anbar', 33.0, 42.0], ['Nineveh', 36.0, 42.4], ['Nineveh Plains', 36.4, 43.3], ['Diyala', 34.0, 45.0], ['Salahuddin', 34.5, 43.5],
    ['Salah al-Din', 34.5, 43.5], ['Babil', 32.5, 44.5], ['Dhi Qar', 31.1, 46.2], ['Maysan', 31.9, 47.1], ['Muthanna', 30.0, 45.4],
    ['Wasit', 32.6, 45.8], ['Qadisiyah', 31.9, 45.0], ['Kurdistan Region', 36.3, 44.3], ['Kurdistan Region of Iraq', 36.3, 44.3],
    ['Iraqi Kurdistan', 36.3, 44.3],
  ]),
  ...regionsOf('SYR', [
    ['Eastern Ghouta', 33.5, 36.4], ['Ghouta', 33.5, 36.4], ['Rojava', 36.5, 40.7], ['Syrian Kurdistan', 36.5, 40.7],
    ['Golan Heights', 33.0, 35.8],
  ]),
  ...regionsOf('ISR', [['Galilee', 32.9, 35.4], ['Upper Galilee', 33.0, 35.5], ['Negev', 30.8, 34.8]]),
  ...regionsOf('PSE', [['Judea and Samaria', 31.9, 35.2]]),
  ...regionsOf('LBN', [['Bekaa', 33.8, 35.9], ['Bekaa Valley', 33.8, 35.9], ['Mount Lebanon', 33.8, 35.6], ['South Lebanon', 33.3, 35.4], ['Akkar', 34.5, 36.2]]),
  ...regionsOf('YEM', [
    ['Hadramawt', 16.0, 49.0], ['Hadramout', 16.0, 49.0], ['Hadhramaut', 16.0, 49.0], ['Shabwa', 14.8, 47.0], ['Shabwah', 14.8, 47.0],
    ['Abyan', 13.6, 46.0], ['Lahj', 13.2, 44.6], ['Socotra', 12.5, 53.8],
  ]),
  ...regionsOf('SAU', [['Hejaz', 24.0, 39.0], ['Najd', 25.0, 44.5], ['Asir', 19.0, 42.5]]),
  ...regionsOf('IRN', [
    ['Khuzestan', 31.4, 49.0], ['Sistan and Baluchestan', 27.5, 60.6], ['Sistan-Baluchestan', 27.5, 60.6], ['Sistan-Baluchistan', 27.5, 60.6],
    ['Gilan', 37.3, 49.6], ['Mazandaran', 36.3, 52.5], ['Golestan', 37.3, 55.1], ['Lorestan', 33.5, 48.3], ['West Azerbaijan', 37.5, 45.1],
    ['East Azerbaijan', 38.0, 46.5], ['Hormozgan', 27.1, 56.3],
  ]),
  ...regionsOf('TUR', [['Anatolia', 39.0, 35.0], ['Hatay', 36.4, 36.2]]),
  ...regionsOf('EGY', [
    ['Sinai', 29.5, 33.8], ['Sinai Peninsula', 29.5, 33.8], ['North Sinai', 30.5, 33.6], ['South Sinai', 28.6, 33.9], ['Upper Egypt', 26.0, 32.5],
    ['Nile Delta', 30.8, 31.0],
  ]),
  // Northern Cyprus: recognized only by Turkey; rule region-recognized-sovereign -> CYP.
  ...regionsOf('CYP', [['Northern Cyprus', 35.3, 33.5]]),
]);
