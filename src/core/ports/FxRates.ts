import type { Decimal } from "../money/decimal.js";

/**
 * One exchange rate: `1 from = rate to`, valid as of a date, with where it came from (for the audit trail).
 *
 * @example
 * ```ts
 * const usdCny: FxRate = { from: "USD", to: "CNY", rate: new Dec("7.1234"), asOf: "2026-03-14", source: "PBOC central parity" };
 * ```
 */
export interface FxRate {
  readonly from: string;
  readonly to: string;
  readonly rate: Decimal;
  /** The date the rate applies from, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Who published it, e.g. "ECB reference rate" or "customs weekly rate". */
  readonly source: string;
}

/**
 * Port: exchange rates the host app provides. Synchronous on purpose: calculators are pure, so the host loads the
 * rates it needs (from its database or a rate API) before calling them.
 *
 * `rateFor` returns the rate in force on `date` (the latest published on or before it), or `undefined` when none
 * is known; the caller turns that into `FX_RATE_MISSING`.
 *
 * @example
 * ```ts
 * const rates: FxRates = createInMemoryFxRates([{ from: "EUR", to: "USD", rate: "1.08", asOf: "2026-03-01", source: "ECB" }]);
 * rates.rateFor("EUR", "USD", "2026-03-15")?.rate.toString(); // "1.08"
 * ```
 */
export interface FxRates {
  /** The rate for `from → to` in force on `date` (`YYYY-MM-DD`), or `undefined` when none is known. */
  rateFor(from: string, to: string, date: string): FxRate | undefined;
}
