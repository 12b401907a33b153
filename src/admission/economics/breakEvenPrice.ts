import {
  Dec,
  type Decimal,
  err,
  type Failure,
  type Money,
  minorUnitsOf,
  money,
  ok,
  type Result,
} from "../../core/index.js";
import type { CostStructure } from "./unitEconomicsInput.js";

/**
 * The break-even price: the lowest price, in whole minor units, at which the contribution margin is not negative.
 *
 * @example
 * ```ts
 * const r = computeUnitEconomics(input);
 * if (r.breakEvenPrice.ok) r.breakEvenPrice.value.price.amount.toFixed(2); // "20.00"
 * ```
 */
export interface BreakEvenPrice {
  /** The solution of `margin(price) = 0`, exact when it terminates, else to 60 significant digits. */
  readonly exact: Money;
  /** `exact` rounded up (towards +∞) to the currency's minor unit: the lowest payable price that breaks even. */
  readonly price: Money;
  /** Which branch of the referral fee applies at the break-even price: the percentage or the per-item minimum. */
  readonly referralBasis: "rate" | "minimum";
}

/**
 * Why no break-even price exists: the rates charged on the price add up to 100% or more, so a higher price never
 * covers the fixed costs.
 *
 * @example
 * ```ts
 * const failure: NoBreakEvenPrice = { code: "NO_BREAK_EVEN_PRICE", message: "rates reach 100% of the price" };
 * ```
 */
export type NoBreakEvenPrice = Failure<"NO_BREAK_EVEN_PRICE">;

/**
 * @internal Solves `P - otherRates·P - max(referralRate·P, minimum) - fixedCosts = 0` for the smallest `P`.
 * The margin is continuous and non-decreasing in `P` when the rates stay below 100%, so the smallest root is:
 * `(fixed + minimum) / (1 - otherRates)` when the minimum still applies there, else `fixed / (1 - otherRates - referralRate)`.
 */
export function solveBreakEvenPrice(cost: CostStructure): Result<BreakEvenPrice, NoBreakEvenPrice> {
  const one = new Dec(1);
  const places = minorUnitsOf(cost.currency) ?? 2;
  const withoutReferral = one.minus(cost.otherRates);
  const finish = (exact: Decimal, referralBasis: BreakEvenPrice["referralBasis"]) =>
    ok({
      exact: money(exact, cost.currency),
      price: money(exact.toDecimalPlaces(places, Dec.ROUND_CEIL), cost.currency),
      referralBasis,
    });
  if (withoutReferral.gt(0) && cost.referralMinimum.gt(0)) {
    const onMinimum = cost.fixedCosts.plus(cost.referralMinimum).div(withoutReferral);
    if (cost.referralRate.times(onMinimum).lte(cost.referralMinimum)) return finish(onMinimum, "minimum");
  }
  const withReferral = withoutReferral.minus(cost.referralRate);
  if (withReferral.gt(0)) return finish(cost.fixedCosts.div(withReferral), "rate");
  return err({
    code: "NO_BREAK_EVEN_PRICE",
    message: `the rates charged on the price add up to ${one.minus(withReferral).times(100).toFixed()}%, so no price covers the fixed costs`,
  });
}
