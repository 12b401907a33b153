import { Decimal as DecimalJs } from "decimal.js";

/**
 * The decimal.js constructor the library computes with: 60 significant digits and half-up rounding, so sums and
 * products of money never lose a digit. It is a private clone; the global `Decimal` configuration is untouched.
 *
 * @example
 * ```ts
 * new Dec("0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export const Dec = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/**
 * A decimal.js value, as exposed by `Money.amount` and quantities.
 *
 * @example
 * ```ts
 * const d: Decimal = money("1.50", "USD").amount;
 * ```
 */
export type Decimal = DecimalJs;

/**
 * What the library accepts where a decimal is expected: a decimal string, a finite number or a decimal.js value.
 *
 * @example
 * ```ts
 * const rate: DecimalInput = "0.125";
 * ```
 */
export type DecimalInput = string | number | DecimalJs;
