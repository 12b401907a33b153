/**
 * How long a tariff (HS) code must be on an import declaration into a destination: the 6-digit international
 * Harmonized System part plus the national extension. Data, replaceable per call.
 *
 * @example
 * ```ts
 * const us: HsCodeRule = { country: "US", lengths: [10], name: "HTSUS statistical reporting number", source: "https://hts.usitc.gov/" };
 * ```
 */
export interface HsCodeRule {
  /** ISO 3166-1 alpha-2 code of the destination, or `EU` for every EU member state. */
  readonly country: string;
  /** Accepted total digit counts (after removing dots and spaces). */
  readonly lengths: readonly number[];
  readonly name: string;
  readonly source: string;
}

/**
 * EU member states (the `EU` rule applies to each).
 *
 * @example
 * ```ts
 * euMemberStates.includes("DE"); // true
 * ```
 */
export const euMemberStates: readonly string[] = Object.freeze([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
]);

/**
 * Tariff-code lengths per destination:
 * - US: 10-digit HTSUS statistical reporting number (8-digit tariff line + 2 statistical digits);
 * - EU: 8-digit Combined Nomenclature (Reg. (EEC) 2658/87) or the 10-digit TARIC code used on import;
 * - GB: 10-digit commodity code on import (8 digits suffice for exports);
 * - JP: 9-digit statistical code (6 HS + 3 national);
 * - AU: 8-digit tariff classification, or 10 with the 2-digit statistical code;
 * - CN: 10-digit China customs commodity code;
 * - CA: 10-digit classification number; KR: 10-digit HSK.
 * Destinations without a rule need at least the 6 international digits.
 *
 * @example
 * ```ts
 * defaultHsCodeRules.find((rule) => rule.country === "JP")?.lengths; // [9]
 * ```
 */
export const defaultHsCodeRules: readonly HsCodeRule[] = Object.freeze([
  { country: "US", lengths: [10], name: "HTSUS statistical reporting number", source: "https://hts.usitc.gov/" },
  {
    country: "EU",
    lengths: [8, 10],
    name: "CN (8) or TARIC (10) code",
    source: "https://taxation-customs.ec.europa.eu/customs-4/calculation-customs-duties/customs-tariff_en",
  },
  { country: "GB", lengths: [10], name: "UK commodity code", source: "https://www.trade-tariff.service.gov.uk/" },
  {
    country: "JP",
    lengths: [9],
    name: "Japanese statistical code",
    source: "https://www.customs.go.jp/english/tariff/",
  },
  {
    country: "AU",
    lengths: [8, 10],
    name: "tariff classification + statistical code",
    source: "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification",
  },
  { country: "CN", lengths: [10], name: "China customs commodity code", source: "http://www.customs.gov.cn/" },
  {
    country: "CA",
    lengths: [10],
    name: "Canadian customs tariff classification",
    source: "https://www.cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/",
  },
  { country: "KR", lengths: [10], name: "HSK", source: "https://unipass.customs.go.kr/" },
]);
