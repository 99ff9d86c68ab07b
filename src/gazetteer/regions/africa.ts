/**
 * States, provinces and conflict regions of Africa that English news names without their country.
 * Facts, written here; centres approximate (0.1°). Nigerian states whose bare name is a word or a
 * name (Plateau, Niger, Delta, Rivers, Cross River, Imo, Edo) are listed only with "State".
 * Self-declared states follow recognized sovereignty (rule `region-recognized-sovereign`):
 * Somaliland -> SOM, Azawad -> MLI, Ambazonia -> CMR.
 */
import { regionsOf, type Region } from './region.js';

export const AFRICA_REGIONS: readonly Region[] = Object.freeze([
  ...regionsOf('LBY', [['Cyrenaica', 30.0, 22.5], ['Tripolitania', 30.0, 13.0], ['Fezzan', 26.0, 14.0]]),
  ...regionsOf('SDN', [
    ['Darfur', 13.0, 24.0], ['North Darfur', 16.0, 25.0], ['South Darfur', 11.5, 24.9], ['West Darfur', 12.8, 22.6], ['Central Darfur', 12.9, 23.5],
    ['East Darfur', 11.5, 26.3], ['Kordofan', 13.0, 29.5], ['North Kordofan', 14.4, 29.6], ['South Kordofan', 11.2, 29.9],
    ['West Kordofan', 11.7, 28.3], ['Nuba Mountains', 11.5, 30.5], ['Gezira', 14.4, 33.5],
  ]),
  ...regionsOf('SSD', [
    ['Upper Nile', 10.0, 32.8], ['Unity State', 8.9, 29.8], ['Jonglei', 7.4, 32.4], ['Equatoria', 4.5, 31.0], ['Western Equatoria', 5.3, 28.4],
    ['Central Equatoria', 4.6, 31.3], ['Eastern Equatoria', 4.6, 33.5], ['Bahr el Ghazal', 8.0, 27.5],
  ]),
  ...regionsOf('ETH', [
    ['Tigray', 14.0, 38.9], ['Oromia', 7.5, 39.5], ['Amhara', 11.6, 38.0], ['Afar', 11.8, 40.9], ['Somali Region', 6.7, 44.2],
    ['Ogaden', 7.0, 44.5], ['Sidama', 6.7, 38.5], ['Benishangul-Gumuz', 10.8, 35.6],
  ]),
  ...regionsOf('SOM', [
    ['Puntland', 8.4, 48.5], ['Somaliland', 9.8, 46.0], ['Jubaland', 0.5, 42.0], ['Galmudug', 5.5, 47.0], ['Hirshabelle', 3.5, 45.5],
    ['Lower Shabelle', 1.9, 44.5], ['Middle Shabelle', 3.0, 45.6], ['Gedo', 3.3, 42.2], ['Bakool', 4.4, 43.5], ['Hiraan', 4.3, 45.3],
    ['Lower Juba', 0.3, 41.6], ['Mudug', 6.5, 47.5],
  ]),
  ...regionsOf('NGA', [
    ['Borno', 11.8, 13.1], ['Yobe', 12.3, 11.4], ['Adamawa', 9.3, 12.4], ['Zamfara', 12.1, 6.2], ['Benue', 7.3, 8.8], ['Niger Delta', 5.0, 6.3],
    ['Rivers State', 4.8, 6.9], ['Delta State', 5.7, 6.0], ['Bayelsa', 4.8, 6.1], ['Biafra', 5.5, 7.5], ['Kogi', 7.7, 6.7], ['Anambra', 6.2, 7.0],
    ['Imo State', 5.5, 7.1], ['Ogun', 7.0, 3.5], ['Osun', 7.6, 4.5], ['Ekiti', 7.7, 5.3], ['Edo State', 6.6, 5.9], ['Kwara', 8.9, 4.6],
    ['Nasarawa', 8.5, 8.3], ['Taraba', 8.0, 10.8], ['Jigawa', 12.2, 9.6], ['Kebbi', 11.5, 4.2], ['Cross River State', 5.9, 8.6],
    ['Akwa Ibom', 5.0, 7.9], ['Abia', 5.4, 7.5], ['Ebonyi', 6.3, 8.0], ['Plateau State', 9.2, 9.5], ['Niger State', 10.0, 6.0],
    ['Kaduna State', 10.4, 7.7], ['Middle Belt', 9.0, 8.5],
  ]),
  ...regionsOf('COD', [
    ['North Kivu', -0.8, 29.0], ['South Kivu', -3.0, 28.3], ['Kivu', -1.7, 28.8], ['Ituri', 1.6, 29.4], ['Katanga', -8.9, 26.4],
    ['Haut-Katanga', -10.4, 27.5], ['Kasai', -5.0, 21.5], ['Maniema', -3.0, 26.0], ['Kongo Central', -5.3, 14.3], ['Equateur', 0.0, 19.0],
  ]),
  ...regionsOf('MLI', [['Azawad', 19.0, 0.5]]),
  ...regionsOf('CMR', [['Ambazonia', 5.5, 10.0], ['Far North Region', 11.0, 14.5]]),
  ...regionsOf('MOZ', [['Cabo Delgado', -12.3, 39.3], ['Cape Delgado', -12.3, 39.3], ['Niassa', -13.0, 36.5], ['Sofala', -19.2, 34.8], ['Zambezia', -16.6, 37.0]]),
  ...regionsOf('DZA', [['Kabylie', 36.6, 4.3], ['Kabylia', 36.6, 4.3]]),
  ...regionsOf('ZAF', [
    ['Gauteng', -26.1, 28.1], ['KwaZulu-Natal', -28.6, 30.9], ['Western Cape', -33.2, 21.0], ['Eastern Cape', -32.3, 26.4],
    ['Northern Cape', -29.0, 21.9], ['Limpopo', -23.4, 29.4], ['Mpumalanga', -25.6, 30.5],
  ]),
]);
