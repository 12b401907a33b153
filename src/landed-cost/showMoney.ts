import { type Decimal, type Money, minorUnitsOf } from "../core/index.js";

/** @internal "651.50 USD": an amount with at least its currency's minor units, for explanations. */
export function showMoney(amount: Money | Decimal, currency?: string): string {
  const value = "currency" in amount ? amount.amount : amount;
  const code = "currency" in amount ? amount.currency : (currency ?? "");
  const places = Math.max(minorUnitsOf(code) ?? 2, value.decimalPlaces());
  return `${value.toFixed(places)} ${code}`;
}
