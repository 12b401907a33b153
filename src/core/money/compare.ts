import { requireSameCurrency } from "./arithmetic.js";
import { type Money, requireMoney } from "./Money.js";

/**
 * Compares two amounts of the same currency: -1 when `a < b`, 0 when equal, 1 when `a > b`.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @throws `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * compareMoney(money("1.00", "USD"), money("1", "USD")); // 0
 * [money("3", "USD"), money("1", "USD")].sort(compareMoney); // 1, 3
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  requireMoney(a, ["a"]);
  requireMoney(b, ["b"]);
  requireSameCurrency(a, b, ["b"]);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * Tells whether two amounts are equal in value and currency (`1.0 USD` equals `1.00 USD`; USD never equals EUR).
 *
 * @example
 * ```ts
 * equalsMoney(money("1.0", "USD"), money("1.00", "USD")); // true
 * equalsMoney(money("1", "USD"), money("1", "EUR")); // false
 * ```
 */
export function equalsMoney(a: Money, b: Money): boolean {
  requireMoney(a, ["a"]);
  requireMoney(b, ["b"]);
  return a.currency === b.currency && a.amount.equals(b.amount);
}

/**
 * The sign of an amount: -1 negative, 0 zero, 1 positive.
 *
 * @example
 * ```ts
 * signOfMoney(money("-0.01", "USD")); // -1
 * ```
 */
export function signOfMoney(amount: Money): -1 | 0 | 1 {
  requireMoney(amount, ["amount"]);
  return amount.amount.isZero() ? 0 : amount.amount.isNegative() ? -1 : 1;
}

/**
 * The larger of two amounts of the same currency (the first when equal).
 *
 * @example
 * ```ts
 * maxMoney(money("32.71", "USD"), money("20.00", "USD")).amount.toString(); // "32.71"
 * ```
 */
export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

/**
 * The smaller of two amounts of the same currency (the first when equal).
 *
 * @example
 * ```ts
 * minMoney(money("700.00", "USD"), money("651.50", "USD")).amount.toString(); // "651.5"
 * ```
 */
export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}
