import fc from "fast-check";
import { minorUnitsOf } from "../../../src/core/money/currencies.js";
import { type Money, moneyFromMinor } from "../../../src/core/money/Money.js";

/** Money in whole minor units of `currency`, from about -10^15 to 10^15 minor units. */
export function arbMoney(currency: string, options: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<Money> {
  if (minorUnitsOf(currency) === undefined) throw new Error(`unknown currency ${currency}`);
  return fc
    .bigInt({ min: options.min ?? -(10n ** 15n), max: options.max ?? 10n ** 15n })
    .map((minor) => moneyFromMinor(minor, currency));
}
