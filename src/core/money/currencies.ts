// ISO 4217 active codes (list of 2025), grouped by the number of minor units.
const ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const THREE = "BHD IQD JOD KWD LYD OMR TND";
const FOUR = "CLF UYW";
const TWO =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE " +
  "CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL " +
  "HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR " +
  "MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP " +
  "SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR " +
  "ZMW ZWG";

const MINOR_UNITS: ReadonlyMap<string, number> = new Map([
  ...ZERO.split(" ").map((code) => [code, 0] as const),
  ...TWO.split(" ").map((code) => [code, 2] as const),
  ...THREE.split(" ").map((code) => [code, 3] as const),
  ...FOUR.split(" ").map((code) => [code, 4] as const),
]);

/**
 * The number of minor units (decimal places) of an ISO 4217 currency, or `undefined` for an unknown code.
 *
 * @example
 * ```ts
 * minorUnitsOf("JPY"); // 0
 * minorUnitsOf("KWD"); // 3
 * minorUnitsOf("USD"); // 2
 * ```
 */
export function minorUnitsOf(currency: string): number | undefined {
  return MINOR_UNITS.get(currency);
}

/**
 * Every ISO 4217 code the library knows, sorted.
 *
 * @example
 * ```ts
 * currencyCodes().includes("CNY"); // true
 * ```
 */
export function currencyCodes(): string[] {
  return [...MINOR_UNITS.keys()].sort();
}
