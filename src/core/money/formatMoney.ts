import { minorUnitsOf } from "./currencies.js";
import { type Money, requireMoney } from "./Money.js";

/**
 * Formats an amount for people with `Intl.NumberFormat`, exactly (the decimal string is formatted, never a float).
 * Shows the currency's minor units unless the amount has more.
 *
 * @param amount - the amount
 * @param locale - a BCP 47 locale such as `en-US`, `zh-CN`, `de-DE`, `ja-JP`
 * @param options - extra `Intl.NumberFormat` options (e.g. `currencyDisplay: "code"`)
 * @example
 * ```ts
 * formatMoney(money("1234.5", "USD"), "en-US"); // "$1,234.50"
 * formatMoney(money("1234.5", "EUR"), "de-DE"); // "1.234,50 €"
 * formatMoney(money("1234", "JPY"), "ja-JP"); // "￥1,234"
 * ```
 */
export function formatMoney(amount: Money, locale = "en-US", options: Intl.NumberFormatOptions = {}): string {
  requireMoney(amount, ["amount"]);
  const minor = minorUnitsOf(amount.currency) ?? 2;
  const digits = Math.min(Math.max(minor, amount.amount.decimalPlaces()), 20);
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: amount.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...options,
  });
  return formatter.format(amount.amount.toFixed(digits) as unknown as number);
}
