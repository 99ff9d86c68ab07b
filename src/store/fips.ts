/**
 * ISO 3166-1 alpha-3 (CAMEO's country codes) -> FIPS 10-4 country codes, as GDELT uses them in the
 * `*Geo_CountryCode` and country-level `*Geo_ADM1Code` / `*Geo_FeatureID` fields.
 *
 * Source: the FIPS 10-4 codes as kept by the US National Geospatial-Intelligence Agency (GENC
 * cross-reference) and listed in the CIA World Factbook, Appendix D ("Cross-reference list of
 * country data codes"). Palestine (PSE) maps to the West Bank code WE, as GDELT places most
 * Palestinian events there; entities without a FIPS country (Åland, Bonaire, US minor islands)
 * are left out and give an empty field.
 */

/** ISO alpha-3 -> FIPS 10-4, 247 countries and territories. */
export const ISO3_TO_FIPS: Readonly<Record<string, string>> = Object.freeze({
  AFG: 'AF', ALB: 'AL', DZA: 'AG', ASM: 'AQ', AND: 'AN', AGO: 'AO', AIA: 'AV', ATA: 'AY', ATG: 'AC', ARG: 'AR',
  ARM: 'AM', ABW: 'AA', AUS: 'AS', AUT: 'AU', AZE: 'AJ', BHS: 'BF', BHR: 'BA', BGD: 'BG', BRB: 'BB', BLR: 'BO',
  BEL: 'BE', BLZ: 'BH', BEN: 'BN', BMU: 'BD', BTN: 'BT', BOL: 'BL', BIH: 'BK', BWA: 'BC', BVT: 'BV', BRA: 'BR',
  IOT: 'IO', VGB: 'VI', BRN: 'BX', BGR: 'BU', BFA: 'UV', MMR: 'BM', BDI: 'BY', CPV: 'CV', KHM: 'CB', CMR: 'CM',
  CAN: 'CA', CYM: 'CJ', CAF: 'CT', TCD: 'CD', CHL: 'CI', CHN: 'CH', CXR: 'KT', CCK: 'CK', COL: 'CO', COM: 'CN',
  COD: 'CG', COG: 'CF', COK: 'CW', CRI: 'CS', CIV: 'IV', HRV: 'HR', CUB: 'CU', CUW: 'UC', CYP: 'CY', CZE: 'EZ',
  DNK: 'DA', DJI: 'DJ', DMA: 'DO', DOM: 'DR', ECU: 'EC', EGY: 'EG', SLV: 'ES', GNQ: 'EK', ERI: 'ER', EST: 'EN',
  SWZ: 'WZ', ETH: 'ET', FLK: 'FK', FRO: 'FO', FJI: 'FJ', FIN: 'FI', FRA: 'FR', GUF: 'FG', PYF: 'FP', ATF: 'FS',
  GAB: 'GB', GMB: 'GA', PSE: 'WE', GEO: 'GG', DEU: 'GM', GHA: 'GH', GIB: 'GI', GRC: 'GR', GRL: 'GL', GRD: 'GJ',
  GLP: 'GP', GUM: 'GQ', GTM: 'GT', GGY: 'GK', GIN: 'GV', GNB: 'PU', GUY: 'GY', HTI: 'HA', HMD: 'HM', VAT: 'VT',
  HND: 'HO', HKG: 'HK', HUN: 'HU', ISL: 'IC', IND: 'IN', IDN: 'ID', IRN: 'IR', IRQ: 'IZ', IRL: 'EI', IMN: 'IM',
  ISR: 'IS', ITA: 'IT', JAM: 'JM', JPN: 'JA', JEY: 'JE', JOR: 'JO', KAZ: 'KZ', KEN: 'KE', KIR: 'KR', PRK: 'KN',
  KOR: 'KS', XKX: 'KV', KWT: 'KU', KGZ: 'KG', LAO: 'LA', LVA: 'LG', LBN: 'LE', LSO: 'LT', LBR: 'LI', LBY: 'LY',
  LIE: 'LS', LTU: 'LH', LUX: 'LU', MAC: 'MC', MDG: 'MA', MWI: 'MI', MYS: 'MY', MDV: 'MV', MLI: 'ML', MLT: 'MT',
  MHL: 'RM', MTQ: 'MB', MRT: 'MR', MUS: 'MP', MYT: 'MF', MEX: 'MX', FSM: 'FM', MDA: 'MD', MCO: 'MN', MNG: 'MG',
  MNE: 'MJ', MSR: 'MH', MAR: 'MO', MOZ: 'MZ', NAM: 'WA', NRU: 'NR', NPL: 'NP', NLD: 'NL', NCL: 'NC', NZL: 'NZ',
  NIC: 'NU', NER: 'NG', NGA: 'NI', NIU: 'NE', NFK: 'NF', MKD: 'MK', MNP: 'CQ', NOR: 'NO', OMN: 'MU', PAK: 'PK',
  PLW: 'PS', PAN: 'PM', PNG: 'PP', PRY: 'PA', PER: 'PE', PHL: 'RP', PCN: 'PC', POL: 'PL', PRT: 'PO', PRI: 'RQ',
  QAT: 'QA', REU: 'RE', ROU: 'RO', RUS: 'RS', RWA: 'RW', BLM: 'TB', SHN: 'SH', KNA: 'SC', LCA: 'ST', MAF: 'RN',
  SPM: 'SB', VCT: 'VC', WSM: 'WS', SMR: 'SM', STP: 'TP', SAU: 'SA', SEN: 'SG', SRB: 'RI', SYC: 'SE', SLE: 'SL',
  SGP: 'SN', SXM: 'NN', SVK: 'LO', SVN: 'SI', SLB: 'BP', SOM: 'SO', ZAF: 'SF', SGS: 'SX', SSD: 'OD', ESP: 'SP',
  LKA: 'CE', SDN: 'SU', SUR: 'NS', SJM: 'SV', SWE: 'SW', CHE: 'SZ', SYR: 'SY', TWN: 'TW', TJK: 'TI', TZA: 'TZ',
  THA: 'TH', TLS: 'TT', TGO: 'TO', TKL: 'TL', TON: 'TN', TTO: 'TD', TUN: 'TS', TUR: 'TU', TKM: 'TX', TCA: 'TK',
  TUV: 'TV', UGA: 'UG', UKR: 'UP', ARE: 'AE', GBR: 'UK', USA: 'US', URY: 'UY', UZB: 'UZ', VUT: 'NH', VEN: 'VE',
  VNM: 'VM', VIR: 'VQ', WLF: 'WF', ESH: 'WI', YEM: 'YM', ZMB: 'ZA', ZWE: 'ZI',
});

/** Older CAMEO country codes that differ from ISO alpha-3 -> the ISO code (CAMEO manual 1.1b3, country list). */
export const CAMEO_COUNTRY_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  ROM: 'ROU', TMP: 'TLS', ZAR: 'COD', KSV: 'XKX',
});

/** The FIPS 10-4 code of an ISO alpha-3 (or old CAMEO) country code, or null. */
export function fipsCode(iso3: string | null | undefined): string | null {
  if (!iso3) return null;
  const up = iso3.toUpperCase();
  return ISO3_TO_FIPS[CAMEO_COUNTRY_ALIASES[up] ?? up] ?? null;
}
