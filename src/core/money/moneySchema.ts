import * as z from "zod";
import { minorUnitsOf } from "./currencies.js";
import { Dec } from "./decimal.js";
import { isMoney, type Money, makeMoney } from "./Money.js";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Schema of an ISO 4217 currency code known to the library.
 *
 * @example
 * ```ts
 * currencySchema.parse("CNY"); // "CNY"
 * ```
 */
export const currencySchema = z
  .string()
  .refine((code) => minorUnitsOf(code) !== undefined, { message: 'must be an ISO 4217 currency code such as "USD"' });

/**
 * Schema of money in JSON, `{ amount: "12.34", currency: "USD" }`, parsed into a {@link Money}. A Money value passes
 * through unchanged, so the same schema validates objects built in code. JSON numbers are refused for the amount.
 *
 * @example
 * ```ts
 * const price = moneySchema.parse({ amount: "19.99", currency: "EUR" });
 * price.amount.toString(); // "19.99"
 * ```
 */
export const moneySchema: z.ZodType<Money, { amount: string; currency: string }> = z.preprocess(
  (value) => (isMoney(value) ? moneyToJson(value) : value),
  z
    .object({
      amount: z.string().regex(DECIMAL, { message: 'must be a decimal string such as "12.34"' }),
      currency: currencySchema,
    })
    .transform(({ amount, currency }) => makeMoney(new Dec(amount), currency)),
) as unknown as z.ZodType<Money, { amount: string; currency: string }>;

/**
 * Money as plain JSON, `{ amount: "12.34", currency: "USD" }`, the inverse of {@link moneySchema}.
 *
 * @example
 * ```ts
 * moneyToJson(money("12.30", "USD")); // { amount: "12.3", currency: "USD" }
 * ```
 */
export function moneyToJson(amount: Money): { amount: string; currency: string } {
  return { amount: amount.amount.toFixed(), currency: amount.currency };
}
