/**
 * The 61 columns of GDELT 2.0's event table, in file order: name (BigQuery `gdeltv2.events` names;
 * the codebook calls column 2 `Day`) and type. Column names are facts of the GDELT 2.0 Event
 * Codebook (V2.0, 2015-02-19).
 */

/** Column types as the codebook gives them. */
export type GdeltType = 'INTEGER' | 'FLOAT' | 'STRING';

const COLUMNS: ReadonlyArray<readonly [string, GdeltType]> = [
  ['GLOBALEVENTID', 'INTEGER'],
  ['SQLDATE', 'INTEGER'],
  ['MonthYear', 'INTEGER'],
  ['Year', 'INTEGER'],
  ['FractionDate', 'FLOAT'],
  ['Actor1Code', 'STRING'],
  ['Actor1Name', 'STRING'],
  ['Actor1CountryCode', 'STRING'],
  ['Actor1KnownGroupCode', 'STRING'],
  ['Actor1EthnicCode', 'STRING'],
  ['Actor1Religion1Code', 'STRING'],
  ['Actor1Religion2Code', 'STRING'],
  ['Actor1Type1Code', 'STRING'],
  ['Actor1Type2Code', 'STRING'],
  ['Actor1Type3Code', 'STRING'],
  ['Actor2Code', 'STRING'],
  ['Actor2Name', 'STRING'],
  ['Actor2CountryCode', 'STRING'],
  ['Actor2KnownGroupCode', 'STRING'],
  ['Actor2EthnicCode', 'STRING'],
  ['Actor2Religion1Code', 'STRING'],
  ['Actor2Religion2Code', 'STRING'],
  ['Actor2Type1Code', 'STRING'],
  ['Actor2Type2Code', 'STRING'],
  ['Actor2Type3Code', 'STRING'],
  ['IsRootEvent', 'INTEGER'],
  ['EventCode', 'STRING'],
  ['EventBaseCode', 'STRING'],
  ['EventRootCode', 'STRING'],
  ['QuadClass', 'INTEGER'],
  ['GoldsteinScale', 'FLOAT'],
  ['NumMentions', 'INTEGER'],
  ['NumSources', 'INTEGER'],
  ['NumArticles', 'INTEGER'],
  ['AvgTone', 'FLOAT'],
  ['Actor1Geo_Type', 'INTEGER'],
  ['Actor1Geo_FullName', 'STRING'],
  ['Actor1Geo_CountryCode', 'STRING'],
  ['Actor1Geo_ADM1Code', 'STRING'],
  ['Actor1Geo_ADM2Code', 'STRING'],
  ['Actor1Geo_Lat', 'FLOAT'],
  ['Actor1Geo_Long', 'FLOAT'],
  ['Actor1Geo_FeatureID', 'STRING'],
  ['Actor2Geo_Type', 'INTEGER'],
  ['Actor2Geo_FullName', 'STRING'],
  ['Actor2Geo_CountryCode', 'STRING'],
  ['Actor2Geo_ADM1Code', 'STRING'],
  ['Actor2Geo_ADM2Code', 'STRING'],
  ['Actor2Geo_Lat', 'FLOAT'],
  ['Actor2Geo_Long', 'FLOAT'],
  ['Actor2Geo_FeatureID', 'STRING'],
  ['ActionGeo_Type', 'INTEGER'],
  ['ActionGeo_FullName', 'STRING'],
  ['ActionGeo_CountryCode', 'STRING'],
  ['ActionGeo_ADM1Code', 'STRING'],
  ['ActionGeo_ADM2Code', 'STRING'],
  ['ActionGeo_Lat', 'FLOAT'],
  ['ActionGeo_Long', 'FLOAT'],
  ['ActionGeo_FeatureID', 'STRING'],
  ['DATEADDED', 'INTEGER'],
  ['SOURCEURL', 'STRING'],
];

/** The column names, in order (61). */
export const GDELT2_COLUMNS: readonly string[] = Object.freeze(COLUMNS.map(([n]) => n));

/** Column name -> type. */
export const GDELT2_TYPES: Readonly<Record<string, GdeltType>> = Object.freeze(Object.fromEntries(COLUMNS));
