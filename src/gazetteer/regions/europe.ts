/**
 * Regions of Russia and its neighbours and of the largest European countries that English news
 * names without their country. Facts, written here; centres approximate (0.1°). Disputed and
 * breakaway regions follow internationally recognized sovereignty (rule `region-recognized-sovereign`,
 * see ../regions.ts): Crimea and Donbas -> UKR, Abkhazia and South Ossetia -> GEO, Nagorno-Karabakh
 * -> AZE, Transnistria -> MDA. Scotland, Wales, Northern Ireland and England are country-gazetteer
 * names of GBR (country-aliases.ts), not repeated here.
 */
import { regionsOf, type Region } from './region.js';

export const EUROPE_REGIONS: readonly Region[] = Object.freeze([
  ...regionsOf('RUS', [
    ['Chechnya', 43.4, 45.7], ['Dagestan', 42.9, 47.0], ['Ingushetia', 43.2, 45.0], ['Tatarstan', 55.4, 50.8], ['Bashkortostan', 54.2, 56.2],
    ['Siberia', 60.0, 100.0], ['North Caucasus', 43.5, 44.0], ['Kabardino-Balkaria', 43.4, 43.5], ['North Ossetia', 43.0, 44.2],
    ['Yakutia', 66.0, 129.0], ['Karelia', 63.2, 32.5], ['Kamchatka', 57.0, 160.0], ['Chukotka', 66.0, 171.0], ['Primorye', 45.0, 134.5],
    ['Urals', 60.0, 59.5], ['Russian Far East', 60.0, 140.0], ['Sakhalin', 50.0, 143.0], ['Tuva', 51.7, 94.0], ['Buryatia', 53.0, 109.0],
  ]),
  ...regionsOf('UKR', [
    ['Crimea', 45.3, 34.4], ['Crimean Peninsula', 45.3, 34.4], ['Donbas', 48.0, 38.5], ['Donbass', 48.0, 38.5], ['Transcarpathia', 48.4, 23.3],
    ['Zakarpattia', 48.4, 23.3],
  ]),
  ...regionsOf('GEO', [['Abkhazia', 43.0, 41.0], ['South Ossetia', 42.3, 44.0], ['Adjara', 41.6, 42.0]]),
  ...regionsOf('AZE', [['Nagorno-Karabakh', 39.9, 46.6], ['Karabakh', 39.8, 46.8]]),
  ...regionsOf('MDA', [['Transnistria', 47.2, 29.4], ['Transdniestria', 47.2, 29.4], ['Transdniester', 47.2, 29.4], ['Gagauzia', 46.3, 28.7]]),
  ...regionsOf('SRB', [['Vojvodina', 45.3, 19.8]]),
  ...regionsOf('BIH', [['Republika Srpska', 44.7, 17.7], ['Herzegovina', 43.3, 17.8]]),
  ...regionsOf('DEU', [
    ['Bavaria', 48.9, 11.4], ['Saxony', 51.0, 13.3], ['Thuringia', 50.9, 11.0], ['Lower Saxony', 52.6, 9.8], ['Saxony-Anhalt', 52.0, 11.7],
    ['North Rhine-Westphalia', 51.4, 7.7], ['Baden-Württemberg', 48.5, 9.0], ['Rhineland-Palatinate', 50.0, 7.3], ['Schleswig-Holstein', 54.2, 9.7],
    ['Mecklenburg-Western Pomerania', 53.6, 12.4], ['Mecklenburg-Vorpommern', 53.6, 12.4], ['Saarland', 49.4, 6.9], ['Brandenburg', 52.4, 13.0],
    ['Hesse', 50.6, 9.0],
  ]),
  ...regionsOf('FRA', [
    ['Corsica', 42.1, 9.0], ['Normandy', 49.1, 0.1], ['Alsace', 48.3, 7.4], ['Provence', 43.9, 6.0], ['Burgundy', 47.0, 4.5],
    ['Île-de-France', 48.7, 2.5], ['Occitanie', 43.7, 2.1], ['Occitania', 43.7, 2.1], ['Aquitaine', 44.6, 0.0], ['Nouvelle-Aquitaine', 45.2, 0.2],
    ['Hauts-de-France', 50.0, 2.8], ['Auvergne-Rhône-Alpes', 45.4, 4.4], ['Grand Est', 48.7, 5.6], ['Pays de la Loire', 47.5, -0.8],
    ['Centre-Val de Loire', 47.5, 1.7], ['Bourgogne-Franche-Comté', 47.2, 4.8], ["Provence-Alpes-Côte d'Azur", 43.9, 6.1], ['Picardy', 49.7, 2.7],
    ['Languedoc', 43.6, 3.5],
  ]),
  ...regionsOf('ITA', [
    ['Sicily', 37.6, 14.0], ['Sardinia', 40.1, 9.0], ['Lombardy', 45.6, 9.8], ['Tuscany', 43.4, 11.1], ['Veneto', 45.7, 11.9], ['Piedmont', 45.1, 7.9],
    ['Campania', 40.9, 14.8], ['Calabria', 39.0, 16.3], ['Puglia', 41.0, 16.5], ['Apulia', 41.0, 16.5], ['Liguria', 44.3, 8.7],
    ['Emilia-Romagna', 44.5, 11.0], ['Umbria', 42.9, 12.5], ['Abruzzo', 42.2, 13.8], ['Molise', 41.7, 14.6], ['Basilicata', 40.6, 16.1],
    ['Friuli-Venezia Giulia', 46.2, 13.1], ['Trentino-Alto Adige', 46.4, 11.3], ['South Tyrol', 46.7, 11.4], ['Aosta Valley', 45.7, 7.4],
  ]),
  ...regionsOf('ESP', [
    // Galicia is also a historical region of Ukraine and Poland; the Spanish community is the one current news names.
    ['Catalonia', 41.8, 1.5], ['Basque Country', 43.0, -2.6], ['Andalusia', 37.5, -4.7], ['Galicia', 42.8, -7.9], ['Castile and León', 41.8, -4.8],
    ['Castilla-La Mancha', 39.6, -3.0], ['Aragon', 41.5, -0.7], ['Asturias', 43.3, -5.9], ['Cantabria', 43.2, -4.0], ['Navarre', 42.7, -1.6],
    ['Extremadura', 39.2, -6.2], ['Canary Islands', 28.3, -15.7], ['Balearic Islands', 39.6, 2.9],
  ]),
  ...regionsOf('POL', [['Silesia', 50.5, 18.5]]),
  ...regionsOf('GRC', [['Crete', 35.2, 24.9], ['Peloponnese', 37.5, 22.3], ['Thessaly', 39.5, 22.2]]),
]);
