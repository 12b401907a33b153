import { opsError } from "../errors/invalidArgument.js";
import type { FxRate, FxRates } from "../ports/FxRates.js";
import { parseInput } from "../validation/parseInput.js";
import { localDateSchema } from "../validation/schemas.js";
import { type Money, makeMoney, requireCurrency, requireMoney } from "./Money.js";
import { type RoundingMode, roundMoney } from "./round.js";

/**
 * A converted amount with the rate used, so reports can show which rate, from where and as of when.
 *
 * @example
 * ```ts
 * const { money: cny, rate } = convertMoney(money("10.00", "USD"), "CNY", fx, "2026-03-01");
 * ```
 */
export interface Conversion {
  readonly money: Money;
  readonly rate: FxRate;
}

/**
 * Converts an amount to another currency through the {@link FxRates} port, at the rate in force on `date`, and
 * rounds the result to the target's minor units (`half-up` unless told otherwise; pass `rounding: "none"` to keep
 * every digit).
 *
 * @throws `FX_RATE_MISSING` when the port knows no rate for the pair on that date
 * @example
 * ```ts
 * const fx = createInMemoryFxRates([{ from: "USD", to: "CNY", rate: "7.1234", asOf: "2026-03-01", source: "PBOC" }]);
 * convertMoney(money("10.00", "USD"), "CNY", fx, "2026-03-15").money.amount.toString(); // "71.23"
 * ```
 */
export function convertMoney(
  amount: Money,
  to: string,
  fxRates: FxRates,
  date: string,
  options: { rounding?: RoundingMode | "none" } = {},
): Conversion {
  requireMoney(amount, ["amount"]);
  requireCurrency(to, ["to"]);
  parseInput(localDateSchema, date, ["date"]);
  const rate = fxRates.rateFor(amount.currency, to, date);
  if (!rate) {
    throw opsError("FX_RATE_MISSING", [
      { path: ["to"], message: `no ${amount.currency}→${to} rate on or before ${date}; add one to the FxRates port` },
    ]);
  }
  const converted = makeMoney(amount.amount.times(rate.rate), to);
  const rounding = options.rounding ?? "half-up";
  return { money: rounding === "none" ? converted : roundMoney(converted, rounding), rate };
}
