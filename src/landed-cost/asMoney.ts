import type { Decimal, Money } from "../core/index.js";

/**
 * @internal wraps a Decimal this module has just computed (decimal.js values are immutable) and a currency already
 * validated into a frozen Money, without the defensive copy `money()` makes: the result builders call it hundreds
 * of thousands of times on large shipments.
 */
export function asMoney(amount: Decimal, currency: string): Money {
  return Object.freeze({ amount, currency });
}
