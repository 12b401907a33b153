import type { Decimal } from "../../core/index.js";

/**
 * @internal a decimal with its nearest binary number, for fast exact comparisons of measures and limits (weights,
 * lengths). Conversion to the nearest number never reverses an order, so when the numbers differ they tell the
 * truth; only when they are equal is the exact decimal comparison needed.
 */
export interface MeasuredDecimal {
  readonly value: Decimal;
  readonly approx: number;
}

/** @internal pairs a decimal with its nearest number. */
export function measured(value: Decimal): MeasuredDecimal {
  return { value, approx: value.toNumber() };
}

/** @internal whether `a` > `b`, exactly. */
export function isAbove(a: MeasuredDecimal, b: MeasuredDecimal): boolean {
  return a.approx > b.approx || (a.approx === b.approx && a.value.gt(b.value));
}
