import { Dec } from "../../core/index.js";
import type { CostStructure, ParsedUnitEconomicsInput } from "./unitEconomicsInput.js";

/** @internal splits a parsed input into the rates charged on the price and the fixed costs per unit. */
export function costStructureOf(input: ParsedUnitEconomicsInput): CostStructure {
  const zero = new Dec(0);
  const otherRates = [input.advertisingRate, input.returnAllowanceRate, input.paymentFeeRate, input.fxFeeRate].reduce(
    (sum: InstanceType<typeof Dec>, rate) => (rate === undefined ? sum : sum.plus(rate)),
    zero,
  );
  const fixed = [
    input.landedCost.unitLandedCost.amount,
    input.fulfilmentFee?.amount,
    input.paymentFixedFee?.amount,
    ...(input.otherUnitCosts ?? []).map((cost) => cost.amount.amount),
  ].reduce((sum: InstanceType<typeof Dec>, amount) => (amount === undefined ? sum : sum.plus(amount)), zero);
  return {
    currency: input.price.currency,
    otherRates,
    referralRate: input.referralFee.rate,
    referralMinimum: input.referralFee.minimum?.amount ?? zero,
    fixedCosts: fixed,
  };
}
