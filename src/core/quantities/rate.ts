import { invalidArgument } from "../errors/invalidArgument.js";
import { Dec, type Decimal, type DecimalInput } from "../money/decimal.js";
import { toDecimal } from "../money/Money.js";

/**
 * A rate as an exact decimal fraction (`"0.125"` for 12.5%), checked to lie within `[min, max]` (0 to 1 unless
 * told otherwise).
 *
 * @example
 * ```ts
 * rate("0.19").toString(); // "0.19"
 * rate("1.5", { max: "10" }); // a 150% markup
 * ```
 */
export function rate(value: DecimalInput, bounds: { min?: DecimalInput; max?: DecimalInput } = {}): Decimal {
  const decimal = toDecimal(value, ["value"]);
  const min = toDecimal(bounds.min ?? 0, ["bounds", "min"]);
  const max = toDecimal(bounds.max ?? 1, ["bounds", "max"]);
  if (decimal.lt(min) || decimal.gt(max)) {
    throw invalidArgument(
      ["value"],
      `must be between ${min.toString()} and ${max.toString()}, got ${decimal.toString()}`,
    );
  }
  return decimal;
}

/**
 * A percentage turned into a rate: `percent("12.5")` is `0.125`. Bounds are in percent (0 to 100 unless told).
 *
 * @example
 * ```ts
 * percent("19").toString(); // "0.19"
 * ```
 */
export function percent(value: DecimalInput, bounds: { min?: DecimalInput; max?: DecimalInput } = {}): Decimal {
  const decimal = toDecimal(value, ["value"]);
  const min = toDecimal(bounds.min ?? 0, ["bounds", "min"]);
  const max = toDecimal(bounds.max ?? 100, ["bounds", "max"]);
  if (decimal.lt(min) || decimal.gt(max)) {
    throw invalidArgument(
      ["value"],
      `must be between ${min.toString()}% and ${max.toString()}%, got ${decimal.toString()}%`,
    );
  }
  return decimal.div(new Dec(100));
}
