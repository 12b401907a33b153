import { invalidArgument } from "../errors/invalidArgument.js";
import { Dec, type Decimal, type DecimalInput } from "../money/decimal.js";
import { toDecimal } from "../money/Money.js";

/**
 * A measured amount in a unit: weight, length or volume. Immutable; `value` is exact (decimal.js).
 *
 * @example
 * ```ts
 * const w: Quantity<"kg" | "lb"> = weight("1.5", "kg");
 * ```
 */
export interface Quantity<U extends string> {
  readonly value: Decimal;
  readonly unit: U;
}

/** @internal the operations shared by every kind of quantity, built from exact factors to a base unit. */
export function quantityKind<U extends string>(kind: string, factorsToBase: Readonly<Record<U, string>>) {
  const factors = new Map<string, Decimal>(
    Object.entries<string>(factorsToBase).map(([unit, factor]) => [unit, new Dec(factor)]),
  );
  const units = [...factors.keys()];
  const factorOf = (unit: unknown, path: ReadonlyArray<string | number>): Decimal => {
    const factor = typeof unit === "string" ? factors.get(unit) : undefined;
    if (!factor) throw invalidArgument(path, `must be a ${kind} unit: ${units.join(", ")}`);
    return factor;
  };
  const create = (value: DecimalInput, unit: U): Quantity<U> => {
    factorOf(unit, ["unit"]);
    const decimal = toDecimal(value, ["value"]);
    if (decimal.isNegative() && !decimal.isZero())
      throw invalidArgument(["value"], `a ${kind} cannot be negative, got ${decimal.toString()}`);
    return Object.freeze({ value: decimal, unit });
  };
  const convert = (quantity: Quantity<U>, to: U): Quantity<U> => {
    if (typeof quantity !== "object" || quantity === null) throw invalidArgument(["quantity"], `must be a ${kind}`);
    const from = factorOf(quantity.unit, ["quantity", "unit"]);
    const target = factorOf(to, ["to"]);
    if (quantity.unit === to) return quantity;
    return Object.freeze({ value: quantity.value.times(from).div(target), unit: to });
  };
  return { create, convert, units };
}
