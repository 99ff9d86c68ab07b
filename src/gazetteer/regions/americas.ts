/**
 * First-order regions of the Americas that English news names without their country. Facts, written
 * here: names as AP/Reuters print them, centres approximate (0.1°). Names with accents are also found
 * under their plain-letter form (rule `city-ascii-name`, applied in `cities.ts`): "Michoacán" and "Michoacan".
 */
import { regionsOf, type Region } from './region.js';

export const AMERICAS_REGIONS: readonly Region[] = Object.freeze([
  ...regionsOf('USA', [
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
  ...regionsOf('CAN', [
    ['Ontario', 50.0, -85.0], ['Quebec', 52.9, -73.5], ['British Columbia', 53.7, -127.6], ['Alberta', 55.0, -115.0], ['Manitoba', 55.0, -97.0],
    ['Saskatchewan', 55.0, -106.0], ['Nova Scotia', 45.0, -63.0], ['New Brunswick', 46.5, -66.2], ['Newfoundland and Labrador', 53.1, -57.7],
    ['Prince Edward Island', 46.4, -63.2], ['Yukon', 63.6, -135.8], ['Nunavut', 70.3, -83.1], ['Northwest Territories', 64.8, -124.8],
  ]),
  ...regionsOf('MEX', [
    ['Chiapas', 16.5, -92.5], ['Sinaloa', 25.0, -107.5], ['Michoacán', 19.2, -101.9], ['Jalisco', 20.6, -103.7], ['Tamaulipas', 24.3, -98.6],
    ['Sonora', 29.3, -110.3], ['Baja California', 30.8, -115.3], ['Baja California Sur', 26.0, -111.7],
    ['Nuevo León', 25.6, -99.9], ['Coahuila', 27.3, -102.0], ['Tabasco', 18.0, -92.6], ['Quintana Roo', 19.6, -88.0], ['Yucatán', 20.7, -89.1],
    ['Morelos', 18.7, -99.1], ['State of Mexico', 19.4, -99.6],
  ]),
  ...regionsOf('BRA', [
    // "Amazonas" is also a Venezuelan state and a Colombian department; the Brazilian state is the one world news names.
    ['Amazonas', -4.0, -63.0], ['Pará', -4.0, -52.0], ['Bahia', -12.6, -41.7], ['Minas Gerais', -18.5, -44.6], ['Rio Grande do Sul', -30.0, -53.5],
    ['Paraná', -24.6, -51.6], ['Santa Catarina', -27.2, -50.2], ['Pernambuco', -8.4, -37.9], ['Ceará', -5.2, -39.5], ['Goiás', -15.9, -49.6],
    ['Mato Grosso', -12.9, -55.9], ['Mato Grosso do Sul', -20.5, -54.8], ['Maranhão', -5.0, -45.3], ['Roraima', 2.0, -61.4], ['Rondônia', -10.9, -62.8],
    ['Amapá', 1.4, -51.8], ['Tocantins', -10.2, -48.3], ['Piauí', -7.7, -42.7], ['Paraíba', -7.2, -36.8], ['Alagoas', -9.6, -36.6],
    ['Sergipe', -10.6, -37.4], ['Espírito Santo', -19.6, -40.7], ['Rio Grande do Norte', -5.8, -36.5],
  ]),
  ...regionsOf('COL', [
    ['Antioquia', 7.0, -75.5], ['Cauca', 2.5, -76.8], ['Valle del Cauca', 3.8, -76.5], ['Nariño', 1.5, -77.9], ['Putumayo', 0.5, -75.5],
    ['Caquetá', 0.9, -73.8], ['Chocó', 5.7, -76.7], ['Norte de Santander', 7.9, -72.9], ['Guaviare', 2.0, -72.6], ['Catatumbo', 8.7, -73.0],
    ['Cundinamarca', 5.0, -74.0], ['La Guajira', 11.4, -72.5], ['Tolima', 4.0, -75.2], ['Huila', 2.5, -75.5],
  ]),
  ...regionsOf('VEN', [['Zulia', 9.9, -72.2], ['Táchira', 7.9, -72.1], ['Apure', 7.0, -68.5]]),
]);
