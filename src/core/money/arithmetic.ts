import { invalidArgument, opsError } from "../errors/invalidArgument.js";
import type { DecimalInput } from "./decimal.js";
import { Dec } from "./decimal.js";
import { type Money, makeMoney, requireCurrency, requireMoney, toDecimal } from "./Money.js";

/** @internal throws CURRENCY_MISMATCH unless both amounts share a currency. */
export function requireSameCurrency(a: Money, b: Money, path: ReadonlyArray<string | number>): void {
  if (a.currency !== b.currency) {
    throw opsError("CURRENCY_MISMATCH", [
      { path, message: `expected ${a.currency}, got ${b.currency}; convert it first with convertMoney()` },
    ]);
  }
}

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @throws `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * addMoney(money("0.10", "USD"), money("0.20", "USD")).amount.toString(); // "0.3"
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  requireMoney(a, ["a"]);
  requireMoney(b, ["b"]);
  requireSameCurrency(a, b, ["b"]);
  return makeMoney(a.amount.plus(b.amount), a.currency);
}

/**
 * Subtracts `b` from `a`, exactly. The result may be negative.
 *
 * @throws `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * subtractMoney(money("10.00", "EUR"), money("12.50", "EUR")).amount.toString(); // "-2.5"
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  requireMoney(a, ["a"]);
  requireMoney(b, ["b"]);
  requireSameCurrency(a, b, ["b"]);
  return makeMoney(a.amount.minus(b.amount), a.currency);
}

/**
 * Multiplies an amount by a decimal factor (a quantity, a rate, a percentage as a decimal). The product is
 * exact; round it with {@link roundMoney} when it must be payable.
 *
 * @example
 * ```ts
 * multiplyMoney(money("19.99", "USD"), "3").amount.toString(); // "59.97"
 * multiplyMoney(money("1000.00", "EUR"), "0.12").amount.toString(); // "120"
 * ```
 */
export function multiplyMoney(amount: Money, factor: DecimalInput): Money {
  requireMoney(amount, ["amount"]);
  return makeMoney(amount.amount.times(toDecimal(factor, ["factor"])), amount.currency);
}

/**
 * Flips the sign of an amount.
 *
 * @example
 * ```ts
 * negateMoney(money("5.00", "GBP")).amount.toString(); // "-5"
 * ```
 */
export function negateMoney(amount: Money): Money {
  requireMoney(amount, ["amount"]);
  return makeMoney(amount.amount.negated(), amount.currency);
}

/**
 * Sums a list of amounts of one currency. An empty list needs the `currency` to return zero in.
 *
 * @throws `CURRENCY_MISMATCH` when an item differs; `INVALID_ARGUMENT` for an empty list without a currency
 * @example
 * ```ts
 * sumMoney([money("1.10", "USD"), money("2.20", "USD")]).amount.toString(); // "3.3"
 * sumMoney([], "USD").amount.toString(); // "0"
 * ```
 */
export function sumMoney(amounts: readonly Money[], currency?: string): Money {
  if (!Array.isArray(amounts)) throw invalidArgument(["amounts"], "must be an array of Money");
  if (currency !== undefined) requireCurrency(currency, ["currency"]);
  const target = currency ?? amounts[0]?.currency;
  if (target === undefined) throw invalidArgument(["currency"], "an empty list needs a currency to sum in");
  let sum = new Dec(0);
  amounts.forEach((item, index) => {
    requireMoney(item, ["amounts", index]);
    if (item.currency !== target) {
      throw opsError("CURRENCY_MISMATCH", [
        { path: ["amounts", index], message: `expected ${target}, got ${item.currency}` },
      ]);
    }
    sum = sum.plus(item.amount);
  });
  return makeMoney(sum, target);
}
