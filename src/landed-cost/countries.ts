import { opsError } from "../core/index.js";

// ISO 3166-1 alpha-2, the 249 officially assigned codes.
const ISO_3166_ALPHA2 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
  "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
  "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
  "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
  "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
  "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/**
 * The 27 member states of the European Union (one customs territory, the tariff is common; VAT rates differ).
 *
 * @example
 * ```ts
 * EU_MEMBER_STATES.includes("DE"); // true
 * ```
 */
export const EU_MEMBER_STATES: readonly string[] = Object.freeze(
  "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" "),
);

/**
 * Tells whether a string is an officially assigned ISO 3166-1 alpha-2 country code (upper case).
 *
 * @example
 * ```ts
 * isIsoCountryCode("JP"); // true
 * isIsoCountryCode("XX"); // false
 * ```
 */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && ISO_3166_ALPHA2.includes(code);
}

/** @internal throws UNKNOWN_COUNTRY unless the code is an ISO 3166-1 alpha-2 code. */
export function requireCountry(code: string, path: ReadonlyArray<string | number>): string {
  if (!isIsoCountryCode(code)) {
    throw opsError("UNKNOWN_COUNTRY", [
      { path, message: `"${code}" is not an ISO 3166-1 alpha-2 country code (expected e.g. "DE", "US", "CN")` },
    ]);
  }
  return code;
}
